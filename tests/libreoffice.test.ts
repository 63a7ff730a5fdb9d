// LibreOffice as an independent engine: the recalculation harness itself, then the writer's output
// (live formulas computed, charts kept, pages printed). Slow (seconds per conversion): few conversions.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { PlanCell, SheetPlan } from "../src/core/plan";
import { writeRefreshedWorkbook } from "../src/cli/xlsx-file";
import {
  computed,
  describeWithLibreOffice,
  readWorkbook,
  recalculateWithLibreOffice,
  renderWithLibreOffice,
} from "./helpers/libreoffice";

const AREAS = ["Công tác tư tưởng", "Công tác dân vận", "Công tác nội chính"];
const STATUSES = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Hoàn thành", "Tạm dừng"];

interface TaskRow {
  id: string;
  area: string;
  status: string;
  due: Date;
  completed: Date | null;
}

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** 37 tasks with deterministic, varied statuses, due dates and completion dates. */
function tasks(): TaskRow[] {
  return Array.from({ length: 37 }, (_, i) => {
    const status = STATUSES[(i * 7) % STATUSES.length];
    const due = utc(2020, 1 + (i % 12), 1 + ((i * 5) % 28));
    const completed =
      status === "Hoàn thành" ? utc(2020, 1 + ((i * 3) % 12), 1 + ((i * 11) % 28)) : null;
    return {
      id: `NV${String(i + 1).padStart(3, "0")}`,
      area: AREAS[i % AREAS.length],
      status,
      due,
      completed,
    };
  });
}

const REPORT_DATE = utc(2020, 11, 6);
// Conversions wait their turn behind any other LibreOffice run on the machine.
const LO_TIMEOUT = 240_000;

function addTaskSheet(workbook: ExcelJS.Workbook, rows: TaskRow[]): void {
  const ws = workbook.addWorksheet("Nhiệm vụ");
  ws.addRow([
    "Mã",
    "Lĩnh vực",
    "Nội dung nhiệm vụ",
    "Loại",
    "Thời hạn",
    "Trạng thái",
    "Tiến độ",
    "Ngày hoàn thành",
  ]);
  for (const t of rows) {
    ws.addRow([
      t.id,
      t.area,
      `Nhiệm vụ ${t.id}`,
      "Theo lộ trình",
      t.due,
      t.status,
      null,
      t.completed,
    ]);
  }
  ws.getColumn(5).numFmt = "dd/mm/yyyy";
  ws.getColumn(8).numFmt = "dd/mm/yyyy";
}

async function tempFile(name: string): Promise<string> {
  return join(mkdtempSync(join(tmpdir(), "lo-test-")), name);
}

