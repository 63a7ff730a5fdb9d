// Grid literals for tests: sheets written as rows, the way a user would lay them out.
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { seedGrid, TASKS_SHEET } from "../../samples/source";

export const AREA_HEADER = ["Mã", "Lĩnh vực", "Đơn vị chủ trì", "Thứ tự", "Nhóm"];
export const TASK_HEADER = [
  "Mã",
  "Lĩnh vực",
  "Nội dung nhiệm vụ",
  "Loại",
  "Đơn vị thực hiện",
  "Thời hạn",
  "Trạng thái",
  "Tiến độ (%)",
  "Ngày hoàn thành",
  "Ghi chú",
];

export function sheet(
  name: string,
  rows: CellValue[][],
  options: Partial<SheetGrid> = {}
): SheetGrid {
  return { name, address: "A1", values: rows, ...options };
}

/** A workbook with the two input sheets; formats default to dd/mm/yyyy on the task date columns. */
export function workbook(
  areaRows: CellValue[][],
  taskRows: CellValue[][],
  extra: SheetGrid[] = []
): WorkbookGrid {
  const taskValues = [TASK_HEADER, ...taskRows];
  const formats = taskValues.map((r, i) =>
    TASK_HEADER.map((_, c) =>
      i > 0 && (c === 5 || c === 8) && typeof r[c] === "number" ? "dd/mm/yyyy" : "General"
    )
  );
  return {
    sheets: [
      sheet("Lĩnh vực", [AREA_HEADER, ...areaRows]),
      sheet("Nhiệm vụ", taskValues, { numberFormats: formats }),
      ...extra,
    ],
  };
}

export const AREAS: CellValue[][] = [
  ["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1, ""],
  ["TC", "Công tác tổ chức xây dựng đảng", "Ban Tổ chức Tỉnh ủy", 2, ""],
];

/**
 * The seed sample with its task table repeated to `count` rows (IDs NV0001…, wider when `count` needs
 * it), for tests that need a workbook larger than the seed's 58 tasks.
 */
export function seedWithTasks(count: number): WorkbookGrid {
  const grid = seedGrid();
  const tasks = grid.sheets.find((s) => s.name === TASKS_SHEET)!;
  const [header, ...rows] = tasks.values;
  const [formatHeader, ...formats] = tasks.numberFormats!;
  const width = Math.max(4, String(count).length);
  tasks.values = [header];
  tasks.numberFormats = [formatHeader];
  for (let i = 0; i < count; i++) {
    const row = [...rows[i % rows.length]];
    row[0] = `NV${String(i + 1).padStart(width, "0")}`;
    tasks.values.push(row);
    tasks.numberFormats.push(formats[i % formats.length]);
  }
  return grid;
}
