// The third sample: the seed programme as offices receive it, the appendix of a plan ("Phụ lục: Danh
// mục nhiệm vụ ... kèm theo Kế hoạch số ...-KH/TU") pasted into Excel: a title block, the plan's header
// words, a column-number row, one Roman-numbered section per area (its name in capitals, its lead
// unit), the tasks numbered 1, 2, 3 in each, deadlines as plans write them, the result at 06/11/2020,
// and a signature footer. Built from the same source of truth as the other samples (programme.ts).
import type { CellValue, WorkbookGrid } from "../core/grid";
import { seedState } from "../core/template";
import { AREAS, TASKS, type SampleTask } from "../core/sample/programme";

export const APPENDIX_FILE = "phu-luc-chuong-trinh-2015-2020.xlsx";
export const APPENDIX_SHEET = "Phụ lục";
export const APPENDIX_HEADER = [
  "STT",
  "Nội dung nhiệm vụ",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Thời gian hoàn thành",
  "Kết quả thực hiện",
  "Ghi chú",
];
/** 1-based row of the header (under the title block and a blank row). */
export const APPENDIX_HEADER_ROW = 4;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const QUARTER_ENDS: Record<string, string> = {
  "03-31": "I",
  "06-30": "II",
  "09-30": "III",
  "12-31": "IV",
};

/**
 * The deadline as a plan writes it: "Thường xuyên" for a recurring task, "Năm 2019" for the last day of a
 * year, "Quý II/2018" for the last day of a quarter, else the date as dd/mm/yyyy. Each reads back as the
 * same day.
 */
function deadlineText(task: SampleTask): string {
  if (task.kind === "recurring" || !task.due) return "Thường xuyên";
  const [year, month, day] = task.due.split("-");
  const end = `${month}-${day}`;
  if (end === "12-31") return `Năm ${year}`;
  if (QUARTER_ENDS[end]) return `Quý ${QUARTER_ENDS[end]}/${year}`;
  return `${day}/${month}/${year}`;
}

/** The appendix sheet's rows from A1. */
export function appendixRows(): CellValue[][] {
  const blank = APPENDIX_HEADER.map(() => "");
  const rows: CellValue[][] = [
    ["PHỤ LỤC", ...blank.slice(1)],
    ["DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 45-KH/TU)", ...blank.slice(1)],
    blank,
    APPENDIX_HEADER,
    APPENDIX_HEADER.map((_, i) => `(${i + 1})`),
  ];
  AREAS.forEach((area, i) => {
    rows.push([ROMAN[i], area.name.toLocaleUpperCase("vi"), area.leadUnit, "", "", "", ""]);
    TASKS.filter((t) => t.area === area.id).forEach((task, j) => {
      const state = seedState(task);
      rows.push([j + 1, task.title, task.unit, "", deadlineText(task), state.status, ""]);
    });
  });
  rows.push(
    blank,
    ["", "Ghi chú: danh mục có thể được bổ sung, điều chỉnh theo chỉ đạo.", "", "", "", "", ""],
    ["", "", "", "", "NGƯỜI LẬP BIỂU", "", ""],
    ["", "", "", "", "(Ký, ghi rõ họ tên)", "", ""]
  );
  return rows;
}

/** The appendix sample as the grid the core takes, without a file. */
export function appendixGrid(): WorkbookGrid {
  return { sheets: [{ name: APPENDIX_SHEET, address: "A1", values: appendixRows() }] };
}
