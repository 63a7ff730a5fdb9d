// The state of a workbook as the double keeps it: cells (values, formulas, formats), sheets in tab order,
// defined names, tables, charts and the sheet-level settings the add-in touches. Plain data; the proxies in
// api.ts read and change it only when a batch is synced. Browser-safe: no node imports.
import { type Box, boxAddress, colName, parseBox, sheetPrefix, splitSheet } from "./a1";

export type Value = string | number | boolean;

export interface BorderState {
  style: string;
  weight: string;
}

export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Record<string, BorderState>;
}

export interface Cell {
  value: Value;
  /** Set for formula cells ("=..."); the double does not calculate, so `value` stays what it was. */
  formula?: string;
  numberFormat: string;
  /** Text entered with a leading apostrophe. */
  quotePrefix?: boolean;
  format: CellFormat;
}

export interface ChartSeriesState {
  name: string;
  color?: string;
  /** A1 of the series' values on the chart's sheet (guessed by charts.add, or set by setValues). */
  values?: string;
  /** A1 of its category labels, when it has any. */
  categories?: string;
}

export interface ChartState {
  name: string;
  type: string;
  /** A1 source block on the chart's sheet. */
  source: string;
  seriesBy: string;
  title: string;
  series: ChartSeriesState[];
  showValue: boolean;
  dataLabelFormat?: string;
  axisMin?: number;
  axisMax?: number;
  from?: string;
  to?: string;
}

export interface TableState {
  name: string;
  /** A1 range including the header row. */
  range: string;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
}

export interface ConditionalFormatState {
  range: string;
  type: string;
  detail: Record<string, unknown>;
}

export interface ValidationState {
  range: string;
  rule: Record<string, unknown>;
}

export interface SheetState {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  protected: boolean;
  tabColor: string;
  freeze: { rows: number; columns: number } | null;
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  conditionalFormats: ConditionalFormatState[];
  validations: ValidationState[];
  pageLayout: Record<string, unknown>;
  charts: ChartState[];
  tables: TableState[];
}

/** A defined name: a reference to a sheet's range, or a formula ("=#REF!..." once its sheet is gone). */
export interface NameState {
  name: string;
  sheetId: string | null;
  address: string;
  formula?: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  nextSheetId: number;
  /** Calculation suspended until the next sync (suspendApiCalculationUntilNextSync). */
  calcSuspended: boolean;
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
}

const key = (r: number, c: number): string => `${r},${c}`;

function emptyCell(): Cell {
  return { value: "", numberFormat: "General", format: {} };
}

export function newWorkbook(): WorkbookState {
  return {
    sheets: [],
    names: [],
    nextSheetId: 1,
    calcSuspended: false,
    selection: null,
    activeSheet: null,
  };
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: `{${wb.nextSheetId++}}`,
    name,
    cells: new Map(),
    protected: false,
    tabColor: "",
    freeze: null,
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    validations: [],
    pageLayout: {},
    charts: [],
    tables: [],
  };
}

export const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase() === b.toLocaleLowerCase();

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  return wb.sheets.find((s) => sameName(s.name, name));
}

export function getCell(sheet: SheetState, r: number, c: number): Cell | undefined {
  return sheet.cells.get(key(r, c));
}

export function cellAt(sheet: SheetState, r: number, c: number): Cell {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key(r, c), cell);
  }
  return cell;
}

function isBlank(cell: Cell): boolean {
  return cell.value === "" && !cell.formula;
}

function isFormatted(cell: Cell): boolean {
  return cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
}

/** The used range: every cell with a value (and, unless valuesOnly, with a format), or null when none. */
export function usedBox(sheet: SheetState, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  for (const [k, cell] of sheet.cells) {
    if (isBlank(cell) && (valuesOnly || !isFormatted(cell))) continue;
    const [r, c] = k.split(",").map(Number);
    box = box
      ? {
          r0: Math.min(box.r0, r),
          c0: Math.min(box.c0, c),
          r1: Math.max(box.r1, r),
          c1: Math.max(box.c1, c),
        }
      : { r0: r, c0: c, r1: r, c1: c };
  }
  return box;
}

