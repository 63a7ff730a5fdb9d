// The mid-programme sample: the same programme at 30/06/2018, with tasks done, in progress, overdue, due
// within the week, not started and suspended. The tasks sheet carries a title block (header in row 4) and
// the areas sheet a group column, so both shapes of the contract are exercised.
import type { WorkbookGrid } from "../core/grid";
import {
  AREAS_SHEET,
  TASKS_SHEET,
  TASK_COLUMNS,
  areaColumns,
  areaRows,
  taskRow,
  type TaskState,
} from "../core/template";
import { TASKS, type SampleTask } from "../core/sample/programme";
import {
  sampleSettings,
  serial,
  settingsSheet,
  workbookToGrid,
  type SampleWorkbook,
} from "./workbook";

export const MID_REPORT_ISO = "2018-06-30";
export const MID_FILE = "giua-ky-2018.xlsx";

// A roadmap task is taken to start this many days before it is completed.
const LEAD_DAYS = 540;

const RECURRING_PROGRESS = [0.5, 0.6, 0.7];
const roundTo5 = (x: number): number => Math.round(x * 20) / 20;

/**
 * The task's state at 30/06/2018, derived from the final record so both samples tell the same story:
 * completed by then → done; recurring → in progress; a roadmap task started LEAD_DAYS before its completion,
 * with progress in proportion; an explicit `mid` state (a suspension) wins.
 */
function midState(task: SampleTask, index: number): TaskState {
  const note = task.note ?? "";
  if (task.mid)
    return {
      status: task.mid.status,
      progress: task.mid.progress,
      completedOn: null,
      note: task.mid.note ?? note,
    };
  if (task.done && task.done <= MID_REPORT_ISO)
    return { status: "Hoàn thành", progress: 1, completedOn: task.done, note };
  if (task.kind === "recurring")
    return {
      status: "Đang thực hiện",
      progress: RECURRING_PROGRESS[index % 3],
      completedOn: null,
      note: "",
    };
  const end = serial(task.done ?? task.due ?? MID_REPORT_ISO);
  const fraction = (serial(MID_REPORT_ISO) - (end - LEAD_DAYS)) / LEAD_DAYS;
  if (fraction <= 0) return { status: "Chưa thực hiện", progress: 0, completedOn: null, note: "" };
  const overdue = task.due !== undefined && task.due < MID_REPORT_ISO;
  return {
    status: "Đang thực hiện",
    progress: Math.min(0.9, Math.max(0.1, roundTo5(fraction))),
    completedOn: null,
    note: overdue ? note : "",
  };
}

export function midSample(): SampleWorkbook {
  return {
    file: MID_FILE,
    reportDate: serial(MID_REPORT_ISO),
    settings: settingsSheet(sampleSettings(serial(MID_REPORT_ISO))),
    sheets: [
      { name: AREAS_SHEET, columns: areaColumns(true), rows: areaRows(true) },
      {
        name: TASKS_SHEET,
        titleRows: [
          "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020",
          "(Cập nhật đến ngày 30/06/2018)",
        ],
        columns: TASK_COLUMNS,
        rows: TASKS.map((t, i) => taskRow(t, midState(t, i))),
      },
    ],
  };
}

/** The mid-programme sample as the grid the core takes, without a file. */
export function midGrid(): WorkbookGrid {
  return workbookToGrid(midSample());
}
