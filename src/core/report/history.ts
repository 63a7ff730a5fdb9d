// The history of report dates: the figures per area and in total for each report date, kept as rows of
// an add-in-owned sheet ("Lịch sử"). A refresh reads the sheet back, replaces the rows of its own report
// date (never duplicates them) and writes the whole sheet again, sorted by date; nothing else touches it.
import type { MessageKey, SheetText } from "../../i18n/sheets";
import { quoteSheet, sheetOfReference } from "../a1";
import { parseDateCell } from "../dates";
import type { CellValue, WorkbookGrid } from "../grid";
import type { Lang } from "../model";
import type { ChartPlan, PlanCell, SheetPlan } from "../plan";
import { SheetReader } from "../sheet-reader";
import { sameSheetName } from "../settings-rules";
import { cleanText, looseKey } from "../text";
import { FIGURE_COUNTS, withRates, type ReportFigures } from "./figures";
import { COLORS, PageBuilder } from "./page";
import type { AreaSnapshot, Snapshot } from "./snapshot";

export const HISTORY_MARK = "TDNV_History";

/** Records `snapshot`: any earlier rows of its date are replaced; the history stays sorted by date. */
export function recordSnapshot(history: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  return [...history.filter((s) => s.date !== snapshot.date), snapshot].sort(
    (a, b) => a.date - b.date
  );
}

// --- the sheet: a title, a hint, a header row, then one row per area and a total row per date ---

type Column =
  "date" | "id" | "name" | (typeof FIGURE_COUNTS)[number] | "completionRate" | "dueCompletionRate";
const COLUMNS: readonly Column[] = [
  "date",
  "id",
  "name",
  ...FIGURE_COUNTS,
  "completionRate",
  "dueCompletionRate",
];
const letter = (i: number): string => String.fromCharCode(65 + i);
const LAST = letter(COLUMNS.length - 1);
const HEADER_ROW = 3;
const headerKey = (c: Column): MessageKey => `history.col.${c}`;

/** Header text (in either language, loosely matched) → column. */
const headerIndexes = new WeakMap<SheetText, Map<string, Column>>();
function headerIndex(t: SheetText): Map<string, Column> {
  let index = headerIndexes.get(t);
  if (!index) {
    index = new Map(
      COLUMNS.flatMap((c) => [
        [looseKey(t("vi", headerKey(c))), c] as const,
        [looseKey(t("en", headerKey(c))), c] as const,
      ])
    );
    headerIndexes.set(t, index);
  }
  return index;
}

function rowOf(date: number, id: string, name: string, f: ReportFigures): PlanCell[] {
  return COLUMNS.map((c): PlanCell => {
    if (c === "date") return { value: date };
    if (c === "id") return { value: id };
    if (c === "name") return { value: name.normalize("NFC") };
    const v = f[c];
    return { value: v === null ? "" : v };
  });
}

