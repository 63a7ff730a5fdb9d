// Reading the workbook in one context.sync(): the candidate input and settings sheets (values and
// number formats of their used ranges, their Excel Tables), every sheet's name and charts, and the
// workbook's defined names (the add-in's ownership marks). Big sheets continue in row chunks, each
// estimated under 4 MB: above 12,000 rows on Excel on the web (requests and responses capped at 5 MB),
// above 50,000 tasks on the desktop.
import { colLetter, parseA1, toA1 } from "../core/a1";
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from "../core/grid";
import { fontEncoding } from "../core/legacy";
import { SHEET_CANDIDATES } from "../core/read";
import { addressBounds, lower } from "./address";
import { historyGridOf, queueHistorySheet } from "./history-read";

/** What the write needs to know about the workbook as it was read. */
export interface WorkbookState {
  sheetNames: string[];
  /** Defined names → their value ("'Tổng hợp'!$A$1", "#REF!"). */
  names: Record<string, string>;
  /** Chart names per sheet (lower-cased sheet name). */
  charts: Record<string, string[]>;
  /** Protected sheets (lower-cased names). */
  protectedSheets: string[];
}

export interface ReadOptions {
  /** Rows read with the first sync on hosts with a payload cap; null reads everything at once. */
  firstChunkRows: number | null;
  /** Budget of one chunked request, in bytes. */
  chunkBudget: number;
}

/**
 * Excel on the web caps requests and responses at 5 MB. The first sync takes up to 5,100 rows (5,000 tasks under a title block: about
 * 1.8 MB of UTF-8 for a typical task table, 2.3 MB if the server escapes non-ASCII); larger sheets
 * continue in chunks estimated under 3 MB. A first read refused as too large (or as a
 * GeneralException, which large payloads have come back as: office-js #1314) is read again with
 * half the rows and half the budget, down to MIN_FIRST_READ_ROWS (see OfficeWorkbookHost.read).
 */
export const WEB_READ: ReadOptions = { firstChunkRows: 5100, chunkBudget: 3 * 1024 * 1024 };
const MIN_FIRST_READ_ROWS = 250;
/**
 * Desktop Excel has no payload cap: up to 50,000 tasks (and a title block) are read in one sync; larger
 * sheets continue in row chunks of under 4 MB rather than one response of 30 MB and more.
 */
export const DESKTOP_READ: ReadOptions = { firstChunkRows: 50100, chunkBudget: 4 * 1024 * 1024 };

/** The same read with half the rows first and half the chunk budget; null when already at the floor. */
export function halved(options: ReadOptions): ReadOptions | null {
  const rows = Math.floor((options.firstChunkRows ?? DESKTOP_READ.firstChunkRows ?? 0) / 2);
  if (rows < MIN_FIRST_READ_ROWS) return null;
  return { firstChunkRows: rows, chunkBudget: Math.floor(options.chunkBudget / 2) };
}

interface Candidate {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** The rows read in the first sync when chunking, else the whole used range. */
  part: Excel.Range;
  tables: Excel.TableCollection;
  /** Per column (A, B, ...) of an input sheet, the font name of its used cells: null where mixed. */
  columnFonts: Excel.Range[];
}

/**
 * Legacy TCVN3/VNI text is best recognised by its font (".VnTime", "VNI-Times"). Per-cell fonts
 * (getCellProperties, ExcelApi 1.9) would double a large read; a column's font name costs a few bytes
 * and Excel reports it only when every used cell of the column shares it, which is how old workbooks
 * were typed. Mixed columns fall back to the core's byte-pattern detection.
 */
const FONT_COLUMNS = 30;
const INPUT_SHEETS = new Set([...SHEET_CANDIDATES.areas, ...SHEET_CANDIDATES.tasks]);

/** A grid of font names from per-column fonts, only when some column is in a legacy font. */
function fontGrid(
  grid: SheetGrid,
  columnFonts: (string | null)[]
): (string | null)[][] | undefined {
  const origin = parseA1(addressBounds(grid.address).first).col;
  const fonts = grid.values[0]?.map((_, j) => columnFonts[origin + j] ?? null) ?? [];
  if (!fonts.some((f) => f !== null && fontEncoding(f) !== null)) return undefined;
  return grid.values.map(() => fonts);
}

/**
 * Bytes of a response carrying these values and formats, with headroom: the JSON's ASCII as one byte
 * each, every other character as six (a server that escapes non-ASCII sends "\u1ec7"; UTF-8 needs
 * two to four), plus the client's per-row framing.
 */
export function estimateBytes(values: unknown, formats: unknown): number {
  let bytes = 0;
  for (const text of [JSON.stringify(values) ?? "", JSON.stringify(formats) ?? ""]) {
    bytes += text.length;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 5;
  }
  return bytes;
}

