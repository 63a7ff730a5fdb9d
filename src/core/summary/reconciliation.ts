// The reconciliation under the table: how many rows the task table holds, and which of them no column
// counts and why (area not in the areas table, a status that is not a standard word, no status), so the
// page always adds up to the number of task rows. Live formulas; the figures sit beside the table.
import { beyondRowsFormula, taskRowsFormula } from "../formulas";
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, textHeight } from "./estimate";
import { CHART_DATA as D, COLORS, FONT, LAST_COL, ROWS, SUMMARY_COLUMNS as C } from "./layout";
import { templateFormula } from "./template";

/** Rows of the reconciliation figures in the column beside the chart data. */
export const RECONCILIATION_ROWS = {
  taskRows: ROWS.firstData,
  unknownArea: ROWS.firstData + 1,
  nonStandardStatus: ROWS.firstData + 2,
  noStatus: ROWS.firstData + 3,
  /** Rows filled below the rows the formulas cover (0 right after a refresh). */
  beyondBound: ROWS.firstData + 4,
} as const;

export function layOutReconciliation(draft: SheetDraft, ctx: SummaryContext): void {
  const { rollup, totalRow, label } = ctx;
  const R = RECONCILIATION_ROWS;
  const Z = D.reconciliation;
  const at = (row: number): string => `${Z}${row}`;
  draft.text(Z, ROWS.header2, label("summary.data.reconciliation"));
  const taskRows = taskRowsFormula(ctx.columns);
  draft.put(
    Z,
    R.taskRows,
    taskRows ? { formula: taskRows, result: rollup.taskRows } : { value: rollup.taskRows }
  );
  draft.put(Z, R.unknownArea, {
    formula: `=${at(R.taskRows)}-${C.total}${totalRow}`,
    result: rollup.excludedRows.length,
  });
  const statusCols = [C.done, C.inProgress, C.notStarted, C.suspended];
  draft.put(Z, R.nonStandardStatus, {
    formula: `=${C.total}${totalRow}-${statusCols.map((c) => `${c}${totalRow}`).join("-")}-${at(R.noStatus)}`,
    result: rollup.total.nonStandardStatus,
  });
  const areaCount = ctx.areaRows.length;
  draft.put(
    Z,
    R.noStatus,
    areaCount > 0
      ? {
          formula: `=SUM(${D.noStatus}${ROWS.firstData}:${D.noStatus}${ROWS.firstData + areaCount - 1})`,
          result: rollup.total.noStatus,
        }
      : { value: 0 }
  );
  const beyond = beyondRowsFormula(ctx.columns);
  draft.put(Z, R.beyondBound, beyond ? { formula: beyond, result: 0 } : { value: 0 });
  draft.style(`${Z}${ROWS.header2}:${Z}${R.beyondBound}`, {
    fontName: FONT,
    fontSize: 10,
    fontColor: COLORS.muted,
    border: "thin",
    numberFormat: "#,##0",
  });
  layOutLine(draft, ctx);
}

function layOutLine(draft: SheetDraft, ctx: SummaryContext): void {
  const { rollup, totalRow } = ctx;
  const R = RECONCILIATION_ROWS;
  const Z = D.reconciliation;
  const line = templateFormula(
    ctx.label("summary.reconciliation"),
    {
      taskRows: `${Z}${R.taskRows}`,
      counted: `${C.total}${totalRow}`,
      unknownArea: `${Z}${R.unknownArea}`,
      nonStandard: `${Z}${R.nonStandardStatus}`,
      noStatus: `${Z}${R.noStatus}`,
    },
    {
      taskRows: rollup.taskRows,
      counted: rollup.total.total,
      unknownArea: rollup.excludedRows.length,
      nonStandard: rollup.total.nonStandardStatus,
      noStatus: rollup.total.noStatus,
    }
  );
  const r = ctx.reconciliationRow;
  const bound = ctx.columns?.compareRows?.last;
  if (bound !== undefined && beyondRowsFormula(ctx.columns)) {
    // Rows added past the rows the formulas cover: said on the line, live, until a refresh.
    const warning = templateFormula(
      ctx.label("summary.reconciliation.beyond"),
      { rows: `${Z}${R.beyondBound}` },
      { last: bound }
    );
    line.formula += `&IF(${Z}${R.beyondBound}>0,${warning.formula.slice(1)},"")`;
  }
  draft.put("A", r, line);
  draft.merge(`A${r}:${LAST_COL}${r}`);
  draft.rowHeights[r] = textHeight(line.result, colsBetween("A", LAST_COL), 10, false) + 4;
}