export function historySheetPlan(args: {
  t: SheetText;
  history: readonly Snapshot[];
  lang: Lang;
  sheetName: string;
  previousName?: string;
}): SheetPlan {
  const { t, lang } = args;
  const widths: Record<string, number> = {};
  COLUMNS.forEach((c, i) => (widths[letter(i)] = c === "name" ? 34 : c === "date" ? 12 : 11));
  const page = new PageBuilder(LAST, widths);
  page.text("A", 1, t(lang, "history.title"));
  page.text("A", 2, t(lang, "history.hint"));
  // The hint wraps across the table's width, so it prints whole on the landscape page.
  page.merge(`A2:${LAST}2`);
  page.fit(2, [[t(lang, "history.hint"), "A", LAST]], 11);
  COLUMNS.forEach((c, i) => page.text(letter(i), HEADER_ROW, t(lang, headerKey(c))));
  page.fit(
    HEADER_ROW,
    COLUMNS.map((c, i) => [t(lang, headerKey(c)), letter(i)] as [string, string])
  );
  let row = HEADER_ROW + 1;
  const totals: number[] = [];
  for (const s of args.history) {
    const lines = [
      ...s.areas.map((a) => rowOf(s.date, a.id, a.name, a.figures)),
      rowOf(s.date, "", t(lang, "history.totalRow"), s.total),
    ];
    for (const cells of lines) {
      cells.forEach((cell, i) => page.put(letter(i), row, cell));
      row++;
    }
    totals.push(row - 1);
  }
  const last = row - 1;
  page.style("A1", { bold: true, fontSize: 14 });
  page.style("A2", { italic: true, fontSize: 11, wrap: true, vertical: "top" });
  page.style(`A${HEADER_ROW}:${LAST}${HEADER_ROW}`, {
    bold: true,
    wrap: true,
    horizontal: "center",
    fill: COLORS.headerFill,
  });
  page.style(`A${HEADER_ROW}:${LAST}${Math.max(last, HEADER_ROW)}`, { border: "thin" });
  if (last > HEADER_ROW) {
    const rate = COLUMNS.indexOf("completionRate");
    page.style(`A${HEADER_ROW + 1}:A${last}`, { numberFormat: "dd/mm/yyyy", horizontal: "center" });
    page.style(`${letter(3)}${HEADER_ROW + 1}:${letter(rate - 1)}${last}`, {
      numberFormat: "#,##0",
    });
    page.style(`${letter(rate)}${HEADER_ROW + 1}:${LAST}${last}`, { numberFormat: "0.00%" });
    for (const r of totals) page.style(`A${r}:${LAST}${r}`, { bold: true, fill: COLORS.totalFill });
  }
  const plan = page.plan({
    name: args.sheetName,
    previousName: args.previousName,
    ownerMark: HISTORY_MARK,
    t,
    lang,
    headerRows: [HEADER_ROW, HEADER_ROW],
    tabColor: "#7F7F7F",
  });
  return totals.length >= 2 ? withTrendChart(plan, t, lang, totals) : plan;
}

export const CHART_TREND = "TDNV_ChartTrend";
/** The trend chart's data: one row per report date, formulas on its total row, outside the print area. */
const TREND = { date: "Q", rate: "R", dueRate: "S", chartTo: "I", chartRows: 18 } as const;
const TREND_COLORS = { rate: "#2E75B6", dueRate: "#C55A11" };

/**
 * The line chart of the two rates across report dates, under the table and printed with it (one blank
 * row between), its data beside the table and outside the print area: a contiguous block (dates,
 * completion rate, rate over tasks come due) whose cells are formulas on each date's total row, so the
 * chart follows the sheet; the block's corner is blank so Excel takes the dates as categories.
 */
function withTrendChart(plan: SheetPlan, t: SheetText, lang: Lang, totals: number[]): SheetPlan {
  const main = plan.blocks[0].rows;
  const at = (row: number, col: Column): PlanCell => main[row - 1][COLUMNS.indexOf(col)];
  const resultOf = (cell: PlanCell): string | number =>
    "value" in cell && (typeof cell.value === "number" || typeof cell.value === "string")
      ? cell.value
      : "";
  const link = (row: number, col: Column): PlanCell => ({
    formula: `=${letter(COLUMNS.indexOf(col))}${row}`,
    result: resultOf(at(row, col)),
  });
  const rows: PlanCell[][] = [
    [
      { value: null },
      { value: t(lang, "history.col.completionRate") },
      { value: t(lang, "history.col.dueCompletionRate") },
    ],
    ...totals.map((r) => [
      link(r, "date"),
      link(r, "completionRate"),
      link(r, "dueCompletionRate"),
    ]),
  ];
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + totals.length;
  const tableLast = Number(plan.extent.split(":")[1].replace(/^[A-Z]+/, ""));
  const chartEnd = tableLast + 1 + TREND.chartRows; // the chart's last row
  const printArea = `A1:${LAST}${chartEnd}`;
  const q = quoteSheet(plan.name);
  const ref = (col: string): string => `${q}!$${col}$${first}:$${col}$${last}`;
  const chart: ChartPlan = {
    name: CHART_TREND,
    type: "line",
    title: t(lang, "history.chart.trend"),
    source: `${TREND.date}${HEADER_ROW}:${TREND.dueRate}${last}`,
    categories: ref(TREND.date),
    categoryFormat: "dd/mm/yyyy",
    series: [
      {
        name: t(lang, "history.col.completionRate"),
        values: ref(TREND.rate),
        color: TREND_COLORS.rate,
      },
      {
        name: t(lang, "history.col.dueCompletionRate"),
        values: ref(TREND.dueRate),
        color: TREND_COLORS.dueRate,
      },
    ],
    dataLabelFormat: "0%",
    axisMin: 0,
    axisMax: 1,
    from: `A${tableLast + 2}`,
    to: `${TREND.chartTo}${chartEnd + 1}`,
  };
  const widths: Record<string, number> = {
    ...plan.columnWidths,
    [TREND.date]: 12,
    [TREND.rate]: 14,
    [TREND.dueRate]: 14,
  };
  return {
    ...plan,
    blocks: [...plan.blocks, { at: `${TREND.date}${HEADER_ROW}`, rows }],
    styles: [
      ...plan.styles,
      {
        range: `${TREND.date}${HEADER_ROW}:${TREND.dueRate}${last}`,
        style: { fontSize: 10, border: "thin" },
      },
      {
        range: `${TREND.date}${HEADER_ROW}:${TREND.dueRate}${HEADER_ROW}`,
        style: { bold: true, wrap: true },
      },
      {
        range: `${TREND.date}${first}:${TREND.date}${last}`,
        style: { numberFormat: "dd/mm/yyyy" },
      },
      { range: `${TREND.rate}${first}:${TREND.dueRate}${last}`, style: { numberFormat: "0.00%" } },
    ],
    columnWidths: widths,
    charts: [chart],
    ...(plan.print ? { print: { ...plan.print, printArea } } : {}),
    extent: `A1:${TREND.dueRate}${chartEnd}`,
  };
}

