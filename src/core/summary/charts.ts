// The two native charts: a data block beside the table (one row per area, formulas on the table's
// cells, outside the print area) and the charts placed below the table where they print whole.
import { colIndex, colLetter, quoteSheet } from "../a1";
import { measureCell, type Measure } from "../formulas";
import type { ChartPlan } from "../plan";
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { onOnePage, pageHeights } from "./estimate";
import { summaryAreaKeys } from "./keys";
import {
  CHART_DATA as D,
  CHART_RATE,
  CHART_STATUS,
  COLORS,
  FONT,
  LAST_COL,
  ROWS,
  SUMMARY_COLUMNS as C,
} from "./layout";

/**
 * Bars a chart holds readably on its page. With more areas the charts show the areas with most
 * unfinished tasks, in table order, and their titles say so.
 */
export const MAX_CHART_AREAS = 30;

/** Chart height in rows: room for each area's bar, within one printed page. */
const MIN_CHART_ROWS = 12;
const chartRowsFor = (areas: number, maxRows: number): number =>
  Math.max(14, Math.min(Math.ceil(6 + 1.4 * areas), maxRows));
const CHART_ROW_HEIGHT = 15;

/** Where the chart data sits: its header row and its first and last data rows. */
export interface ChartData {
  header: number;
  first: number;
  last: number;
  /** The columns the charts read: the data block's, or the subset's when only some areas are shown. */
  columns: {
    name: string;
    done: string;
    inProgress: string;
    notStarted: string;
    overdue: string;
    rateName: string;
    rate: string;
  };
  /** How many areas the charts show, when fewer than all. */
  shown?: number;
  series: { rate: string; done: string; inProgress: string; notStarted: string; overdue: string };
}

export function layOutChartData(draft: SheetDraft, ctx: SummaryContext): ChartData {
  const { label } = ctx;
  const header = ROWS.header2;
  const data: ChartData = {
    header,
    first: header + 1,
    last: header + ctx.areaRows.length,
    columns: {
      name: D.statusCategory,
      done: D.done,
      inProgress: D.inProgress,
      notStarted: D.notStarted,
      overdue: D.overdue,
      rateName: D.first,
      rate: D.rateValue,
    },
    series: {
      rate: label("summary.series.rate"),
      done: label("summary.series.done"),
      inProgress: label("summary.series.inProgress"),
      notStarted: label("summary.series.notStarted"),
      overdue: label("summary.series.overdue"),
    },
  };
  draft.text(D.first, ROWS.header1, label("summary.chartData"));
  draft.text(D.first, header, label("summary.col.area"));
  draft.text(D.rateValue, header, data.series.rate);
  draft.text(D.statusCategory, header, label("summary.col.area"));
  draft.text(D.done, header, data.series.done);
  draft.text(D.inProgress, header, data.series.inProgress);
  draft.text(D.notStarted, header, data.series.notStarted);
  draft.text(D.overdue, header, data.series.overdue);
  draft.text(D.noStatus, header, label("summary.data.noStatus"));
  ctx.areaRows.forEach((entry, i) => {
    const r = data.first + i;
    const src = entry.row;
    const keys = summaryAreaKeys(ctx, entry);
    const minus = (measure: Measure): string => {
      const cell = measureCell(ctx.columns, keys, measure, ctx.time);
      return "formula" in cell ? `-(${cell.formula.slice(1)})` : "";
    };
    const { area } = entry;
    draft.put(D.first, r, { formula: `=${C.area}${src}`, result: area.name.normalize("NFC") });
    draft.put(D.rateValue, r, {
      formula: `=${C.completionRate}${src}`,
      result: area.completionRate ?? "",
    });
    draft.put(D.statusCategory, r, {
      formula: `=${C.area}${src}`,
      result: area.name.normalize("NFC"),
    });
    draft.put(D.done, r, { formula: `=${C.done}${src}`, result: area.done });
    // The stacked parts add up to done + in progress + not started: overdue tasks only in their own part.
    // overdue = overdueInProgress + overdueNotStarted (0 each when a column is missing), so the
    // in-progress part is read off the cells, inProgress - (overdue - (notStarted - its part)), instead
    // of counting the tasks again: COUNTIFS over the task table are what a recalculation spends on.
    draft.put(D.inProgress, r, {
      formula: `=${C.inProgress}${src}-${C.overdue}${src}+${C.notStarted}${src}-${D.notStarted}${r}`,
      result: area.inProgress - area.overdueInProgress,
    });
    draft.put(D.notStarted, r, {
      formula: `=${C.notStarted}${src}${minus("overdueNotStarted")}`,
      result: area.notStarted - area.overdueNotStarted,
    });
    draft.put(D.overdue, r, { formula: `=${C.overdue}${src}`, result: area.overdue });
    const noStatus = measureCell(ctx.columns, keys, "noStatus", ctx.time);
    draft.computed(D.noStatus, r, noStatus, area.noStatus);
  });
  styleChartData(draft, data);
  return ctx.areaRows.length > MAX_CHART_AREAS ? layOutChartSubset(draft, ctx, data) : data;
}

