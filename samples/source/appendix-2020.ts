// The appendix sample as an .xlsx (scripts/build-samples.ts): the rows of src/sample/appendix-2020.ts
// laid out as a clerk pastes them from Word, title lines merged across the table, header and section
// rows bold, text wrapped.
import ExcelJS from "exceljs";
import {
  APPENDIX_HEADER,
  APPENDIX_HEADER_ROW,
  APPENDIX_SHEET,
  appendixRows,
} from "../../src/sample/appendix-2020";

export { APPENDIX_FILE, appendixGrid, appendixRows } from "../../src/sample/appendix-2020";

const WIDTHS = [6, 60, 28, 20, 18, 18, 16];

export function appendixToExcel(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(APPENDIX_SHEET);
  ws.columns = WIDTHS.map((width) => ({ width }));
  const rows = appendixRows();
  rows.forEach((row, i) => {
    const added = ws.addRow(row.map((v) => (v === "" ? null : v)));
    const section = typeof row[0] === "string" && /^[IVX]+$/.test(row[0]);
    if (i + 1 === APPENDIX_HEADER_ROW || section || i < 2) added.font = { bold: true };
    added.alignment = { wrapText: true, vertical: "top" };
  });
  const last = String.fromCharCode(64 + APPENDIX_HEADER.length);
  ws.mergeCells(`A1:${last}1`);
  ws.mergeCells(`A2:${last}2`);
  return workbook;
}
