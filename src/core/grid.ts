// The shape every host hands to the core: what Office.js returns for a loaded range
// (values + numberFormats), and what the CLI builds from ExcelJS. No Office, DOM or fs types here.

/** One cell value as Office.js reports it: "" for an empty cell, error cells as their text ("#N/A"). */
export type CellValue = string | number | boolean;

/** An Excel Table (ListObject) on a sheet. */
export interface TableInfo {
  name: string;
  /** A1 range of the whole table including its header row, e.g. "A3:K61" (no sheet prefix). */
  range: string;
}

export interface SheetGrid {
  /** Sheet (tab) name exactly as in the workbook. */
  name: string;
  /** A1 address of values[0][0], e.g. "A1" or "B3" (the used range need not start at A1). */
  address: string;
  /** Row-major values, "" for empty. Rows may be ragged; missing cells read as "". */
  values: CellValue[][];
  /** Number formats matching `values` ("General" when none). May be shorter or absent: treated as "General". */
  numberFormats?: string[][];
  /** Font names matching `values` where the host can give them (legacy TCVN3/VNI detection). */
  fontNames?: (string | null)[][];
  /** Excel Tables on this sheet, when the host can list them. */
  tables?: TableInfo[];
}

export interface WorkbookGrid {
  /** Loaded sheets. Only the sheets the core needs must be present (see SHEET_CANDIDATES in read.ts). */
  sheets: SheetGrid[];
  /** Every sheet (tab) name in tab order, loaded or not; defaults to the loaded sheets' names. */
  sheetNames?: string[];
  /** Workbook-level defined names the host found (name -> "'Sheet'!$A$1"), used for ownership marks. */
  names?: Record<string, string>;
}
