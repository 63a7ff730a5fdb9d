// The domain: work areas, tasks, findings and rollups. Plain data, no behaviour.

// The language lives with the catalogues (i18n is a leaf); re-exported for the core's readers.
export type { Lang } from "../i18n/lang";

export type Status = "not-started" | "in-progress" | "done" | "suspended";
export type TaskKind = "roadmap" | "recurring";

/** The time layer, derived at the report date, never typed by users. */
export type TimeClass =
  | "done-on-time" // đúng hạn
  | "done-late" // hoàn thành quá hạn
  | "done-undated" // done, has a deadline, but no completion date: neither on time nor late
  | "in-time" // trong hạn
  | "due-soon" // sắp đến hạn
  | "overdue" // quá hạn
  | "no-deadline" // không hạn: recurring, or no due date
  | "suspended"; // tạm dừng: outside the time layer

/** Where a logical column of an input table sits on its sheet. */
export interface ColumnRef {
  /** 0-based sheet column index (A = 0). */
  index: number;
  /** Column letters, e.g. "C". */
  letter: string;
  /** Header text as the user typed it. */
  header: string;
}

export type AreaField = "id" | "name" | "leadUnit" | "order" | "group";
export type TaskField =
  | "id"
  | "area"
  | "title"
  | "kind"
  | "unit"
  | "due"
  | "status"
  | "progress"
  | "completedOn"
  | "notes";

/** Where an input table was found; the summary's formulas are built from this. */
export interface TableLocation<F extends string> {
  sheet: string;
  /** Excel Table name when the input is a ListObject. */
  tableName?: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** 1-based sheet rows of the first and last data rows (lastDataRow < firstDataRow when empty). */
  firstDataRow: number;
  lastDataRow: number;
  columns: Partial<Record<F, ColumnRef>>;
}

export interface Area {
  id: string;
  name: string;
  leadUnit: string;
  /** The programme's order: the order column when present, else the row order. */
  order: number;
  /** Parent area (group) name for subtotals, "" when none. */
  group: string;
  /** 1-based sheet row. */
  row: number;
}

export interface Task {
  id: string;
  /** The area's id after matching (by id or name), null when it matched none. */
  areaId: string | null;
  /** The area cell as typed. */
  areaText: string;
  title: string;
  kind: TaskKind | null;
  unit: string;
  /** Excel date serial (whole days), null when empty or invalid. */
  due: number | null;
  status: Status | null;
  /**
   * True when the status cell holds text that is not exactly a standard word (an alias such as "Done",
   * or a word the reader does not know): the live formulas do not count it, so neither does the rollup.
   */
  statusNotStandard?: boolean;
  /** 0..1, null when empty or invalid. */
  progress: number | null;
  completedOn: number | null;
  notes: string;
  /** 1-based sheet row. */
  row: number;
}

export interface Model {
  areas: Area[];
  tasks: Task[];
  areasTable: TableLocation<AreaField> | null;
  tasksTable: TableLocation<TaskField> | null;
}

export interface Counts {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  suspended: number;
  overdue: number;
  dueSoon: number;
  noDeadline: number;
  /** Parts of `overdue` by status, for the stacked chart (its other parts leave them out). */
  overdueInProgress: number;
  overdueNotStarted: number;
  /** Tasks with no status the core could read: counted in total, in no status bucket. */
  unknownStatus: number;
  /** Part of `unknownStatus`: the status cell holds a word that is not a standard status. */
  nonStandardStatus: number;
  /** Part of `unknownStatus`: the status cell is empty. */
  noStatus: number;
  /** Done, not judged against a deadline: recurring, no due date, or no completion date. */
  doneNoDeadline: number;
  /** Unfinished (in progress or not started) and not overdue: "trong hạn". */
  inTime: number;
  /** done / (total - suspended); null when the denominator is 0. */
  completionRate: number | null;
  /**
   * Government Office convention, over tasks that have a deadline and have come due:
   * (done on time + done late) / (done on time + done late + overdue); null when the denominator is 0.
   */
  dueCompletionRate: number | null;
  /** Mean progress over tasks not suspended, done counting as 1; null when there are none. */
  averageProgress: number | null;
}

export interface AreaRollup extends Counts {
  id: string;
  name: string;
  leadUnit: string;
  group: string;
}

export interface GroupRollup extends Counts {
  name: string;
  areaIds: string[];
}

export interface Rollup {
  /** Report date as an Excel serial. */
  reportDate: number;
  dueSoonDays: number;
  areas: AreaRollup[];
  /** Groups in the order their first area appears; empty when no area has a group. */
  groups: GroupRollup[];
  total: Counts;
  /** Tasks left out of every area (unknown or empty area), by row. */
  excludedRows: number[];
  /** Rows of the task table: the total plus the tasks left out (the page's reconciliation). */
  taskRows: number;
  /** Rows of tasks done after the report date, counted as in progress at that date. */
  doneAfterReportRows: number[];
}
