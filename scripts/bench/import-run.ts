// Child process of `npm run bench`: the import of a 10,000-row appendix list and the refresh of a
// 10,000-task table whose deadlines are typed as plan text ("Quý II/2018", "Tháng 6/2019", "Năm 2020"),
// each beside today's refresh of the same table with real dates (issue 11's budget: at most 1.5x).
// Prints `RESULT {"plain": {...}, "deadlineText": {...}, "import": {...}}`, walls and CPU in ms.
import { analyse } from "../../src/core/analyse";
import { ymdFromSerial } from "../../src/core/dates";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { importFromWorkbook } from "../../src/core/import/workbook";
import { APPENDIX_HEADER } from "../../src/sample/appendix-2020";
import { benchGrid, REPORT } from "./data";
import { timed } from "./stats";
import { t as sheetText } from "../../src/i18n/sheets";

const SIZE = Number(process.argv[2] ?? 10_000);
const RUNS = 9;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** A deadline serial as a plan writes it: the period that ends on it, or the quarter or year it falls in. */
function periodText(serial: number, i: number): string {
  const { y, m } = ymdFromSerial(serial);
  if (i % 3 === 0) return `Quý ${ROMAN[Math.floor((m - 1) / 3)]}/${y}`;
  if (i % 3 === 1) return `Tháng ${m}/${y}`;
  return `Năm ${y}`;
}

/** The bench table with every deadline typed as text. */
function withDeadlineText(grid: WorkbookGrid): WorkbookGrid {
  const sheets = grid.sheets.map((sheet) => {
    const headerRow = sheet.values.findIndex((row) => row.includes("Thời hạn"));
    if (headerRow < 0) return sheet;
    const col = sheet.values[headerRow].indexOf("Thời hạn");
    const values = sheet.values.map((row, r) =>
      r > headerRow && typeof row[col] === "number"
        ? row.map((v, c) => (c === col ? periodText(v as number, r) : v))
        : row
    );
    return { ...sheet, values };
  });
  return { ...grid, sheets };
}

/** An appendix list of `size` tasks in ten sections, deadlines as plan text, sub-items every tenth row. */
function appendixGrid(size: number): WorkbookGrid {
  const rows: CellValue[][] = [["DANH MỤC NHIỆM VỤ"], [], APPENDIX_HEADER];
  const perSection = Math.ceil(size / ROMAN.length);
  for (let i = 0; i < size; i++) {
    if (i % perSection === 0) {
      const s = i / perSection;
      rows.push([ROMAN[s], `LĨNH VỰC SỐ ${s + 1} CỦA CHƯƠNG TRÌNH`, `Ban số ${s + 1}`]);
    }
    const n = (i % perSection) + 1;
    const due = i % 7 === 0 ? "Thường xuyên" : periodText(43_000 + (i % 900), i);
    const number = i % 10 === 9 ? "-" : n;
    rows.push([
      number,
      `Nhiệm vụ thứ ${i + 1}\nnội dung dán từ Word`,
      "",
      "",
      due,
      "Đang thực hiện (50%)",
      "",
    ]);
  }
  return { sheets: [{ name: "Phụ lục", address: "A1", values: rows }] };
}

function measure(fn: () => unknown): { walls: number[]; cpus: number[] } {
  for (let i = 0; i < 2; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = timed(fn);
    walls.push(t.ms);
    cpus.push(t.cpuMs);
  }
  return { walls, cpus };
}

const plainGrid = benchGrid(SIZE);
const textGrid = withDeadlineText(plainGrid);
const list = appendixGrid(SIZE);
const imported = importFromWorkbook(list);
if (!imported || imported.tasks.length !== SIZE)
  throw new Error(
    `the generated list imported to ${imported?.tasks.length ?? 0} tasks, not ${SIZE}`
  );
const out = {
  plain: measure(() => analyse(plainGrid, { t: sheetText, today: REPORT, lang: "vi" })),
  deadlineText: measure(() => analyse(textGrid, { t: sheetText, today: REPORT, lang: "vi" })),
  import: measure(() => importFromWorkbook(list)),
};
console.log(`RESULT ${JSON.stringify(out)}`);
