// Reads the two input tables (areas, tasks) out of a loaded workbook grid into the domain model,
// with every problem reported as a finding that points at a cell. Nothing here throws on bad input.
import { colLetter, parseA1, toA1 } from "./a1";
import { parseDateCell, type DateParse } from "./dates";
import { finding, type Finding } from "./findings";
import type { CellValue, SheetGrid, WorkbookGrid } from "./grid";
import { convertLegacyCells, LEGACY_TEXT_FIELDS } from "./legacy";
import type { Area, AreaField, ColumnRef, Model, Task, TableLocation, TaskField } from "./model";
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

/** Reads one input table's frame: the sheet, its location and the findings about structure. */
function frame<F extends string>(
  grid: WorkbookGrid,
  candidates: string[],
  index: Map<string, F>,
  required: F[],
  labels: Record<F, string[]>,
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
  return location && complete ? { reader, location } : null;
}

const NO_CELLS: readonly CellValue[] = [];

/**
 * A table's cells by field, positioned on one row at a time with `at(row)`; cell errors are reported
 * once and read as empty. Performance (issue 7): one object per table, not per row, with each field's
 * offset in a grid row worked out once; A1 addresses are built only when a finding needs one.
 */
class TableCells<F extends string> {
  readonly sheet: string;
  row = 0;
  private values: readonly (CellValue | null | undefined)[] = NO_CELLS;
  private formats: readonly (string | null | undefined)[] | undefined;
  /** Offset of each field's column in a grid row, -1 when the table has no such column. */
  private readonly offsets: Record<F, number>;
  /** Offsets of every located column, for the empty-row test. */
  private readonly located: number[];

  constructor(
    private reader: SheetReader,
    private location: TableLocation<F>,
    private labels: Record<F, string[]>,
    private findings: Finding[]
  ) {
    this.sheet = location.sheet;
    const offset = (col: ColumnRef | undefined): number => (col ? col.index - reader.firstCol : -1);
    this.offsets = {} as Record<F, number>;
    for (const field of Object.keys(labels) as F[])
      this.offsets[field] = offset(location.columns[field]);
    this.located = Object.values<ColumnRef | undefined>(location.columns).map(offset);
  }

  at(row: number): this {
    const r = row - this.reader.firstRow;
    this.row = row;
    this.values = this.reader.sheet.values[r] ?? NO_CELLS;
    this.formats = this.reader.sheet.numberFormats?.[r];
    return this;
  }

  cell(field: F): string {
    const col = this.location.columns[field];
    return col ? toA1(this.row, col.index) : toA1(this.row, 0);
  }

  rawUnchecked(field: F): CellValue {
    const offset = this.offsets[field];
    const v = offset < 0 ? undefined : this.values[offset];
    return v === undefined || v === null ? "" : v;
  }

  raw(field: F): CellValue {
    const v = this.rawUnchecked(field);
    if (!isCellError(v)) return v;
    this.reportError(field, v);
    return "";
  }

  format(field: F): string {
    const offset = this.offsets[field];
    return (offset < 0 ? undefined : this.formats?.[offset]) ?? "General";
  }

  isEmpty(): boolean {
    for (const offset of this.located) {
      const v = offset < 0 ? undefined : this.values[offset];
      if (v !== undefined && v !== null && !isBlank(v)) return false;
    }
    return true;
  }

  /** Text of a required field; reports empty-required when blank. */
  required(field: F): string {
    const raw = this.rawUnchecked(field);
    if (isCellError(raw)) {
      this.reportError(field, raw);
      return "";
    }
    const text = cleanText(raw);
    if (text === "") this.reportEmpty(field);
    return text;
  }

  /** The text of an already classified cell, reporting its error, or its blank when required. */
  checked(field: F, cell: TextCell, required: boolean): string {
    if (cell.error) this.reportError(field, cell.raw as string);
    else if (required && cell.text === "") this.reportEmpty(field);
    return cell.text;
  }

  private reportEmpty(field: F): void {
    this.findings.push(
      finding("empty-required", this.location.sheet, this.cell(field), {
        column: this.labels[field][0],
      })
    );
  }

  private reportError(field: F, value: string): void {
    this.findings.push(
      finding("cell-error", this.location.sheet, this.cell(field), {
        value,
        column: this.labels[field][0],
      })
    );
  }

