// CLI `share`: npm run --silent cli -- share <master.xlsx> [--by lead|unit] [--as-of YYYY-MM-DD]
// [--lang vi|en] -o <dir>. Writes one .xlsx per office: the whole workbook with the summary refreshed
// and live, the office's tasks highlighted and the tasks sheet filtered to them (clear the filter to
// see all), the hidden snapshot sheet the merge compares against, and the tasks sheet protected
// without a password so that only the update cells of the office's tasks can be edited. Protection
// prevents slips; it does not stop a determined user.
import { mkdir, writeFile } from "fs/promises";
import { join } from "path";
import { parseArgs as parseNodeArgs } from "util";
import { analyse } from "../core/analyse";
import { serialFromIso, serialFromLocalDate } from "../core/dates";
import type { Lang } from "../core/model";
import { planShare, type ShareBy } from "../core/share";
import { count, t } from "../i18n";
import { ArgError } from "./args";
import { contentAtRisk, WouldLoseContentError } from "../xlsx/preserve";
import { gridFromWorkbook } from "../xlsx/read";
import { markSharedCopy } from "../xlsx/share-marks";
import { refreshPackage } from "../xlsx/write";
import { readXlsxFile } from "./xlsx-file";

export interface ShareArgs {
  master: string;
  by: ShareBy;
  output: string;
  asOf?: number;
  lang: Lang;
}

export function parseShareArgs(argv: string[]): ShareArgs {
  const lang: Lang = argv.includes("en") && argv.some((a) => a.startsWith("--lang")) ? "en" : "vi";
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        by: { type: "string" },
        "as-of": { type: "string" },
        lang: { type: "string" },
        output: { type: "string", short: "o" },
      },
    });
  } catch (err) {
    const option = /'([^' ]+)/.exec(err instanceof Error ? err.message : "")?.[1] ?? "";
    throw new ArgError("cli.error.unknownOption", { option }, lang);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en")
    throw new ArgError("cli.error.badLang", { value: values.lang }, lang);
  const [master, ...rest] = positionals;
  if (master === undefined) throw new ArgError("cli.error.noFile", {}, lang);
  if (rest.length > 0) throw new ArgError("cli.error.extraArgument", { arg: rest[0] }, lang);
  if (values.output === undefined) throw new ArgError("share.cli.noOutput", {}, lang);
  const by = values.by ?? "lead";
  if (by !== "lead" && by !== "unit") throw new ArgError("share.cli.badBy", { value: by }, lang);
  const args: ShareArgs = { master, by, output: values.output, lang };
  if (values["as-of"] !== undefined) {
    const serial = serialFromIso(values["as-of"]);
    if (serial === null) throw new ArgError("cli.error.badDate", { value: values["as-of"] }, lang);
    args.asOf = serial;
  }
  return args;
}

export async function runShare(
  argv: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void; today?: number }
): Promise<number> {
  const args = parseShareArgs(argv);
  const { lang } = args;
  const today = io.today ?? serialFromLocalDate(new Date());
  const input = await readXlsxFile(args.master);
  const grid = gridFromWorkbook(input.workbook);
  const analysis = analyse(grid, { today, reportDate: args.asOf, lang });
  const table = analysis.model.tasksTable;
  const copies = planShare(analysis.model, analysis.settings, args.by, args.asOf ?? today);
  if (!table || copies.length === 0) {
    const column = t(lang, args.by === "lead" ? "summary.col.leadUnit" : "merge.field.unit");
    throw new ArgError("share.cli.none", { column }, lang);
  }
  const losses = await contentAtRisk(input.bytes);
  if (losses.length > 0) throw new WouldLoseContentError(args.master, losses);
  await mkdir(args.output, { recursive: true });
  const columns = Object.values(table.columns).map((c) => c!.index);
  const firstCol = Math.min(...columns);
  const lastCol = Math.max(...columns);
  const taskRows = analysis.model.tasks.map((t) => t.row);
  const unfiltered: string[] = [];
  for (const copy of copies) {
    // Package surgery, as `refresh -o` writes: the marks go into the master's own parts, then the
    // exact writer adds the summary and the hidden snapshot; every other part keeps its bytes.
    const own = new Set(copy.tasks.map((t) => t.row));
    const marked = await markSharedCopy(input.bytes, {
      sheet: table.sheet,
      headerRow: table.headerRow,
      ownRows: [...own],
      hiddenRows: taskRows.filter((r) => !own.has(r)),
      firstCol,
      lastCol,
      lastRow: table.lastDataRow,
      editable: copy.editable,
      filter: copy.filter,
    });
    if (marked.filter === "none") unfiltered.push(copy.fileName);
    const plan = { sheets: [...analysis.plan.sheets, copy.snapshot] };
    await writeFile(join(args.output, copy.fileName), await refreshPackage(marked.bytes, plan));
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
      ...unfiltered.map((file) => t(lang, "share.cli.noFilter", { file })),
    ].join("\n") + "\n"
  );
  return 0;
}
