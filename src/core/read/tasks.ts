// The tasks table: one task per filled row, each cell read by its column's classifier (remembered per
// distinct value), then the cross-field rules.
import { toA1 } from "../a1";
import { parseDateCell } from "../dates";
import { parseDueCell } from "../deadline";
import { finding, type CellChange, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { Area, TableLocation, Task, TaskField } from "../model";
import { isCellError, type SheetReader } from "../sheet-reader";
import { matchKey } from "../text";
import { CANONICAL_KIND, CANONICAL_STATUS, parseKind, TASK_HEADERS } from "../vocab";
import { perFormatAndValue, perValue, TableCells, textCell } from "./cells";
import { checkTaskRules } from "./rules";
import { readDate, readDue, readProgress } from "./values";
import {
  areaIndex,
  classifyArea,
  classifyStatus,
  classifyVocab,
  notStandardWord,
  readAreaCell,
  readVocab,
  type StatusCell,
} from "./vocab-cells";

/** The per-column classifiers of one read, each remembering its verdict per distinct value. */
function taskClassifiers(areas: Area[]) {
  const index = areaIndex(areas);
  return {
    area: perValue((raw) => classifyArea(raw, index)),
    kind: perValue((raw) => classifyVocab(raw, parseKind)),
    status: perValue(classifyStatus),
    unit: perValue(textCell),
    notes: perValue(textCell),
    due: perFormatAndValue(parseDueCell),
    completedOn: perFormatAndValue(parseDateCell),
  };
}

type Classifiers = ReturnType<typeof taskClassifiers>;

export function readTasks(
  reader: SheetReader,
  location: TableLocation<TaskField>,
  areas: Area[],
  findings: Finding[]
): Task[] {
  const cells = new TableCells(reader, location, TASK_HEADERS, findings);
  const duplicates = duplicateIds(cells, location);
  const classify = taskClassifiers(areas);
  const tasks: Task[] = [];
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    if (cells.at(row).isEmpty()) continue;
    tasks.push(readTaskRow(cells, classify, duplicates.get(row), findings));
  }
  return tasks;
}

/** The row the cells are at, as a task, with its findings; `firstRow` is the row its id repeats. */
function readTaskRow(
  cells: TableCells<TaskField>,
  classify: Classifiers,
  firstRow: number | undefined,
  findings: Finding[]
): Task {
  const col = cells.columns;
  const id = readTaskId(cells, firstRow, findings);
  const area = classify.area(cells.rawUnchecked(col.area));
  const areaText = readAreaCell(cells, area, findings);
  const title = cells.required(col.title);

  const kindRead = classify.kind(cells.rawUnchecked(col.kind));
  cells.checked(col.kind, kindRead, false);
  const typedKind = readVocab(cells, col.kind, "unknown-kind", kindRead, CANONICAL_KIND, findings);

  const statusRead = classify.status(cells.rawUnchecked(col.status));
  cells.checked(col.status, statusRead, true);
  const percentToProgress = statusPercentChange(cells, statusRead);
  const status = readVocab(
    cells,
    col.status,
    "unknown-status",
    statusRead,
    CANONICAL_STATUS,
    findings,
    percentToProgress
  );

  const dueRead = readDue(cells, classify.due, typedKind, findings);
  const kind = typedKind ?? (dueRead.recurring ? "recurring" : null);
  const due = dueRead.due;
  const completedOn = readDate(cells, col.completedOn, classify.completedOn, findings);
  const progress = readProgress(cells, findings) ?? statusPercent(cells, statusRead);
  const label = id || `#${cells.row}`;
  checkTaskRules(cells, { label, kind, status, due, completedOn, progress }, findings);

  return {
    id,
    areaId: area.area?.id ?? null,
    areaText,
    title,
    kind,
    unit: cells.checked(col.unit, classify.unit(cells.rawUnchecked(col.unit)), false),
    due,
    status,
    ...(notStandardWord(statusRead) ? { statusNotStandard: true } : {}),
    progress,
    completedOn,
    notes: cells.checked(col.notes, classify.notes(cells.rawUnchecked(col.notes)), false),
    row: cells.row,
  };
}

/** The progress a status word carries in brackets, when the progress cell is empty. */
function statusPercent(cells: TableCells<TaskField>, status: StatusCell): number | null {
  return status.percent !== null && !cells.hasContent(cells.columns.progress)
    ? status.percent
    : null;
}

/** The change that moves a status word's percentage into the empty progress cell, with the alias fix. */
function statusPercentChange(cells: TableCells<TaskField>, status: StatusCell): CellChange[] {
  const column = cells.columns.progress;
  if (statusPercent(cells, status) === null || !column.ref) return [];
  return [{ sheet: cells.sheet, cell: cells.cell(column), from: "", to: status.percent! }];
}

/** The id cell: required, flagged when normalised, and reported when it repeats an earlier row's. */
function readTaskId(
  cells: TableCells<TaskField>,
  firstRow: number | undefined,
  findings: Finding[]
): string {
  const column = cells.columns.id;
  const id = cells.required(column);
  cells.noteNormalised(column, id);
  if (firstRow !== undefined) {
    const firstCell = toA1(firstRow, column.ref!.index);
    findings.push(finding("duplicate-id", cells.sheet, cells.cell(column), { id, firstCell }));
  }
  return id;
}

/**
 * Rows whose task id repeats an earlier row's (same match key), each with that earlier row. Performance
 * (the core's budget, 150 ms at 100,000 tasks): done in a pass of its own over the id column, where
 * the large table of seen ids stays in the cache (about 10% faster at 100,000 tasks than checking it
 * inside the row loop).
 */
function duplicateIds(
  cells: TableCells<TaskField>,
  location: TableLocation<TaskField>
): Map<number, number> {
  const firstRows = new Map<string, number>();
  const duplicates = new Map<number, number>();
  // An empty row has an empty id, so only the id column is looked at.
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    const raw: CellValue = cells.at(row).rawUnchecked(cells.columns.id);
    if (raw === "" || isCellError(raw)) continue;
    const key = matchKey(raw); // cleans the text first
    if (key === "") continue;
    const first = firstRows.get(key);
    if (first === undefined) firstRows.set(key, row);
    else duplicates.set(row, first);
  }
  return duplicates;
}