describeWithLibreOffice("LibreOffice", () => {
  it(
    "recalculates formulas that have no cached result or a wrong one",
    async () => {
      const rows = tasks();
      const workbook = new ExcelJS.Workbook();
      addTaskSheet(workbook, rows);
      const check = workbook.addWorksheet("Kiểm tra");
      check.getCell("A1").value = REPORT_DATE;
      const f = (formula: string, result?: number): ExcelJS.CellFormulaValue =>
        ({ formula, result }) as ExcelJS.CellFormulaValue;
      check.getCell("B1").value = f(`COUNTIFS('Nhiệm vụ'!$F:$F,"Hoàn thành")`);
      check.getCell("B2").value = f(
        `COUNTIFS('Nhiệm vụ'!$B:$B,"Công tác dân vận",'Nhiệm vụ'!$F:$F,"Hoàn thành")`,
        999
      );
      check.getCell("B3").value = f(
        `SUMPRODUCT(('Nhiệm vụ'!$F$2:$F$500="Hoàn thành")*('Nhiệm vụ'!$H$2:$H$500<>"")*('Nhiệm vụ'!$H$2:$H$500>'Nhiệm vụ'!$E$2:$E$500))`
      );
      check.getCell("B4").value = f(
        `COUNTIFS('Nhiệm vụ'!$E:$E,"<"&$A$1,'Nhiệm vụ'!$F:$F,"<>Hoàn thành",'Nhiệm vụ'!$F:$F,"<>Tạm dừng")`,
        -1
      );
      check.getCell("B5").value = f(`SUMPRODUCT(--('Nhiệm vụ'!$E$2:$E$500>=$A$1))`);
      const input = await tempFile("harness.xlsx");
      await workbook.xlsx.writeFile(input);

      const out = await recalculateWithLibreOffice(input);
      const sheet = (await readWorkbook(out)).getWorksheet("Kiểm tra")!;

      const done = rows.filter((t) => t.status === "Hoàn thành");
      const late = done.filter((t) => t.completed !== null && t.completed > t.due);
      const overdue = rows.filter(
        (t) => t.due < REPORT_DATE && t.status !== "Hoàn thành" && t.status !== "Tạm dừng"
      );
      const notYetDue = rows.filter((t) => t.due >= REPORT_DATE);
      // The data must exercise every check, or a zero could pass by accident.
      expect([late.length, overdue.length, notYetDue.length].every((n) => n > 0)).toBe(true);
      expect(computed(sheet.getCell("B1"))).toBe(done.length);
      expect(computed(sheet.getCell("B2"))).toBe(
        done.filter((t) => t.area === "Công tác dân vận").length
      );
      expect(computed(sheet.getCell("B3"))).toBe(late.length);
      expect(computed(sheet.getCell("B4"))).toBe(overdue.length);
      expect(computed(sheet.getCell("B5"))).toBe(notYetDue.length);
    },
    LO_TIMEOUT
  );

  describe("a workbook written with charts", () => {
    const rows = tasks();
    let written = "";

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      addTaskSheet(workbook, rows);
      const input = await tempFile("input.xlsx");
      await workbook.xlsx.writeFile(input);
      written = await tempFile("refreshed.xlsx");
      await writeRefreshedWorkbook(input, { sheets: [summaryPlan()] }, written);
    }, LO_TIMEOUT);

    it(
      "computes the summary's live formulas and keeps both charts through LibreOffice",
      async () => {
        const out = await recalculateWithLibreOffice(written);
        const sheet = (await readWorkbook(out)).getWorksheet("Tổng hợp")!;
        AREAS.forEach((area, i) => {
          const mine = rows.filter((t) => t.area === area);
          const count = (s: string): number => mine.filter((t) => t.status === s).length;
          expect(computed(sheet.getCell(`B${3 + i}`))).toBe(area);
          expect(computed(sheet.getCell(`C${3 + i}`))).toBe(mine.length);
          expect(computed(sheet.getCell(`D${3 + i}`))).toBe(count("Hoàn thành"));
          expect(computed(sheet.getCell(`E${3 + i}`))).toBe(count("Đang thực hiện"));
          expect(computed(sheet.getCell(`F${3 + i}`))).toBe(count("Chưa thực hiện"));
        });
        expect(computed(sheet.getCell("C6"))).toBe(rows.length);
        expect(sheet.getCell("A8").value).toBe("=SUM(C3:C5) là chữ");
        const zip = await JSZip.loadAsync(readFileSync(out));
        const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
        expect(charts).toHaveLength(2);
      },
      LO_TIMEOUT
    );

    it(
      "follows a status edited by another program without the add-in",
      async () => {
        const edited = await readWorkbook(written);
        const tasksSheet = edited.getWorksheet("Nhiệm vụ")!;
        const index = rows.findIndex((t) => t.status === "Chưa thực hiện");
        tasksSheet.getCell(`F${index + 2}`).value = "Hoàn thành";
        const editedPath = await tempFile("edited.xlsx");
        await edited.xlsx.writeFile(editedPath);
        const sheet = (
          await readWorkbook(await recalculateWithLibreOffice(editedPath))
        ).getWorksheet("Tổng hợp")!;
        const row = 3 + AREAS.indexOf(rows[index].area);
        const mine = rows.filter((t) => t.area === rows[index].area);
        const count = (s: string): number => mine.filter((t) => t.status === s).length;
        expect(computed(sheet.getCell(`D${row}`))).toBe(count("Hoàn thành") + 1);
        expect(computed(sheet.getCell(`F${row}`))).toBe(count("Chưa thực hiện") - 1);
        expect(computed(sheet.getCell("D6"))).toBe(
          rows.filter((t) => t.status === "Hoàn thành").length + 1
        );
      },
      LO_TIMEOUT
    );

    it(
      "prints to PDF pages whose PNGs show the bars in the planned colours",
      async () => {
        // The whole workbook as one job: the task sheet and the summary each print.
        const { pdf, pngs } = await renderWithLibreOffice(written, { sheets: "all" });
        expect(statSync(pdf).size).toBeGreaterThan(1000);
        expect(pngs.length).toBeGreaterThanOrEqual(2);
        for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
        // Count the bar colours on low-resolution raw pages (PPM is trivial to read).
        const dir = mkdtempSync(join(tmpdir(), "lo-ppm-"));
        execFileSync("pdftoppm", ["-r", "40", pdf, join(dir, "page")]);
        const pixels = { done: 0, inProgress: 0, notStarted: 0 };
        for (const file of readdirSync(dir)) {
          const image = parsePpm(readFileSync(join(dir, file)));
          pixels.done += image.count([0x2e, 0x7d, 0x32]);
          pixels.inProgress += image.count([0xf9, 0xa8, 0x25]);
          pixels.notStarted += image.count([0x75, 0x75, 0x75]);
        }
        expect(pixels.done).toBeGreaterThan(100);
        expect(pixels.inProgress).toBeGreaterThan(30);
        expect(pixels.notStarted).toBeGreaterThan(30);
      },
      LO_TIMEOUT
    );
  });
});

