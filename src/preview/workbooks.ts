// The workbooks the preview offers: the seed sample, the 2018 mid-term sample, the seed sample with
// errors a user would make, an empty workbook (the first-run screen) and one holding only the seed
// programme's appendix list (the import).
import { appendixGrid } from "../sample/appendix-2020";
import { midGrid } from "../sample/mid-2018";
import { seedGrid } from "../sample/seed-2020";
import { buildWorkbook, workbookFromGrid, type WorkbookState } from "../testing/excel-double";
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";

export type PreviewWorkbook = "seed" | "mid" | "errors" | "empty" | "appendix";
export const PREVIEW_WORKBOOKS: PreviewWorkbook[] = ["seed", "mid", "errors", "empty", "appendix"];

function setByHeader(sheet: SheetGrid, id: string, header: string, value: CellValue): void {
  const headers = sheet.values[0];
  const col = headers.indexOf(header);
  const row = sheet.values.findIndex((r) => r[0] === id);
  if (col < 0 || row < 0) throw new Error(`The sample has no ${header} for ${id}`);
  sheet.values[row][col] = value;
  if (sheet.numberFormats?.[row]) sheet.numberFormats[row][col] = "General";
}

/** The seed sample with typical mistakes: an English status, an unknown area, an impossible date, a duplicate id. */
function errorsGrid(): WorkbookGrid {
  const grid = seedGrid();
  const tasks = grid.sheets.find((s) => s.name === "Nhiệm vụ");
  if (!tasks) throw new Error("The seed sample has no tasks sheet");
  setByHeader(tasks, "TT-02", "Trạng thái", "Done");
  setByHeader(tasks, "TC-03", "Lĩnh vực", "Công tác thi đua");
  setByHeader(tasks, "DV-02", "Thời hạn", "31/02/2020");
  setByHeader(tasks, "NC-01", "Trạng thái", "hoàn  thành");
  return grid;
}

export function previewWorkbook(choice: PreviewWorkbook): WorkbookState {
  switch (choice) {
    case "seed":
      return workbookFromGrid(seedGrid());
    case "mid":
      return workbookFromGrid(midGrid());
    case "errors":
      return workbookFromGrid(errorsGrid());
    case "empty":
      return buildWorkbook({ sheets: [{ name: "Sheet1" }] });
    case "appendix":
      return workbookFromGrid(appendixGrid());
  }
}