/** The sheet our mark points at, among the loaded sheets. */
export function historySheetName(grid: WorkbookGrid): string | null {
  const ref = grid.names?.[HISTORY_MARK];
  const name = ref ? sheetOfReference(ref) : null;
  if (name === null) return null;
  const all = grid.sheetNames ?? grid.sheets.map((s) => s.name);
  return all.find((n) => sameSheetName(n, name)) ?? null;
}

const num = (v: CellValue): number | null => {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const text = cleanText(v);
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : null;
};

/**
 * Reads the history back from the owned sheet: rows with a readable date and counts, grouped by date,
 * a row without an area id being that date's total. Rows that do not read (a user typed over them) are
 * left out; the next refresh writes the sheet again from what was read.
 */
export function readHistory(t: SheetText, grid: WorkbookGrid): Snapshot[] {
  const name = historySheetName(grid);
  const sheet = name === null ? undefined : grid.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const reader = new SheetReader(sheet);
  let header = -1;
  const at = new Map<Column, number>();
  const headers = headerIndex(t);
  for (
    let r = reader.firstRow;
    r <= Math.min(reader.lastRow, reader.firstRow + 10) && header < 0;
    r++
  ) {
    for (let c = reader.firstCol; c <= reader.lastCol; c++) {
      const col = headers.get(looseKey(cleanText(reader.value(r, c))));
      if (col && !at.has(col)) at.set(col, c);
    }
    if (COLUMNS.slice(0, 3 + FIGURE_COUNTS.length).every((c) => at.has(c))) header = r;
    else at.clear();
  }
  if (header < 0) return [];
  const byDate = new Map<number, { areas: AreaSnapshot[]; total: ReportFigures | null }>();
  for (let r = header + 1; r <= reader.lastRow; r++) {
    const cell = (c: Column): CellValue => reader.value(r, at.get(c)!);
    const date = parseDateCell(cell("date"), reader.format(r, at.get("date")!));
    if (date.kind !== "date") continue;
    const counts = {} as Record<(typeof FIGURE_COUNTS)[number], number>;
    let ok = true;
    for (const c of FIGURE_COUNTS) {
      const v = num(cell(c));
      if (v === null) ok = false;
      else counts[c] = v;
    }
    if (!ok) continue;
    const day = Math.floor(date.serial);
    const entry = byDate.get(day) ?? { areas: [], total: null };
    const id = cleanText(cell("id"));
    if (id === "") entry.total = withRates(counts);
    else entry.areas.push({ id, name: cleanText(cell("name")), figures: withRates(counts) });
    byDate.set(day, entry);
  }
  return [...byDate]
    .filter(([, e]) => e.total !== null)
    .map(([date, e]) => ({ date, areas: e.areas, total: e.total! }))
    .sort((a, b) => a.date - b.date);
}