/**
 * A binary PPM (P6) page and a counter of the pixels whose 3x3 neighbourhood is all close to a
 * colour: solid areas such as bars, not the grey fringes of anti-aliased text and lines.
 */
function parsePpm(data: Buffer): { count: (rgb: [number, number, number]) => number } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PPM");
  const offset = header[0].length;
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    count: ([r, g, b]) => {
      const near = (x: number, y: number): boolean => {
        const p = offset + (y * width + x) * 3;
        return Math.abs(data[p] - r) + Math.abs(data[p + 1] - g) + Math.abs(data[p + 2] - b) < 24;
      };
      let n = 0;
      for (let y = 1; y < height - 1; y++) {
        for (let x = 1; x < width - 1; x++) {
          let solid = true;
          for (let dy = -1; dy <= 1 && solid; dy++) {
            for (let dx = -1; dx <= 1 && solid; dx++) solid = near(x + dx, y + dy);
          }
          if (solid) n++;
        }
      }
      return n;
    },
  };
}

function summaryPlan(): SheetPlan {
  const S = "'Tổng hợp'";
  const T = "'Nhiệm vụ'";
  const v = (value: string | number | null): PlanCell => ({ value });
  const f = (formula: string): PlanCell => ({ formula });
  const count = (row: number, status: string): PlanCell =>
    f(`=COUNTIFS(${T}!$B:$B,$B${row},${T}!$F:$F,"${status}")`);
  const areaRows = AREAS.map((area, i) => {
    const row = 3 + i;
    return [
      v(i + 1),
      v(area),
      f(`=COUNTIFS(${T}!$B:$B,$B${row})`),
      count(row, "Hoàn thành"),
      count(row, "Đang thực hiện"),
      count(row, "Chưa thực hiện"),
      f(`=IF(C${row}=0,0,D${row}/C${row})`),
    ];
  });
  return {
    name: "Tổng hợp",
    role: "summary",
    ownerMark: "TDNV_Summary",
    blocks: [
      { at: "A1", rows: [[v("BIỂU TỔNG HỢP")]] },
      {
        at: "A2",
        rows: [
          [
            v("STT"),
            v("Lĩnh vực"),
            v("Tổng số"),
            v("Hoàn thành"),
            v("Đang thực hiện"),
            v("Chưa thực hiện"),
            v("Tỷ lệ"),
          ],
          ...areaRows,
          [
            v(null),
            v("Tổng cộng"),
            f("=SUM(C3:C5)"),
            f("=SUM(D3:D5)"),
            f("=SUM(E3:E5)"),
            f("=SUM(F3:F5)"),
            f("=IF(C6=0,0,D6/C6)"),
          ],
        ],
      },
      { at: "A8", rows: [[v("=SUM(C3:C5) là chữ")]] },
    ],
    styles: [
      { range: "A1:G8", style: { fontName: "Times New Roman", fontSize: 12 } },
      { range: "A2:G2", style: { bold: true, fill: "#DDEBF7", wrap: true } },
      { range: "A2:G6", style: { border: "thin" } },
      { range: "G3:G6", style: { numberFormat: "0%" } },
    ],
    merges: ["A1:G1"],
    columnWidths: { B: 32, C: 10, D: 12, E: 14, F: 14, G: 10 },
    rowHeights: { 2: 30 },
    freeze: { rows: 2, columns: 0 },
    conditionalFormats: [{ type: "dataBar", range: "G3:G5", color: "#63BE7B" }],
    print: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      fitToWidth: true,
      printTitleRows: "2:2",
      footerCenter: "&P/&N",
    },
    charts: [
      {
        name: "TDNV_ChartStatus",
        type: "barStacked",
        title: "Tình trạng nhiệm vụ theo lĩnh vực",
        source: "B2:F5",
        categories: `${S}!$B$3:$B$5`,
        series: [
          { name: "Hoàn thành", values: `${S}!$D$3:$D$5`, color: "#2E7D32" },
          { name: "Đang thực hiện", values: `${S}!$E$3:$E$5`, color: "#F9A825" },
          { name: "Chưa thực hiện", values: `${S}!$F$3:$F$5`, color: "#757575" },
        ],
        from: "A10",
        to: "E26",
      },
      {
        name: "TDNV_ChartRate",
        type: "barClustered",
        title: "Tỷ lệ hoàn thành theo lĩnh vực",
        source: "B2:G5",
        categories: `${S}!$B$3:$B$5`,
        series: [{ name: "Tỷ lệ", values: `${S}!$G$3:$G$5`, color: "#2E7D32" }],
        dataLabelFormat: "0%",
        axisMin: 0,
        axisMax: 1,
        from: "F10",
        to: "L26",
      },
    ],
    extent: "A1:L26",
  };
}
