// Which sheet of a workbook holds the appendix list: the one the user names, else the first sheet
// that reads as a list. The sheets a refresh generated are never searched (the follow-up list has an
// STT column and numbered rows, yet it is the add-in's output, not a programme).
import { isGeneratedSheet } from "../generated";
import type { WorkbookGrid } from "../grid";
import { sameSheetName } from "../settings-rules";
import { importAppendix, type AppendixImport } from "./appendix";

export function importFromWorkbook(grid: WorkbookGrid, sheet?: string): AppendixImport | null {
  const candidates =
    sheet !== undefined
      ? grid.sheets.filter((s) => sameSheetName(s.name, sheet))
      : grid.sheets.filter((s) => !isGeneratedSheet(grid, s.name));
  for (const candidate of candidates) {
    const result = importAppendix(candidate);
    if (result) return result;
  }
  return null;
}
