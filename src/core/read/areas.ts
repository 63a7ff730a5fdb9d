// The areas table: one area per filled row, unique by id and by name, in the programme's order.
import { finding, type Finding } from "../findings";
import type { Area, AreaField, TableLocation } from "../model";
import type { SheetReader } from "../sheet-reader";
import { cleanText, matchKey } from "../text";
import { AREA_HEADERS } from "../vocab";
import { TableCells, type Column } from "./cells";

export function readAreas(
  reader: SheetReader,
  location: TableLocation<AreaField>,
  findings: Finding[]
): Area[] {
  const cells = new TableCells(reader, location, AREA_HEADERS, findings);
  const unique = uniqueness(cells, findings);
  const areas: Area[] = [];
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    if (cells.at(row).isEmpty()) continue;
    const area = readAreaRow(cells, unique);
    if (area) areas.push(area);
  }
  return inProgrammeOrder(areas);
}

/** One row's area, or null when its id or name is missing or already taken (reported). */
function readAreaRow(
  cells: TableCells<AreaField>,
  unique: (column: Column, value: string) => boolean
): Area | null {
  const col = cells.columns;
  const id = cells.required(col.id);
  const name = cells.required(col.name);
  cells.noteNormalised(col.id, id);
  cells.noteNormalised(col.name, name);
  const orderRaw = cells.raw(col.order);
  const orderNumber =
    typeof orderRaw === "number" ? orderRaw : Number(cleanText(orderRaw).replace(",", "."));
  // Both checks run, so a row repeating both its id and its name gets both findings.
  const idUnique = unique(col.id, id);
  const nameUnique = unique(col.name, name);
  if (id === "" || name === "" || !idUnique || !nameUnique) return null;
  return {
    id,
    name,
    leadUnit: cleanText(cells.raw(col.leadUnit)),
    order: cleanText(orderRaw) !== "" && Number.isFinite(orderNumber) ? orderNumber : Number.NaN,
    group: cleanText(cells.raw(col.group)),
    row: cells.row,
  };
}

/** A check per column that a value was not seen before in it, reporting the first cell when it was. */
function uniqueness(
  cells: TableCells<AreaField>,
  findings: Finding[]
): (column: Column, value: string) => boolean {
  const seen = new Map<Column, Map<string, string>>();
  return (column, value) => {
    if (value === "") return true;
    let cellsByKey = seen.get(column);
    if (!cellsByKey) seen.set(column, (cellsByKey = new Map()));
    const key = matchKey(value);
    const firstCell = cellsByKey.get(key);
    if (firstCell === undefined) {
      cellsByKey.set(key, cells.cell(column));
      return true;
    }
    findings.push(
      finding("duplicate-id", cells.sheet, cells.cell(column), { id: value, firstCell })
    );
    return false;
  };
}

/** The programme's order: the order column where given, else the row order (stable). */
function inProgrammeOrder(areas: Area[]): Area[] {
  const byRow = areas.map((a, i) => ({ a, i }));
  byRow.sort((x, y) => {
    const ox = Number.isNaN(x.a.order) ? Infinity : x.a.order;
    const oy = Number.isNaN(y.a.order) ? Infinity : y.a.order;
    return ox === oy ? x.i - y.i : ox - oy;
  });
  return byRow.map(({ a }, i) => ({ ...a, order: i + 1 }));
}