export function forEachCell(
  box: Box,
  fn: (r: number, c: number, i: number, j: number) => void
): void {
  for (let r = box.r0; r <= box.r1; r++)
    for (let c = box.c0; c <= box.c1; c++) fn(r, c, r - box.r0, c - box.c0);
}

/** Reads what Office.js returns for `values` of a box (formula cells give their last value). */
export function readValues(sheet: SheetState, box: Box): Value[][] {
  const out: Value[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: Value[] = [];
    for (let c = box.c0; c <= box.c1; c++) row.push(getCell(sheet, r, c)?.value ?? "");
    out.push(row);
  }
  return out;
}

export function readFormulas(sheet: SheetState, box: Box): Value[][] {
  const out: Value[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: Value[] = [];
    for (let c = box.c0; c <= box.c1; c++) {
      const cell = getCell(sheet, r, c);
      row.push(cell?.formula ?? cell?.value ?? "");
    }
    out.push(row);
  }
  return out;
}

export function readNumberFormats(sheet: SheetState, box: Box): string[][] {
  const out: string[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: string[] = [];
    for (let c = box.c0; c <= box.c1; c++)
      row.push(getCell(sheet, r, c)?.numberFormat ?? "General");
    out.push(row);
  }
  return out;
}

const NUMBER = /^[+-]?(\d+([.]\d*)?|[.]\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?\d+([.]\d+)?%$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Excel (en-US) also reads "1/2" as 2 January this year, "3 PM" or "15:30" as a time, "Jan-20" as a date. */
const SHORT_DATE = /^(\d{1,2})\/(\d{1,2})$/;
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(AM|PM|A|P)?$/i;
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_DATE = /^(?:(\d{1,2})[-\s/])?([a-z]{3,9})(?:[-\s/,]+(\d{1,4}))?$/i;
const TYPED_YEAR = 2020;

/** A date or time Excel would make of typed text, as a serial, or null. */
function typedDateOrTime(s: string): { serial: number; format: string } | null {
  const short = SHORT_DATE.exec(s);
  if (short && +short[1] <= 12 && +short[2] <= 31) {
    const serial = serialOf(TYPED_YEAR, +short[1], +short[2]);
    if (serial !== null) return { serial, format: "d-mmm" };
  }
  const time = TIME.exec(s);
  if (time && (time[2] !== undefined || time[4] !== undefined)) {
    let h = +time[1];
    const pm = /^p/i.test(time[4] ?? "");
    if (time[4] && h <= 12) h = (h % 12) + (pm ? 12 : 0);
    if (h < 24 && +(time[2] ?? 0) < 60) {
      return {
        serial: (h * 3600 + +(time[2] ?? 0) * 60 + +(time[3] ?? 0)) / 86400,
        format: "h:mm AM/PM",
      };
    }
  }
  const named = MONTH_DATE.exec(s);
  const word = named?.[2].toLowerCase() ?? "";
  const month = named ? MONTHS.findIndex((m) => m.startsWith(word) && word.length >= 3) : -1;
  if (named && month >= 0 && (named[1] !== undefined || named[3] !== undefined)) {
    const day = named[1] !== undefined ? +named[1] : 1;
    const yy = named[1] === undefined && named[3] !== undefined ? +named[3] : TYPED_YEAR;
    const year = yy < 100 ? 2000 + yy : yy;
    const serial = serialOf(year, month + 1, day);
    if (serial !== null) return { serial, format: "mmm-yy" };
  }
  return null;
}

function serialOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * Writes one entry the way Excel takes a value from `range.values` or `range.formulas` (en-US parsing):
 * a leading apostrophe makes text; in a text-formatted ("@") cell everything stays text; otherwise
 * "=", "+", "-" and "@" start a formula (so "- Tổ chức" would become a broken formula), and numbers,
 * percentages, TRUE/FALSE and m/d/yyyy dates are converted.
 */
export function enter(cell: Cell, input: unknown): void {
  delete cell.formula;
  cell.quotePrefix = false;
  if (input === null || input === undefined || input === "") {
    cell.value = "";
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  if (s.length > 1 && /^[=+\-@]/.test(s)) {
    cell.formula = s.startsWith("=") ? s : `=${s.startsWith("@") ? s.slice(1) : s}`;
    cell.value = /^[=+-]\s*\d/.test(s) ? Number(s.replace(/^=/, "")) || 0 : "#NAME?";
    return;
  }
  if (NUMBER.test(s.trim())) {
    cell.value = Number(s.trim());
    return;
  }
  if (PERCENT.test(s.trim())) {
    cell.value = Number(s.trim().slice(0, -1)) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === "true";
    return;
  }
  const d = US_DATE.exec(s);
  const serial = d ? serialOf(+d[3], +d[1], +d[2]) : null;
  if (serial !== null) {
    cell.value = serial;
    if (cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
    return;
  }
  const typed = typedDateOrTime(s.trim());
  if (typed) {
    cell.value = typed.serial;
    if (cell.numberFormat === "General") cell.numberFormat = typed.format;
    return;
  }
  cell.value = s;
}

export function clearBox(sheet: SheetState, box: Box, what: "All" | "Contents" | "Formats"): void {
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = k.split(",").map(Number);
    if (r < box.r0 || r > box.r1 || c < box.c0 || c > box.c1) continue;
    if (what !== "Formats") {
      cell.value = "";
      delete cell.formula;
      cell.quotePrefix = false;
    }
    if (what !== "Contents") {
      cell.numberFormat = "General";
      cell.format = {};
    }
    if (isBlank(cell) && !isFormatted(cell)) sheet.cells.delete(k);
  }
}

// --- references in formulas follow sheet renames and break on deletes, as in Excel ---------------

function referencePattern(name: string): RegExp {
  const quoted = `'${name.replace(/'/g, "''")}'!`;
  const alternatives = [quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")];
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) alternatives.push(`${name.replace(/[.]/g, "\\.")}!`);
  return new RegExp(`(${alternatives.join("|")})`, "gi");
}

function rewriteFormulas(
  wb: WorkbookState,
  name: string,
  replace: (match: string) => string
): void {
  const pattern = referencePattern(name);
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula) cell.formula = cell.formula.replace(pattern, replace);
    }
  }
}

