// The seed programme as the appendix of its plan (issue 11 §2): "Phụ lục: Danh mục nhiệm vụ", typed in
// Word and pasted into Excel: a title block, the header row, a column-number row, a section row per work
// area (Roman numeral, the area's name in capitals, its lead unit), tasks numbered within each section,
// deadlines as the plan writes them, and the signature footer. Built from the same source as the other
// samples, so it imports to the seed's 7 areas and 58 tasks. The preview offers it for the import.
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { AREAS, TASKS } from "./programme";

export const APPENDIX_SHEET = "Phụ lục";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** A deadline as a plan writes it: a date typed as text, or "Thường xuyên" for a recurring duty. */
function deadlineText(due: string | undefined, kind: string): string {
  if (kind === "recurring" || !due) return "Thường xuyên";
  const [y, m, d] = due.split("-");
  return `${d}/${m}/${y}`;
}

export function appendixSheet(): SheetGrid {
  const rows: CellValue[][] = [
    ["", "PHỤ LỤC"],
    [
      "",
      "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020",
    ],
    ["", "(Kèm theo Kế hoạch số 15-KH/TU ngày 10/3/2016 của Tỉnh ủy)"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Ghi chú"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
  ];
  AREAS.forEach((area, i) => {
    rows.push([ROMAN[i], area.name.toLocaleUpperCase("vi"), area.leadUnit, "", ""]);
    TASKS.filter((t) => t.area === area.id).forEach((task, n) =>
      rows.push([n + 1, task.title, task.unit, deadlineText(task.due, task.kind), ""])
    );
  });
  rows.push([], ["", "Ghi chú: các cơ quan chủ trì báo cáo kết quả trước ngày 15 tháng cuối quý."]);
  const width = 5;
  const values = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
  return { name: APPENDIX_SHEET, address: "A1", values };
}

/** A workbook holding only the appendix list: what an office has before the add-in. */
export function appendixGrid(): WorkbookGrid {
  return { sheets: [appendixSheet()] };
}