/** The charted columns when only some areas are charted: beside the data block, one row per area shown. */
export const CHART_SUBSET = {
  name: "AD",
  done: "AE",
  inProgress: "AF",
  notStarted: "AG",
  overdue: "AH",
  rateName: "AI",
  rate: "AJ",
} as const;

/** The areas charted when there are too many: most unfinished tasks first, kept in table order. */
export function chartedAreas(ctx: SummaryContext): number[] {
  const unfinished = (i: number): number =>
    ctx.areaRows[i].area.inProgress + ctx.areaRows[i].area.notStarted;
  return ctx.areaRows
    .map((_, i) => i)
    .sort((a, b) => unfinished(b) - unfinished(a) || a - b)
    .slice(0, MAX_CHART_AREAS)
    .sort((a, b) => a - b);
}

function layOutChartSubset(draft: SheetDraft, ctx: SummaryContext, data: ChartData): ChartData {
  const S = CHART_SUBSET;
  const shown = chartedAreas(ctx);
  const header = data.header;
  draft.text(S.name, ROWS.header1, ctx.label("summary.chartSubset", { shown: shown.length }));
  const from: [string, string][] = [
    [S.name, D.statusCategory],
    [S.done, D.done],
    [S.inProgress, D.inProgress],
    [S.notStarted, D.notStarted],
    [S.overdue, D.overdue],
    [S.rateName, D.first],
    [S.rate, D.rateValue],
  ];
  for (const [to, source] of from) {
    draft.put(to, header, {
      formula: `=${source}${header}`,
      result: cellText(draft, source, header),
    });
    shown.forEach((index, i) => {
      const src = data.first + index;
      const cell = draft.cells.get(`${source}${src}`);
      const result = cell && "formula" in cell ? cell.result : cell?.value;
      draft.put(to, header + 1 + i, { formula: `=${source}${src}`, result: result ?? "" });
    });
  }
  const last = header + shown.length;
  draft.style(`${S.name}${ROWS.header1}:${S.rate}${last}`, {
    fontName: FONT,
    fontSize: 10,
    fontColor: COLORS.muted,
  });
  draft.style(`${S.rate}${header + 1}:${S.rate}${last}`, { numberFormat: "0.0%" });
  return {
    ...data,
    first: header + 1,
    last,
    columns: { ...S },
    shown: shown.length,
  };
}

function cellText(draft: SheetDraft, col: string, row: number): string {
  const cell = draft.cells.get(`${col}${row}`);
  return cell && "value" in cell ? String(cell.value ?? "") : "";
}

function styleChartData(draft: SheetDraft, data: ChartData): void {
  draft.style(`${D.first}${ROWS.header1}:${D.noStatus}${data.last}`, {
    fontName: FONT,
    fontSize: 10,
    fontColor: COLORS.muted,
  });
  draft.style(`${D.first}${data.header}:${D.noStatus}${data.header}`, { bold: true, wrap: true });
  draft.style(`${D.first}${data.header}:${D.noStatus}${data.last}`, { border: "thin" });
  draft.style(`${D.rateValue}${data.first}:${D.rateValue}${data.last}`, { numberFormat: "0.0%" });
  draft.style(`${D.done}${data.first}:${D.noStatus}${data.last}`, { numberFormat: "#,##0" });
}

