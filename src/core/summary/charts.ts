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
  series: { rate: string; done: string; inProgress: string; notStarted: string; overdue: string };
}

export function layOutChartData(draft: SheetDraft, ctx: SummaryContext): ChartData {
  const { label } = ctx;
  const header = ROWS.header2;
  const data: ChartData = {
    header,
    first: header + 1,
    last: header + ctx.areaRows.length,
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
    draft.put(D.inProgress, r, {
      formula: `=${C.inProgress}${src}${minus("overdueInProgress")}`,
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
  return data;
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
 * The rows the charts take: right under the note (one blank row) when that prints whole at every
 * likely scale; else as tall as fits on a later page at every scale, after the blank rows it takes
 * to get there.
 */
function chartPlace(draft: SheetDraft, ctx: SummaryContext): { top: number; rows: number } {
  const heights = (r: number): number => draft.rowHeights[r] ?? CHART_ROW_HEIGHT;
  const pages = pageHeights();
  const titleHeight = heights(ROWS.header1) + heights(ROWS.header2);
  const maxRows = Math.floor(((Math.min(...pages) - titleHeight) * 0.85) / CHART_ROW_HEIGHT);
  const firstTop = ctx.noteRow + 2;
  const fits = (top: number, rows: number): boolean =>
    pages.every((page) => onOnePage(heights, top, top + rows - 1, page, titleHeight, page * 0.03));
  const wanted = chartRowsFor(ctx.areaRows.length, maxRows);
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
  for (let r = ctx.noteRow + 1; r < top + rows; r++) draft.rowHeights[r] = CHART_ROW_HEIGHT;
  const bottom = top + rows; // the row whose top edge ends the charts
  const q = quoteSheet(ctx.sheetName);
  const ref = (col: string): string => `${q}!$${col}$${data.first}:$${col}$${data.last}`;
  const split = "F";
  const { series } = data;
  const charts: ChartPlan[] = [
    {
      name: CHART_STATUS,
      type: "barStacked",
      title: ctx.label("summary.chart.status"),
      source: `${D.statusCategory}${data.header}:${D.overdue}${data.last}`,
      categories: ref(D.statusCategory),
      series: (
        [
          [D.done, series.done, COLORS.done],
          [D.inProgress, series.inProgress, COLORS.inProgress],
          [D.notStarted, series.notStarted, COLORS.notStarted],
          [D.overdue, series.overdue, COLORS.overdue],
        ] as const
      ).map(([col, name, color]) => ({ name, values: ref(col), color })),
      from: `A${top}`,
      to: `${split}${bottom}`,
    },
    {
      name: CHART_RATE,
      type: "barClustered",
      title: ctx.label("summary.chart.rate"),
      source: `${D.first}${data.header}:${D.rateValue}${data.last}`,
      categories: ref(D.first),
      series: [{ name: series.rate, values: ref(D.rateValue), color: COLORS.rate }],
      dataLabelFormat: "0%",
      axisMin: 0,
      axisMax: 1,
      from: `${split}${top}`,
      to: `${colLetter(colIndex(LAST_COL) + 1)}${bottom}`,
    },
  ];
  return { charts, lastRow: Math.max(bottom - 1, data.last) };
}
