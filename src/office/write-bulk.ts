// A sheet plan too large for one request, cut into row slices that each fit the host's budget.
// Excel on the web refuses any request over 5 MB (RequestPayloadSizeLimitExceeded), and the report
// tables grow with the programme: at 50,000 tasks the follow-up list alone is ~11,750 rows of values,
// number formats and row heights, over 6 MB as Microsoft's client encodes it. The write then goes in
// several syncs: the sheets' structure and the small sheets first; then each large sheet's frame
// (styles, widths, conditional formats) in a batch of its own; then its body slice by slice, each slice
// carrying its rows' values, number formats, row heights and merges (merges after the values, so no
// value is ever written into a merged area).
import { parseA1, toA1 } from "../core/a1";
import type { CellBlock, CellStyle, SheetPlan } from "../core/plan";
import { estimateBytes } from "./read";

/** Bytes of one budget of a write request, estimated as reads are (non-ASCII counted as escaped). */
export interface WriteOptions {
  requestBudget: number;
}

/** Excel on the web: 5 MB per request; 3 MB leaves room for the client's framing of each action. */
export const WEB_WRITE: WriteOptions = { requestBudget: 3 * 1024 * 1024 };
/** Desktop Excel has no request cap; past this the write still goes in slices rather than one huge batch. */
export const DESKTOP_WRITE: WriteOptions = { requestBudget: 24 * 1024 * 1024 };

/** The write budget of a host: Excel on the web's, or the desktop's. */
export const writeOptionsFor = (platform: string | undefined): WriteOptions =>
  platform === "OfficeOnline" ? WEB_WRITE : DESKTOP_WRITE;

/**
 * The estimate a batch may reach for its real request to stay under `requestBudget`: the estimates run
 * up to a fifth low on batches heavy with styles (measured through Microsoft's client), so a quarter is kept.
 */
const estimateBudget = (requestBudget: number): number => Math.floor(requestBudget * 0.75);

/** What one small operation (a range and a property set) costs in the client's JSON, with headroom. */
const OPERATION_BYTES = 400;

/** Rows first..last (1-based, inclusive) of a sheet and what the write puts on them. */
export interface RowSlice {
  first: number;
  last: number;
  blocks: CellBlock[];
  /** Number formats of styles, cut to the slice's rows. */
  numberFormats: { range: string; format: string }[];
  /** Runs of consecutive rows with one height: "5:9" → 36. */
  heights: { rows: string; height: number }[];
  merges: string[];
  bytes: number;
}

const rowsOf = (range: string): { first: number; last: number; c1: number; c2: number } => {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    first: Math.min(p.row, q.row),
    last: Math.max(p.row, q.row),
    c1: Math.min(p.col, q.col),
    c2: Math.max(p.col, q.col),
  };
};

/** What one property set on a range costs in the client's JSON (its action and object paths), with headroom. */
const PROPERTY_BYTES = 200;

/** A style without its number format: in a sliced sheet, each slice carries it for its own rows. */
export function withoutNumberFormat(style: CellStyle): CellStyle {
  const rest = { ...style };
  delete rest.numberFormat;
  return rest;
}

/** A style's operations without its number format: one property each, two per border edge. */
function lightStyleBytes(style: CellStyle): number {
  const { border, ...rest } = withoutNumberFormat(style);
  const properties = Object.keys(rest).length + (border !== undefined ? 12 : 0);
  return OPERATION_BYTES + properties * PROPERTY_BYTES;
}

/** The estimated request bytes of a sheet's frame: its styles (number formats aside), widths, formats. */
function sheetFrameBytes(plan: SheetPlan): number {
  let bytes = OPERATION_BYTES * 4;
  for (const s of plan.styles) bytes += lightStyleBytes(s.style);
  const counts =
    Object.keys(plan.columnWidths).length +
    plan.conditionalFormats.length * 4 +
    plan.charts.length * 20;
  return bytes + counts * OPERATION_BYTES;
}

/** The estimated request bytes of a whole sheet plan: its frame plus its rows (as the slices count them). */
function sheetPlanBytes(plan: SheetPlan): number {
  let bytes = sheetFrameBytes(plan) + plan.blocks.length * OPERATION_BYTES;
  for (const n of bytesByRow(plan).values()) bytes += n;
  return bytes;
}

/**
 * The sheets to write apart, frame then row slices: none when the plan fits the budget; else the
 * largest ones (the settings sheet, created whole and only once, never) until the first batch fits.
 */
