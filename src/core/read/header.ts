// Header rows: which field each header cell names, matched with looseKey against the vocabulary.
import { colLetter } from "../a1";
import type { ColumnRef } from "../model";
import type { SheetReader } from "../sheet-reader";
import { cleanText, looseKey } from "../text";
import { AREA_HEADERS, TASK_HEADERS } from "../vocab";

/** Header key → field; the first field listing a header wins. */
export type HeaderIndex<F extends string> = Map<string, F>;

function headerIndex<F extends string>(spec: Record<F, string[]>): HeaderIndex<F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(spec) as F[]) {
    for (const h of spec[field]) if (!index.has(looseKey(h))) index.set(looseKey(h), field);
  }
  return index;
}

export const AREA_INDEX = headerIndex(AREA_HEADERS);
export const TASK_INDEX = headerIndex(TASK_HEADERS);

/** The fields named by one header row's cells between two columns (the first cell naming a field wins). */
export function mapHeaderRow<F extends string>(
  reader: SheetReader,
  row: number,
  fromCol: number,
  toCol: number,
  index: HeaderIndex<F>
): Partial<Record<F, ColumnRef>> {
  const columns: Partial<Record<F, ColumnRef>> = {};
  for (let col = fromCol; col <= toCol; col++) {
    const raw = reader.value(row, col);
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const field = index.get(looseKey(raw));
    if (field && !columns[field])
      columns[field] = { index: col, letter: colLetter(col), header: cleanText(raw) };
  }
  return columns;
}
