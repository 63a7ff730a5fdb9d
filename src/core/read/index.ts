// Reads the two input tables (areas, tasks) out of a loaded workbook grid into the domain model,
// with every problem reported as a finding that points at a cell. Nothing here throws on bad input.
import type { Finding } from "../findings";
import type { WorkbookGrid } from "../grid";
import { LEGACY_TEXT_FIELDS } from "../legacy";
import type { AreaField, Model, TaskField } from "../model";
import { AREA_HEADERS, REQUIRED_AREA_FIELDS, REQUIRED_TASK_FIELDS, TASK_HEADERS } from "../vocab";
import { readAreas } from "./areas";
import { readFrame, type TableSpec } from "./frame";
import { AREA_INDEX, TASK_INDEX } from "./header";
import { checkEmptyAreas } from "./rules";
import { SHEET_CANDIDATES } from "./sheets";
import { readTasks } from "./tasks";

export { findRoleSheet, SHEET_CANDIDATES } from "./sheets";
export { parseProgress } from "./values";

const AREAS_TABLE: TableSpec<AreaField> = {
  candidates: SHEET_CANDIDATES.areas,
  index: AREA_INDEX,
  required: REQUIRED_AREA_FIELDS,
  labels: AREA_HEADERS,
  legacyFields: LEGACY_TEXT_FIELDS.areas,
};

const TASKS_TABLE: TableSpec<TaskField> = {
  candidates: SHEET_CANDIDATES.tasks,
  index: TASK_INDEX,
  required: REQUIRED_TASK_FIELDS,
  labels: TASK_HEADERS,
  legacyFields: LEGACY_TEXT_FIELDS.tasks,
};

/** Reads areas and tasks; structural problems and bad cells become findings, never exceptions. */
export function readModel(grid: WorkbookGrid): { model: Model; findings: Finding[] } {
  const findings: Finding[] = [];
  const areaFrame = readFrame(grid, AREAS_TABLE, findings);
  const areas = areaFrame ? readAreas(areaFrame.reader, areaFrame.location, findings) : [];
  const taskFrame = readFrame(grid, TASKS_TABLE, findings);
  const tasks = taskFrame ? readTasks(taskFrame.reader, taskFrame.location, areas, findings) : [];
  if (areaFrame && taskFrame) checkEmptyAreas(areas, tasks, areaFrame.location, findings);
  return {
    model: {
      areas,
      tasks,
      areasTable: areaFrame?.location ?? null,
      tasksTable: taskFrame?.location ?? null,
    },
    findings,
  };
}
