// The summary sheet as a plan: a Party-document page (Hướng dẫn 36-HD/VPTW) with one row per work area,
// group subtotals and a total, every figure a live formula over the tasks table, and two native charts
// drawn from a small data block beside the table. The Office.js adapter and the .xlsx writer apply it.
import { t, type MessageKey } from "../i18n";
import { colIndex, colLetter, quoteSheet } from "./a1";
import {
  areaKeys,
  excelString,
  measureCell,
  taskColumnsOf,
  type Measure,
  type TimeRefs,
} from "./formulas";
import type { AreaRollup, Lang, Model, Rollup } from "./model";
import type { CellStyle, ChartPlan, PlanCell, RangeStyle, SheetPlan } from "./plan";
import type { Settings } from "./settings";

/** Workbook-level defined name marking the summary sheet as the add-in's. */
export const SUMMARY_MARK = "TDNV_Summary";
export const CHART_STATUS = "TDNV_ChartStatus";
export const CHART_RATE = "TDNV_ChartRate";

/** Which column of the table holds which figure (the layout is fixed; tests and adapters rely on it). */
export const SUMMARY_COLUMNS = {
  no: "A",
  area: "B",
  leadUnit: "C",
  total: "D",
  done: "E",
  doneOnTime: "F",
  doneLate: "G",
  inProgress: "H",
  notStarted: "I",
  suspended: "J",
  overdue: "K",
  dueSoon: "L",
  completionRate: "M",
  dueCompletionRate: "N",
} as const;

/** The counted figures, in table order, each a Measure over the tasks table on area rows. */
export const COUNT_FIELDS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "inProgress",
  "notStarted",
  "suspended",
  "overdue",
  "dueSoon",
] as const satisfies readonly Measure[];

export const ROWS = {
  parentBody: 1,
  issuingBody: 2,
  star: 3,
  appendix: 5,
  title: 6,
  subtitle: 7,
  asOf: 8,
  header1: 9,
  header2: 10,
  firstData: 11,
} as const;

/** The report date lives here; every time-dependent formula refers to it. */
export const REPORT_DATE_CELL = `N${ROWS.asOf}`;
const REPORT_DATE_REF = `$N$${ROWS.asOf}`;

const LAST_COL = "N";
const FONT = "Times New Roman";
const COLORS = {
  headerFill: "#D9E1F2",
  groupFill: "#F2F2F2",
  totalFill: "#D9E1F2",
  done: "#70AD47",
  inProgress: "#FFC000",
  notStarted: "#A5A5A5",
  overdue: "#C00000",
  rate: "#4472C4",
  dataBar: "#63BE7B",
  tab: "#C00000",
  muted: "#7F7F7F",
};

const COLUMN_WIDTHS: Record<string, number> = {
  A: 5,
  B: 34,
  C: 26,
  D: 8,
  E: 8,
  F: 8,
  G: 8,
  H: 9.5, // not 9: ExcelJS drops a column of exactly its default width 9
  I: 9.5,
  J: 8,
  K: 10,
  L: 10,
  M: 11,
  N: 13,
};

/** The chart-data block sits right of the table, outside the print area. */
const CHART_DATA = {
  first: "P",
  rateValue: "Q",
  statusCategory: "R",
  done: "S",
  inProgress: "T",
  notStarted: "U",
  overdue: "V",
};
const CHART_DATA_WIDTHS: Record<string, number> = {
  P: 30,
  Q: 10,
  R: 30,
  S: 10,
  T: 12,
  U: 12,
  V: 10,
};
/** Chart height in rows: room for each area's bar, within one printed page. */
const MIN_CHART_ROWS = 12;
const chartRowsFor = (areas: number, maxRows: number): number =>
  Math.max(14, Math.min(Math.ceil(6 + 1.4 * areas), maxRows));
const CHART_ROW_HEIGHT = 15;

