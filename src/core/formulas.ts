// Live formulas over the tasks table: every summary figure is one of these, so a workbook edited without
// the add-in stays right. They follow the rollup's rules exactly on canonical data (see rollup.ts):
// COUNTIFS wherever a criterion per column suffices, SUMPRODUCT only to compare two columns.
import { quoteSheet } from "./a1";
import type { Model } from "./model";
import type { PlanCell } from "./plan";
import { CANONICAL_KIND, CANONICAL_STATUS } from "./vocab";

/** Column letters of the task fields the formulas read; absent fields make their figures 0. */
export interface TaskColumns {
  sheet: string;
  /**
   * Rows every formula covers: the data rows plus a wide margin for rows added without the add-in, at
   * least 10,000 rows or twice the data; every refresh widens it. Whole columns made LibreOffice take
   * 4x the input's own time to open the refreshed seed (COUNTIFS) and 30-60 s to recalculate a
   * 58-task workbook (SUMPRODUCT, which builds million-row arrays). Rows past the bound are not
   * counted, and the reconciliation line says so live (see beyondRowsFormula).
   */
  compareRows?: { first: number; last: number };
  area?: string;
  status?: string;
  kind?: string;
  due?: string;
  completedOn?: string;
  /** Every column of the task table the reader located: a row with any of them filled is a task. */
  all?: string[];
}

/** Figures the formulas can count for one area. */
export type Measure =
  | "total"
  | "done"
  | "doneOnTime"
  | "doneLate"
  | "inProgress"
  | "notStarted"
  | "suspended"
  | "overdue"
  | "dueSoon"
  /** Parts of `overdue`, for the stacked chart (in progress / not started shown without the overdue ones). */
  | "overdueInProgress"
  | "overdueNotStarted"
  /** Tasks of the area whose status cell is empty. */
  | "noStatus"
  /**
   * Done at the report date with a deadline and a completion date: doneOnTime + doneLate. Counted by
   * COUNTIFS, so doneLate is written as doneDated minus the doneOnTime cell: one SUMPRODUCT (the only
   * shape that compares two columns) per row instead of two, the costliest part of a recalculation.
   */
  | "doneDated";

/**
 * A further condition on every task a measure counts: the cell of `column` (a task-sheet column letter)
 * equals `equals`, "" meaning blank. The unit table counts an area's tasks that name no unit this way.
 */
export interface AlsoWhere {
  column: string;
  equals: string;
}

export interface TimeRefs {
  /** Absolute reference of the report-date cell, e.g. "$N$8" (same sheet as the formula). */
  reportDate: string;
  dueSoonDays: number;
}

const MAX_ROWS = 1048576;
const COMPARE_MARGIN = 10000;

export function taskColumnsOf(model: Model, margin = COMPARE_MARGIN): TaskColumns | null {
  const table = model.tasksTable;
  if (!table) return null;
  const c = table.columns;
  const first = table.firstDataRow;
  const last = Math.min(MAX_ROWS, Math.max(first + margin - 1, 2 * table.lastDataRow));
  return {
    sheet: table.sheet,
    compareRows: { first, last },
    area: c.area?.letter,
    status: c.status?.letter,
    kind: c.kind?.letter,
    due: c.due?.letter,
    completedOn: c.completedOn?.letter,
    all: Object.values(c).flatMap((ref) => (ref ? [ref.letter] : [])),
  };
}

/**
 * The number of task rows, as the reader counts them: rows within the compared rows where any located
 * column holds something other than spaces (a cell holding an error value counts as empty, as the
 * reader reads it). Null when there is no task table.
 */
export function taskRowsFormula(columns: TaskColumns | null): string | null {
  if (!columns?.all?.length) return null;
  const filled = columns.all.map((letter) => safe(`LEN(TRIM(${compareCol(columns, letter)}))>0`));
  return `=SUMPRODUCT(--((${filled.join("+")})>0))`;
}

/** Rows below the bound that the live check looks at: rows appended below the data pass it there first. */
const BEYOND_BAND = 1000;

/**
 * At least how many rows hold something just below the rows the formulas cover (rows added without
 * the add-in past the bound, not counted until a refresh widens it): the most filled cells of any
 * located column in the next 1,000 rows. Rows appended below a table reach those rows first. Null
 * when nothing is bounded.
 */
