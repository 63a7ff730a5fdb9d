// Reads the two input tables (areas, tasks) out of a loaded workbook grid into the domain model,
// with every problem reported as a finding that points at a cell. Nothing here throws on bad input.
import { colLetter, parseA1, toA1 } from "./a1";
import { formatVnDateTime, parseDateCell, type DateParse } from "./dates";
import { finding, type Finding } from "./findings";
import type { CellValue, SheetGrid, WorkbookGrid } from "./grid";
import { convertLegacyCells, LEGACY_TEXT_FIELDS } from "./legacy";
import type { Area, AreaField, ColumnRef, Model, Task, TableLocation, TaskField } from "./model";
import { hasDeadline } from "./rollup";
import { isCellError, SheetReader } from "./sheet-reader";
import { cleanText, isBlank, looseKey, lowerVi, matchKey } from "./text";
import {
  AREA_HEADERS,
  CANONICAL_KIND,
  CANONICAL_STATUS,
  parseKind,
  parseStatus,
  REQUIRED_AREA_FIELDS,
  REQUIRED_TASK_FIELDS,
  TASK_HEADERS,
  type VocabParse,
} from "./vocab";

/** Sheet names hosts should look up (Excel matches sheet names case-insensitively, not across NFC/NFD). */
export const SHEET_CANDIDATES = {
  areas: withNfd(["Lĩnh vực", "Linh vuc", "Areas"]),
  tasks: withNfd(["Nhiệm vụ", "Nhiem vu", "Tasks"]),
  settings: withNfd(["Cấu hình", "Cau hinh", "Settings"]),
};

function withNfd(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.normalize("NFD")]))];
}

/** Finds a sheet by its role, comparing names without accents, case or spaces. */
export function findSheet(grid: WorkbookGrid, candidates: string[]): SheetGrid | null {
  const keys = new Set(candidates.map(looseKey));
  return grid.sheets.find((s) => keys.has(looseKey(s.name))) ?? null;
}

/** How many of the first rows may hold a title block above the header row. */
const HEADER_SCAN_ROWS = 10;

function headerIndex<F extends string>(spec: Record<F, string[]>): Map<string, F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(spec) as F[]) {
    for (const h of spec[field]) if (!index.has(looseKey(h))) index.set(looseKey(h), field);
  }
  return index;
}

const AREA_INDEX = headerIndex(AREA_HEADERS);
const TASK_INDEX = headerIndex(TASK_HEADERS);

