// The contract's Vietnamese headers and the sample rows now live in the core (src/core/template.ts),
// which the template ships; the samples read them from there.
export {
  AREAS_SHEET,
  TASKS_SHEET,
  KIND_TEXT,
  areaColumns,
  areaRows,
  TASK_COLUMNS,
  taskRow,
  type TaskState,
} from "../../src/core/template";
