// The review meeting's part of the pane (issue 15): its props, and what useReportPanel hands to the
// rendering.
import type { Lang } from "../../core/model";
import type { ReportView, TrendPoint } from "../../core/report/view";

export interface ReportPanelProps {
  /** The refresh result's report: the paragraph, the trend and the change since the last report date. */
  report: ReportView;
  /** The paragraph's language (the generated sheets'), which may differ from the pane's. */
  paragraphLang: Lang;
}

/**
 * Where a copy of the paragraph stands: not asked yet, copied by the clipboard API, or shown selected
 * in a read-only text area because this host has no clipboard API or refused it.
 */
export type CopyState = "idle" | "copied" | "fallback";

/** One row of the change since the previous report date, worded for the pane. */
export interface ChangeRow {
  /** Stable key of the figure. */
  key: "done" | "overdue" | "completionRate" | "dueCompletionRate";
  label: string;
  before: string;
  after: string;
  /** The difference, signed ("+3", "−1,5 điểm %", "0"). */
  change: string;
}

/** One report date of the trend, worded for the pane. */
export interface TrendRow {
  date: number;
  dateText: string;
  done: string;
  overdue: string;
  completionRate: string;
  dueCompletionRate: string;
  /** This refresh's report date. */
  current: boolean;
}

/** A table of figures: its heading's id, its column headers, and one row per figure or report date. */
export interface FigureTableProps {
  labelledBy: string;
  columns: string[];
  rows: { key: string; head: string; cells: string[]; current?: boolean }[];
}

export type { TrendPoint };