// Print geometry (mm → pt) for the page-fit estimate that keeps the charts off a page break.
const MM = 72 / 25.4;
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
const PRINT_WIDTH_PT = (297 - MARGINS.left - MARGINS.right) * MM;
const PRINT_HEIGHT_PT = (210 - MARGINS.top - MARGINS.bottom) * MM;

export type SummaryRow =
  | { kind: "group"; row: number; label: string; name: string; areaRows: number[] }
  | { kind: "area"; row: number; label: string; area: AreaRollup; topLevel: boolean }
  | { kind: "total"; row: number };

/**
 * The table's rows: groups (I, II, …) with their areas (1, 2, …) in the order the first area of each
 * group appears; areas without a group stand at the top level (numbered I, II, … among the groups when
 * groups exist, else 1, 2, …); the total row last.
 */
export function summaryRows(rollup: Rollup): SummaryRow[] {
  const hasGroups = rollup.areas.some((a) => a.group !== "");
  const rows: SummaryRow[] = [];
  let row = ROWS.firstData;
  if (!hasGroups) {
    rollup.areas.forEach((area, i) =>
      rows.push({ kind: "area", row: row++, label: String(i + 1), area, topLevel: true })
    );
  } else {
    const emitted = new Set<string>();
    let top = 0;
    for (const area of rollup.areas) {
      if (area.group === "") {
        rows.push({ kind: "area", row: row++, label: roman(++top), area, topLevel: true });
        continue;
      }
      if (emitted.has(area.group)) continue;
      emitted.add(area.group);
      const members = rollup.areas.filter((a) => a.group === area.group);
      const groupRow = row++;
      const areaRows = members.map((_, i) => groupRow + 1 + i);
      rows.push({ kind: "group", row: groupRow, label: roman(++top), name: area.group, areaRows });
      members.forEach((member, i) =>
        rows.push({ kind: "area", row: row++, label: String(i + 1), area: member, topLevel: false })
      );
    }
  }
  rows.push({ kind: "total", row });
  return rows;
}

export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      s += letters;
      n -= value;
    }
  }
  return s;
}

/** Consecutive runs of rows as ranges of one column, e.g. [11,12,13,15] → "D11:D13,D15". */
function runsOf(column: string, rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const a = sorted[start];
      const b = sorted[i - 1];
      parts.push(a === b ? `${column}${a}` : `${column}${a}:${column}${b}`);
      start = i;
    }
  }
  return parts.join(",");
}

/** The two rates from a row's own counts, blank when their denominator is 0 (the core's null). */
function rateCells(row: number): [PlanCell, PlanCell] {
  const c = SUMMARY_COLUMNS;
  const active = `(${c.total}${row}-${c.suspended}${row})`;
  const due = `(${c.done}${row}+${c.overdue}${row})`;
  return [
    { formula: `=IF(${active}=0,"",${c.done}${row}/${active})` },
    { formula: `=IF(${due}=0,"",${c.done}${row}/${due})` },
  ];
}

/** "{place}, ngày {day} …" as a formula over the report-date cell, so the line follows that cell. */
function dateLineFormula(lang: Lang, placeName: string): string {
  const template = t(lang, "summary.dateLine");
  const place =
    placeName.trim() === "" ? t(lang, "summary.noPlace") : placeName.trim().normalize("NFC");
  const exprs: Record<string, string> = {
    day: `RIGHT("0"&DAY(${REPORT_DATE_REF}),2)`,
    month: `RIGHT("0"&MONTH(${REPORT_DATE_REF}),2)`,
    year: `YEAR(${REPORT_DATE_REF})`,
  };
  // Literal text and expressions in template order; adjacent literals joined into one string.
  const pieces: { literal?: string; expr?: string }[] = [];
  const literal = (text: string): void => {
    const prev = pieces[pieces.length - 1];
    if (prev?.literal !== undefined) prev.literal += text;
    else pieces.push({ literal: text });
  };
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    literal(template.slice(last, m.index));
    if (m[1] === "place") literal(place);
    else if (m[1] in exprs) pieces.push({ expr: exprs[m[1]] });
    else literal(m[0]);
    last = m.index + m[0].length;
  }
  literal(template.slice(last));
  return (
    "=" +
    pieces
      .filter((p) => p.literal !== "")
      .map((p) => p.expr ?? excelString(p.literal ?? ""))
      .join("&")
  );
}

