// The seed sample: the programme at the review meeting of 06/11/2020, when nearly every task is done.
// Both sheets are plain ranges with the header in row 1.
import type { WorkbookGrid } from "../core/grid";
import {
  AREAS_SHEET,
  SEED_REPORT_ISO,
  TASKS_SHEET,
  TASK_COLUMNS,
  areaColumns,
  areaRows,
  seedState,
  taskRow,
} from "../core/template";
import { TASKS } from "../core/sample/programme";
import {
  sampleSettings,
  serial,
  settingsSheet,
  workbookToGrid,
  type SampleWorkbook,
} from "./workbook";

export { SEED_REPORT_ISO, seedState };
export const SEED_FILE = "chuong-trinh-xd-htct-2015-2020.xlsx";

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
