// The seed sample: the programme at the review meeting of 06/11/2020, when nearly every task is done.
// Both sheets are plain ranges with the header in row 1.
import type { WorkbookGrid } from "../../src/core/grid";
import {
  AREAS_SHEET,
  TASKS_SHEET,
  TASK_COLUMNS,
  areaColumns,
  areaRows,
  taskRow,
  type TaskState,
} from "./columns";
import { TASKS, type SampleTask } from "./programme";
import {
  sampleSettings,
  serial,
  settingsSheet,
  workbookToGrid,
  type SampleWorkbook,
} from "./workbook";

export const SEED_REPORT_ISO = "2020-11-06";
export const SEED_FILE = "chuong-trinh-xd-htct-2015-2020.xlsx";

export function seedState(task: SampleTask): TaskState {
  if (task.done && task.done <= SEED_REPORT_ISO) {
    return { status: "Hoàn thành", progress: 1, completedOn: task.done, note: task.note ?? "" };
  }
  if (!task.final)
    throw new Error(`Seed task ${task.id} is neither done by the report date nor given a state`);
  return {
    status: task.final.status,
    progress: task.final.progress,
    completedOn: null,
    note: task.final.note ?? "",
  };
}

export function seedSample(): SampleWorkbook {
  return {
    file: SEED_FILE,
    reportDate: serial(SEED_REPORT_ISO),
    settings: settingsSheet(sampleSettings(serial(SEED_REPORT_ISO))),
    sheets: [
      { name: AREAS_SHEET, columns: areaColumns(false), rows: areaRows(false) },
      {
        name: TASKS_SHEET,
        columns: TASK_COLUMNS,
        rows: TASKS.map((t) => taskRow(t, seedState(t))),
      },
    ],
  };
}

/** The seed sample as the grid the core takes, without a file. */
export function seedGrid(): WorkbookGrid {
  return workbookToGrid(seedSample());
}
