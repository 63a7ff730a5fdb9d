// Cell access over one input table: a row at a time, by column handle, with cell errors reported
// once and read as empty, and the per-value memory that keeps repeated texts classified once.
import { toA1 } from "../a1";
import { finding, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { ColumnRef, TableLocation } from "../model";
import { isCellError, type SheetReader } from "../sheet-reader";
import { cleanText, isBlank } from "../text";

const NO_CELLS: readonly CellValue[] = [];

/** One field of a table: its column when the table has one, where that sits in a grid row, its label. */
export interface Column {
  ref: ColumnRef | undefined;
  /** Offset in a grid row, -1 when the table has no such column. */
  offset: number;
  /** The field's Vietnamese header label, for messages. */
  label: string;
}

/** The text-normalised warning: the cell was read only after normalising it, with the fix to retype it. */
export function normalisedFinding(
  sheet: string,
  cell: string,
  raw: string,
  clean: string
): Finding {
  return finding(
    "text-normalised",
    sheet,
    cell,
    { value: raw, normalised: clean },
    { label: "fix.normalise", changes: [{ sheet, cell, from: raw, to: clean }] }
  );
}

/**
 * A table's cells, positioned on one row at a time with `at(row)` and read by column; cell errors are
 * reported once and read as empty. Performance (the core's budget, 150 ms at 100,000 tasks): one
 * object per table, not per row; columns are handles worked out once (a field name looked up per
 * cell made every read a megamorphic keyed load); A1 addresses are built only when a finding needs one.
 */
export class TableCells<F extends string> {
  readonly sheet: string;
  readonly columns: Record<F, Column>;
  row = 0;
  private values: readonly (CellValue | null | undefined)[] = NO_CELLS;
  private formats: readonly (string | null | undefined)[] | undefined;
  /** Offsets of every located column, for the empty-row test. */
  private readonly located: number[];

  constructor(
    private reader: SheetReader,
    location: TableLocation<F>,
    labels: Record<F, string[]>,
    private findings: Finding[]
  ) {
    this.sheet = location.sheet;
    const offset = (ref: ColumnRef | undefined): number => (ref ? ref.index - reader.firstCol : -1);
    this.columns = {} as Record<F, Column>;
    for (const field of Object.keys(labels) as F[]) {
      const ref = location.columns[field];
      this.columns[field] = { ref, offset: offset(ref), label: labels[field][0] };
    }
    this.located = Object.values<ColumnRef | undefined>(location.columns).map(offset);
  }

  at(row: number): this {
    const r = row - this.reader.firstRow;
    this.row = row;
    this.values = this.reader.sheet.values[r] ?? NO_CELLS;
    this.formats = this.reader.sheet.numberFormats?.[r];
    return this;
  }

  cell(column: Column): string {
    return toA1(this.row, column.ref ? column.ref.index : 0);
  }

  rawUnchecked(column: Column): CellValue {
    const v = column.offset < 0 ? undefined : this.values[column.offset];
    return v === undefined || v === null ? "" : v;
  }

  raw(column: Column): CellValue {
    const v = this.rawUnchecked(column);
    if (!isCellError(v)) return v;
    this.reportError(column, v);
    return "";
  }

  format(column: Column): string {
    return (column.offset < 0 ? undefined : this.formats?.[column.offset]) ?? "General";
  }

  isEmpty(): boolean {
    for (const offset of this.located) {
      const v = offset < 0 ? undefined : this.values[offset];
      if (v !== undefined && v !== null && !isBlank(v)) return false;
    }
    return true;
  }

  /** Whether a cell holds something that is not empty (read or not). */
  hasContent(column: Column): boolean {
    return !isBlank(this.rawUnchecked(column));
  }

  /** Text of a required field; reports empty-required when blank. */
  required(column: Column): string {
    const raw = this.rawUnchecked(column);
    if (isCellError(raw)) {
      this.reportError(column, raw);
      return "";
    }
    const text = cleanText(raw);
    if (text === "") this.reportEmpty(column);
    return text;
  }

  /** The text of an already classified cell, reporting its error, or its blank when required. */
  checked(column: Column, cell: TextCell, required: boolean): string {
    if (cell.error) this.reportError(column, cell.raw as string);
    else if (required && cell.text === "") this.reportEmpty(column);
    return cell.text;
  }

  private reportEmpty(column: Column): void {
    this.findings.push(
      finding("empty-required", this.sheet, this.cell(column), { column: column.label })
    );
  }

  private reportError(column: Column, value: string): void {
    this.findings.push(
      finding("cell-error", this.sheet, this.cell(column), { value, column: column.label })
    );
  }

  /** Warns when a text cell was only read after normalising it (NFD, odd spaces) to `clean`. */
  noteNormalised(column: Column, clean: string): void {
    const raw = this.rawUnchecked(column);
    if (typeof raw !== "string" || isCellError(raw)) return;
    if (clean !== "" && clean !== raw)
      this.findings.push(normalisedFinding(this.sheet, this.cell(column), raw, clean));
  }
}

/** What a text cell reads as: its clean text, or empty for a cell error (reported where it is read). */
export interface TextCell {
  raw: CellValue;
  error: boolean;
  text: string;
}

export function textCell(raw: CellValue): TextCell {
  const error = isCellError(raw);
  return { raw, error, text: error ? "" : cleanText(raw) };
}

/** Columns with more distinct values than this are free text: their verdicts are not remembered. */
const DISTINCT_LIMIT = 10_000;

/**
 * Remembers a column's verdict for each distinct cell value. Performance (the core's budget, 150 ms at
 * 100,000 tasks): areas, kinds, statuses, units and notes repeat a few dozen texts over thousands of
 * rows, so each is classified once.
 */
export function perValue<V>(classify: (raw: CellValue) => V): (raw: CellValue) => V {
  const cache = new Map<CellValue, V>();
  return (raw) => {
    let verdict = cache.get(raw);
    if (verdict === undefined) {
      verdict = classify(raw);
      if (cache.size < DISTINCT_LIMIT) cache.set(raw, verdict);
    }
    return verdict;
  };
}

/**
 * Like perValue, per number format as well: a date cell's reading depends on both. A date column
 * nearly always holds one format, so the last format's readings are kept at hand.
 */
export function perFormatAndValue<V>(
  classify: (raw: CellValue, format: string) => V
): (raw: CellValue, format: string) => V {
  const byFormat = new Map<string, (raw: CellValue) => V>();
  const readingsOf = (format: string): ((raw: CellValue) => V) => {
    let known = byFormat.get(format);
    if (known === undefined) {
      known = perValue((value) => classify(value, format));
      byFormat.set(format, known);
    }
    return known;
  };
  let lastFormat: string | null = null;
  let readings: ((raw: CellValue) => V) | null = null;
  return (raw, format) => {
    if (readings === null || format !== lastFormat) {
      readings = readingsOf(format);
      lastFormat = format;
    }
    return readings(raw);
  };
}
