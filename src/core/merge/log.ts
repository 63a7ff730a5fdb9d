// The merge log: an add-in-owned sheet "Nhật ký cập nhật" with one row per applied change (date,
// source file, office, task, field, from, to). Every merge rewrites it with the rows it already held
// and the new ones below, so the pane and the CLI append to the same log.
import type { MergeText } from "../../i18n/merge";
import { colLetter, sheetOfReference } from "../a1";
import { formatVnDate } from "../dates";
import type { CellValue, SheetGrid, WorkbookGrid } from "../grid";
import type { Lang, Status } from "../model";
import type { PlanCell, SheetPlan } from "../plan";
import { SheetReader } from "../sheet-reader";
import { looseKey } from "../text";
import { CANONICAL_STATUS } from "../vocab";
import type { AppliedChange, FieldValue, MergeFinding, UpdateField } from "./types";

export const LOG_MARK = "TDNV_MergeLog";
const HEADER_ROW = 4;
const COLUMNS = ["date", "source", "office", "task", "field", "from", "to"] as const;

/** A value as the log and the review show it: "Hoàn thành", "80%", "15/03/2018", "(trống)". */
export function displayValue(
  t: MergeText,
  field: UpdateField,
  value: FieldValue,
  lang: Lang
): string {
  if (value === null) return t(lang, "merge.cli.empty");
  if (field === "status") return CANONICAL_STATUS[value as Status];
  if (field === "completedOn") return formatVnDate(value as number);
  if (field === "progress") {
    const text = String(Math.round((value as number) * 1000) / 10);
    return `${lang === "vi" ? text.replace(".", ",") : text}%`;
  }
  return String(value);
}

/** A merge finding in the user's language (the CLI and the pane alike). */
export function mergeFindingMessage(t: MergeText, f: MergeFinding, lang: Lang): string {
  const params: Record<string, string> = { ...(f.params as unknown as Record<string, string>) };
  if (f.code === "merge-unreadable") {
    const why = t(lang, `merge.refused.${f.params.reason}`);
    params.why = f.params.detail ? `${why}: ${f.params.detail}` : why;
  }
  return t(lang, `merge.finding.${f.code}`, params);
}

/** The log sheet of a workbook: the one its mark points at, else one with the log's name in either language. */
export function findLogSheet(t: MergeText, grid: WorkbookGrid): SheetGrid | null {
  const ref = grid.names?.[LOG_MARK];
  const marked = ref ? sheetOfReference(ref) : null;
  const names = [marked, t("vi", "log.sheetName"), t("en", "log.sheetName")].filter(
    (n): n is string => n !== null
  );
  for (const name of names) {
    const sheet = grid.sheets.find((s) => looseKey(s.name) === looseKey(name));
    if (sheet) return sheet;
  }
  return null;
}

function previousRows(sheet: SheetGrid | null): CellValue[][] {
  if (!sheet) return [];
  const reader = new SheetReader(sheet);
  const rows: CellValue[][] = [];
  for (let row = HEADER_ROW + 1; row <= reader.lastRow; row++) {
    const cells = COLUMNS.map((_, c) => reader.value(row, c));
    if (cells.some((v) => v !== "")) rows.push(cells);
  }
  return rows;
}

/** The log sheet after a merge on `date` (serial): the rows it held, then one per applied change. */
export function mergeLogPlan(
  t: MergeText,
  grid: WorkbookGrid,
  applied: readonly AppliedChange[],
  date: number,
  lang: Lang
): SheetPlan {
  const existing = findLogSheet(t, grid);
  const old = previousRows(existing);
  const added: CellValue[][] = applied.map((a) => [
    date,
    a.sources.join(", "),
    [...new Set(a.offices.filter((o) => o !== ""))].join(", "),
    a.task,
    t(lang, `merge.field.${a.field}`),
    displayValue(t, a.field, a.from, lang),
    displayValue(t, a.field, a.to, lang),
  ]);
  const rows = [...old, ...added].map((r) => r.map((v): PlanCell => ({ value: v })));
  const last = HEADER_ROW + rows.length;
  const lastCol = colLetter(COLUMNS.length - 1);
  return {
    name: existing?.name ?? t(lang, "log.sheetName"),
    role: "log",
    ownerMark: LOG_MARK,
    blocks: [
      { at: "A1", rows: [[{ value: t(lang, "log.title") }]] },
      { at: "A2", rows: [[{ value: t(lang, "log.hint") }]] },
      { at: `A${HEADER_ROW}`, rows: [COLUMNS.map((c) => ({ value: t(lang, `log.${c}`) }))] },
      ...(rows.length > 0 ? [{ at: `A${HEADER_ROW + 1}`, rows }] : []),
    ],
    styles: [
      { range: `A1:${lastCol}${last}`, style: { fontName: "Times New Roman", fontSize: 12 } },
      { range: "A1", style: { bold: true, fontSize: 14 } },
      { range: "A2", style: { italic: true } },
      {
        range: `A${HEADER_ROW}:${lastCol}${HEADER_ROW}`,
        style: { bold: true, fill: "#DDEBF7", border: "thin", horizontal: "center", wrap: true },
      },
      ...(rows.length > 0
        ? [
            { range: `A${HEADER_ROW + 1}:${lastCol}${last}`, style: { border: "thin" as const } },
            { range: `A${HEADER_ROW + 1}:A${last}`, style: { numberFormat: "dd/mm/yyyy" } },
          ]
        : []),
    ],
    merges: [],
    columnWidths: { A: 12, B: 28, C: 28, D: 14, E: 18, F: 22, G: 22 },
    rowHeights: {},
    freeze: { rows: HEADER_ROW, columns: 0 },
    conditionalFormats: [],
    charts: [],
    extent: `A1:${lastCol}${Math.max(last, HEADER_ROW)}`,
  };
}
