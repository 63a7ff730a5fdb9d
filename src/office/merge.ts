// The Office adapter's merge of returned copies (issue 13): the master grid from the adapter's own read,
// the returned .xlsx files parsed with the shared reader (src/xlsx/read, in a chunk loaded on demand),
// the core's mergeCopies for the review. After the user confirms, one sync checks that each cell still
// holds what the review showed (and reads the log), and one sync writes those cells and the log.
import { HostError } from "../app/errors";
import { parseA1, sheetOfReference, toA1 } from "../core/a1";
import { isDateFormat } from "../core/dates";
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import {
  LOG_MARK,
  mergeCopies,
  mergeLogPlan,
  resolveConflicts,
  type AppliedChange,
  type ConflictChoice,
  type CopyInput,
  type MasterWrite,
  type MergeResult,
} from "../core/merge";
import type { Lang } from "../core/model";
import { t } from "../i18n/merge";
import type { OfficeEnv } from "./env";
import { toHostError } from "./errors";
import { detectFeatures } from "./features";
import { OfficeWorkbookHost } from "./host";
import { addressBounds, lower } from "./address";
import type { WorkbookState } from "./read";
import { asText, queuePlan } from "./write";
import { writeOptionsFor } from "./write-bulk";

/** A returned file the user chose: its name and its bytes. */
export interface ReturnedFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

/** What the review shows, with the master grid it was computed from (for the user's choices). */
export interface MergeReview {
  masterGrid: WorkbookGrid;
  result: MergeResult;
}

export interface MergeApplied {
  /** The changes written (the review's, plus the conflicts the user chose), in the review's order. */
  applied: AppliedChange[];
  /** Cells that no longer held what the review showed: left alone. */
  stale: MasterWrite[];
  /** The log sheet's name. */
  logSheet: string;
}

/** Reads the returned files with the light .xlsx grid reader (the ExcelJS reader's grid, faster); a file it cannot read is refused, not thrown. */
export async function readReturnedFiles(files: readonly ReturnedFile[]): Promise<CopyInput[]> {
  const [{ gridFromXlsxLight }, { XlsxReadError }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-grid-reader" */ "../xlsx/grid-read"),
    import(/* webpackChunkName: "xlsx-grid-reader" */ "../xlsx/read-error"),
  ]);
  const copies: CopyInput[] = [];
  for (const file of files) {
    try {
      copies.push({
        source: file.name,
        grid: await gridFromXlsxLight(file.bytes, file.name),
      });
    } catch (err) {
      if (!(err instanceof XlsxReadError)) throw err;
      copies.push({ source: file.name, refused: err.reason, detail: err.detail });
    }
  }
  return copies;
}

/** The review: the open workbook read once, the returned files merged into it. Nothing is written. */
export async function reviewMerge(
  env: OfficeEnv,
  files: readonly ReturnedFile[]
): Promise<MergeReview> {
  const masterGrid = await new OfficeWorkbookHost(env).read();
  const copies = await readReturnedFiles(files);
  return { masterGrid, result: mergeCopies(t, masterGrid, copies) };
}

/** The log sheet's possible names: the one its mark points at, then its name in either language. */
function logCandidates(grid: WorkbookGrid): string[] {
  const ref = grid.names?.[LOG_MARK];
  const marked = ref ? sheetOfReference(ref) : null;
  return [
    ...new Set([marked, t("vi", "log.sheetName"), t("en", "log.sheetName")].filter(Boolean)),
  ] as string[];
}

/** The rectangle of one sheet's writes: one range to load rather than one per cell. */
interface SheetBox {
  sheet: string;
  top: number;
  left: number;
  range: Excel.Range;
}

function boxesOf(context: Excel.RequestContext, writes: readonly MasterWrite[]): SheetBox[] {
  const sheets = [...new Set(writes.map((w) => w.sheet))];
  return sheets.map((sheet) => {
    const cells = writes.filter((w) => w.sheet === sheet).map((w) => parseA1(w.cell));
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.max(...cells.map((c) => c.row));
    const right = Math.max(...cells.map((c) => c.col));
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRange(`${toA1(top, left)}:${toA1(bottom, right)}`);
    range.load("values,numberFormat");
    return { sheet, top, left, range };
  });
}