/**
 * The rows the charts take: right under the signature block (one blank row) when that prints whole at every
 * likely scale; else as tall as fits on a later page at every scale, after the blank rows it takes
 * to get there.
 */
function chartPlace(draft: SheetDraft, ctx: SummaryContext): { top: number; rows: number } {
  const heights = (r: number): number => draft.rowHeights[r] ?? CHART_ROW_HEIGHT;
  const pages = pageHeights();
  const titleHeight = heights(ROWS.header1) + heights(ROWS.header2);
  const maxRows = Math.floor(((Math.min(...pages) - titleHeight) * 0.85) / CHART_ROW_HEIGHT);
  const firstTop = ctx.textEndRow + 2;
  const fits = (top: number, rows: number): boolean =>
    pages.every((page) => onOnePage(heights, top, top + rows - 1, page, titleHeight, page * 0.03));
  const wanted = chartRowsFor(Math.min(ctx.areaRows.length, MAX_CHART_AREAS), maxRows);
  if (fits(firstTop, wanted)) return { top: firstTop, rows: wanted };
  const limit = firstTop + Math.ceil(Math.max(...pages) / CHART_ROW_HEIGHT) * 2;
  for (let rows = maxRows; rows >= MIN_CHART_ROWS; rows--) {
    for (let top = firstTop; top < limit; top++) if (fits(top, rows)) return { top, rows };
  }
  return { top: firstTop, rows: wanted };
}

/** Places the two charts side by side below the table; returns them and the last row they take. */
export function placeCharts(
  draft: SheetDraft,
  ctx: SummaryContext,
  data: ChartData
): { charts: ChartPlan[]; lastRow: number } {
  const { top, rows } = chartPlace(draft, ctx);
  for (let r = ctx.textEndRow + 1; r < top + rows; r++) draft.rowHeights[r] = CHART_ROW_HEIGHT;
  const bottom = top + rows; // the row whose top edge ends the charts
  const q = quoteSheet(ctx.sheetName);
  const ref = (col: string): string => `${q}!$${col}$${data.first}:$${col}$${data.last}`;
  const split = "F";
  const { series, columns: K } = data;
  const titled = (key: "summary.chart.status" | "summary.chart.rate"): string =>
    data.shown === undefined
      ? ctx.label(key)
      : ctx.label("summary.chart.top", {
          title: ctx.label(key),
          shown: data.shown,
          total: ctx.areaRows.length,
        });
  const charts: ChartPlan[] = [
    {
      name: CHART_STATUS,
      type: "barStacked",
      title: titled("summary.chart.status"),
      source: `${K.name}${data.header}:${K.overdue}${data.last}`,
      categories: ref(K.name),
      series: (
        [
          [K.done, series.done, COLORS.done],
          [K.inProgress, series.inProgress, COLORS.inProgress],
          [K.notStarted, series.notStarted, COLORS.notStarted],
          [K.overdue, series.overdue, COLORS.overdue],
        ] as const
      ).map(([col, name, color]) => ({ name, values: ref(col), color })),
      from: `A${top}`,
      to: `${split}${bottom}`,
    },
    {
      name: CHART_RATE,
      type: "barClustered",
      title: titled("summary.chart.rate"),
      source: `${K.rateName}${data.header}:${K.rate}${data.last}`,
      categories: ref(K.rateName),
      series: [{ name: series.rate, values: ref(K.rate), color: COLORS.rate }],
      dataLabelFormat: "0%",
      axisMin: 0,
      axisMax: 1,
      from: `${split}${top}`,
      to: `${colLetter(colIndex(LAST_COL) + 1)}${bottom}`,
    },
  ];
  return { charts, lastRow: Math.max(bottom - 1, ctx.areaRows.length + data.header) };
}
