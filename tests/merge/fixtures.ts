// Grids for the merge tests: a small master programme, copies of it edited as clerks edit them
// (rows re-sorted, columns moved or inserted, aliases, text dates, 80 or "80%"), and the snapshot
// sheet a shared copy carries, built from the core's own plan.
import { formatVnDate, serialFromIso } from "../../src/core/dates";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/a1";
import type { Status } from "../../src/core/model";
import type { SheetPlan } from "../../src/core/plan";
import { readModel } from "../../src/core/read";
import { idsFingerprint, snapshotSheetPlan, type SnapshotMeta } from "../../src/core/merge";
import { CANONICAL_STATUS } from "../../src/core/vocab";
import { TASK_HEADER } from "../helpers/grid";
import { t as sheetText } from "../../src/i18n";

export const AREA_HEADER = ["Mã", "Lĩnh vực", "Đơn vị chủ trì"];
export const AREA_ROWS: CellValue[][] = [
  ["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy"],
  ["TC", "Công tác tổ chức xây dựng đảng", "Ban Tổ chức Tỉnh ủy"],
];
export { TASK_HEADER };

/** One task of a test programme, in the model's terms. */
export interface TaskSpec {
  id: string;
  area: "TT" | "TC";
  title: string;
  due: number | null;
  status: Status | null;
  progress: number | null;
  completedOn: number | null;
  notes: string;
}

export const D = (iso: string): number => serialFromIso(iso)!;

export function task(id: string, partial: Partial<TaskSpec> = {}): TaskSpec {
  return {
    id,
    area: "TT",
    title: `Nhiệm vụ ${id}`,
    due: D("2020-06-30"),
    status: "in-progress",
    progress: 0.5,
    completedOn: null,
    notes: "",
    ...partial,
  };
}

/** How a clerk typed the cells of a copy. */
export interface Typing {
  alias?: boolean;
  percentText?: boolean;
  textDates?: boolean;
  nfd?: boolean;
}

const STATUS_ALIAS: Record<Status, string> = {
  "not-started": "Chưa triển khai",
  "in-progress": "Đang triển khai",
  done: "Đã hoàn thành",
  suspended: "Tạm hoãn",
};

export function taskRow(t: TaskSpec, typing: Typing = {}): CellValue[] {
  const status =
    t.status === null ? "" : typing.alias ? STATUS_ALIAS[t.status] : CANONICAL_STATUS[t.status];
  const progress =
    t.progress === null
      ? ""
      : typing.percentText
        ? `${Math.round(t.progress * 1000) / 10}%`.replace(".", ",")
        : t.progress;
  const date = (d: number | null): CellValue =>
    d === null ? "" : typing.textDates ? formatVnDate(d) : d;
  const notes = typing.nfd ? `  ${t.notes.normalize("NFD")} ` : t.notes;
  const unit = t.area === "TT" ? "Ban Tuyên giáo Tỉnh ủy" : "Ban Tổ chức Tỉnh ủy";
  return [
    t.id,
    t.area,
    t.title,
    "Theo lộ trình",
    unit,
    date(t.due),
    status,
    progress,
    date(t.completedOn),
    t.notes === "" ? "" : notes,
  ];
}

export interface SheetShape {
  /** Column order: a permutation of 0..9, and an inserted column at this index. */
  order?: number[];
  insertAt?: number;
  /** Row order of the tasks. */
  reverse?: boolean;
}

export function tasksSheet(
  tasks: TaskSpec[],
  typing: Typing = {},
  shape: SheetShape = {}
): SheetGrid {
  const order = shape.order ?? TASK_HEADER.map((_, i) => i);
  const rows = (shape.reverse ? [...tasks].reverse() : tasks).map((t) => taskRow(t, typing));
  let values: CellValue[][] = [TASK_HEADER, ...rows].map((r) => order.map((i) => r[i]));
  if (shape.insertAt !== undefined) {
    const at = shape.insertAt;
    values = values.map((r, i) => [
      ...r.slice(0, at),
      i === 0 ? "Ghi chú của đơn vị" : `x${i}`,
      ...r.slice(at),
    ]);
  }
  const dateCols = new Set(
    [5, 8]
      .map((i) => order.indexOf(i))
      .map((c) => (shape.insertAt !== undefined && c >= shape.insertAt ? c + 1 : c))
  );
  const numberFormats = values.map((r, i) =>
    r.map((v, c) => (i > 0 && dateCols.has(c) && typeof v === "number" ? "dd/mm/yyyy" : "General"))
  );
  return { name: "Nhiệm vụ", address: "A1", values, numberFormats };
}

export function settingsSheet(programme: string): SheetGrid {
  return { name: "Cấu hình", address: "A1", values: [["Tên chương trình", programme]] };
}

export function workbookOf(
  tasks: TaskSpec[],
  typing: Typing = {},
  shape: SheetShape = {},
  extra: SheetGrid[] = []
): WorkbookGrid {
  return {
    sheets: [
      { name: "Lĩnh vực", address: "A1", values: [AREA_HEADER, ...AREA_ROWS] },
      tasksSheet(tasks, typing, shape),
      ...extra,
    ],
  };
}

/** A plan's constant cells as a grid, the way a host reads the written sheet back. */
export function planGrid(plan: SheetPlan): SheetGrid {
  const values: CellValue[][] = [];
  for (const block of plan.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = (values[at.row - 1 + r] ??= []);
        const v = "value" in cell ? cell.value : (cell.result ?? "");
        row[at.col + c] = v === null ? "" : v;
      })
    );
  }
  let width = 0;
  for (let i = 0; i < values.length; i++) width = Math.max(width, values[i]?.length ?? 0);
  const dense = Array.from({ length: values.length }, (_, i) =>
    Array.from({ length: width }, (_, j) => values[i]?.[j] ?? "")
  );
  return { name: plan.name, address: "A1", values: dense };
}

/** The snapshot sheet of a copy of `master` shared with the office of area `office` (all tasks when absent). */
export function snapshotOf(
  master: WorkbookGrid,
  office?: "TT" | "TC",
  sharedOn = D("2020-10-01")
): SheetGrid {
  const { model } = readModel(master);
  const meta: SnapshotMeta = {
    programme: "Chương trình xây dựng hệ thống chính trị",
    period: "",
    sharedOn,
    office:
      office === undefined
        ? ""
        : office === "TT"
          ? "Ban Tuyên giáo Tỉnh ủy"
          : "Ban Tổ chức Tỉnh ủy",
    by: "lead",
    idsFingerprint: idsFingerprint(model.tasks.map((t) => t.id)),
  };
  return planGrid(
    snapshotSheetPlan(sheetText, meta, model, (t) => office === undefined || t.areaId === office)
  );
}