function upper(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi");
}

function subtitle(lang: Lang, settings: Settings): string {
  const programme = settings.programme.trim();
  const period = settings.period.trim();
  if (period === "") return upper(programme);
  const key: MessageKey = /^\d/.test(period) ? "summary.subtitleYears" : "summary.subtitleText";
  return upper(t(lang, key, { programme, period }));
}

// --- layout estimate: wrapped text lines → row heights; row heights → where pages break ---

/** Characters of average text that fit a column `width` (Excel width units) at `size` points. */
function capacity(width: number, size: number, bold: boolean): number {
  const columnPx = width * 7 + 5 - 6; // minus the cell's inner padding
  const charPx = size * (96 / 72) * 0.47 * (bold ? 1.08 : 1);
  return Math.max(1, Math.floor(columnPx / charPx));
}

/** Lines a text takes when word-wrapped at `cap` characters. */
export function wrappedLines(text: string, cap: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const len = word.length;
      if (line === 0) line = len;
      else if (line + 1 + len <= cap) line += 1 + len;
      else {
        lines++;
        line = len;
      }
      while (line > cap) {
        lines++;
        line -= cap;
      }
    }
  }
  return lines;
}

const lineHeight = (size: number): number => Math.ceil(size * 1.25);
const widthOf = (cols: string[]): number =>
  cols.reduce((sum, c) => sum + (COLUMN_WIDTHS[c] ?? 8.43), 0);
const colsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let i = colIndex(from); i <= colIndex(to); i++) out.push(colLetter(i));
  return out;
};
function textHeight(text: string, cols: string[], size: number, bold = false): number {
  return wrappedLines(text, capacity(widthOf(cols), size, bold)) * lineHeight(size) + 4;
}

/**
 * Column widths are in characters of the workbook's default font, so the printed scale depends on the
 * fonts a machine has: 7 px per character is Calibri in Excel; LibreOffice without Calibri or Carlito
 * falls back to wider fonts (about 9.3 px measured with DejaVu Sans). The chart placement must hold for
 * all of them.
 */
const CHAR_PX = [7, 7.5, 8, 8.5, 9, 9.5];

/** Usable page height in unscaled points once the table is scaled to fit one page wide. */
function pageHeights(): number[] {
  return CHAR_PX.map((px) => {
    const tablePt = colsBetween("A", LAST_COL).reduce(
      (sum, c) => sum + (COLUMN_WIDTHS[c] * px + 5) * 0.75,
      0
    );
    return PRINT_HEIGHT_PT / Math.min(1, PRINT_WIDTH_PT / tablePt);
  });
}

/**
 * True when rows `first`..`last` print on one page with `margin` to spare, rows breaking to the next
 * page when they do not fit and the print-title rows repeated at the top of every further page.
 */
function onOnePage(
  heights: (row: number) => number,
  first: number,
  last: number,
  page: number,
  titleHeight: number,
  margin: number
): boolean {
  let used = 0;
  let pageNo = 0;
  let firstPage = -1;
  for (let r = 1; r <= last; r++) {
    const h = heights(r);
    if (used + h > page) {
      pageNo++;
      used = titleHeight;
    }
    used += h;
    if (r === first) firstPage = pageNo;
  }
  return firstPage === pageNo && used <= page - margin;
}

export interface SummaryPlanArgs {
  model: Model;
  rollup: Rollup;
  settings: Settings;
  sheetName: string;
  previousName?: string;
  lang: Lang;
  /** Rows beyond the data that the row-by-row comparisons cover (see TaskColumns.compareRows). */
  compareMargin?: number;
}

