// Completion rollups at a report date. Completion (status) and time (derived here, never typed)
// are separate layers; the summary sheet's live formulas compute exactly these rules.
import type {
  AreaRollup,
  Counts,
  GroupRollup,
  Model,
  Rollup,
  Task,
  TaskKind,
  TimeClass,
} from "./model";

/** Whether a task has a deadline to be on time for: a due date, and not recurring. */
export function hasDeadline(kind: TaskKind | null, due: number | null): due is number {
  return kind !== "recurring" && due !== null;
}

/** The time layer of one task at report date `r` (serial), with "due soon" meaning within `n` days. */
export function timeClass(task: Task, r: number, n: number): TimeClass {
  if (task.status === "suspended") return "suspended";
  const due = task.due;
  if (!hasDeadline(task.kind, due)) return "no-deadline";
  if (task.status === "done") {
    if (task.completedOn === null) return "done-undated";
    return task.completedOn <= due ? "done-on-time" : "done-late";
  }
  if (task.status === null) return "in-time"; // unknown status: no time judgement beyond having a deadline
  // Written as the formulas are (due < R, due < R+N+1), so a due date with a time of day counts the same.
  if (due < r) return "overdue";
  return due < r + n + 1 ? "due-soon" : "in-time";
}

function emptyCounts(): Counts {
  return {
    total: 0,
    done: 0,
    doneOnTime: 0,
    doneLate: 0,
    inProgress: 0,
    notStarted: 0,
    suspended: 0,
    overdue: 0,
    dueSoon: 0,
    noDeadline: 0,
    overdueInProgress: 0,
    overdueNotStarted: 0,
    unknownStatus: 0,
    nonStandardStatus: 0,
    noStatus: 0,
    doneNoDeadline: 0,
    inTime: 0,
    completionRate: null,
    dueCompletionRate: null,
    averageProgress: null,
  };
}

/** Running sums that rates are derived from. */
interface Acc {
  counts: Counts;
  progressSum: number;
}

/** Whether a task was completed after the report date `r` (a day): it was not done at that date. */
function doneAfter(task: Task, r: number): boolean {
  return task.status === "done" && task.completedOn !== null && task.completedOn >= r + 1;
}

/**
 * The task as the summary counts it at report date `r`: a status that is not a standard word counts
 * as no status (the live formulas do not count it either); a task done after `r` was in progress.
 * Every list of the rollup's tasks (the follow-up list, the pane's overdue tasks) reads tasks through it,
 * so a list holds exactly the tasks its figure counts.
 */
export function asAt(task: Task, r: number): Task {
  if (task.statusNotStandard) return { ...task, status: null };
  if (doneAfter(task, r)) return { ...task, status: "in-progress", completedOn: null };
  return task;
}

function add(acc: Acc, recorded: Task, r: number, n: number): void {
  const c = acc.counts;
  const task = asAt(recorded, r);
  c.total++;
  switch (task.status) {
    case "done":
      c.done++;
      break;
    case "in-progress":
      c.inProgress++;
      break;
    case "not-started":
      c.notStarted++;
      break;
    case "suspended":
      c.suspended++;
      break;
    default:
      c.unknownStatus++;
      if (recorded.statusNotStandard) c.nonStandardStatus++;
      else c.noStatus++;
  }
  const time = timeClass(task, r, n);
  if (time === "done-on-time") c.doneOnTime++;
  else if (time === "done-late") c.doneLate++;
  else if (time === "overdue" && task.status !== null) {
    c.overdue++;
    if (task.status === "in-progress") c.overdueInProgress++;
    else c.overdueNotStarted++;
  } else if (time === "due-soon" && task.status !== null) c.dueSoon++;
  else if (time === "no-deadline") c.noDeadline++;
  if (task.status !== "suspended")
    acc.progressSum += task.status === "done" ? 1 : (task.progress ?? 0);
}

function merge(into: Acc, from: Acc): void {
  for (const key of Object.keys(from.counts) as (keyof Counts)[]) {
    const v = from.counts[key];
    if (typeof v === "number" && !key.endsWith("Rate") && key !== "averageProgress") {
      (into.counts[key] as number) += v;
    }
  }
  into.progressSum += from.progressSum;
}

function finish(acc: Acc): Counts {
  const c = acc.counts;
  const active = c.total - c.suspended;
  c.doneNoDeadline = c.done - c.doneOnTime - c.doneLate;
  c.inTime = c.inProgress + c.notStarted - c.overdue;
  const judged = c.doneOnTime + c.doneLate;
  c.completionRate = active > 0 ? c.done / active : null;
  c.dueCompletionRate = judged + c.overdue > 0 ? judged / (judged + c.overdue) : null;
  c.averageProgress = active > 0 ? acc.progressSum / active : null;
  return c;
}

/**
 * Rolls tasks up per area (in the programme's order), per group and in total. Tasks whose area is
 * unknown are left out of every figure and listed in `excludedRows`; the findings say why.
 */
export function rollupModel(model: Model, reportDate: number, dueSoonDays: number): Rollup {
  const perArea = new Map<string, Acc>(
    model.areas.map((a) => [a.id, { counts: emptyCounts(), progressSum: 0 }])
  );
  const excludedRows: number[] = [];
  const doneAfterReportRows: number[] = [];
  for (const task of model.tasks) {
    if (doneAfter(task, reportDate) && !task.statusNotStandard) doneAfterReportRows.push(task.row);
    const acc = task.areaId === null ? undefined : perArea.get(task.areaId);
    if (acc) add(acc, task, reportDate, dueSoonDays);
    else excludedRows.push(task.row);
  }

  const total: Acc = { counts: emptyCounts(), progressSum: 0 };
  const groups = new Map<string, { acc: Acc; areaIds: string[] }>();
  const areas: AreaRollup[] = model.areas.map((area) => {
    const acc = perArea.get(area.id)!;
    merge(total, acc);
    if (area.group !== "") {
      const g = groups.get(area.group) ?? {
        acc: { counts: emptyCounts(), progressSum: 0 },
        areaIds: [],
      };
      merge(g.acc, acc);
      g.areaIds.push(area.id);
      groups.set(area.group, g);
    }
    return {
      id: area.id,
      name: area.name,
      leadUnit: area.leadUnit,
      group: area.group,
      ...finish(acc),
    };
  });
  const groupRollups: GroupRollup[] = [...groups].map(([name, g]) => ({
    name,
    areaIds: g.areaIds,
    ...finish(g.acc),
  }));
  return {
    reportDate,
    dueSoonDays,
    areas,
    groups: groupRollups,
    total: finish(total),
    excludedRows,
    taskRows: model.tasks.length,
    doneAfterReportRows,
  };
}

/** A rollup of nothing, for a refresh that could not read the workbook. */
export function emptyRollup(reportDate: number, dueSoonDays: number): Rollup {
  return {
    reportDate,
    dueSoonDays,
    areas: [],
    groups: [],
    total: finish({ counts: emptyCounts(), progressSum: 0 }),
    excludedRows: [],
    taskRows: 0,
    doneAfterReportRows: [],
  };
}