export function sheetsToSlice(sheets: SheetPlan[], requestBudget: number): Set<SheetPlan> {
  const budget = estimateBudget(requestBudget);
  const sliced = new Set<SheetPlan>();
  // Estimated once per sheet: each estimate serialises every row.
  const bytes = new Map(sheets.map((p) => [p, sheetPlanBytes(p)]));
  // A sliced sheet leaves only its creation or clearing in the first batch (its frame follows apart).
  const first = (): number =>
    sheets.reduce((n, p) => n + (sliced.has(p) ? OPERATION_BYTES * 8 : bytes.get(p)!), 0);
  const candidates = sheets
    .filter((p) => p.role !== "settings")
    .sort((a, b) => bytes.get(b)! - bytes.get(a)!);
  for (const p of candidates) {
    if (first() <= budget) break;
    sliced.add(p);
  }
  return sliced;
}

/** Consecutive rows of equal height as ranges, so 11,748 heights become a few thousand operations. */
export function heightRuns(
  heights: Record<number, number>,
  first = 1,
  last = Number.MAX_SAFE_INTEGER
): { rows: string; height: number }[] {
  const rows = Object.entries(heights)
    .map(([r, h]) => [Number(r), h] as const)
    .filter(([r]) => r >= first && r <= last)
    .sort((a, b) => a[0] - b[0]);
  const runs: { from: number; to: number; height: number }[] = [];
  for (const [row, height] of rows) {
    const run = runs[runs.length - 1];
    if (run && run.to === row - 1 && run.height === height) run.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs.map((r) => ({ rows: `${r.from}:${r.to}`, height: r.height }));
}

/** A block's rows first..last of the sheet (1-based), as a block of its own; null when none fall there. */
function blockRows(block: CellBlock, first: number, last: number): CellBlock | null {
  const { row, col } = parseA1(block.at);
  const from = Math.max(first, row);
  const to = Math.min(last, row + block.rows.length - 1);
  if (from > to) return null;
  return { at: toA1(from, col), rows: block.rows.slice(from - row, to - row + 1) };
}

/** Each sheet row's estimated bytes (values, number formats, its height), by 1-based row number. */
function bytesByRow(plan: SheetPlan): Map<number, number> {
  const bytes = new Map<number, number>();
  const add = (row: number, n: number): void => {
    bytes.set(row, (bytes.get(row) ?? 0) + n);
  };
  for (const block of plan.blocks) {
    const { row } = parseA1(block.at);
    block.rows.forEach((cells, i) => add(row + i, estimateBytes(cells, null)));
  }
  for (const s of plan.styles) {
    if (s.style.numberFormat === undefined) continue;
    const r = rowsOf(s.range);
    for (let row = r.first; row <= r.last; row++)
      add(row, (r.c2 - r.c1 + 1) * (s.style.numberFormat.length + 3));
  }
  for (const row of Object.keys(plan.rowHeights)) add(Number(row), OPERATION_BYTES);
  for (const m of plan.merges) add(rowsOf(m).last, OPERATION_BYTES);
  return bytes;
}

/** Cuts a sheet plan's rows into slices that each fit `requestBudget` (a row is never cut). */
export function rowSlices(plan: SheetPlan, requestBudget: number): RowSlice[] {
  const budget = estimateBudget(requestBudget);
  const bytes = bytesByRow(plan);
  const rows = [...bytes.keys()].sort((a, b) => a - b);
  const bounds: { first: number; last: number; bytes: number }[] = [];
  for (const row of rows) {
    const n = bytes.get(row) ?? 0;
    const current = bounds[bounds.length - 1];
    if (current && current.bytes + n <= budget) {
      current.last = row;
      current.bytes += n;
    } else bounds.push({ first: row, last: row, bytes: n });
  }
  return bounds.map(({ first, last, bytes: n }) => ({
    first,
    last,
    bytes: n,
    blocks: plan.blocks
      .map((b) => blockRows(b, first, last))
      .filter((b): b is CellBlock => b !== null),
    numberFormats: plan.styles.flatMap((s) => {
      if (s.style.numberFormat === undefined) return [];
      const r = rowsOf(s.range);
      const from = Math.max(first, r.first);
      const to = Math.min(last, r.last);
      return from > to
        ? []
        : [{ range: `${toA1(from, r.c1)}:${toA1(to, r.c2)}`, format: s.style.numberFormat }];
    }),
    heights: heightRuns(plan.rowHeights, first, last),
    merges: plan.merges.filter((m) => {
      const r = rowsOf(m).last;
      return r >= first && r <= last;
    }),
  }));
}