/**
 * An Excel Table's range from what one sync can load (its column names, row count and flags; a
 * Table's address needs getRange(), i.e. a second round trip): the row of the used range whose
 * cells spell the column names, in order. Null when no unique match.
 */
function tableRangeFromColumns(
  grid: Pick<SheetGrid, "address" | "values">,
  columns: string[],
  dataRows: number,
  showTotals: boolean
): string | null {
  if (columns.length === 0) return null;
  const origin = parseA1(addressBounds(grid.address).first);
  const hits: { row: number; col: number }[] = [];
  grid.values.forEach((row, i) => {
    for (let j = 0; j + columns.length <= row.length; j++) {
      if (columns.every((name, k) => String(row[j + k]) === name)) hits.push({ row: i, col: j });
    }
  });
  if (hits.length !== 1) return null;
  const top = origin.row + hits[0].row;
  const left = origin.col + hits[0].col;
  const bottom = top + dataRows + (showTotals ? 1 : 0);
  return `${toA1(top, left)}:${toA1(bottom, left + columns.length - 1)}`;
}

/** A sheet read in the first sync whose rows go on past what that sync read (web only). */
interface ChunkJob {
  grid: SheetGrid;
  sheet: Excel.Worksheet;
  next: number;
  lastRow: number;
  from: string;
  to: string;
}

/** What the first sync brought back, sheet by sheet. */
interface FirstRead {
  grids: SheetGrid[];
  columnFontsOf: Map<SheetGrid, (string | null)[]>;
  chunked: ChunkJob[];
}

/**
 * Reads everything the core and the write need from the open workbook. Syncs: 1, plus one per extra
 * chunk on the web.
 */
export async function readOfficeWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions
): Promise<{ grid: WorkbookGrid; state: WorkbookState }> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load(
    "items/name,items/charts/items/name,items/protection/protected"
  );
  const names = wb.names.load("items/name,items/type,items/value");
  const candidates = candidateSheetNames().map((name) => queueCandidate(wb, name, options));
  const history = queueHistorySheet(wb);
  await context.sync();

  const read = collectFirstRead(candidates, options);
  const historyGrid = historyGridOf(history, read.grids);
  if (historyGrid) read.grids.push(historyGrid);
  await readRemainingChunks(context, read.chunked, options);
  attachLegacyFonts(read.columnFontsOf);
  const state = workbookStateOf(sheets, names);
  const grids = withFirstSheetWhenUnset(read.grids, state.sheetNames);
  return { grid: { sheets: grids, sheetNames: state.sheetNames, names: state.names }, state };
}

/**
 * A workbook with no input sheet gets the core's single "no input sheets" finding at its first sheet's
 * first cell, as the CLI gives it (not two missing-sheet findings): the core needs that first sheet,
 * which no candidate load brought. Its contents are not needed, so none are read.
 */
function withFirstSheetWhenUnset(grids: SheetGrid[], sheetNames: string[]): SheetGrid[] {
  const inputs = new Set([...INPUT_SHEETS].map(lower));
  const first = sheetNames[0];
  if (first === undefined || grids.some((g) => inputs.has(lower(g.name)))) return grids;
  if (grids.some((g) => lower(g.name) === lower(first))) return grids;
  return [{ name: first, address: "A1", values: [], numberFormats: [], tables: [] }, ...grids];
}

/** The input and settings sheets' possible names, each once. */
function candidateSheetNames(): string[] {
  return [
    ...new Set([
      ...SHEET_CANDIDATES.areas,
      ...SHEET_CANDIDATES.tasks,
      ...SHEET_CANDIDATES.settings,
    ]),
  ];
}

/** Queues the loads of one candidate sheet for the first sync: used range (or its first rows), tables, fonts. */
function queueCandidate(wb: Excel.Workbook, name: string, options: ReadOptions): Candidate {
  const sheet = wb.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  let part = used;
  if (options.firstChunkRows !== null) {
    used.load("address,rowCount,columnCount");
    part = used.getIntersectionOrNullObject(`1:${options.firstChunkRows}`);
  }
  part.load("address,values,numberFormat");
  const tables = sheet.tables.load(
    "items/name,items/showHeaders,items/showTotals,items/columns/items/name,items/rows/count"
  );
  const columnFonts = INPUT_SHEETS.has(name) ? queueColumnFonts(used) : [];
  return { sheet, used, part, tables, columnFonts };
}

/** Per column A.. of the used range, its font name (reported only when the column shares one). */
function queueColumnFonts(used: Excel.Range): Excel.Range[] {
  return Array.from({ length: FONT_COLUMNS }, (_, c) => {
    // The method is called on the possibly-null used range (an empty sheet has none), never given
    // it as an argument: Excel cannot resolve a null object passed to another object's method.
    const column = used.getIntersectionOrNullObject(`${colLetter(c)}:${colLetter(c)}`);
    column.load("columnCount"); // isNullObject is readable only on a loaded object
    column.format.font.load("name");
    return column;
  });
}