export function buildSummaryPlan(args: SummaryPlanArgs): SheetPlan {
  const { model, rollup, settings, sheetName, lang } = args;
  const L = (key: MessageKey, params?: Record<string, string | number>): string =>
    t(lang, key, params);
  const C = SUMMARY_COLUMNS;
  const columns = taskColumnsOf(model, args.compareMargin);
  const time: TimeRefs = { reportDate: REPORT_DATE_REF, dueSoonDays: rollup.dueSoonDays };
  const tableRows = summaryRows(rollup);
  const totalRow = tableRows[tableRows.length - 1].row;
  const areaRows = tableRows.filter(
    (r): r is Extract<SummaryRow, { kind: "area" }> => r.kind === "area"
  );
  const noteRow = totalRow + 1;

  // Cells by address; written out as one rectangular block per area of the sheet.
  const cells = new Map<string, PlanCell>();
  const put = (col: string, row: number, cell: PlanCell): void =>
    void cells.set(`${col}${row}`, cell);
  const text = (col: string, row: number, value: string): void =>
    put(col, row, { value: value.normalize("NFC") });

  const styles: RangeStyle[] = [];
  const style = (range: string, s: CellStyle): void => void styles.push({ range, style: s });
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};

  // --- title block ---
  text("A", ROWS.parentBody, upper(settings.parentBody));
  text("A", ROWS.issuingBody, upper(settings.issuingBody));
  text("A", ROWS.star, "*");
  text("I", ROWS.parentBody, L("summary.partyName"));
  put("I", ROWS.issuingBody, { formula: dateLineFormula(lang, settings.place) });
  text("A", ROWS.appendix, L("summary.appendix"));
  text("A", ROWS.title, upper(L("summary.title")));
  const sub = subtitle(lang, settings);
  text("A", ROWS.subtitle, sub);
  text("L", ROWS.asOf, L("summary.asOf"));
  put("N", ROWS.asOf, { value: rollup.reportDate });
  for (const r of [ROWS.parentBody, ROWS.issuingBody, ROWS.star]) merges.push(`A${r}:E${r}`);
  merges.push(
    `I${ROWS.parentBody}:N${ROWS.parentBody}`,
    `I${ROWS.issuingBody}:N${ROWS.issuingBody}`
  );
  for (const r of [ROWS.appendix, ROWS.title, ROWS.subtitle]) merges.push(`A${r}:N${r}`);
  merges.push(`L${ROWS.asOf}:M${ROWS.asOf}`);
  Object.assign(rowHeights, {
    [ROWS.parentBody]: 18,
    [ROWS.issuingBody]: 18,
    [ROWS.star]: 16,
    4: 8,
    [ROWS.appendix]: 18,
    [ROWS.title]: 21,
    [ROWS.subtitle]: Math.max(20, textHeight(sub, colsBetween("A", LAST_COL), 13, true)),
    [ROWS.asOf]: 18,
  });

  // --- header: two rows, "Hoàn thành" spanning its three parts ---
  const single: [string, string][] = [
    [C.no, L("summary.col.no")],
    [C.area, L("summary.col.area")],
    [C.leadUnit, L("summary.col.leadUnit")],
    [C.total, L("summary.col.total")],
    [C.inProgress, L("summary.col.inProgress")],
    [C.notStarted, L("summary.col.notStarted")],
    [C.suspended, L("summary.col.suspended")],
    [C.overdue, L("summary.col.overdue")],
    [C.dueSoon, L("summary.col.dueSoon", { days: rollup.dueSoonDays })],
    [C.completionRate, L("summary.col.completionRate")],
    [C.dueCompletionRate, L("summary.col.dueCompletionRate")],
  ];
  const split: [string, string][] = [
    [C.done, L("summary.col.doneTotal")],
    [C.doneOnTime, L("summary.col.doneOnTime")],
    [C.doneLate, L("summary.col.doneLate")],
  ];
  for (const [col, label] of single) {
    text(col, ROWS.header1, label);
    merges.push(`${col}${ROWS.header1}:${col}${ROWS.header2}`);
  }
  text(C.done, ROWS.header1, L("summary.col.done"));
  merges.push(`${C.done}${ROWS.header1}:${C.doneLate}${ROWS.header1}`);
  for (const [col, label] of split) text(col, ROWS.header2, label);
  const header1Height = lineHeight(12) + 6;
  const tallest = Math.max(...single.map(([col, label]) => textHeight(label, [col], 12, true)));
  const splitTallest = Math.max(...split.map(([col, label]) => textHeight(label, [col], 12, true)));
  rowHeights[ROWS.header1] = header1Height;
  rowHeights[ROWS.header2] = Math.max(splitTallest, tallest - header1Height, lineHeight(12) + 6);

  // --- body ---
  const countCols = COUNT_FIELDS.map((f) => C[f]);
  for (const entry of tableRows) {
    const r = entry.row;
    if (entry.kind === "area") {
      text(C.no, r, entry.label);
      text(C.area, r, entry.area.name);
      text(C.leadUnit, r, entry.area.leadUnit);
      const keys = areaKeys(entry.area.id, entry.area.name);
      for (const field of COUNT_FIELDS) put(C[field], r, measureCell(columns, keys, field, time));
      rowHeights[r] = Math.max(
        textHeight(entry.area.name, [C.area], 12),
        textHeight(entry.area.leadUnit, [C.leadUnit], 12),
        lineHeight(12) + 6
      );
    } else if (entry.kind === "group") {
      text(C.no, r, entry.label);
      text(C.area, r, entry.name);
      merges.push(`${C.area}${r}:${C.leadUnit}${r}`);
      for (const col of countCols) put(col, r, { formula: `=SUM(${runsOf(col, entry.areaRows)})` });
      rowHeights[r] = Math.max(
        textHeight(entry.name, [C.area, C.leadUnit], 12, true),
        lineHeight(12) + 6
      );
    } else {
      text(C.no, r, L("summary.totalRow"));
      merges.push(`${C.no}${r}:${C.leadUnit}${r}`);
      const rows = areaRows.map((a) => a.row);
      for (const col of countCols)
        put(col, r, rows.length ? { formula: `=SUM(${runsOf(col, rows)})` } : { value: 0 });
      rowHeights[r] = lineHeight(12) + 8;
    }
    const [rate, dueRate] = rateCells(r);
    put(C.completionRate, r, rate);
    put(C.dueCompletionRate, r, dueRate);
  }
  const note = L("summary.note", { cell: REPORT_DATE_CELL, sheet: columns?.sheet ?? "" });
  text("A", noteRow, note);
  merges.push(`A${noteRow}:N${noteRow}`);
  rowHeights[noteRow] = textHeight(note, colsBetween("A", LAST_COL), 11, false) + 4;

  // --- styles: the whole page first, then finer ranges on top ---
  const h1 = ROWS.header1;
  const table = `A${h1}:${LAST_COL}${totalRow}`;
  style(`A1:${LAST_COL}${noteRow}`, { fontName: FONT, fontSize: 12, vertical: "center" });
  style(`A${ROWS.parentBody}:E${ROWS.star}`, { fontSize: 13, horizontal: "center" });
  style(`A${ROWS.issuingBody}:E${ROWS.issuingBody}`, { bold: true });
  style(`I${ROWS.parentBody}:N${ROWS.parentBody}`, {
    fontSize: 13,
    bold: true,
    underline: true,
    horizontal: "center",
  });
  style(`I${ROWS.issuingBody}:N${ROWS.issuingBody}`, {
    fontSize: 13,
    italic: true,
    horizontal: "center",
  });
  style(`A${ROWS.appendix}:N${ROWS.appendix}`, { fontSize: 13, bold: true, horizontal: "center" });
  style(`A${ROWS.title}:N${ROWS.title}`, { fontSize: 14, bold: true, horizontal: "center" });
  style(`A${ROWS.subtitle}:N${ROWS.subtitle}`, {
    fontSize: 13,
    bold: true,
    horizontal: "center",
    wrap: true,
  });
  style(`L${ROWS.asOf}:M${ROWS.asOf}`, { italic: true, horizontal: "right" });
  style(REPORT_DATE_CELL, { italic: true, horizontal: "center", numberFormat: "dd/mm/yyyy" });
  style(table, { border: "thin", vertical: "center" });
  style(`A${h1}:${LAST_COL}${ROWS.header2}`, {
    bold: true,
    horizontal: "center",
    wrap: true,
    fill: COLORS.headerFill,
  });
  if (totalRow > ROWS.firstData) {
    const body = (col: string): string => `${col}${ROWS.firstData}:${col}${totalRow - 1}`;
    style(body(C.no), { horizontal: "center" });
    style(`${C.area}${ROWS.firstData}:${C.leadUnit}${totalRow - 1}`, {
      horizontal: "left",
      wrap: true,
    });
  }
  style(`${C.total}${ROWS.firstData}:${C.dueSoon}${totalRow}`, {
    horizontal: "center",
    numberFormat: "#,##0",
  });
  style(`${C.completionRate}${ROWS.firstData}:${C.dueCompletionRate}${totalRow}`, {
    horizontal: "center",
    numberFormat: "0.0%",
  });
  for (const entry of tableRows) {
    if (entry.kind === "group")
      style(`A${entry.row}:${LAST_COL}${entry.row}`, { bold: true, fill: COLORS.groupFill });
  }
  style(`A${totalRow}:${LAST_COL}${totalRow}`, { bold: true, fill: COLORS.totalFill });
  style(`A${totalRow}:${C.leadUnit}${totalRow}`, { horizontal: "center" });
  style(`A${noteRow}:${LAST_COL}${noteRow}`, {
    fontSize: 11,
    italic: true,
    wrap: true,
    horizontal: "left",
    vertical: "top",
  });

  // --- chart data: beside the table, one row per area, formulas on the table's cells ---
  const charts: ChartPlan[] = [];
  const D = CHART_DATA;
  const dataHeader = ROWS.header2;
  const dataFirst = dataHeader + 1;
  const dataLast = dataHeader + areaRows.length;
  let lastRow = noteRow;
  let lastCol = LAST_COL;
  if (areaRows.length > 0) {
    const q = quoteSheet(sheetName);
    const abs = (col: string, row: number): string => `$${col}$${row}`;
    text(D.first, ROWS.header1, L("summary.chartData"));
    const series = {
      rate: L("summary.series.rate"),
      done: L("summary.series.done"),
      inProgress: L("summary.series.inProgress"),
      notStarted: L("summary.series.notStarted"),
      overdue: L("summary.series.overdue"),
    };
    text(D.first, dataHeader, L("summary.col.area"));
    text(D.rateValue, dataHeader, series.rate);
    text(D.statusCategory, dataHeader, L("summary.col.area"));
    text(D.done, dataHeader, series.done);
    text(D.inProgress, dataHeader, series.inProgress);
    text(D.notStarted, dataHeader, series.notStarted);
    text(D.overdue, dataHeader, series.overdue);
    areaRows.forEach((entry, i) => {
      const r = dataFirst + i;
      const src = entry.row;
      const keys = areaKeys(entry.area.id, entry.area.name);
      const minus = (measure: Measure): string => {
        const cell = measureCell(columns, keys, measure, time);
        return "formula" in cell ? `-(${cell.formula.slice(1)})` : "";
      };
      put(D.first, r, { formula: `=${C.area}${src}` });
      put(D.rateValue, r, { formula: `=${C.completionRate}${src}` });
      put(D.statusCategory, r, { formula: `=${C.area}${src}` });
      put(D.done, r, { formula: `=${C.done}${src}` });
      // The stacked parts add up to done + in progress + not started: overdue tasks only in their own part.
      put(D.inProgress, r, { formula: `=${C.inProgress}${src}${minus("overdueInProgress")}` });
      put(D.notStarted, r, { formula: `=${C.notStarted}${src}${minus("overdueNotStarted")}` });
      put(D.overdue, r, { formula: `=${C.overdue}${src}` });
    });
    style(`${D.first}${ROWS.header1}:${D.overdue}${dataLast}`, {
      fontName: FONT,
      fontSize: 10,
      fontColor: COLORS.muted,
    });
    style(`${D.first}${dataHeader}:${D.overdue}${dataHeader}`, { bold: true, wrap: true });
    style(`${D.first}${dataHeader}:${D.overdue}${dataLast}`, { border: "thin" });
    style(`${D.rateValue}${dataFirst}:${D.rateValue}${dataLast}`, { numberFormat: "0.0%" });
    style(`${D.done}${dataFirst}:${D.overdue}${dataLast}`, { numberFormat: "#,##0" });

    // --- charts below the table: after it on the same page when they fit, else from the next page ---
    const heights = new Map<number, number>(
      Object.entries(rowHeights).map(([k, v]) => [Number(k), v])
    );
    const pages = pageHeights();
    const titleHeight = (heights.get(ROWS.header1) ?? 0) + (heights.get(ROWS.header2) ?? 0);
    const maxRows = Math.floor(((Math.min(...pages) - titleHeight) * 0.85) / CHART_ROW_HEIGHT);
    // Right under the note (one blank row) when that prints whole at every likely scale; else on the
    // next page, as tall as fits there at every scale after the blank rows it takes to get there.
    const gapRow = noteRow + 1;
    const heightOf = (r: number): number => heights.get(r) ?? CHART_ROW_HEIGHT;
    const fits = (top: number, rows: number): boolean =>
      pages.every((page) =>
        onOnePage(heightOf, top, top + rows - 1, page, titleHeight, page * 0.03)
      );
    const limit = gapRow + 1 + Math.ceil(Math.max(...pages) / CHART_ROW_HEIGHT) * 2;
    let chartTop = gapRow + 1;
    let chartRows = chartRowsFor(areaRows.length, maxRows);
    if (!fits(chartTop, chartRows)) {
      search: for (let rows = maxRows; rows >= MIN_CHART_ROWS; rows--) {
        for (let top = gapRow + 1; top < limit; top++) {
          if (fits(top, rows)) {
            [chartTop, chartRows] = [top, rows];
            break search;
          }
        }
      }
    }
    for (let r = gapRow; r < chartTop + chartRows; r++) rowHeights[r] = CHART_ROW_HEIGHT;
    const chartBottom = chartTop + chartRows; // the row whose top edge ends the charts
    const split = "F";
    charts.push(
      {
        name: CHART_STATUS,
        type: "barStacked",
        title: L("summary.chart.status"),
        source: `${D.statusCategory}${dataHeader}:${D.overdue}${dataLast}`,
        categories: `${q}!${abs(D.statusCategory, dataFirst)}:${abs(D.statusCategory, dataLast)}`,
        series: (
          [
            [D.done, series.done, COLORS.done],
            [D.inProgress, series.inProgress, COLORS.inProgress],
            [D.notStarted, series.notStarted, COLORS.notStarted],
            [D.overdue, series.overdue, COLORS.overdue],
          ] as const
        ).map(([col, name, color]) => ({
          name,
          values: `${q}!${abs(col, dataFirst)}:${abs(col, dataLast)}`,
          color,
        })),
        from: `A${chartTop}`,
        to: `${split}${chartBottom}`,
      },
      {
        name: CHART_RATE,
        type: "barClustered",
        title: L("summary.chart.rate"),
        source: `${D.first}${dataHeader}:${D.rateValue}${dataLast}`,
        categories: `${q}!${abs(D.first, dataFirst)}:${abs(D.first, dataLast)}`,
        series: [
          {
            name: series.rate,
            values: `${q}!${abs(D.rateValue, dataFirst)}:${abs(D.rateValue, dataLast)}`,
            color: COLORS.rate,
          },
        ],
        dataLabelFormat: "0%",
        axisMin: 0,
        axisMax: 1,
        from: `${split}${chartTop}`,
        to: `${colLetter(colIndex(LAST_COL) + 1)}${chartBottom}`,
      }
    );
    lastRow = Math.max(chartBottom - 1, dataLast);
    lastCol = D.overdue;
  }

  // --- conditional formats: data bars on the rates, overdue counts in red ---
  const conditionalFormats: SheetPlan["conditionalFormats"] =
    totalRow > ROWS.firstData
      ? [
          {
            type: "dataBar",
            range: `${C.completionRate}${ROWS.firstData}:${C.dueCompletionRate}${totalRow - 1}`,
            color: COLORS.dataBar,
          },
          {
            type: "cellIs",
            range: `${C.overdue}${ROWS.firstData}:${C.overdue}${totalRow}`,
            operator: "greaterThan",
            value: 0,
            fontColor: COLORS.overdue,
          },
        ]
      : [];

  return {
    name: sheetName,
    ...(args.previousName !== undefined && args.previousName !== sheetName
      ? { previousName: args.previousName }
      : {}),
    role: "summary",
    ownerMark: SUMMARY_MARK,
    blocks: toBlocks(cells),
    styles,
    merges,
    columnWidths: { ...COLUMN_WIDTHS, ...(areaRows.length > 0 ? CHART_DATA_WIDTHS : {}) },
    rowHeights,
    freeze: { rows: ROWS.header2, columns: 0 },
    conditionalFormats,
    print: {
      paper: "A4",
      orientation: "landscape",
      margins: { ...MARGINS },
      fitToWidth: true,
      printTitleRows: `${ROWS.header1}:${ROWS.header2}`,
      footerCenter: L("summary.footer"),
      printArea: `A1:${LAST_COL}${lastRow}`,
    },
    tabColor: COLORS.tab,
    charts,
    extent: `A1:${lastCol}${lastRow}`,
  };
}

