// The report paragraph in the workbook: a dated text block under the summary sheet's last used row
// (its table, note and charts, as the summary plan's extent says), across the printed width of the
// table. Plain text written at refresh time, so its heading states the date it is of. Composed onto
// the summary's plan, never laid out inside it: the summary's own layout stays the summary's.
import type { SheetText } from "../../i18n/sheets";
import { colIndex, colLetter, parseA1 } from "../a1";
import { formatVnDate } from "../dates";
import type { Lang } from "../model";
import type { SheetPlan } from "../plan";
import { FONT, lineHeight, linesIn } from "./page";

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

const lastCellOf = (range: string): { row: number; col: number } =>
  parseA1(
    range
      .slice(range.lastIndexOf("!") + 1)
      .split(":")
      .pop()!
      .replace(/\$/g, "")
  );

/** The summary plan with the paragraph block added two rows under everything it holds. */
export function withParagraphBlock(
  summary: SheetPlan,
  args: { paragraph: string; t: SheetText; lang: Lang; reportDate: number }
): SheetPlan {
  const extent = lastCellOf(summary.extent);
  // The block spans the printed table (the print area), not the chart data columns beside it.
  const lastCol = colLetter(
    summary.print?.printArea ? lastCellOf(summary.print.printArea).col : extent.col
  );
  const head = extent.row + 2;
  const body = head + 1;
  const heading = args.t(args.lang, "reportBlock.heading", { date: formatVnDate(args.reportDate) });
  const text = args.paragraph.normalize("NFC");
  const width = Array.from({ length: colIndex(lastCol) + 1 }, (_, i) => colLetter(i)).reduce(
    (sum, c) => sum + (summary.columnWidths[c] ?? 8.43),
    0
  );
  const height = Math.min(MAX_ROW_HEIGHT, linesIn(text, width) * lineHeight() + 8);
  return {
    ...summary,
    blocks: [
      ...summary.blocks,
      { at: `A${head}`, rows: [[{ value: heading }], [{ value: text }]] },
    ],
    merges: [...summary.merges, `A${head}:${lastCol}${head}`, `A${body}:${lastCol}${body}`],
    styles: [
      ...summary.styles,
      { range: `A${head}:${lastCol}${body}`, style: { fontName: FONT, fontSize: 12 } },
      { range: `A${head}`, style: { bold: true, italic: true, vertical: "center" } },
      { range: `A${body}`, style: { wrap: true, vertical: "top", horizontal: "left" } },
    ],
    rowHeights: { ...summary.rowHeights, [head]: lineHeight() + 6, [body]: height },
    extent: `A1:${colLetter(Math.max(extent.col, colIndex(lastCol)))}${body}`,
    ...(summary.print ? { print: { ...summary.print, printArea: `A1:${lastCol}${body}` } } : {}),
  };
}
