// How the double guesses a chart's series from its source block, as Excel does for `charts.add`:
// the first row holds series names and the first column categories when they hold no numbers (or when
// the top-left cell is blank). A formula cell counts as what it shows; while calculation is suspended
// (suspendApiCalculationUntilNextSync) a formula written in the batch has not been calculated yet and
// shows 0, a number, so an area column of "=B8" formulas is taken for one more series: the pessimistic
// reading of what Excel may see, which an adapter must not depend on. Browser-safe.
import { type Box, boxAddress, parseBox, splitSheet } from "./a1";
import {
  findSheet,
  getCell,
  type ChartSeriesState,
  type SheetState,
  type Value,
  type WorkbookState,
} from "./workbook";

type Kind = "blank" | "text" | "number";

/** What a cell shows: its value, a plain reference's target, or 0 for any other (or uncalculated) formula. */
function shown(wb: WorkbookState, sheet: SheetState, r: number, c: number, depth = 0): Value {
  const cell = getCell(sheet, r, c);
  if (!cell) return "";
  if (!cell.formula) return cell.value;
  if (wb.calcSuspended || depth > 8) return 0;
  const ref = /^=\s*((?:'(?:[^']|'')+'|[^!'=]+)!)?\$?[A-Z]{1,3}\$?\d+\s*$/i.exec(cell.formula);
  if (!ref) return 0;
  const { sheet: name, address } = splitSheet(cell.formula.replace(/^=\s*/, "").trim());
  const target = name === null ? sheet : findSheet(wb, name);
  if (!target) return 0;
  const box = parseBox(address);
  return shown(wb, target, box.r0, box.c0, depth + 1);
}

function kind(v: Value): Kind {
  if (v === "") return "blank";
  return typeof v === "number" ? "number" : "text";
}

/** Series Excel would build from `box` on `sheet`, by columns or rows ("Auto": along the longer side). */
export function detectSeries(
  wb: WorkbookState,
  sheet: SheetState,
  box: Box,
  seriesBy: string
): ChartSeriesState[] {
  const height = box.r1 - box.r0 + 1;
  const width = box.c1 - box.c0 + 1;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && height >= width);
  const at = (r: number, c: number): Value => shown(wb, sheet, r, c);
  const blankCorner = kind(at(box.r0, box.c0)) === "blank" && height > 1 && width > 1;
  const noNumbers = (cells: Value[]): boolean =>
    cells.length > 0 && cells.every((v) => kind(v) !== "number");
  const rowCells = (r: number, from: number): Value[] =>
    Array.from({ length: box.c1 - from + 1 }, (_, i) => at(r, from + i));
  const colCells = (c: number, from: number): Value[] =>
    Array.from({ length: box.r1 - from + 1 }, (_, i) => at(from + i, c));
  const labelRow =
    height > 1 && (blankCorner || noNumbers(rowCells(box.r0, box.c0 + (width > 1 ? 1 : 0))));
  const first = labelRow ? box.r0 + 1 : box.r0;
  const labelCol = width > 1 && (blankCorner || noNumbers(colCells(box.c0, first)));
  const left = labelCol ? box.c0 + 1 : box.c0;
  if (!byColumns) return seriesByRows(wb, sheet, box, labelCol, labelRow);
  const series: ChartSeriesState[] = [];
  for (let c = left; c <= box.c1; c++) {
    series.push({
      name: labelRow ? String(at(box.r0, c)) : `Series${series.length + 1}`,
      values: boxAddress({ r0: first, c0: c, r1: box.r1, c1: c }),
      categories: labelCol
        ? boxAddress({ r0: first, c0: box.c0, r1: box.r1, c1: box.c0 })
        : undefined,
    });
  }
  return series;
}

/** By rows: the same guess with rows and columns swapped (names in the first column). */
function seriesByRows(
  wb: WorkbookState,
  sheet: SheetState,
  box: Box,
  labelCol: boolean,
  labelRow: boolean
): ChartSeriesState[] {
  const first = labelCol ? box.c0 + 1 : box.c0;
  const series: ChartSeriesState[] = [];
  for (let r = labelRow ? box.r0 + 1 : box.r0; r <= box.r1; r++) {
    series.push({
      name: labelCol ? String(shown(wb, sheet, r, box.c0)) : `Series${series.length + 1}`,
      values: boxAddress({ r0: r, c0: first, r1: r, c1: box.c1 }),
      categories: labelRow
        ? boxAddress({ r0: box.r0, c0: first, r1: box.r0, c1: box.c1 })
        : undefined,
    });
  }
  return series;
}