export function beyondRowsFormula(columns: TaskColumns | null): string | null {
  if (!columns?.all?.length || !columns.compareRows || columns.compareRows.last >= MAX_ROWS)
    return null;
  const from = columns.compareRows.last + 1;
  const to = Math.min(MAX_ROWS, from + BEYOND_BAND - 1);
  const q = quoteSheet(columns.sheet);
  const counts = columns.all.map((l) => `COUNTA(${q}!$${l}$${from}:$${l}$${to})`);
  return counts.length === 1 ? `=${counts[0]}` : `=MAX(${counts.join(",")})`;
}

/**
 * TRUE where `test` holds for a cell, FALSE where it does not or where the cell holds an error value
 * (#N/A, #REF! …), which would otherwise make the whole SUMPRODUCT an error: 1/TRUE is a number,
 * 1/FALSE and 1/error are errors. No IF or IFERROR, which older Excel evaluates over arrays only
 * when the formula is entered as an array formula.
 */
function safe(test: string): string {
  return `ISNUMBER(1/(${test}))`;
}

/** A string literal in formula syntax. */
function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A text of any length in formula syntax: Excel refuses a string constant over 255 characters in a
 * formula, so a longer text is joined from pieces of at most 255.
 */
export function longString(text: string): string {
  if (text.length <= 255) return excelString(text);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 255) pieces.push(excelString(text.slice(i, i + 255)));
  return `(${pieces.join("&")})`;
}

/** A COUNTIFS criterion matching exactly `text`: "=" so operators are not read, wildcards escaped. */
function equalsCriterion(text: string): string {
  return excelString("=" + text.replace(/[~*?]/g, (ch) => "~" + ch));
}

/**
 * Whether a COUNTIFS criterion can match `text` literally. Not when its criterion would be over 255
 * characters (Excel's limit on criteria and on text constants; LibreOffice answers Err:513 on long
 * ones), and not when it starts with "=", "<" or ">": "==x" is read as an operator by some engines
 * and refused by others. Such keys are matched by comparison instead (see AreaKey).
 */
export function criterionSafe(text: string): boolean {
  return equalsCriterion(text).length - 2 <= 255 && !/^[=<>]/.test(text);
}

/**
 * A text an area cell may hold to belong to an area. `ref`, when given, is the absolute address of a
 * cell holding exactly `text`: a key no criterion can carry is then compared with that cell, so no
 * formula repeats a long name (Excel limits a formula to 8,192 characters).
 */
export interface AreaKey {
  text: string;
  ref?: string;
}

/**
 * The texts an area cell may hold to belong to the area: its id and its name. Excel compares text
 * case-insensitively, so a name equal to the id in another case is listed once (else counted twice).
 */
export function areaKeys(id: string, name: string): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const key of [id, name]) {
    const folded = key.normalize("NFC").toLocaleLowerCase("vi");
    if (key === "" || seen.has(folded)) continue;
    seen.add(folded);
    keys.push(key);
  }
  return keys;
}

const col = (sheet: string, letter: string): string => `${quoteSheet(sheet)}!$${letter}:$${letter}`;

/** The rows the formulas cover (see TaskColumns.compareRows), whole columns when unknown. */
const compareCol = (columns: TaskColumns, letter: string): string =>
  columns.compareRows
    ? `${quoteSheet(columns.sheet)}!$${letter}$${columns.compareRows.first}:$${letter}$${columns.compareRows.last}`
    : col(columns.sheet, letter);

/**
 * One condition on a task-sheet column, written either as a COUNTIFS criterion or as a factor of a
 * SUMPRODUCT (for keys no criterion can carry) that counts the same cells, error values included.
 */
type Condition =
  /** Equals the text (case-insensitively, literally). */
  | { op: "eq"; col: string; text: string }
  /** Does not equal the text: blanks, other texts, numbers and error values all qualify. */
  | { op: "neq"; col: string; text: string }
  /** An empty cell. */
  | { op: "blank"; col: string }
  /** A number (a date) compared with an expression; text and blanks never qualify. */
  | { op: "num"; col: string; cmp: ">=" | "<"; expr: string }
  /** Any number: a numeric criterion below every number (ISNUMBER as a criterion). */
  | { op: "isNumber"; col: string };

