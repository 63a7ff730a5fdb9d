// The sheets a refresh generates (the summary and the report tables), known by the workbook-level
// names that mark them. One list, for the core (which never reads them as the user's input) and for
// the tests (which leave them out when they prove the user's sheets unchanged).
import { sheetOfReference } from "./a1";
import type { WorkbookGrid } from "./grid";
import { FOLLOW_UP_MARK, HISTORY_MARK, UNITS_MARK } from "./report";
import { sameSheetName } from "./settings-rules";
import { SUMMARY_MARK } from "./summary/layout";

export const GENERATED_SHEET_MARKS = [
  SUMMARY_MARK,
  FOLLOW_UP_MARK,
  UNITS_MARK,
  HISTORY_MARK,
] as const;

/** Whether the sheet is one a refresh generated: a generated sheet's mark points at it. */
export function isGeneratedSheet(grid: WorkbookGrid, sheet: string): boolean {
  return GENERATED_SHEET_MARKS.some((mark) => {
    const ref = grid.names?.[mark];
    const marked = ref ? sheetOfReference(ref) : null;
    return marked !== null && sameSheetName(marked, sheet);
  });
}