function mapHeaderRow<F extends string>(
  reader: SheetReader,
  row: number,
  fromCol: number,
  toCol: number,
  index: Map<string, F>
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

/** Locates a table: an Excel Table with matching headers, else the best header row in the first rows. */
function locateTable<F extends string>(
  reader: SheetReader,
  sheet: SheetGrid,
  index: Map<string, F>,
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
  let best: { row: number; columns: Partial<Record<F, ColumnRef>>; score: number } | null = null;
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

/**
 * Reads one input table's frame: the sheet, its location and the findings about structure. Legacy
 * TCVN3/VNI text in the given fields (issue 6) gets a warning with a fix per cell, and the reader
 * returned sees the converted Unicode text, so an area typed in TCVN3 on both sheets still matches.
 */
function frame<F extends string>(
  grid: WorkbookGrid,
  candidates: string[],
  index: Map<string, F>,
  required: F[],
  labels: Record<F, string[]>,
  legacyFields: readonly F[],
  findings: Finding[]
): { reader: SheetReader; location: TableLocation<F> } | null {
  const sheet = findSheet(grid, candidates);
  if (!sheet) {
    findings.push(finding("missing-sheet", candidates[0], "A1", { expected: candidates[0] }));
    return null;
  }
  const reader = new SheetReader(sheet);
  const location = locateTable(reader, sheet, index, required);
  const headerCell = location
    ? toA1(
        location.headerRow,
        Math.min(...Object.values<ColumnRef | undefined>(location.columns).map((c) => c!.index))
      )
    : toA1(reader.firstRow, reader.firstCol);
  let complete = true;
  for (const field of required) {
    if (!location?.columns[field]) {
      complete = false;
      findings.push(
        finding("missing-column", sheet.name, headerCell, {
          column: labels[field][0],
          table: candidates[0],
        })
      );
    }
  }
  if (!location || !complete) return null;
  return { reader: convertLegacyCells(reader, location, legacyFields, findings), location };
}

const NO_CELLS: readonly CellValue[] = [];

/** One field of a table: its column when the table has one, where that sits in a grid row, its label. */
interface Column {
  ref: ColumnRef | undefined;
  /** Offset in a grid row, -1 when the table has no such column. */
  offset: number;
  /** The field's Vietnamese header label, for messages. */
  label: string;
}

/**
 * A table's cells, positioned on one row at a time with `at(row)` and read by column; cell errors are
 * reported once and read as empty. Performance (issue 7): one object per table, not per row; columns
 * are handles worked out once (a field name looked up per cell made every read a megamorphic keyed
 * load); A1 addresses are built only when a finding needs one.
 */
class TableCells<F extends string> {
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
    if (clean !== "" && clean !== raw) {
      const { sheet } = this;
      const cell = this.cell(column);
      this.findings.push(
        finding(
          "text-normalised",
          sheet,
          cell,
          { value: raw, normalised: clean },
          { label: "fix.normalise", changes: [{ sheet, cell, from: raw, to: clean }] }
        )
      );
    }
  }
}

/** What a text cell reads as: its clean text, or empty for a cell error (reported where it is read). */
interface TextCell {
  raw: CellValue;
  error: boolean;
  text: string;
}

function textCell(raw: CellValue): TextCell {
  const error = isCellError(raw);
  return { raw, error, text: error ? "" : cleanText(raw) };
}

/** Columns with more distinct values than this are free text: their verdicts are not remembered. */
const DISTINCT_LIMIT = 10_000;

/**
 * Remembers a column's verdict for each distinct cell value. Performance (issue 7): areas, kinds,
 * statuses, units and notes repeat a few dozen texts over thousands of rows, so each is classified once.
 */
function perValue<V>(classify: (raw: CellValue) => V): (raw: CellValue) => V {
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

function readAreas(
  reader: SheetReader,
  location: TableLocation<AreaField>,
  findings: Finding[]
): Area[] {
  const areas: Area[] = [];
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  const cells = new TableCells(reader, location, AREA_HEADERS, findings);
  const col = cells.columns;
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    if (cells.at(row).isEmpty()) continue;
    const id = cells.required(col.id);
    const name = cells.required(col.name);
    cells.noteNormalised(col.id, id);
    cells.noteNormalised(col.name, name);
    const orderRaw = cells.raw(col.order);
    const orderNumber =
      typeof orderRaw === "number" ? orderRaw : Number(cleanText(orderRaw).replace(",", "."));
    let duplicate = false;
    for (const [key, value, seen, column] of [
      [matchKey(id), id, seenIds, col.id],
      [matchKey(name), name, seenNames, col.name],
    ] as const) {
      if (value === "") continue;
      const first = seen.get(key);
      if (first) {
        duplicate = true;
        findings.push(
          finding("duplicate-id", location.sheet, cells.cell(column), {
            id: value,
            firstCell: first,
          })
        );
      } else seen.set(key, cells.cell(column));
    }
    if (id === "" || name === "" || duplicate) continue;
    areas.push({
      id,
      name,
      leadUnit: cleanText(cells.raw(col.leadUnit)),
      order: cleanText(orderRaw) !== "" && Number.isFinite(orderNumber) ? orderNumber : Number.NaN,
      group: cleanText(cells.raw(col.group)),
      row,
    });
  }
  // The programme's order: the order column where given, else the row order (stable).
  const byRow = areas.map((a, i) => ({ a, i }));
  byRow.sort((x, y) => {
    const ox = Number.isNaN(x.a.order) ? Infinity : x.a.order;
    const oy = Number.isNaN(y.a.order) ? Infinity : y.a.order;
    return ox === oy ? x.i - y.i : ox - oy;
  });
  return byRow.map(({ a }, i) => ({ ...a, order: i + 1 }));
}

function vocabFix(sheet: string, cell: string, from: string, to: string): Finding["fix"] {
  return { label: "fix.replace", changes: [{ sheet, cell, from, to }] };
}

/** An area cell's verdict: the area it names, and the exact text the formulas need when typed otherwise. */
interface AreaCell extends TextCell {
  area: Area | null;
  retype: string | null;
}

function classifyArea(
  raw: CellValue,
  byId: Map<string, Area>,
  byName: Map<string, Area>
): AreaCell {
  const cell = textCell(raw);
  if (cell.text === "") return { ...cell, area: null, retype: null };
  const key = matchKey(cell.text);
  const idHit = byId.get(key);
  const area = idHit ?? byName.get(key) ?? null;
  if (!area) return { ...cell, area, retype: null };
  const exact = idHit ? area.id : area.name;
  return { ...cell, area, retype: lowerVi(String(raw)) !== lowerVi(exact) ? exact : null };
}

/** A kind or status cell's verdict: the parsed value and the text as typed (for findings). */
interface VocabCell<K> extends TextCell {
  parsed: VocabParse<K> | null;
  typed: string;
}

function classifyVocab<K>(raw: CellValue, parse: (text: string) => VocabParse<K>): VocabCell<K> {
  const cell = textCell(raw);
  return { ...cell, parsed: cell.text === "" ? null : parse(cell.text), typed: String(raw) };
}

/** Whether a status cell holds text the live formulas do not count: anything but a standard word as is. */
function statusNotStandard<K>(cell: VocabCell<K>): boolean {
  const { parsed, text, typed } = cell;
  return parsed !== null && !(parsed.kind === "ok" && parsed.canonical && typed === text);
}

/** Reads a kind or status cell; aliases are read but flagged, unknown values reported. */
function readVocab<K extends string>(
  cells: TableCells<TaskField>,
  column: Column,
  code: "unknown-kind" | "unknown-status",
  cell: VocabCell<K>,
  canonicalOf: Record<K, string>,
  findings: Finding[]
): K | null {
  const { parsed, text, typed } = cell;
  if (parsed === null) return null;
  const sheet = cells.sheet;
  if (parsed.kind === "ok") {
    if (!parsed.canonical || typed !== text) {
      const canonical = canonicalOf[parsed.value];
      findings.push(
        finding(
          "alias-not-counted",
          sheet,
          cells.cell(column),
          { value: typed, canonical },
          vocabFix(sheet, cells.cell(column), typed, canonical)
        )
      );
    }
    return parsed.value;
  }
  const fix = parsed.suggestion
    ? vocabFix(sheet, cells.cell(column), typed, canonicalOf[parsed.suggestion])
    : undefined;
  findings.push(finding(code, sheet, cells.cell(column), { value: text }, fix));
  return null;
}

/**
 * Rows whose task id repeats an earlier row's (same match key), each with that earlier row. Performance
 * (issue 7): done in a pass of its own over the id column, where the large table of seen ids stays in
 * the cache (about 10% faster at 100,000 tasks than checking it inside the row loop).
 */
function duplicateIds(
  cells: TableCells<TaskField>,
  location: TableLocation<TaskField>
): Map<number, number> {
  const firstRows = new Map<string, number>();
  const duplicates = new Map<number, number>();
  // An empty row has an empty id, so only the id column is looked at.
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    const raw = cells.at(row).rawUnchecked(cells.columns.id);
    if (raw === "" || isCellError(raw)) continue;
    const key = matchKey(raw); // cleans the text first
    if (key === "") continue;
    const first = firstRows.get(key);
    if (first === undefined) firstRows.set(key, row);
    else duplicates.set(row, first);
  }
  return duplicates;
}