function criterionOf(c: Condition): string {
  switch (c.op) {
    case "eq":
      return equalsCriterion(c.text);
    case "neq":
      return excelString("<>" + c.text);
    case "blank":
      return '""';
    case "num":
      return `"${c.cmp}"&${/^[$A-Z0-9]+$/.test(c.expr) ? c.expr : `(${c.expr})`}`;
    case "isNumber":
      // Inside the criterion text: HyperFormula parses no exponent in a formula's own numbers.
      return '">=-1E+307"';
  }
}

function factorOf(columns: TaskColumns, c: Condition): string {
  const range = compareCol(columns, c.col);
  switch (c.op) {
    case "eq":
      return `(${range}=${longString(c.text)})`;
    case "neq":
      return `(1-${safe(`${range}=${longString(c.text)}`)})`;
    case "blank":
      return `(${range}="")`;
    case "num":
      return `ISNUMBER(${range})*(${range}${c.cmp}(${c.expr}))`;
    case "isNumber":
      return `ISNUMBER(${range})`;
  }
}

/** A key that Excel may also hold as a number (area ids such as 1, 2 …). */
function numericKey(key: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(key) && String(Number(key)) === key;
}

/** 1 where the area cell matches one of the keys (as text, or as the number a numeric key reads as). */
function areaMatchArray(range: string, keys: AreaKey[]): string {
  const terms = keys.flatMap((key) =>
    key.ref
      ? [`(${range}=${key.ref})`]
      : numericKey(key.text)
        ? [`(${range}=${excelString(key.text)})`, `(${range}=${key.text})`]
        : [`(${range}=${longString(key.text)})`]
  );
  return `(${terms.join("+")})`;
}

/** Tasks matching every factor, an error value in any cell counting as not matching. */
const sumproduct = (factors: string[]): string => `SUMPRODUCT(--${safe(factors.join("*"))})`;

/**
 * Tasks of the area (any of `keys`) meeting every condition: one COUNTIFS per key a criterion can
 * carry, a SUMPRODUCT of comparisons for the others, added up.
 */
function countWhere(columns: TaskColumns, keys: AreaKey[], conditions: Condition[]): string {
  const area = compareCol(columns, columns.area!);
  const rest = conditions.map((c) => `,${compareCol(columns, c.col)},${criterionOf(c)}`).join("");
  const plain = keys.filter((k) => !k.ref && criterionSafe(k.text));
  const other = keys.filter((k) => !plain.includes(k));
  const terms = plain.map((key) => `COUNTIFS(${area},${equalsCriterion(key.text)}${rest})`);
  if (other.length)
    terms.push(
      sumproduct([
        areaMatchArray(compareCol(columns, columns.area!), other),
        ...conditions.map((c) => factorOf(columns, c)),
      ])
    );
  return terms.join("+");
}

const asKey = (key: string | AreaKey): AreaKey => (typeof key === "string" ? { text: key } : key);

/**
 * The formula (or the constant 0 when a needed column is missing, as the core then counts 0 too)
 * computing one measure for the area whose cells hold one of `keys`.
 */
export function measureCell(
  columns: TaskColumns | null,
  keys: (string | AreaKey)[],
  measure: Measure,
  time: TimeRefs,
  also?: AlsoWhere
): PlanCell {
  const formula = measureFormula(columns, keys.map(asKey), measure, time, also);
  return formula === null ? { value: 0 } : { formula: "=" + formula };
}

/**
 * `whole` minus the cell `part` (both counting the same tasks), e.g. doneLate as the doneDated cell
 * minus the doneOnTime cell at `part`; the constant 0 when `whole` is a constant (a column is missing).
 */
export function minusCell(whole: PlanCell, part: string): PlanCell {
  return "formula" in whole ? { formula: `${whole.formula}-${part}` } : { value: 0 };
}

