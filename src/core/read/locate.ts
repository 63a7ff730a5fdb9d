// Where an input table sits on its sheet: an Excel Table whose headers name the required fields,
// else the best header among the first rows under a title block (one row, or a group row over the
// column names), skipping a column-number row under it, and ending before the footer (see tableEnd).
import { parseA1 } from "../a1";
import type { SheetGrid } from "../grid";
import type { ColumnRef, TableLocation } from "../model";
import { isCellError, type SheetReader } from "../sheet-reader";
import { cleanText, isBlank, looseKey } from "../text";
import { KNOWN_EXTRA_HEADERS } from "../vocab";
import { mapHeaderRow, type HeaderIndex } from "./header";

/** How many of the first rows may hold a title block above the header (issue 11: merged titles). */
const HEADER_SCAN_ROWS = 15;

type Columns<F extends string> = Partial<Record<F, ColumnRef>>;

/** A located table, and the rows below its footer that look like rows of it (not read). */
export interface Located<F extends string> {
  location: TableLocation<F>;
  strayRows: number[];
}

/** The two fields a row must have to look like a row of the table (id and title, id and name). */
export type RowKeys<F extends string> = readonly [F, F];

/** Locates a table: an Excel Table with matching headers, else the best header in the first rows. */
export function locateInputTable<F extends string>(
  reader: SheetReader,
  sheet: SheetGrid,
  index: HeaderIndex<F>,
  required: F[],
  rowKeys: RowKeys<F>
): Located<F> | null {
  const table = fromExcelTable(reader, sheet, index, required);
  if (table) return { location: table, strayRows: [] };
  const header = bestHeader(reader, index, required);
  if (!header) return null;
  const firstDataRow = header.bottom + (isColumnNumberRow(reader, header.bottom + 1) ? 2 : 1);
  const keys = [header.columns[rowKeys[0]], header.columns[rowKeys[1]]] as const;
  const end = tableEnd(reader, firstDataRow, keys);
  return {
    location: {
      sheet: sheet.name,
      headerRow: header.bottom,
      firstDataRow,
      lastDataRow: end.lastRow,
      columns: header.columns,
    },
    strayRows: end.strayRows,
  };
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

interface Header<F extends string> {
  /** The header's last row (the column names); the first is a group row when the two differ. */
  bottom: number;
  columns: Columns<F>;
  score: number;
}

/** Fields named, required ones counted twice. */
const scoreOf = <F extends string>(columns: Columns<F>, required: F[]): number =>
  Object.keys(columns).length + required.filter((f) => columns[f]).length;

/**
 * The header naming most fields (at least two) among the first rows: one row, or a group row over
 * a row of column names ("Thời gian" merged over "Thời hạn" and "Ngày hoàn thành", "Mã" merged
 * down over both). A pair wins only when it names more than either of its rows alone.
 */
function bestHeader<F extends string>(
  reader: SheetReader,
  index: HeaderIndex<F>,
  required: F[]
): Header<F> | null {
  let best: Header<F> | null = null;
  const lastScan = Math.min(reader.lastRow, reader.firstRow + HEADER_SCAN_ROWS - 1);
  const rowColumns = (row: number): Columns<F> =>
    mapHeaderRow(reader, row, reader.firstCol, reader.lastCol, index);
  let below: Columns<F> = reader.firstRow <= lastScan ? rowColumns(reader.firstRow) : {};
  for (let row = reader.firstRow; row <= lastScan; row++) {
    const single = below;
    below = row < reader.lastRow ? rowColumns(row + 1) : {};
    const candidates: Header<F>[] = [
      { bottom: row, columns: single, score: scoreOf(single, required) },
    ];
    if (row < lastScan && looksLikeHeaderRow(reader, row + 1, below)) {
      const pair = mergeHeaderRows(single, below);
      candidates.push({ bottom: row + 1, columns: pair, score: scoreOf(pair, required) });
    }
    for (const c of candidates) {
      if (Object.keys(c.columns).length >= 2 && (!best || c.score > best.score)) best = c;
    }
  }
  return best;
}

/** The column names' row wins per column; the group row adds fields over columns it leaves blank. */
function mergeHeaderRows<F extends string>(upper: Columns<F>, lower: Columns<F>): Columns<F> {
  const merged: Columns<F> = { ...lower };
  const taken = new Set(Object.values<ColumnRef | undefined>(lower).map((c) => c!.index));
  for (const [field, ref] of Object.entries(upper) as [F, ColumnRef][]) {
    if (!merged[field] && !taken.has(ref.index)) merged[field] = ref;
  }
  return merged;
}

const EXTRA_KEYS = new Set(KNOWN_EXTRA_HEADERS.map(looseKey));

/** A row of column names: two fields or more, and mostly header words (a task row is not). */
function looksLikeHeaderRow<F extends string>(
  reader: SheetReader,
  row: number,
  columns: Columns<F>
): boolean {
  const named = Object.keys(columns).length;
  if (named < 2) return false;
  let filled = 0;
  let words = 0;
  for (let col = reader.firstCol; col <= reader.lastCol; col++) {
    const v = reader.value(row, col);
    if (isBlank(v) || v === "") continue;
    if (typeof v !== "string") return false;
    filled++;
    if (EXTRA_KEYS.has(looseKey(v))) words++;
  }
  return 3 * (named + words) >= 2 * filled;
}

const COLUMN_NUMBER = /^\(?(\d{1,2})\)?$/;

/** "(1) (2) (3)" or "1 2 3" under the header: numbers rising from left to right, three or more. */
function isColumnNumberRow(reader: SheetReader, row: number): boolean {
  if (row > reader.lastRow) return false;
  let count = 0;
  let last = 0;
  for (let col = reader.firstCol; col <= reader.lastCol; col++) {
    const v = reader.value(row, col);
    if (v === "" || isBlank(v)) continue;
    const m = COLUMN_NUMBER.exec(cleanText(v));
    if (!m || Number(m[1]) <= last) return false;
    last = Number(m[1]);
    count++;
  }
  return count >= 3;
}

// Words that open the footer under a table: notes, the signature block, the place-and-date line.
const FOOTER_KEYS = [
  "ghichu",
  "luuy",
  "nguoilap",
  "noinhan",
  "kyghi",
  "kyten",
  "kyvaghi",
  "kydongdau",
  "xacnhan",
  "thutruong",
  "truongban",
  "photruongban",
  "giamdoc",
  "chanhvanphong",
  "nguoikiemtra",
  "nguoiduyet",
];
const FOOTER_TITLES = /^(?:t\/m|tm\.|kt\.|q\.)\s/iu;

function isBlankRow(reader: SheetReader, row: number): boolean {
  for (let col = reader.firstCol; col <= reader.lastCol; col++) {
    const v = reader.value(row, col);
    if (v !== "" && !isBlank(v)) return false;
  }
  return true;
}

/** Whether a row's first filled cell opens a footer ("Ghi chú: ...", "NGƯỜI LẬP BIỂU", "(Ký ...)"). */
function opensFooter(reader: SheetReader, row: number): boolean {
  for (let col = reader.firstCol; col <= reader.lastCol; col++) {
    const v = reader.value(row, col);
    if (v === "" || isBlank(v)) continue;
    if (typeof v !== "string" || isCellError(v)) return false;
    return isFooterText(v);
  }
  return false;
}

/** Whether a text opens a footer under a table ("Ghi chú: ...", "NGƯỜI LẬP BIỂU", "(Ký ...)", "TM."). */
export function isFooterText(value: string): boolean {
  const text = cleanText(value);
  const key = looseKey(text);
  return FOOTER_TITLES.test(text) || FOOTER_KEYS.some((k) => key.startsWith(k));
}

/**
 * Where a plain-range table ends. Blank rows inside the table are skipped, as before; the footer
 * begins at the first row after a blank row that opens with a footer word, or else at the first
 * filled row after a blank row below the last row that looks like a row of the table (it has both
 * key fields, e.g. an id and a title). Rows below the footer that look like rows of the table are
 * not read, and are returned so that they are reported rather than dropped silently.
 */
function tableEnd(
  reader: SheetReader,
  firstDataRow: number,
  keys: readonly [ColumnRef | undefined, ColumnRef | undefined]
): { lastRow: number; strayRows: number[] } {
  const looksLikeRow = (row: number): boolean =>
    keys.every((k) => k !== undefined && !isBlank(reader.value(row, k.index)));
  let lastKeyed = firstDataRow - 1;
  for (let row = reader.lastRow; row >= firstDataRow; row--) {
    if (looksLikeRow(row)) {
      lastKeyed = row;
      break;
    }
  }
  let footer = reader.lastRow + 1;
  let lastFilled = firstDataRow - 1;
  let afterBlank = false;
  for (let row = firstDataRow; row <= reader.lastRow; row++) {
    if (isBlankRow(reader, row)) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && (row > lastKeyed || opensFooter(reader, row))) {
      footer = row;
      break;
    }
    afterBlank = false;
    lastFilled = row;
  }
  const strayRows: number[] = [];
  for (let row = footer; row <= lastKeyed; row++) if (looksLikeRow(row)) strayRows.push(row);
  return { lastRow: lastFilled, strayRows };
}