function readTasks(
  reader: SheetReader,
  location: TableLocation<TaskField>,
  areas: Area[],
  findings: Finding[]
): Task[] {
  const byId = new Map(areas.map((a) => [matchKey(a.id), a]));
  const byName = new Map(areas.map((a) => [matchKey(a.name), a]));
  const sheet = location.sheet;
  const tasks: Task[] = [];
  const cells = new TableCells(reader, location, TASK_HEADERS, findings);
  const col = cells.columns;
  const duplicates = duplicateIds(cells, location);
  const areaCell = perValue((raw) => classifyArea(raw, byId, byName));
  const kindCell = perValue((raw) => classifyVocab(raw, parseKind));
  const statusCell = perValue((raw) => classifyVocab(raw, parseStatus));
  const unitCell = perValue(textCell);
  const notesCell = perValue(textCell);
  const dueDates = perFormatAndValue(parseDateCell);
  const completionDates = perFormatAndValue(parseDateCell);

  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    cells.at(row);
    if (cells.isEmpty()) continue;
    const id = cells.required(col.id);
    cells.noteNormalised(col.id, id);
    const first = duplicates.get(row);
    if (first !== undefined) {
      const firstCell = toA1(first, col.id.ref!.index);
      findings.push(finding("duplicate-id", sheet, cells.cell(col.id), { id, firstCell }));
    }
    const label = id || `#${row}`;

    // Area: by id, else by name; the formulas count the exact text, so a match that needed
    // normalising (NFD, tone placement, spaces) is read but flagged with the exact text to use.
    const area = areaCell(cells.rawUnchecked(col.area));
    const areaText = cells.checked(col.area, area, true);
    if (areaText !== "" && !area.area) {
      findings.push(finding("unknown-area", sheet, cells.cell(col.area), { area: areaText }));
    } else if (area.retype !== null) {
      const raw = area.raw as string;
      findings.push(
        finding(
          "text-normalised",
          sheet,
          cells.cell(col.area),
          { value: String(raw), normalised: area.retype },
          {
            label: "fix.normalise",
            changes: [{ sheet, cell: cells.cell(col.area), from: raw, to: area.retype }],
          }
        )
      );
    }

    const title = cells.required(col.title);

    const kindRead = kindCell(cells.rawUnchecked(col.kind));
    cells.checked(col.kind, kindRead, false);
    const kind = readVocab(cells, col.kind, "unknown-kind", kindRead, CANONICAL_KIND, findings);

    const statusRead = statusCell(cells.rawUnchecked(col.status));
    cells.checked(col.status, statusRead, true);
    const status = readVocab(
      cells,
      col.status,
      "unknown-status",
      statusRead,
      CANONICAL_STATUS,
      findings
    );

    const due = readDate(cells, col.due, dueDates, findings);
    const completedOn = readDate(cells, col.completedOn, completionDates, findings);
    const progress = readProgress(cells, findings);

    // A completion date matters only where there is a deadline to be on time for.
    const deadlineExpected = kind === "roadmap" || (kind === null && due !== null);
    if (
      status === "done" &&
      completedOn === null &&
      deadlineExpected &&
      !hasInvalid(cells, col.completedOn)
    ) {
      findings.push(finding("done-without-date", sheet, cells.cell(col.status), { id: label }));
    }
    if (progress !== null && status !== null) {
      const mismatch = (status === "done" && progress < 1) || (status !== "done" && progress >= 1);
      if (mismatch) {
        findings.push(
          finding("progress-status-mismatch", sheet, cells.cell(col.progress), {
            id: label,
            progress: Math.round(progress * 1000) / 10,
            status: CANONICAL_STATUS[status],
          })
        );
      }
    }
    if (
      status === "done" &&
      hasDeadline(kind, due) &&
      completedOn !== null &&
      completedOn > due &&
      Math.floor(completedOn) <= Math.floor(due)
    ) {
      // Same day, later hour: late in the formulas and in the rollup alike; say why, offer the day alone.
      const cell = cells.cell(col.completedOn);
      findings.push(
        finding(
          "late-by-time-of-day",
          sheet,
          cell,
          { id: label, completed: formatVnDateTime(completedOn), due: formatVnDateTime(due) },
          {
            label: "fix.dropTime",
            changes: [{ sheet, cell, from: completedOn, to: Math.floor(completedOn) }],
          }
        )
      );
    }
    if (kind === "roadmap" && due === null && !hasInvalid(cells, col.due)) {
      findings.push(
        finding(
          "roadmap-without-due-date",
          sheet,
          col.due.ref ? cells.cell(col.due) : cells.cell(col.kind),
          {
            id: label,
          }
        )
      );
    }

    tasks.push({
      id,
      areaId: area.area?.id ?? null,
      areaText,
      title,
      kind,
      unit: cells.checked(col.unit, unitCell(cells.rawUnchecked(col.unit)), false),
      due,
      status,
      ...(statusNotStandard(statusRead) ? { statusNotStandard: true } : {}),
      progress,
      completedOn,
      notes: cells.checked(col.notes, notesCell(cells.rawUnchecked(col.notes)), false),
      row,
    });
  }

  return tasks;
}