/** Cells grouped into rectangles: the title and table as one block, the chart data as another. */
function toBlocks(cells: Map<string, PlanCell>): SheetPlan["blocks"] {
  const byBlock = new Map<string, { minR: number; maxR: number; minC: number; maxC: number }>();
  const parsed = [...cells.keys()].map((a1) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const c = colIndex(m[1]);
    return { a1, r: Number(m[2]), c, block: c <= colIndex(LAST_COL) ? "table" : "chart" };
  });
  for (const p of parsed) {
    const b = byBlock.get(p.block) ?? { minR: p.r, maxR: p.r, minC: p.c, maxC: p.c };
    b.minR = Math.min(b.minR, p.r);
    b.maxR = Math.max(b.maxR, p.r);
    b.minC = Math.min(b.minC, p.c);
    b.maxC = Math.max(b.maxC, p.c);
    byBlock.set(p.block, b);
  }
  return [...byBlock.values()].map((b) => {
    const rows: PlanCell[][] = [];
    for (let r = b.minR; r <= b.maxR; r++) {
      const row: PlanCell[] = [];
      for (let c = b.minC; c <= b.maxC; c++)
        row.push(cells.get(`${colLetter(c)}${r}`) ?? { value: null });
      rows.push(row);
    }
    return { at: `${colLetter(b.minC)}${b.minR}`, rows };
  });
}