/** Each write with what its cell holds now and its number format. */
function currentOf(boxes: SheetBox[], w: MasterWrite): { value: CellValue; format: string } {
  const box = boxes.find((b) => b.sheet === w.sheet)!;
  const { row, col } = parseA1(w.cell);
  const r = row - box.top;
  const c = col - box.left;
  return {
    value: (box.range.values[r]?.[c] ?? "") as CellValue,
    format: String(box.range.numberFormat[r]?.[c] ?? "General"),
  };
}

const sameCell = (a: CellValue, b: CellValue): boolean =>
  a === b || (typeof a === "string" && typeof b === "string" && a.normalize() === b.normalize());

/** What the check sync brings back: the workbook's sheets and marks, the cells, the log's rows. */
interface Checked {
  state: WorkbookState;
  fresh: { write: MasterWrite; format: string }[];
  stale: MasterWrite[];
  log: SheetGrid | null;
}

async function checkCells(
  context: Excel.RequestContext,
  grid: WorkbookGrid,
  writes: readonly MasterWrite[]
): Promise<Checked> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load(
    "items/name,items/charts/items/name,items/protection/protected"
  );
  const names = wb.names.load("items/name,items/value");
  const boxes = boxesOf(context, writes);
  const logs = logCandidates(grid).map((name) => {
    const sheet = wb.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,values");
    return { sheet, used };
  });
  await context.sync();
  const state: WorkbookState = {
    sheetNames: sheets.items.map((s) => s.name),
    names: Object.fromEntries(names.items.map((n) => [n.name, String(n.value).replace(/^=/, "")])),
    charts: Object.fromEntries(
      sheets.items.map((s) => [lower(s.name), s.charts.items.map((ch) => ch.name)])
    ),
    protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => lower(s.name)),
  };
  const checked: Checked = { state, fresh: [], stale: [], log: null };
  for (const write of writes) {
    const now = currentOf(boxes, write);
    if (sameCell(now.value, write.from)) checked.fresh.push({ write, format: now.format });
    else checked.stale.push(write);
  }
  const found = logs.find((l) => !l.sheet.isNullObject);
  if (found) {
    const values = found.used.isNullObject ? [] : (found.used.values as CellValue[][]);
    const address = found.used.isNullObject ? "A1" : addressBounds(found.used.address).first;
    checked.log = { name: found.sheet.name, address, values };
  }
  return checked;
}

/** Queues one confirmed cell: text as text, a date given a date format where its cell has none. */
function queueWrite(context: Excel.RequestContext, write: MasterWrite, format: string): void {
  const range = context.workbook.worksheets.getItem(write.sheet).getRange(write.cell);
  const to = write.to ?? "";
  range.formulas = [[typeof to === "string" ? asText(to) : to]];
  if (write.field === "completedOn" && typeof to === "number" && !isDateFormat(format))
    range.numberFormat = [["dd/mm/yyyy"]];
}

/**
 * Writes what the user confirmed: the review's changes and the conflicts chosen, each only where its
 * cell still holds what the review showed, and the log below the rows it held. Syncs: 2 (check, write).
 */
export async function applyMerge(
  env: OfficeEnv,
  review: MergeReview,
  choices: readonly ConflictChoice[],
  options: { lang: Lang; today: number }
): Promise<MergeApplied> {
  if (env.readOnly) throw new HostError("read-only", "Office.context.document.mode");
  const resolved = resolveConflicts(review.masterGrid, review.result, choices);
  const features = detectFeatures(env);
  try {
    return await env.run(async (context) => {
      const checked = await checkCells(context, review.masterGrid, resolved.writes);
      const written = new Set(checked.fresh.map((f) => `${f.write.sheet}!${f.write.cell}`));
      const applied = resolved.applied.filter((a) =>
        written.has(`${a.masterCell.sheet}!${a.masterCell.cell}`)
      );
      const logGrid: WorkbookGrid = {
        ...review.masterGrid,
        names: checked.state.names,
        sheets: checked.log ? [checked.log] : [],
      };
      const log = mergeLogPlan(t, logGrid, applied, options.today, options.lang);
      for (const f of checked.fresh) queueWrite(context, f.write, f.format);
      const later =
        applied.length > 0
          ? queuePlan(
              context,
              { sheets: [log] },
              checked.state,
              features,
              writeOptionsFor(env.platform)
            )
          : [];
      await context.sync();
      // A log grown past one request's budget follows in slices (write-bulk.ts).
      for (const batch of later) {
        batch();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      return { applied, stale: checked.stale, logSheet: log.name };
    });
  } catch (error) {
    throw toHostError(error, { readOnly: env.readOnly });
  }
}
