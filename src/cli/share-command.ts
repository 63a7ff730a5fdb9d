// CLI `share`: npm run --silent cli -- share <master.xlsx> [--by lead|unit] [--as-of YYYY-MM-DD]
// [--lang vi|en] -o <dir>. Writes one .xlsx per office: the whole workbook with the summary refreshed
// and live, the office's tasks highlighted and the tasks sheet filtered to them (clear the filter to
// see all), the hidden snapshot sheet the merge compares against, and the tasks sheet protected
// without a password so that only the update cells of the office's tasks can be edited. Protection
// prevents slips; it does not stop a determined user.
import { mkdir, readFile, writeFile } from "fs/promises";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { colLetter } from "../core/a1";
import { analyse } from "../core/analyse";
import { serialFromLocalDate } from "../core/dates";
import type { Lang } from "../core/model";
import { planShare, type OfficeCopy, type ShareBy } from "../core/share";
import { count, t } from "../i18n";
import { ArgError, parseCommandArgs } from "./args";
import { attributes, sheetParts } from "../xlsx/package";
import { contentAtRisk, WouldLoseContentError } from "../xlsx/preserve";
import { loadXlsx } from "../xlsx/read";
import { renderSheetPlan } from "../xlsx/render-sheet";
import { refreshPackage } from "../xlsx/write";
import { openWorkbook, type CliIo } from "./io";

export interface ShareArgs {
  master: string;
  by: ShareBy;
  output: string;
  asOf?: number;
  lang: Lang;
}

const SHARE_OPTIONS = {
  by: { type: "string" },
  "as-of": { type: "string" },
  output: { type: "string", short: "o" },
} as const;

function parseShareArgs(argv: string[]): ShareArgs {
  const { values, positionals, lang, asOf } = parseCommandArgs(argv, SHARE_OPTIONS);
  const [master, ...rest] = positionals;
  if (master === undefined) throw new ArgError("cli.error.noFile", {}, lang);
  if (rest.length > 0) throw new ArgError("cli.error.extraArgument", { arg: rest[0] }, lang);
  if (typeof values.output !== "string") throw new ArgError("share.cli.noOutput", {}, lang);
  const by = values.by ?? "lead";
  if (by !== "lead" && by !== "unit")
    throw new ArgError("share.cli.badBy", { value: String(by) }, lang);
  const args: ShareArgs = { master, by, output: values.output, lang };
  if (asOf !== undefined) args.asOf = asOf;
  return args;
}

const HIGHLIGHT = "FFFFF2CC";

/** Sets part of a cell's style on a fresh object (ExcelJS shares style objects between cells). */
function restyle(target: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  target.style = { ...target.style, ...change };
}

/** Marks the office's tasks on the tasks sheet, filters to them, unlocks their update cells, protects the sheet. */
async function markTasksSheet(
  ws: ExcelJS.Worksheet,
  copy: OfficeCopy,
  table: { headerRow: number; firstDataRow: number; lastDataRow: number; lastCol: number }
): Promise<void> {
  const ownRows = new Set(copy.tasks.map((t) => t.row));
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const row = ws.getRow(r);
    if (!ownRows.has(r)) {
      row.hidden = true;
      continue;
    }
    for (let c = 1; c <= table.lastCol + 1; c++) {
      restyle(row.getCell(c), {
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: HIGHLIGHT } },
      });
    }
  }
  for (const ref of copy.editable) {
    restyle(ws.getCell(ref), { protection: { locked: false } });
  }
  ws.autoFilter = `A${table.headerRow}:${colLetter(table.lastCol)}${table.lastDataRow}`;
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    autoFilter: true,
    sort: false,
    formatColumns: true,
    formatRows: true,
  });
}

const escapeAttr = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** ExcelJS writes an autoFilter without criteria: the office's values are added, so the filter says why rows are hidden. */
async function addFilterCriteria(
  file: string,
  sheet: string,
  copy: OfficeCopy,
  firstCol: number
): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const path = (await sheetParts(zip)).get(sheet);
  const part = path ? zip.file(path) : null;
  if (!path || !part) return;
  const xml = await part.async("string");
  const filters = copy.filter.values.map((v) => `<filter val="${escapeAttr(v)}"/>`).join("");
  const patched = xml.replace(/<autoFilter\b([^>]*?)\/>/, (whole, attrs: string) => {
    if (!attributes(attrs).ref) return whole;
    const colId = copy.filter.column - firstCol;
    return `<autoFilter${attrs}><filterColumn colId="${colId}"><filters>${filters}</filters></filterColumn></autoFilter>`;
  });
  zip.file(path, patched);
  await writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function runShare(argv: string[], io: CliIo): Promise<number> {
  const args = parseShareArgs(argv);
  const { lang } = args;
  const today = io.today ?? serialFromLocalDate(new Date());
  const input = await openWorkbook(args.master);
  const { grid } = input;
  const analysis = analyse(grid, { today, reportDate: args.asOf, lang });
  const table = analysis.model.tasksTable;
  const copies = planShare(analysis.model, analysis.settings, args.by, args.asOf ?? today);
  if (!table || copies.length === 0) {
    const column = t(lang, args.by === "lead" ? "merge.field.unit" : "merge.field.unit");
    throw new ArgError("share.cli.none", { column }, lang);
  }
  const losses = await contentAtRisk(input.bytes);
  if (losses.length > 0) throw new WouldLoseContentError(args.master, losses);
  await mkdir(args.output, { recursive: true });
  const columns = Object.values(table.columns).map((c) => c!.index);
  const firstCol = Math.min(...columns);
  const bounds = { ...table, lastCol: Math.max(...columns) };
  for (const copy of copies) {
    // A fresh workbook per office: the writer changes the one it is given.
    const workbook = await loadXlsx(input.bytes, args.master);
    const ws = workbook.worksheets.find((w) => w.name === table.sheet)!;
    await markTasksSheet(ws, copy, bounds);
    const snapshot = workbook.addWorksheet(copy.snapshot.name, { state: "hidden" });
    renderSheetPlan(snapshot, copy.snapshot);
    // The tasks sheet must change (highlight, protection, filter), so the copy goes through ExcelJS
    // once; the exact writer then puts in the summary with its cached results and charts.
    const marked = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
    const file = join(args.output, copy.fileName);
    await writeFile(
      file,
      await refreshPackage(new Uint8Array(marked as ArrayBuffer), analysis.plan)
    );
    await addFilterCriteria(file, table.sheet, copy, firstCol);
  }
  io.stdout(
    [
      t(lang, "share.cli.written", { count: copies.length, dir: args.output }),
      ...copies.map((c) =>
        t(lang, "share.cli.line", {
          file: c.fileName,
          office: c.office,
          tasks: count(lang, "task", c.tasks.length),
        })
      ),
    ].join("\n") + "\n"
  );
  return 0;
}