export function renameSheet(wb: WorkbookState, sheet: SheetState, to: string): void {
  const from = sheet.name;
  rewriteFormulas(wb, from, () => sheetPrefix(to));
  sheet.name = to;
}

export function deleteSheet(wb: WorkbookState, sheet: SheetState): void {
  rewriteFormulas(wb, sheet.name, () => "#REF!");
  wb.sheets = wb.sheets.filter((s) => s !== sheet);
  for (const n of wb.names) {
    if (n.sheetId === sheet.id) {
      n.sheetId = null;
      n.formula = "=#REF!";
    }
  }
}

/** What NamedItem.value reports: the range address with its sheet, or the formula's text. */
export function nameValue(wb: WorkbookState, n: NameState): string {
  if (n.sheetId === null) return n.formula?.replace(/^=/, "") ?? "#REF!";
  const sheet = wb.sheets.find((s) => s.id === n.sheetId);
  if (!sheet) return "#REF!";
  const box = parseBox(n.address);
  const abs = boxAddress(box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${sheetPrefix(sheet.name)}${abs}`;
}

/** Resolves "'Sheet'!A1" against the workbook; a bare address needs `fallback`. */
export function resolveReference(
  wb: WorkbookState,
  ref: string,
  fallback?: SheetState
): { sheet: SheetState; box: Box } | null {
  const { sheet: name, address } = splitSheet(ref);
  const sheet = name === null ? fallback : findSheet(wb, name);
  return sheet ? { sheet, box: parseBox(address) } : null;
}

/** A readable dump of a sheet (row-major, "" for empty), handy in tests and the preview. */
export function sheetValues(sheet: SheetState, withFormulas = false): Value[][] {
  const box = usedBox(sheet, true);
  if (!box) return [];
  const from = { ...box, r0: 0, c0: 0 };
  return withFormulas ? readFormulas(sheet, from) : readValues(sheet, from);
}

export { colName };
