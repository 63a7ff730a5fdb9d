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
  inProgress: "H",
  notStarted: "I",
  suspended: "J",
  overdue: "K",
  dueSoon: "L",
  completionRate: "M",
  dueCompletionRate: "N",
} as const;

/** The counted figures, in table order, each a Measure over the tasks table on area rows. */
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
export const REPORT_DATE_CELL = `N${ROWS.asOf}`;
export const REPORT_DATE_REF = `$N$${ROWS.asOf}`;

/** The last column of the printed table. */
export const LAST_COL = "N";
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
  C: 26,
  D: 8,
  E: 8,
  F: 8,
  G: 8,
  H: 9.5, // not 9: ExcelJS drops a column of exactly its default width 9
  I: 9.5,
  J: 8,
  K: 10,
  L: 10,
  M: 11,
  N: 13,
};

/** The chart-data block sits right of the table, outside the print area. */
export const CHART_DATA = {
  first: "P",
  rateValue: "Q",
  statusCategory: "R",
  done: "S",
  inProgress: "T",
  notStarted: "U",
  overdue: "V",
};
export const CHART_DATA_WIDTHS: Record<string, number> = {
  P: 30,
  Q: 10,
  R: 30,
  S: 10,
  T: 12,
  U: 12,
  V: 10,
};

/** Page margins in millimetres (Hướng dẫn 36: about 20/20/30/15). */
export const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
