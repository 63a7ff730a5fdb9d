// A sample workbook as plain data (sheets of header + rows, with number formats per column), turned into
// the grid the core takes (tests need no file) or into an .xlsx with ExcelJS (scripts/build-samples.ts).
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { toA1 } from "../../src/core/a1";
import { serialFromIso } from "../../src/core/dates";

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0%";

export interface SampleColumn {
  header: string;
  /** Number format of the data cells ("General" when absent). */
  format?: string;
  /** Column width in characters. */
  width: number;
  wrap?: boolean;
}

export interface SampleSheet {
  name: string;
  /** Lines above the header row (a title block); a blank row separates them from the header. */
  titleRows?: string[];
  columns: SampleColumn[];
  rows: CellValue[][];
  /** Excel Table name, when the sheet's data is a Table rather than a plain range. */
  table?: string;
}

export interface SampleWorkbook {
  /** File name under samples/ (ASCII). */
  file: string;
  /** Report date as an Excel serial. */
  reportDate: number;
  sheets: SampleSheet[];
}

/** ISO date → Excel serial; the sample sources are checked, so a bad date is a programming error. */
export function serial(iso: string): number {
  const s = serialFromIso(iso);
  if (s === null) throw new Error(`Bad date in sample source: ${iso}`);
  return s;
}

/** 1-based row of the header: below the title lines and one blank row. */
export function headerRowOf(sheet: SampleSheet): number {
  return sheet.titleRows && sheet.titleRows.length > 0 ? sheet.titleRows.length + 2 : 1;
}

/** A1 range of header + data, e.g. "A4:J62". */
export function dataRangeOf(sheet: SampleSheet): string {
  const top = headerRowOf(sheet);
  return `A${top}:${toA1(top + sheet.rows.length, sheet.columns.length - 1)}`;
}

/** The sheet as Office.js would give its used range (from A1: the title block starts there). */
export function sheetToGrid(sheet: SampleSheet): SheetGrid {
  const width = sheet.columns.length;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill("");
  const general = (): string[] => new Array<string>(width).fill("General");
  for (const line of sheet.titleRows ?? []) {
    const row = blank();
    row[0] = line;
    values.push(row);
    numberFormats.push(general());
  }
  if (sheet.titleRows && sheet.titleRows.length > 0) {
    values.push(blank());
    numberFormats.push(general());
  }
  values.push(sheet.columns.map((c) => c.header));
  numberFormats.push(general());
  for (const row of sheet.rows) {
    values.push(sheet.columns.map((_, i) => row[i] ?? ""));
    numberFormats.push(
      sheet.columns.map((c, i) =>
        row[i] === "" || row[i] === undefined ? "General" : (c.format ?? "General")
      )
    );
  }
  const grid: SheetGrid = { name: sheet.name, address: "A1", values, numberFormats };
  if (sheet.table) grid.tables = [{ name: sheet.table, range: dataRangeOf(sheet) }];
  return grid;
}

export function workbookToGrid(sample: SampleWorkbook): WorkbookGrid {
  const sheets = sample.sheets.map(sheetToGrid);
  return { sheets, sheetNames: sheets.map((s) => s.name), names: {} };
}