/** Whether a cell holds something that is not empty but could not be read (already reported). */
function hasInvalid(cells: TableCells<TaskField>, column: Column): boolean {
  return !isBlank(cells.rawUnchecked(column));
}

/**
 * Like perValue, per number format as well: a date cell's reading depends on both. A date column
 * nearly always holds one format, so the last format's readings are kept at hand.
 */
function perFormatAndValue<V>(
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

function readDate(
  cells: TableCells<TaskField>,
  column: Column,
  parse: (raw: CellValue, format: string) => DateParse,
  findings: Finding[]
) {
  const raw = cells.raw(column);
  const parsed = parse(raw, cells.format(column));
  if (parsed.kind === "empty") return null;
  const sheet = cells.sheet;
  const label = column.label;
  if (parsed.kind === "invalid") {
    findings.push(
      finding("invalid-date", sheet, cells.cell(column), { value: String(raw), column: label })
    );
    return null;
  }
  if (parsed.fromText) {
    findings.push(
      finding(
        "text-date",
        sheet,
        cells.cell(column),
        { value: String(raw), column: label },
        {
          label: "fix.toDate",
          changes: [{ sheet, cell: cells.cell(column), from: String(raw), to: parsed.serial }],
        }
      )
    );
  }
  return parsed.serial;
}

/** Progress as a fraction 0..1 from 0.8, 80, "80%", "80,5%"; numbers up to 1 are fractions. */
export function parseProgress(
  value: string | number | boolean,
  format = "General"
): number | null | "invalid" {
  if (value === "") return null;
  if (typeof value === "boolean") return "invalid";
  let n: number;
  let percentSign = false;
  if (typeof value === "number") {
    n = value;
    percentSign = format.includes("%");
  } else {
    const text = cleanText(value);
    if (text === "") return null;
    const m = /^([+-]?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(text);
    if (!m) return "invalid";
    n = Number(m[1].replace(",", "."));
    if (m[2] === "%") {
      n /= 100;
      percentSign = true;
    }
  }
  if (!Number.isFinite(n)) return "invalid";
  const fraction = percentSign || (n >= 0 && n <= 1) ? n : n / 100;
  return fraction < 0 || fraction > 1 ? "invalid" : fraction;
}

function readProgress(cells: TableCells<TaskField>, findings: Finding[]): number | null {
  const col = cells.columns;
  const raw = cells.raw(col.progress);
  const parsed = parseProgress(raw, cells.format(col.progress));
  if (parsed === "invalid") {
    findings.push(
      finding("invalid-progress", cells.sheet, cells.cell(col.progress), { value: String(raw) })
    );
    return null;
  }
  return parsed;
}

/** Reads areas and tasks; structural problems and bad cells become findings, never exceptions. */
export function readWorkbook(grid: WorkbookGrid): { model: Model; findings: Finding[] } {
  const findings: Finding[] = [];
  const areaFrame = frame(
    grid,
    SHEET_CANDIDATES.areas,
    AREA_INDEX,
    REQUIRED_AREA_FIELDS,
    AREA_HEADERS,
    LEGACY_TEXT_FIELDS.areas,
    findings
  );
  const areas = areaFrame ? readAreas(areaFrame.reader, areaFrame.location, findings) : [];
  const taskFrame = frame(
    grid,
    SHEET_CANDIDATES.tasks,
    TASK_INDEX,
    REQUIRED_TASK_FIELDS,
    TASK_HEADERS,
    LEGACY_TEXT_FIELDS.tasks,
    findings
  );
  const tasks = taskFrame ? readTasks(taskFrame.reader, taskFrame.location, areas, findings) : [];
  if (areaFrame && taskFrame) {
    const used = new Set(tasks.map((t) => t.areaId));
    const nameCol = areaFrame.location.columns.name!.index;
    for (const area of areas) {
      if (!used.has(area.id)) {
        findings.push(
          finding("empty-area", areaFrame.location.sheet, toA1(area.row, nameCol), {
            area: area.name,
          })
        );
      }
    }
  }
  return {
    model: {
      areas,
      tasks,
      areasTable: areaFrame?.location ?? null,
      tasksTable: taskFrame?.location ?? null,
    },
    findings,
  };
}
