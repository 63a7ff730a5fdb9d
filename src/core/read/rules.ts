// Rules across the fields of one task (and across the two tables): each reads the values already
// parsed and adds a warning where they disagree in a way the rollup or the formulas would count.
import { toA1 } from "../a1";
import { formatVnDateTime } from "../dates";
import { finding, type Finding } from "../findings";
import type { Area, AreaField, Status, TableLocation, Task, TaskField, TaskKind } from "../model";
import { hasDeadline } from "../rollup";
import { CANONICAL_STATUS } from "../vocab";
import type { TableCells } from "./cells";

/** The values of one task row that the rules compare. */
export interface TaskValues {
  /** The id, or "#row" when empty, for messages. */
  label: string;
  kind: TaskKind | null;
  status: Status | null;
  due: number | null;
  completedOn: number | null;
  progress: number | null;
}

type Rule = (cells: TableCells<TaskField>, task: TaskValues, findings: Finding[]) => void;

/** A completion date matters only where there is a deadline to be on time for. */
const doneWithoutDate: Rule = (cells, task, findings) => {
  const col = cells.columns;
  const deadlineExpected = task.kind === "roadmap" || (task.kind === null && task.due !== null);
  if (
    task.status === "done" &&
    task.completedOn === null &&
    deadlineExpected &&
    !cells.hasContent(col.completedOn)
  ) {
    findings.push(
      finding("done-without-date", cells.sheet, cells.cell(col.status), { id: task.label })
    );
  }
};

const progressStatusMismatch: Rule = (cells, { progress, status, label }, findings) => {
  if (progress === null || status === null) return;
  const mismatch = (status === "done" && progress < 1) || (status !== "done" && progress >= 1);
  if (!mismatch) return;
  findings.push(
    finding("progress-status-mismatch", cells.sheet, cells.cell(cells.columns.progress), {
      id: label,
      progress: Math.round(progress * 1000) / 10,
      status: CANONICAL_STATUS[status],
    })
  );
};

/** Same day, later hour: late in the formulas and in the rollup alike; say why, offer the day alone. */
const lateByTimeOfDay: Rule = (cells, { status, kind, due, completedOn, label }, findings) => {
  if (status !== "done" || !hasDeadline(kind, due) || completedOn === null) return;
  if (!(completedOn > due && Math.floor(completedOn) <= Math.floor(due))) return;
  const sheet = cells.sheet;
  const cell = cells.cell(cells.columns.completedOn);
  findings.push(
    finding(
      "late-by-time-of-day",
      sheet,
      cell,
      { id: label, completed: formatVnDateTime(completedOn), due: formatVnDateTime(due) },
      {
        label: "fix.dropTime",
        changes: [{ sheet, cell, from: completedOn, to: Math.floor(completedOn) }],
      }
    )
  );
};

const roadmapWithoutDueDate: Rule = (cells, { kind, due, label }, findings) => {
  const col = cells.columns;
  if (kind !== "roadmap" || due !== null || cells.hasContent(col.due)) return;
  const cell = col.due.ref ? cells.cell(col.due) : cells.cell(col.kind);
  findings.push(finding("roadmap-without-due-date", cells.sheet, cell, { id: label }));
};

const TASK_RULES: Rule[] = [
  doneWithoutDate,
  progressStatusMismatch,
  lateByTimeOfDay,
  roadmapWithoutDueDate,
];

/** Runs every cross-field rule on the row the cells are at. */
export function checkTaskRules(
  cells: TableCells<TaskField>,
  task: TaskValues,
  findings: Finding[]
): void {
  for (const rule of TASK_RULES) rule(cells, task, findings);
}

/** Warns about each area no task names, at its name cell. */
export function checkEmptyAreas(
  areas: Area[],
  tasks: Task[],
  areasTable: TableLocation<AreaField>,
  findings: Finding[]
): void {
  const used = new Set(tasks.map((t) => t.areaId));
  const nameCol = areasTable.columns.name!.index;
  for (const area of areas) {
    if (!used.has(area.id)) {
      findings.push(
        finding("empty-area", areasTable.sheet, toA1(area.row, nameCol), { area: area.name })
      );
    }
  }
}
