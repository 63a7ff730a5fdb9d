// Deterministic, realistic task workbooks of any size for the benchmark: the article's 7 work areas in
// 3 groups, a title block above the task table, both task kinds, all four statuses, due and completion
// dates around the report date (some late, some due soon), progress, notes, areas typed by name or by ID,
// and a few rows the validator flags. Same size → same workbook, run after run.
import type { WorkbookGrid } from "../../src/core/grid";
import type { CellValue } from "../../src/core/grid";
import { AREAS, TASKS } from "../../samples/source/programme";
import { areaColumns, areaRows, KIND_TEXT, TASK_COLUMNS } from "../../samples/source/columns";
import {
  sampleSettings,
  serial,
  settingsSheet,
  workbookToGrid,
  type SampleWorkbook,
} from "../../samples/source/workbook";

export const REPORT_ISO = "2020-11-06";
export const REPORT = serial(REPORT_ISO);
const START = serial("2015-06-01");
const END = serial("2021-12-31");

/** mulberry32: a small seeded generator, so the data never depends on Math.random. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = [
  "",
  "",
  "",
  "Đã báo cáo Ban Thường vụ",
  "Chờ hướng dẫn của Trung ương",
  "Lồng ghép với kế hoạch năm",
  "Đề nghị gia hạn",
];

/** Area weights: bigger areas get more tasks, as in the article (5/15/4/11/4/16/3). */
const WEIGHTS = [5, 15, 4, 11, 4, 16, 3];

function pickArea(r: number): number {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < WEIGHTS.length; i++) {
    x -= WEIGHTS[i];
    if (x < 0) return i;
  }
  return WEIGHTS.length - 1;
}

function taskRows(count: number): CellValue[][] {
  const next = rng(20201106 + count);
  const width = String(count).length;
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const template = TASKS[i % TASKS.length];
    const areaIndex = pickArea(next());
    const area = AREAS[areaIndex];
    // Offices type the area's name; about one row in ten carries its ID instead.
    const areaCell = next() < 0.1 ? area.id : area.name;
    const recurring = next() < 0.3;
    const due = recurring ? "" : Math.floor(START + next() * (END - START));
    const s = next();
    let status: string;
    let progress: number;
    let completed: CellValue = "";
    if (s < 0.55) {
      status = "Hoàn thành";
      progress = 1;
      // Done on time mostly, late by up to 90 days sometimes, and never after the report date.
      const base = typeof due === "number" ? due : REPORT - 400;
      const offset = next() < 0.8 ? -Math.floor(next() * 180) : Math.floor(next() * 90);
      completed = Math.min(REPORT, base + offset);
    } else if (s < 0.8) {
      status = "Đang thực hiện";
      progress = Math.round(next() * 18 + 1) / 20;
    } else if (s < 0.95) {
      status = "Chưa thực hiện";
      progress = 0;
    } else {
      status = "Tạm dừng";
      progress = Math.round(next() * 10) / 20;
    }
    const row: CellValue[] = [
      `NV${String(i + 1).padStart(width, "0")}`,
      areaCell,
      `${template.title} (đợt ${1 + Math.floor(i / TASKS.length)})`,
      KIND_TEXT[recurring ? "recurring" : "roadmap"],
      template.unit,
      due,
      status,
      progress,
      completed,
      NOTES[Math.floor(next() * NOTES.length)],
    ];
    // One roadmap task in two hundred lacks its deadline: a finding, as in real files.
    if (!recurring && next() < 0.005) row[5] = "";
    rows.push(row);
  }
  return rows;
}

export function benchSample(count: number): SampleWorkbook {
  return {
    file: `bench-${count}.xlsx`,
    reportDate: REPORT,
    settings: settingsSheet(sampleSettings(REPORT)),
    sheets: [
      { name: "Lĩnh vực", columns: areaColumns(true), rows: areaRows(true) },
      {
        name: "Nhiệm vụ",
        titleRows: [
          "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ",
          "(cập nhật đến ngày 06/11/2020)",
        ],
        columns: TASK_COLUMNS,
        rows: taskRows(count),
      },
    ],
  };
}

/** The workbook as the grid Office.js would hand the core (used ranges from A1). */
export function benchGrid(count: number): WorkbookGrid {
  return workbookToGrid(benchSample(count));
}
