// A report date's figures, per area (in the programme's order) and in total: what the paragraph states,
// what the history sheet records, and what the change since an earlier report date compares.
import type { Rollup } from "../model";
import { figuresOf, type ReportFigures } from "./figures";

export interface AreaSnapshot {
  id: string;
  name: string;
  figures: ReportFigures;
}

export interface Snapshot {
  /** Report date as a whole-day Excel serial. */
  date: number;
  areas: AreaSnapshot[];
  total: ReportFigures;
}

export function snapshotOf(rollup: Rollup): Snapshot {
  return {
    date: Math.floor(rollup.reportDate),
    areas: rollup.areas.map((a) => ({ id: a.id, name: a.name, figures: figuresOf(a) })),
    total: figuresOf(rollup.total),
  };
}

/** A figure before and after. */
export interface Delta {
  from: number;
  to: number;
}

export interface ChangeSince {
  /** The earlier report date compared with. */
  since: number;
  done: Delta;
  overdue: Delta;
  /** Absent when either date has nothing to divide by. */
  completionRate?: Delta;
  dueCompletionRate?: Delta;
}

/** The latest snapshot strictly before `date`, or null when the history holds none. */
export function previousSnapshot(history: readonly Snapshot[], date: number): Snapshot | null {
  let best: Snapshot | null = null;
  for (const s of history) if (s.date < date && (best === null || s.date > best.date)) best = s;
  return best;
}

const delta = (from: number | null, to: number | null): Delta | undefined =>
  from === null || to === null ? undefined : { from, to };

/** What changed in total between an earlier snapshot and the current one. */
export function changeSince(previous: Snapshot, current: Snapshot): ChangeSince {
  const a = previous.total;
  const b = current.total;
  const completionRate = delta(a.completionRate, b.completionRate);
  const dueCompletionRate = delta(a.dueCompletionRate, b.dueCompletionRate);
  return {
    since: previous.date,
    done: { from: a.done, to: b.done },
    overdue: { from: a.overdue, to: b.overdue },
    ...(completionRate ? { completionRate } : {}),
    ...(dueCompletionRate ? { dueCompletionRate } : {}),
  };
}
