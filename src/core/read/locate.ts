// Where an input table sits on its sheet: an Excel Table whose headers name the required fields,
// else the best header row among the first rows under a title block.
import { parseA1 } from "../a1";
import type { SheetGrid } from "../grid";
import type { ColumnRef, TableLocation } from "../model";
import type { SheetReader } from "../sheet-reader";
import { mapHeaderRow, type HeaderIndex } from "./header";

/** How many of the first rows may hold a title block above the header row. */
const HEADER_SCAN_ROWS = 10;

type Columns<F extends string> = Partial<Record<F, ColumnRef>>;

/** Locates a table: an Excel Table with matching headers, else the best header row in the first rows. */
export function locateInputTable<F extends string>(
  reader: SheetReader,
  sheet: SheetGrid,
  index: HeaderIndex<F>,
  required: F[]
): TableLocation<F> | null {
  return (
    fromExcelTable(reader, sheet, index, required) ?? fromHeaderRow(reader, sheet, index, required)
  );
}

function fromExcelTable<F extends string>(
  reader: SheetReader,
  sheet: SheetGrid,
  index: HeaderIndex<F>,
  required: F[]
): TableLocation<F> | null {
  for (const table of sheet.tables ?? []) {
    const [start, end = start] = table.range.replace(/\$/g, "").split(":");
    const from = parseA1(start);
    const to = parseA1(end);
    const columns = mapHeaderRow(reader, from.row, from.col, to.col, index);
    if (required.every((f) => columns[f])) {
      return {
        sheet: sheet.name,
        tableName: table.name,
        headerRow: from.row,
        firstDataRow: from.row + 1,
        lastDataRow: to.row,
        columns,
      };
    }
  }
  return null;
}

/** The row naming most fields (required ones count twice), at least two of them. */
function fromHeaderRow<F extends string>(
  reader: SheetReader,
  sheet: SheetGrid,
  index: HeaderIndex<F>,
  required: F[]
): TableLocation<F> | null {
  let best: { row: number; columns: Columns<F>; score: number } | null = null;
  const lastScan = Math.min(reader.lastRow, reader.firstRow + HEADER_SCAN_ROWS - 1);
  for (let row = reader.firstRow; row <= lastScan; row++) {
    const columns = mapHeaderRow(reader, row, reader.firstCol, reader.lastCol, index);
    const score = Object.keys(columns).length + required.filter((f) => columns[f]).length;
    if (Object.keys(columns).length >= 2 && (!best || score > best.score))
      best = { row, columns, score };
  }
  if (!best) return null;
  return {
    sheet: sheet.name,
    headerRow: best.row,
    firstDataRow: best.row + 1,
    lastDataRow: reader.lastRow,
    columns: best.columns,
  };
}
