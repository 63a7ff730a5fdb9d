// Cell access over a loaded grid in sheet coordinates (row 1-based, column 0-based), whatever the
// used range's top-left, with ragged rows and missing formats read as empty / "General".
import { parseA1 } from "./a1";
import type { CellValue, SheetGrid } from "./grid";

export class SheetReader {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;

  constructor(readonly sheet: SheetGrid) {
    const origin = parseA1(sheet.address || "A1");
    this.name = sheet.name;
    this.firstRow = origin.row;
    this.firstCol = origin.col;
    this.lastRow = origin.row + sheet.values.length - 1;
    const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
    this.lastCol = origin.col + Math.max(width, 1) - 1;
  }

  value(row: number, col: number): CellValue {
    const v = this.sheet.values[row - this.firstRow]?.[col - this.firstCol];
    return v === undefined || v === null ? "" : v;
  }

  format(row: number, col: number): string {
    return this.sheet.numberFormats?.[row - this.firstRow]?.[col - this.firstCol] ?? "General";
  }

  font(row: number, col: number): string | null {
    return this.sheet.fontNames?.[row - this.firstRow]?.[col - this.firstCol] ?? null;
  }
}

/** Error values as Office.js reports them in `values`. */
const CELL_ERRORS =
  /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!|BUSY!)$/;

export function isCellError(value: CellValue): value is string {
  // Performance (the core's budget, 150 ms at 100,000 tasks): called on every cell read; only text
  // starting with "#" can be an error.
  return typeof value === "string" && value.charCodeAt(0) === 35 && CELL_ERRORS.test(value);
}
