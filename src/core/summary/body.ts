// The table body: one row of live formulas per area, a subtotal per group, the total row, the rates
// from each row's own counts, and the note under the table.
import { measureCell, minusCell } from "../formulas";
import type { Counts } from "../model";
import type { PlanCell } from "../plan";
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, fittedText, lineHeight, textHeight } from "./estimate";
import { COUNT_FIELDS, DERIVED_FIELDS, LAST_COL, SUMMARY_COLUMNS as C } from "./layout";
import { summaryAreaKeys } from "./keys";
import { dateParts, datePartValues, templateFormula } from "./template";
import { runsOf, type SummaryRow } from "./rows";

export function layOutBody(draft: SheetDraft, ctx: SummaryContext): void {
  for (const entry of ctx.tableRows) {
    const counts = countsOf(ctx, entry);
    if (entry.kind === "area") layOutAreaRow(draft, ctx, entry);
    else if (entry.kind === "group") layOutGroupRow(draft, entry, counts);
    else layOutTotalRow(draft, ctx, entry.row);
    layOutDerived(draft, entry.row, counts);
    const [rate, dueRate] = rateCells(entry.row);
    draft.computed(C.completionRate, entry.row, rate, counts.completionRate ?? "");
    draft.computed(C.dueCompletionRate, entry.row, dueRate, counts.dueCompletionRate ?? "");
  }
  layOutNote(draft, ctx);
}

/** The core's figures for a table row: its area's, its group's or the total. */
function countsOf(ctx: SummaryContext, entry: SummaryRow): Counts {
  if (entry.kind === "area") return entry.area;
  if (entry.kind === "total") return ctx.rollup.total;
  const group = ctx.rollup.groups.find((g) => g.name === entry.name);
  if (!group) throw new Error(`No rollup for the group ${entry.name}`);
  return group;
}

function layOutAreaRow(
  draft: SheetDraft,
  ctx: SummaryContext,
  entry: Extract<SummaryRow, { kind: "area" }>
): void {
  const r = entry.row;
  draft.text(C.no, r, entry.label);
  draft.text(C.area, r, entry.area.name);
  draft.text(C.leadUnit, r, entry.area.leadUnit);
  const keys = summaryAreaKeys(ctx, entry);
  for (const field of COUNT_FIELDS) {
    const cell =
      field === "doneLate"
        ? minusCell(measureCell(ctx.columns, keys, "doneDated", ctx.time), `${C.doneOnTime}${r}`)
        : measureCell(ctx.columns, keys, field, ctx.time);
    draft.computed(C[field], r, cell, entry.area[field]);
  }
  draft.rowHeights[r] = Math.max(
    fittedText(entry.area.name, [C.area], 12).height,
    fittedText(entry.area.leadUnit, [C.leadUnit], 12).height,
    lineHeight(12) + 6
  );
}

function layOutGroupRow(
  draft: SheetDraft,
  entry: Extract<SummaryRow, { kind: "group" }>,
  counts: Counts
): void {
  const r = entry.row;
  draft.text(C.no, r, entry.label);
  draft.text(C.area, r, entry.name);
  draft.merge(`${C.area}${r}:${C.leadUnit}${r}`);
  for (const field of COUNT_FIELDS) {
    const col = C[field];
    draft.put(col, r, { formula: `=SUM(${runsOf(col, entry.areaRows)})`, result: counts[field] });
  }
  draft.rowHeights[r] = Math.max(
    fittedText(entry.name, [C.area, C.leadUnit], 12, true).height,
    lineHeight(12) + 6
  );
}

function layOutTotalRow(draft: SheetDraft, ctx: SummaryContext, r: number): void {
  draft.text(C.no, r, ctx.label("summary.totalRow"));
  draft.merge(`${C.no}${r}:${C.leadUnit}${r}`);
  const rows = ctx.areaRows.map((a) => a.row);
  for (const field of COUNT_FIELDS) {
    const col = C[field];
    const result = ctx.rollup.total[field];
    draft.put(
      col,
      r,
      rows.length ? { formula: `=SUM(${runsOf(col, rows)})`, result } : { value: 0 }
    );
  }
  draft.rowHeights[r] = lineHeight(12) + 8;
}

/** Done not judged against a deadline, and unfinished within deadline, from the row's own cells. */
function layOutDerived(draft: SheetDraft, r: number, counts: Counts): void {
  const formulas: Record<(typeof DERIVED_FIELDS)[number], string> = {
    doneNoDeadline: `=${C.done}${r}-${C.doneOnTime}${r}-${C.doneLate}${r}`,
    inTime: `=${C.inProgress}${r}+${C.notStarted}${r}-${C.overdue}${r}`,
  };
  for (const field of DERIVED_FIELDS)
    draft.put(C[field], r, { formula: formulas[field], result: counts[field] });
}

/**
 * The two rates from a row's own counts, blank when their denominator is 0 (the core's null): done over
 * tasks not suspended; and, over tasks with a deadline that came due, (on time + late) over those plus
 * the unfinished overdue ones, so a recurring task never enters it.
 */
function rateCells(row: number): [PlanCell, PlanCell] {
  const active = `(${C.total}${row}-${C.suspended}${row})`;
  const judged = `(${C.doneOnTime}${row}+${C.doneLate}${row})`;
  const due = `(${judged}+${C.overdue}${row})`;
  return [
    { formula: `=IF(${active}=0,"",${C.done}${row}/${active})` },
    { formula: `=IF(${due}=0,"",${judged}/${due})` },
  ];
}

/** The note under the table: the rules in words, at the report date (which the note follows). */
function layOutNote(draft: SheetDraft, ctx: SummaryContext): void {
  const r = ctx.noteRow;
  const template = ctx.label("summary.rulesNote");
  const note = templateFormula(template, dateParts(), datePartValues(ctx.rollup.reportDate));
  draft.put("A", r, note);
  draft.merge(`A${r}:${LAST_COL}${r}`);
  draft.rowHeights[r] = textHeight(note.result, colsBetween("A", LAST_COL), 10, false) + 4;
}