function measureFormula(
  columns: TaskColumns | null,
  keys: AreaKey[],
  measure: Measure,
  time: TimeRefs,
  also?: AlsoWhere
): string | null {
  if (!columns?.area || keys.length === 0) return null;
  const extra: Condition[] = also
    ? [
        also.equals === ""
          ? { op: "blank", col: also.column }
          : { op: "eq", col: also.column, text: also.equals },
      ]
    : [];
  const count = (conditions: Condition[]): string =>
    countWhere(columns, keys, [...conditions, ...extra]);
  if (measure === "total") return count([]);
  // Without a status column no task has a status (the reader reports the missing column).
  if (!columns.status) return measure === "noStatus" ? count([]) : null;
  const statusCol = columns.status;
  const is = (s: keyof typeof CANONICAL_STATUS): Condition => ({
    op: "eq",
    col: statusCol,
    text: CANONICAL_STATUS[s],
  });
  // hasDeadline: not recurring (blank or unknown kinds have deadlines) and a due date.
  const notRecurring: Condition[] = columns.kind
    ? [{ op: "neq", col: columns.kind, text: CANONICAL_KIND.recurring }]
    : [];
  const R = time.reportDate;
  // The date of record: a task completed after the report date was still in progress at that date.
  const doneLater: Condition[] | null = columns.completedOn
    ? [is("done"), { op: "num", col: columns.completedOn, cmp: ">=", expr: `${R}+1` }]
    : null;
  const inProgressAt: Condition[][] = [[is("in-progress")], ...(doneLater ? [doneLater] : [])];
  const sum = (sets: Condition[][], more: Condition[] = []): string =>
    sets.map((set) => count([...set, ...more])).join("+");
  const alsoFactors = extra.map((c) => factorOf(columns, c));
  switch (measure) {
    case "done":
      return doneLater ? `${count([is("done")])}-(${count(doneLater)})` : count([is("done")]);
    case "inProgress":
      return sum(inProgressAt);
    case "notStarted":
      return count([is("not-started")]);
    case "suspended":
      return count([is("suspended")]);
    case "noStatus": {
      // Empty, spaces only, or an error value (which the reader reads as empty).
      const status = compareCol(columns, statusCol);
      return sumproduct([
        areaMatchArray(compareCol(columns, columns.area), keys),
        `(1-${safe(`LEN(TRIM(${status}))>0`)})`,
        ...alsoFactors,
      ]);
    }
    case "overdue":
    case "overdueInProgress":
    case "overdueNotStarted":
    case "dueSoon": {
      if (!columns.due) return null;
      const due = columns.due;
      // Numeric criteria skip blanks and text, so they also test "due is a date". Due dates are
      // whole days: due <= R+N is written due < R+N+1 so a time of day does not change the count.
      const when: Condition[] =
        measure === "dueSoon"
          ? [
              { op: "num", col: due, cmp: ">=", expr: R },
              { op: "num", col: due, cmp: "<", expr: `${R}+${time.dueSoonDays + 1}` },
            ]
          : [{ op: "num", col: due, cmp: "<", expr: R }];
      const statuses: Condition[][] =
        measure === "overdueInProgress"
          ? inProgressAt
          : measure === "overdueNotStarted"
            ? [[is("not-started")]]
            : [[is("not-started")], ...inProgressAt];
      return sum(statuses, [...notRecurring, ...when]);
    }
    case "doneDated": {
      if (!columns.due || !columns.completedOn) return null;
      return count([
        is("done"),
        ...notRecurring,
        { op: "isNumber", col: columns.due },
        { op: "num", col: columns.completedOn, cmp: "<", expr: `${R}+1` },
      ]);
    }
    case "doneOnTime":
    case "doneLate": {
      if (!columns.due || !columns.completedOn) return null;
      const due = compareCol(columns, columns.due);
      const completed = compareCol(columns, columns.completedOn);
      return sumproduct([
        areaMatchArray(compareCol(columns, columns.area), keys),
        factorOf(columns, is("done")),
        ...notRecurring.map((c) => factorOf(columns, c)),
        `ISNUMBER(${due})`,
        `ISNUMBER(${completed})`,
        measure === "doneOnTime" ? `(${completed}<=${due})` : `(${completed}>${due})`,
        `(${completed}<${R}+1)`,
        ...alsoFactors,
      ]);
    }
  }
}