  /** Warns when a text cell was only read after normalising it (NFD, odd spaces) to `clean`. */
  noteNormalised(field: F, clean: string): void {
    const raw = this.rawUnchecked(field);
    if (typeof raw !== "string" || isCellError(raw)) return;
    if (clean !== "" && clean !== raw) {
      this.findings.push(
        finding(
          "text-normalised",
          this.location.sheet,
          this.cell(field),
          { value: raw, normalised: clean },
          {
            label: "fix.normalise",
            changes: [{ sheet: this.location.sheet, cell: this.cell(field), from: raw, to: clean }],
          }
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
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    if (cells.at(row).isEmpty()) continue;
    const id = cells.required("id");
    const name = cells.required("name");
    cells.noteNormalised("id", id);
    cells.noteNormalised("name", name);
    const orderRaw = cells.raw("order");
    const orderNumber =
      typeof orderRaw === "number" ? orderRaw : Number(cleanText(orderRaw).replace(",", "."));
    let duplicate = false;
    for (const [key, value, seen, field] of [
      [matchKey(id), id, seenIds, "id"],
      [matchKey(name), name, seenNames, "name"],
    ] as const) {
      if (value === "") continue;
      const first = seen.get(key);
      if (first) {
        duplicate = true;
        findings.push(
          finding("duplicate-id", location.sheet, cells.cell(field), {
            id: value,
            firstCell: first,
          })
        );
      } else seen.set(key, cells.cell(field));
    }
    if (id === "" || name === "" || duplicate) continue;
    areas.push({
      id,
      name,
      leadUnit: cleanText(cells.raw("leadUnit")),
      order: cleanText(orderRaw) !== "" && Number.isFinite(orderNumber) ? orderNumber : Number.NaN,
      group: cleanText(cells.raw("group")),
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

/** Reads a kind or status cell; aliases are read but flagged, unknown values reported. */
function readVocab<K extends string>(
  cells: TableCells<TaskField>,
  field: "kind" | "status",
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
          cells.cell(field),
          { value: typed, canonical },
          vocabFix(sheet, cells.cell(field), typed, canonical)
        )
      );
    }
    return parsed.value;
  }
  const fix = parsed.suggestion
    ? vocabFix(sheet, cells.cell(field), typed, canonicalOf[parsed.suggestion])
    : undefined;
  const code = field === "kind" ? "unknown-kind" : "unknown-status";
  findings.push(finding(code, sheet, cells.cell(field), { value: text }, fix));
  return null;
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
  const seenIds = new Map<string, number>();
  const idCol = location.columns.id!.index;
  const cells = new TableCells(reader, location, TASK_HEADERS, findings);
  const areaCell = perValue((raw) => classifyArea(raw, byId, byName));
  const kindCell = perValue((raw) => classifyVocab(raw, parseKind));
  const statusCell = perValue((raw) => classifyVocab(raw, parseStatus));
  const unitCell = perValue(textCell);
  const notesCell = perValue(textCell);
  const dates = perFormatAndValue(parseDateCell);

  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    cells.at(row);
    if (cells.isEmpty()) continue;
    const id = cells.required("id");
    cells.noteNormalised("id", id);
    if (id !== "") {
      const key = matchKey(id);
      const first = seenIds.get(key);
      if (first !== undefined) {
        const firstCell = toA1(first, idCol);
        findings.push(finding("duplicate-id", sheet, cells.cell("id"), { id, firstCell }));
      } else seenIds.set(key, row);
    }
    const label = id || `#${row}`;

    // Area: by id, else by name; the formulas count the exact text, so a match that needed
    // normalising (NFD, tone placement, spaces) is read but flagged with the exact text to use.
    const area = areaCell(cells.rawUnchecked("area"));
    const areaText = cells.checked("area", area, true);
    if (areaText !== "" && !area.area) {
      findings.push(finding("unknown-area", sheet, cells.cell("area"), { area: areaText }));
    } else if (area.retype !== null) {
      const raw = area.raw as string;
      findings.push(
        finding(
          "text-normalised",
          sheet,
          cells.cell("area"),
          { value: String(raw), normalised: area.retype },
          {
            label: "fix.normalise",
            changes: [{ sheet, cell: cells.cell("area"), from: raw, to: area.retype }],
          }
        )
      );
    }

    const title = cells.required("title");

    const kindRead = kindCell(cells.rawUnchecked("kind"));
    cells.checked("kind", kindRead, false);
    const kind = readVocab(cells, "kind", kindRead, CANONICAL_KIND, findings);

    const statusRead = statusCell(cells.rawUnchecked("status"));
    cells.checked("status", statusRead, true);
    const status = readVocab(cells, "status", statusRead, CANONICAL_STATUS, findings);

    const due = readDate(cells, "due", dates, findings);
    const completedOn = readDate(cells, "completedOn", dates, findings);
    const progress = readProgress(cells, findings);

    // A completion date matters only where there is a deadline to be on time for.
    const deadlineExpected = kind === "roadmap" || (kind === null && due !== null);
    if (
      status === "done" &&
      completedOn === null &&
      deadlineExpected &&
      !hasInvalid(cells, "completedOn")
    ) {
      findings.push(finding("done-without-date", sheet, cells.cell("status"), { id: label }));
    }
    if (progress !== null && status !== null) {
      const mismatch = (status === "done" && progress < 1) || (status !== "done" && progress >= 1);
      if (mismatch) {
        findings.push(
          finding("progress-status-mismatch", sheet, cells.cell("progress"), {
            id: label,
            progress: Math.round(progress * 1000) / 10,
            status: CANONICAL_STATUS[status],
          })
        );
      }
    }
    if (kind === "roadmap" && due === null && !hasInvalid(cells, "due")) {
      findings.push(
        finding(
          "roadmap-without-due-date",
          sheet,
          location.columns.due ? cells.cell("due") : cells.cell("kind"),
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
      unit: cells.checked("unit", unitCell(cells.rawUnchecked("unit")), false),
      due,
      status,
      progress,
      completedOn,
      notes: cells.checked("notes", notesCell(cells.rawUnchecked("notes")), false),
      row,
    });
  }

  return tasks;
}

/** Whether a cell holds something that is not empty but could not be read (already reported). */
function hasInvalid(cells: TableCells<TaskField>, field: TaskField): boolean {
  return !isBlank(cells.rawUnchecked(field));
}

/** Like perValue, per number format as well: a date cell's reading depends on both. */
function perFormatAndValue<V>(
  classify: (raw: CellValue, format: string) => V
): (raw: CellValue, format: string) => V {
  const byFormat = new Map<string, (raw: CellValue) => V>();
  return (raw, format) => {
    let column = byFormat.get(format);
    if (column === undefined) {
      column = perValue((value) => classify(value, format));
      byFormat.set(format, column);
    }
    return column(raw);
  };
}

function readDate(
  cells: TableCells<TaskField>,
  field: "due" | "completedOn",
  parse: (raw: CellValue, format: string) => DateParse,
  findings: Finding[]
) {
  const raw = cells.raw(field);
  const parsed = parse(raw, cells.format(field));
  if (parsed.kind === "empty") return null;
  const column = TASK_HEADERS[field][0];
  const sheet = cells.sheet;
  if (parsed.kind === "invalid") {
    findings.push(
      finding("invalid-date", sheet, cells.cell(field), { value: String(raw), column })
    );
    return null;
  }
  if (parsed.fromText) {
    findings.push(
      finding(
        "text-date",
        sheet,
        cells.cell(field),
        { value: String(raw), column },
        {
          label: "fix.toDate",
          changes: [{ sheet, cell: cells.cell(field), from: String(raw), to: parsed.serial }],
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
  const raw = cells.raw("progress");
  const parsed = parseProgress(raw, cells.format("progress"));
  if (parsed === "invalid") {
    findings.push(
      finding("invalid-progress", cells.sheet, cells.cell("progress"), { value: String(raw) })
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
    findings
  );
  // Legacy TCVN3/VNI text (issue 6): each such cell gets a warning with a fix, and the tables are
  // read from the converted Unicode text, so an area typed in TCVN3 on both sheets still matches.
  if (areaFrame) {
    const { reader, location } = areaFrame;
    areaFrame.reader = convertLegacyCells(reader, location, LEGACY_TEXT_FIELDS.areas, findings);
  }
  const areas = areaFrame ? readAreas(areaFrame.reader, areaFrame.location, findings) : [];
  const taskFrame = frame(
    grid,
    SHEET_CANDIDATES.tasks,
    TASK_INDEX,
    REQUIRED_TASK_FIELDS,
    TASK_HEADERS,
    findings
  );
  if (taskFrame) {
    const { reader, location } = taskFrame;
    taskFrame.reader = convertLegacyCells(reader, location, LEGACY_TEXT_FIELDS.tasks, findings);
  }
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
