// What the pane shows of the report after a refresh: the paragraph, the trend of the total figures
// across the history's report dates, and the change since the previous one. Plain data, small enough
// to pass from the use-case to the pane as it is.
import type { Report } from ".";
import { changeSince, type ChangeSince } from "./snapshot";

export interface TrendPoint {
  /** Report date as an Excel serial. */
  date: number;
  done: number;
  overdue: number;
  completionRate: number | null;
  dueCompletionRate: number | null;
}

export interface ReportView {
  /** Null when the settings leave the paragraph out. */
  paragraph: string | null;
  /** The history's report dates, oldest first, this refresh's date included. */
  trend: TrendPoint[];
  /** The change since the latest earlier report date, when the history holds one. */
  change: ChangeSince | null;
}

export function reportView(report: Report): ReportView {
  const trend = report.history.map((s) => ({
    date: s.date,
    done: s.total.done,
    overdue: s.total.overdue,
    completionRate: s.total.completionRate,
    dueCompletionRate: s.total.dueCompletionRate,
  }));
  return {
    paragraph: report.paragraph,
    trend,
    change: report.previous ? changeSince(report.previous, report.current) : null,
  };
}
