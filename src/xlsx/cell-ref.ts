// A1 references as the .xlsx writer needs them: 1-based rectangles with an optional sheet, as
// DrawingML and ExcelJS count.
import { colIndex, colLetter, quoteSheet } from "../core/a1";

/** A rectangle of cells, 1-based rows and columns. */
export interface CellRect {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Letters → 1-based column ("A" → 1), as DrawingML and ExcelJS count. */
export const columnNumber = (letters: string): number => colIndex(letters) + 1;

/** 1-based column → letters (1 → "A"). */
export const columnLetters = (n: number): string => colLetter(n - 1);

/** Parses "A1", "$E$8:$E$14" or "'Tổng hợp'!$E$8:$E$14". */
export function parseRef(ref: string): CellRect {
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
      ref.trim()
    );
  if (!m) throw new Error(`Not a cell reference: "${ref}"`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const c1 = columnNumber(m[3]);
  const r1 = Number(m[4]);
  const c2 = m[5] ? columnNumber(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) : r1;
  return {
    sheet,
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

/** "'Sheet'!$C$7" for one cell. */
export function absoluteCell(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(col)}$${row}`;
}
