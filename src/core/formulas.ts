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
   * Rows the row-by-row comparisons (SUMPRODUCT) cover. COUNTIFS take whole columns, which Excel and
   * LibreOffice trim to the used area; SUMPRODUCT over whole columns builds million-row arrays (a 58-task
   * workbook took LibreOffice 30-60 s to recalculate), so it covers the data rows plus a wide margin
   * for rows added without the add-in: at least 10,000 rows, or twice the data. A refresh widens it.
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
  | "noStatus";

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
 * column holds something other than spaces. Null when there is no task table.
 */
export function taskRowsFormula(columns: TaskColumns | null): string | null {
  if (!columns?.all?.length) return null;
  const lengths = columns.all.map((letter) => `LEN(TRIM(${compareCol(columns, letter)}))`);
  return `=SUMPRODUCT(--((${lengths.join("+")})>0))`;
}

/** A string literal in formula syntax. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A COUNTIFS criterion matching exactly `text`: "=" so operators are not read, wildcards escaped. */
function equalsCriterion(text: string): string {
  return excelString("=" + text.replace(/[~*?]/g, (ch) => "~" + ch));
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

/** The rows SUMPRODUCT compares (see TaskColumns.compareRows), whole columns when unknown. */
const compareCol = (columns: TaskColumns, letter: string): string =>
  columns.compareRows
    ? `${quoteSheet(columns.sheet)}!$${letter}$${columns.compareRows.first}:$${letter}$${columns.compareRows.last}`
    : col(columns.sheet, letter);

type Criterion = [range: string, criterion: string];

/** One COUNTIFS per area key, added up. */
function countifs(areaRange: string, keys: string[], criteria: Criterion[]): string {
  const rest = criteria.map(([range, criterion]) => `,${range},${criterion}`).join("");
  return keys.map((key) => `COUNTIFS(${areaRange},${equalsCriterion(key)}${rest})`).join("+");
}

/** A key that Excel may also hold as a number (area ids such as 1, 2 …). */
function numericKey(key: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(key) && String(Number(key)) === key;
}

/** 1 where the area cell matches one of the keys (as text, or as the number a numeric key reads as). */
function areaMatchArray(areaRange: string, keys: string[]): string {
  const terms = keys.flatMap((key) =>
    numericKey(key)
      ? [`(${areaRange}=${excelString(key)})`, `(${areaRange}=${key})`]
      : [`(${areaRange}=${excelString(key)})`]
  );
  return `(${terms.join("+")})`;
}

/**
 * The formula (or the constant 0 when a needed column is missing, as the core then counts 0 too)
 * computing one measure for the area whose cells hold one of `keys`.
 */
export function measureCell(
  columns: TaskColumns | null,
  keys: string[],
  measure: Measure,
  time: TimeRefs,
  also?: AlsoWhere
): PlanCell {
  const formula = measureFormula(columns, keys, measure, time, also);
  return formula === null ? { value: 0 } : { formula: "=" + formula };
}

function measureFormula(
  columns: TaskColumns | null,
  keys: string[],
  measure: Measure,
  time: TimeRefs,
  also?: AlsoWhere
): string | null {
  if (!columns?.area || keys.length === 0) return null;
  const { sheet } = columns;
  const area = col(sheet, columns.area);
  const extra: Criterion[] = also
    ? [[col(sheet, also.column), also.equals === "" ? '""' : equalsCriterion(also.equals)]]
    : [];
  const count = (criteria: Criterion[]): string => countifs(area, keys, [...criteria, ...extra]);
  if (measure === "total") return count([]);
  // Without a status column no task has a status (the reader reports the missing column).
  if (!columns.status) return measure === "noStatus" ? count([]) : null;
  const status = col(sheet, columns.status);
  const is = (s: keyof typeof CANONICAL_STATUS): Criterion => [
    status,
    equalsCriterion(CANONICAL_STATUS[s]),
  ];
  // hasDeadline: not recurring (blank or unknown kinds have deadlines) and a due date.
  const notRecurring: Criterion[] = columns.kind
    ? [[col(sheet, columns.kind), excelString("<>" + CANONICAL_KIND.recurring)]]
    : [];
  const R = time.reportDate;
  // The date of record: a task completed after the report date was still in progress at that date.
  const doneLater: Criterion[] | null = columns.completedOn
    ? [is("done"), [col(sheet, columns.completedOn), `">="&(${R}+1)`]]
    : null;
  const inProgressAt: Criterion[][] = [[is("in-progress")], ...(doneLater ? [doneLater] : [])];
  const sum = (sets: Criterion[][], more: Criterion[] = []): string =>
    sets.map((set) => count([...set, ...more])).join("+");
  const alsoFactor = also
    ? [`(${compareCol(columns, also.column)}=${excelString(also.equals)})`]
    : [];
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
      const rows = compareCol(columns, columns.status);
      const factors = [
        areaMatchArray(compareCol(columns, columns.area), keys),
        `(LEN(TRIM(${rows}))=0)`,
        ...alsoFactor,
      ];
      return `SUMPRODUCT(${factors.join("*")})`;
    }
    case "overdue":
    case "overdueInProgress":
    case "overdueNotStarted":
    case "dueSoon": {
      if (!columns.due) return null;
      const due = col(sheet, columns.due);
      // Numeric criteria skip blanks and text, so they also test "due is a date". Due dates are
      // whole days: due <= R+N is written due < R+N+1 so a time of day does not change the count.
      const when: Criterion[] =
        measure === "dueSoon"
          ? [
              [due, `">="&${R}`],
              [due, `"<"&(${R}+${time.dueSoonDays + 1})`],
            ]
          : [[due, `"<"&${R}`]];
      const statuses: Criterion[][] =
        measure === "overdueInProgress"
          ? inProgressAt
          : measure === "overdueNotStarted"
            ? [[is("not-started")]]
            : [[is("not-started")], ...inProgressAt];
      return sum(statuses, [...notRecurring, ...when]);
    }
    case "doneOnTime":
    case "doneLate": {
      if (!columns.due || !columns.completedOn) return null;
      const due = compareCol(columns, columns.due);
      const completed = compareCol(columns, columns.completedOn);
      const factors = [
        areaMatchArray(compareCol(columns, columns.area), keys),
        `(${compareCol(columns, columns.status)}=${excelString(CANONICAL_STATUS.done)})`,
        ...(columns.kind
          ? [`(${compareCol(columns, columns.kind)}<>${excelString(CANONICAL_KIND.recurring)})`]
          : []),
        `ISNUMBER(${due})`,
        `ISNUMBER(${completed})`,
        measure === "doneOnTime" ? `(${completed}<=${due})` : `(${completed}>${due})`,
        `(${completed}<${R}+1)`,
        ...alsoFactor,
      ];
      return `SUMPRODUCT(${factors.join("*")})`;
    }
  }
}
