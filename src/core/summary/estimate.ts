// The layout estimate: wrapped text lines → row heights; row heights → where printed pages break.
// No engine measures text for us at plan time, so these are conservative estimates (see CHAR_PX).
import { colIndex, colLetter } from "../a1";
import { COLUMN_WIDTHS, LAST_COL, MARGINS } from "./layout";

// Print geometry (mm → pt) for the page-fit estimate that keeps the charts off a page break.
const MM = 72 / 25.4;
const PRINT_WIDTH_PT = (297 - MARGINS.left - MARGINS.right) * MM;
const PRINT_HEIGHT_PT = (210 - MARGINS.top - MARGINS.bottom) * MM;

/** Characters of average text that fit a column `width` (Excel width units) at `size` points. */
function capacity(width: number, size: number, bold: boolean): number {
  const columnPx = width * 7 + 5 - 6; // minus the cell's inner padding
  const charPx = size * (96 / 72) * 0.47 * (bold ? 1.08 : 1);
  return Math.max(1, Math.floor(columnPx / charPx));
}

/** Lines a text takes when word-wrapped at `cap` characters. */
export function wrappedLines(text: string, cap: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const len = word.length;
      if (line === 0) line = len;
      else if (line + 1 + len <= cap) line += 1 + len;
      else {
        lines++;
        line = len;
      }
      while (line > cap) {
        lines++;
        line -= cap;
      }
    }
  }
  return lines;
}

export const lineHeight = (size: number): number => Math.ceil(size * 1.25);

const widthOf = (cols: string[]): number =>
  cols.reduce((sum, c) => sum + (COLUMN_WIDTHS[c] ?? 8.43), 0);

export function colsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = colIndex(from); i <= colIndex(to); i++) out.push(colLetter(i));
  return out;
}

/** Points a text needs when wrapped across `cols`. */
export function textHeight(text: string, cols: string[], size: number, bold = false): number {
  return wrappedLines(text, capacity(widthOf(cols), size, bold)) * lineHeight(size) + 4;
}

/** Excel's tallest row in points: a taller row is cut to it, and the text below is lost. */
export const MAX_ROW_HEIGHT = 409;
const SMALLEST_FONT = 6;

/**
 * The font size (`size`, or smaller down to 6 pt) at which a text wrapped across `cols` fits Excel's
 * tallest row, and the height it then takes: a very long area name prints whole in smaller type.
 */
export function fittedText(
  text: string,
  cols: string[],
  size: number,
  bold = false
): { size: number; height: number } {
  for (let s = size; s > SMALLEST_FONT; s--) {
    const height = textHeight(text, cols, s, bold);
    if (height <= MAX_ROW_HEIGHT) return { size: s, height };
  }
  return {
    size: SMALLEST_FONT,
    height: Math.min(MAX_ROW_HEIGHT, textHeight(text, cols, SMALLEST_FONT, bold)),
  };
}

/**
 * Column widths are in characters of the workbook's default font, so the printed scale depends on the
 * fonts a machine has: 7 px per character is Calibri in Excel; LibreOffice without Calibri or Carlito
 * falls back to wider fonts (about 9.3 px measured with DejaVu Sans). The chart placement must hold for
 * all of them.
 */
const CHAR_PX = [7, 7.5, 8, 8.5, 9, 9.5];

/** Usable page height in unscaled points once the table is scaled to fit one page wide, per font. */
export function pageHeights(): number[] {
  return CHAR_PX.map((px) => {
    const tablePt = colsBetween("A", LAST_COL).reduce(
      (sum, c) => sum + (COLUMN_WIDTHS[c] * px + 5) * 0.75,
      0
    );
    return PRINT_HEIGHT_PT / Math.min(1, PRINT_WIDTH_PT / tablePt);
  });
}

/**
 * True when rows `first`..`last` print on one page with `margin` to spare, rows breaking to the next
 * page when they do not fit and the print-title rows repeated at the top of every further page.
 */
export function onOnePage(
  heights: (row: number) => number,
  first: number,
  last: number,
  page: number,
  titleHeight: number,
  margin: number
): boolean {
  let used = 0;
  let pageNo = 0;
  let firstPage = -1;
  for (let r = 1; r <= last; r++) {
    const h = heights(r);
    if (used + h > page) {
      pageNo++;
      used = titleHeight;
    }
    used += h;
    if (r === first) firstPage = pageNo;
  }
  return firstPage === pageNo && used <= page - margin;
}