/** Turns the loaded candidates into grids (each sheet once), noting the sheets that need more rows. */
function collectFirstRead(candidates: Candidate[], options: ReadOptions): FirstRead {
  const read: FirstRead = { grids: [], columnFontsOf: new Map(), chunked: [] };
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.sheet.isNullObject || seen.has(lower(c.sheet.name))) continue;
    seen.add(lower(c.sheet.name));
    if (c.used.isNullObject || c.part.isNullObject) {
      read.grids.push({
        name: c.sheet.name,
        address: "A1",
        values: [],
        numberFormats: [],
        tables: [],
      });
      continue;
    }
    const grid = gridOfCandidate(c);
    read.grids.push(grid);
    read.columnFontsOf.set(
      grid,
      c.columnFonts.map((col) => (col.isNullObject ? null : (col.format.font.name ?? null)))
    );
    const job = options.firstChunkRows !== null ? chunkJobOf(c, grid) : null;
    if (job) read.chunked.push(job);
  }
  return read;
}

/** The grid of one loaded candidate, with its header-shown Excel Tables located in it. */
function gridOfCandidate(c: Candidate): SheetGrid {
  const grid: SheetGrid = {
    name: c.sheet.name,
    address: addressBounds(c.part.address).first,
    values: c.part.values as CellValue[][],
    numberFormats: c.part.numberFormat as string[][],
  };
  grid.tables = c.tables.items
    .filter((t) => t.showHeaders)
    .map((t): TableInfo | null => {
      const range = tableRangeFromColumns(
        grid,
        t.columns.items.map((col) => col.name),
        t.rows.count,
        t.showTotals
      );
      return range ? { name: t.name, range } : null;
    })
    .filter((t): t is TableInfo => t !== null);
  return grid;
}

/** The rows of the used range past the first read, or null when the first read had them all. */
function chunkJobOf(c: Candidate, grid: SheetGrid): ChunkJob | null {
  const used = addressBounds(c.used.address);
  const part = addressBounds(c.part.address);
  const lastRead = parseA1(part.last).row;
  const lastRow = parseA1(used.last).row;
  if (lastRow <= lastRead) return null;
  const from = colLetter(parseA1(used.first).col);
  const to = colLetter(parseA1(used.last).col);
  return { grid, sheet: c.sheet, next: lastRead + 1, lastRow, from, to };
}

/** Web only: the rest of big sheets, in row chunks sized from the bytes per row seen so far. */
async function readRemainingChunks(
  context: Excel.RequestContext,
  chunked: ChunkJob[],
  options: ReadOptions
): Promise<void> {
  for (const job of chunked) {
    while (job.next <= job.lastRow) {
      const count = nextChunkRows(job, options.chunkBudget);
      const range = job.sheet.getRange(`${job.from}${job.next}:${job.to}${job.next + count - 1}`);
      range.load("values,numberFormat");
      // One round trip per chunk is the point here: each must stay under the web's payload cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      job.grid.values.push(...(range.values as CellValue[][]));
      job.grid.numberFormats?.push(...(range.numberFormat as string[][]));
      job.next += count;
    }
  }
}

/** How many rows the next chunk of a job may take within the budget (at least one). */
function nextChunkRows(job: ChunkJob, budget: number): number {
  const perRow = Math.max(
    1,
    estimateBytes(job.grid.values, job.grid.numberFormats) / Math.max(1, job.grid.values.length)
  );
  return Math.max(1, Math.min(job.lastRow - job.next + 1, Math.floor(budget / (perRow * 1.1))));
}

/** Gives each grid whose columns are in a legacy font its font names, for the core's conversion. */
function attachLegacyFonts(columnFontsOf: Map<SheetGrid, (string | null)[]>): void {
  for (const [grid, fonts] of columnFontsOf) {
    const fontNames = fontGrid(grid, fonts);
    if (fontNames) grid.fontNames = fontNames;
  }
}

/** Sheet names, defined names, charts and protection, as the write needs them. */
function workbookStateOf(
  sheets: Excel.WorksheetCollection,
  names: Excel.NamedItemCollection
): WorkbookState {
  return {
    sheetNames: sheets.items.map((s) => s.name),
    names: Object.fromEntries(names.items.map((n) => [n.name, String(n.value).replace(/^=/, "")])),
    charts: Object.fromEntries(
      sheets.items.map((s) => [lower(s.name), s.charts.items.map((ch) => ch.name)])
    ),
    protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => lower(s.name)),
  };
}
