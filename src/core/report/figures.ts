// The figures a report states, in the Government Office's convention (Báo cáo 1270/BC-TCTTTg): done on
// time / done late / done without a deadline, unfinished in time / overdue, suspended, and the two rates.
// Derived from the rollup's counts only, so they follow the rollup's (and the summary's) definitions.
import type { Counts } from "../model";

export interface ReportFigures {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  /**
   * Done tasks that are neither on time nor late: recurring ones, ones without a due date or without a
   * completion date (the summary's "no deadline" column).
   */
  doneNoDeadline: number;
  /** Not done and not suspended: in progress, not started, or of a status the core could not read. */
  unfinished: number;
  /** Unfinished and not overdue (in time, due soon, or without a deadline). */
  unfinishedInTime: number;
  overdue: number;
  dueSoon: number;
  suspended: number;
  /** done / (total − suspended); null when nothing is left to divide by. */
  completionRate: number | null;
  /** Over tasks come due: (on time + late) / (on time + late + overdue); null when none has come due. */
  dueCompletionRate: number | null;
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The report's figures from one row of the rollup (an area, a group or the total). */
export function figuresOf(counts: Counts): ReportFigures {
  const unfinished = counts.total - counts.done - counts.suspended;
  return {
    total: counts.total,
    done: counts.done,
    doneOnTime: counts.doneOnTime,
    doneLate: counts.doneLate,
    doneNoDeadline: counts.doneNoDeadline,
    unfinished,
    unfinishedInTime: unfinished - counts.overdue,
    overdue: counts.overdue,
    dueSoon: counts.dueSoon,
    suspended: counts.suspended,
    completionRate: counts.completionRate,
    dueCompletionRate: counts.dueCompletionRate,
  };
}

/** The counted figures (not the rates), in the order the history sheet stores them. */
export const FIGURE_COUNTS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "doneNoDeadline",
  "unfinished",
  "unfinishedInTime",
  "overdue",
  "dueSoon",
  "suspended",
] as const satisfies readonly (keyof ReportFigures)[];

/** Figures rebuilt from stored counts: the rates follow from them as figuresOf computes them. */
export function withRates(counts: Record<(typeof FIGURE_COUNTS)[number], number>): ReportFigures {
  const doneWithDeadline = counts.doneOnTime + counts.doneLate;
  return {
    ...counts,
    completionRate: rate(counts.done, counts.total - counts.suspended),
    dueCompletionRate: rate(doneWithDeadline, doneWithDeadline + counts.overdue),
  };
}
