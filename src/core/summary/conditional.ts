// Conditional formats: data bars on the area rates, overdue counts in red.
import type { SheetPlan } from "../plan";
import type { SummaryContext } from "./context";
import { COLORS, ROWS, SUMMARY_COLUMNS as C } from "./layout";

export function conditionalFormatsOf(ctx: SummaryContext): SheetPlan["conditionalFormats"] {
  const { totalRow } = ctx;
  if (totalRow <= ROWS.firstData) return [];
  return [
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
  ];
}
