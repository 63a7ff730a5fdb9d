// The table header: two rows, "Hoàn thành" spanning its parts, every other heading over both rows.
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { lineHeight, textHeight } from "./estimate";
import { ROWS, SUMMARY_COLUMNS as C } from "./layout";

export function layOutHeader(draft: SheetDraft, ctx: SummaryContext): void {
  const { label } = ctx;
  const single: [string, string][] = [
    [C.no, label("summary.col.no")],
    [C.area, label("summary.col.area")],
    [C.leadUnit, label("summary.col.leadUnit")],
    [C.total, label("summary.col.total")],
    [C.suspended, label("summary.col.suspended")],
    [C.completionRate, label("summary.col.completionRate")],
    [C.dueCompletionRate, label("summary.col.dueCompletionRate")],
  ];
  // Done: total, on time, late, not judged against a deadline; unfinished: by status, then by time.
  const done: [string, string][] = [
    [C.done, label("summary.col.doneTotal")],
    [C.doneOnTime, label("summary.col.doneOnTime")],
    [C.doneLate, label("summary.col.doneLateWord")],
    [C.doneNoDeadline, label("summary.col.doneNoDeadline")],
  ];
  const unfinished: [string, string][] = [
    [C.inProgress, label("summary.col.inProgress")],
    [C.notStarted, label("summary.col.notStarted")],
    [C.inTime, label("summary.col.inTime")],
    [C.overdue, label("summary.col.overdueWord")],
    [C.dueSoon, label("summary.col.dueSoon", { days: ctx.rollup.dueSoonDays })],
  ];
  const split = [...done, ...unfinished];
  for (const [col, text] of single) {
    draft.text(col, ROWS.header1, text);
    draft.merge(`${col}${ROWS.header1}:${col}${ROWS.header2}`);
  }
  draft.text(C.done, ROWS.header1, label("summary.col.done"));
  draft.merge(`${C.done}${ROWS.header1}:${C.doneNoDeadline}${ROWS.header1}`);
  draft.text(C.inProgress, ROWS.header1, label("summary.col.unfinished"));
  draft.merge(`${C.inProgress}${ROWS.header1}:${C.dueSoon}${ROWS.header1}`);
  for (const [col, text] of split) draft.text(col, ROWS.header2, text);
  const header1Height = lineHeight(12) + 6;
  const tallest = Math.max(...single.map(([col, text]) => textHeight(text, [col], 12, true)));
  const splitTallest = Math.max(...split.map(([col, text]) => textHeight(text, [col], 12, true)));
  draft.rowHeights[ROWS.header1] = header1Height;
  draft.rowHeights[ROWS.header2] = Math.max(
    splitTallest,
    tallest - header1Height,
    lineHeight(12) + 6
  );
}
