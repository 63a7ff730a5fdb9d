// The summary sheet's fixed geometry: which row and column hold what, widths, colours and print margins.
// Tests and adapters rely on these positions; every lay-out step reads them from here.
import type { Measure } from "../formulas";

/** Workbook-level defined name marking the summary sheet as the add-in's. */
export const SUMMARY_MARK = "TDNV_Summary";
export const CHART_STATUS = "TDNV_ChartStatus";
export const CHART_RATE = "TDNV_ChartRate";

/** Which column of the table holds which figure (the layout is fixed; tests and adapters rely on it). */
export const SUMMARY_COLUMNS = {
  no: "A",
  area: "B",
  leadUnit: "C",
  total: "D",
  done: "E",
  doneOnTime: "F",
  doneLate: "G",
  doneNoDeadline: "H",
  inProgress: "I",
  notStarted: "J",
  inTime: "K",
  overdue: "L",
  dueSoon: "M",
  suspended: "N",
  completionRate: "O",
  dueCompletionRate: "P",
} as const;

/** The counted figures each area row computes from the tasks table, each a Measure. */
export const COUNT_FIELDS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "inProgress",
  "notStarted",
  "suspended",
  "overdue",
  "dueSoon",
] as const satisfies readonly Measure[];

/** Figures an area row derives from its own counted cells, so its parts always add up. */
export const DERIVED_FIELDS = ["doneNoDeadline", "inTime"] as const;

/** Every count column of the table, in table order. */
export const TABLE_FIELDS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "doneNoDeadline",
  "inProgress",
  "notStarted",
  "inTime",
  "overdue",
  "dueSoon",
  "suspended",
] as const;

export const ROWS = {
  parentBody: 1,
  issuingBody: 2,
  star: 3,
  appendix: 5,
  title: 6,
  subtitle: 7,
  asOf: 8,
  header1: 9,
  header2: 10,
  firstData: 11,
} as const;

/** The report date lives here; every time-dependent formula refers to it. */
export const REPORT_DATE_CELL = `P${ROWS.asOf}`;
export const REPORT_DATE_REF = `$P$${ROWS.asOf}`;

/** The last column of the printed table. */
export const LAST_COL = "P";
export const FONT = "Times New Roman";
export const COLORS = {
  headerFill: "#D9E1F2",
  groupFill: "#F2F2F2",
  totalFill: "#D9E1F2",
  done: "#70AD47",
  inProgress: "#FFC000",
  notStarted: "#A5A5A5",
  overdue: "#C00000",
  rate: "#4472C4",
  dataBar: "#63BE7B",
  tab: "#C00000",
  muted: "#7F7F7F",
};

export const COLUMN_WIDTHS: Record<string, number> = {
  A: 5,
  B: 34,
  C: 22,
  D: 8,
  E: 8,
  F: 8,
  G: 8,
  H: 8.5,
  I: 9.5, // never exactly 9: ExcelJS drops a column of its default width 9
  J: 9.5,
  K: 8.5,
  L: 8.5,
  M: 10,
  N: 8,
  O: 10,
  P: 12,
};

/** The chart-data block sits right of the table, outside the print area. */
export const CHART_DATA = {
  first: "R",
  rateValue: "S",
  statusCategory: "T",
  done: "U",
  inProgress: "V",
  notStarted: "W",
  overdue: "X",
  /** Per area: tasks with an empty status cell (for the reconciliation line). */
  noStatus: "Y",
  /** The reconciliation figures, one per row from the first data row. */
  reconciliation: "Z",
};
export const CHART_DATA_WIDTHS: Record<string, number> = {
  R: 30,
  S: 10,
  T: 30,
  U: 10,
  V: 12,
  W: 12,
  X: 10,
  Y: 12,
  Z: 14,
};

/** Page margins in millimetres (Hướng dẫn 36: about 20/20/30/15). */
export const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
