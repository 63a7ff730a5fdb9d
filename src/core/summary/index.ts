// The summary sheet as a plan: a Party-document page (Hướng dẫn 36-HD/VPTW) with one row per work area,
// group subtotals and a total, every figure a live formula over the tasks table, and two native charts
// drawn from a small data block beside the table. The Office.js adapter and the .xlsx writer apply it.
import type { ChartPlan, SheetPlan } from "../plan";
import { layOutBody } from "./body";
import { CHART_SUBSET, layOutChartData, placeCharts } from "./charts";
import { conditionalFormatsOf } from "./conditional";
import { summaryContext, type SummaryContext, type SummaryPlanArgs } from "./context";
import { SheetDraft } from "./draft";
import { onOnePage, pageHeights } from "./estimate";
import { layOutHeader } from "./header";
import { KEY_COLUMNS, layOutKeyCells } from "./keys";
import { layOutReconciliation, RECONCILIATION_ROWS } from "./reconciliation";
import {
  CHART_DATA,
  CHART_DATA_WIDTHS,
  COLORS,
  COLUMN_WIDTHS,
  LAST_COL,
  MARGINS,
  ROWS,
  SUMMARY_MARK,
} from "./layout";
import { styleTable, styleTitleBlock } from "./styles";
import { layOutSignature } from "./signature";
import { layOutTitleBlock } from "./title";

export { wrappedLines } from "./estimate";
export { RECONCILIATION_ROWS } from "./reconciliation";
export { KEY_COLUMNS };
export {
  CHART_DATA,
  CHART_RATE,
  CHART_STATUS,
  COUNT_FIELDS,
  TABLE_FIELDS,
  REPORT_DATE_CELL,
  ROWS,
  SUMMARY_COLUMNS,
  SUMMARY_MARK,
} from "./layout";
export { roman, summaryRows, type SummaryRow } from "./rows";
export type { SummaryPlanArgs } from "./context";

export function buildSummaryPlan(args: SummaryPlanArgs): SheetPlan {
  const planned = summaryContext(args);
  const draft = new SheetDraft();
  layOutTitleBlock(draft, planned);
  layOutHeader(draft, planned);
  layOutBody(draft, planned);
  layOutReconciliation(draft, planned);
  // The later steps see where the signature block went (moved down when it would break over a page).
  const ctx: SummaryContext = { ...planned, ...layOutSignature(draft, planned) };
  styleTitleBlock(draft, ctx);
  styleTable(draft, ctx);
  const { charts, lastRow, lastCol } = layOutCharts(draft, ctx);
  const keyWidths = (last: string): Record<string, number> =>
    last === CHART_DATA.reconciliation
      ? {}
      : Object.fromEntries(
          Object.values(KEY_COLUMNS)
            .filter((c) => c <= last)
            .map((c) => [c, 40])
        );
  return {
    name: args.sheetName,
    ...(args.previousName !== undefined && args.previousName !== args.sheetName
      ? { previousName: args.previousName }
      : {}),
    role: "summary",
    ownerMark: SUMMARY_MARK,
    blocks: draft.blocks(),
    styles: draft.styles,
    merges: draft.merges,
    columnWidths: { ...COLUMN_WIDTHS, ...CHART_DATA_WIDTHS, ...keyWidths(lastCol) },
    rowHeights: draft.rowHeights,
    freeze: { rows: ROWS.header2, columns: 0 },
    conditionalFormats: conditionalFormatsOf(ctx),
    print: printSetup(ctx, draft, lastRow),
    tabColor: COLORS.tab,
    charts,
    extent: `A1:${lastCol}${lastRow}`,
  };
}

/** The chart data and the charts, when there is an area to chart. */
function layOutCharts(
  draft: SheetDraft,
  ctx: SummaryContext
): { charts: ChartPlan[]; lastRow: number; lastCol: string } {
  const reconciliationEnd = RECONCILIATION_ROWS.beyondBound;
  if (ctx.areaRows.length === 0)
    return {
      charts: [],
      lastRow: Math.max(ctx.textEndRow, reconciliationEnd),
      lastCol: CHART_DATA.reconciliation,
    };
  const keysEnd = layOutKeyCells(draft, ctx) ?? CHART_DATA.reconciliation;
  const data = layOutChartData(draft, ctx);
  const lastCol = data.shown === undefined ? keysEnd : CHART_SUBSET.rate;
  const { charts, lastRow } = placeCharts(draft, ctx, data);
  return { charts, lastRow, lastCol };
}

function printSetup(ctx: SummaryContext, draft: SheetDraft, lastRow: number): SheetPlan["print"] {
  // The header rows repeat only when the table itself runs over a page: repeated above the charts'
  // page, they would print an empty table header there.
  const heights = (r: number): number => draft.rowHeights[r] ?? 15;
  const tableFits = pageHeights().every((page) => onOnePage(heights, 1, ctx.noteRow, page, 0, 0));
  return {
    paper: "A4",
    orientation: "landscape",
    margins: { ...MARGINS },
    fitToWidth: true,
    ...(tableFits ? {} : { printTitleRows: `${ROWS.header1}:${ROWS.header2}` }),
    footerCenter: ctx.label("summary.footer"),
    printArea: `A1:${LAST_COL}${lastRow}`,
  };
}
