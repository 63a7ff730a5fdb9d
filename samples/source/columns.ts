// The contract's Vietnamese headers (PRODUCT.md, "The workbook contract"), shared by both samples.
import { AREAS, type SampleArea, type SampleTask } from "./programme";
import { DATE_FORMAT, PERCENT_FORMAT, serial, type SampleColumn } from "./workbook";
import type { CellValue } from "../../src/core/grid";

export const AREAS_SHEET = "Lĩnh vực";
export const TASKS_SHEET = "Nhiệm vụ";

export const KIND_TEXT = { roadmap: "Theo lộ trình", recurring: "Thường xuyên" } as const;

export function areaColumns(withGroup: boolean): SampleColumn[] {
  const columns: SampleColumn[] = [
    { header: "Mã", width: 8 },
    { header: "Lĩnh vực", width: 40, wrap: true },
    { header: "Đơn vị chủ trì", width: 32, wrap: true },
    { header: "Thứ tự", width: 8 },
  ];
  if (withGroup) columns.push({ header: "Nhóm", width: 32, wrap: true });
  return columns;
}

export function areaRows(withGroup: boolean): CellValue[][] {
  return AREAS.map((a: SampleArea, i) => {
    const row: CellValue[] = [a.id, a.name, a.leadUnit, i + 1];
    if (withGroup) row.push(a.group);
    return row;
  });
}

export const TASK_COLUMNS: SampleColumn[] = [
  { header: "Mã", width: 8 },
  { header: "Lĩnh vực", width: 28, wrap: true },
  { header: "Nội dung nhiệm vụ", width: 60, wrap: true },
  { header: "Loại", width: 14 },
  { header: "Đơn vị thực hiện", width: 28, wrap: true },
  { header: "Thời hạn", width: 12, format: DATE_FORMAT },
  { header: "Trạng thái", width: 16 },
  { header: "Tiến độ (%)", width: 10, format: PERCENT_FORMAT },
  { header: "Ngày hoàn thành", width: 14, format: DATE_FORMAT },
  { header: "Ghi chú", width: 36, wrap: true },
];

export interface TaskState {
  status: string;
  progress: number;
  completedOn: string | null;
  note: string;
}

/** One task row in TASK_COLUMNS order; the area column carries the area's name, as offices type it. */
export function taskRow(task: SampleTask, state: TaskState): CellValue[] {
  const area = AREAS.find((a) => a.id === task.area);
  if (!area) throw new Error(`Sample task ${task.id} has unknown area ${task.area}`);
  return [
    task.id,
    area.name,
    task.title,
    KIND_TEXT[task.kind],
    task.unit,
    task.due ? serial(task.due) : "",
    state.status,
    state.progress,
    state.completedOn ? serial(state.completedOn) : "",
    state.note,
  ];
}
