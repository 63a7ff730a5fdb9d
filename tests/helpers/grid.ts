// Grid literals for tests: sheets written as rows, the way a user would lay them out.
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";

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
