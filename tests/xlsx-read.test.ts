// The ExcelJS reader gives what Office.js gives for a loaded range: checked on small workbooks built in memory.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { serialFromYmd } from "../src/core/dates";
import type { SheetGrid, WorkbookGrid } from "../src/core/grid";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { gridFromWorkbook, loadXlsx, XlsxReadError } from "../src/xlsx/read";

/** Writes and reloads, so the test sees what a file on disk gives. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return gridFromWorkbook(await loadXlsx(bytes, "test.xlsx"));
}

const sheetOf = (grid: WorkbookGrid, name: string): SheetGrid => {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

const tmp = mkdtempSync(join(tmpdir(), "cli-xlsx-read-"));

describe("reading an .xlsx into the Office.js grid shape", () => {
  it("gives dates as Excel serials with the cell's number format", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Nhiệm vụ");
      ws.getCell("A1").value = new Date(Date.UTC(2020, 10, 6));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("B1").value = serialFromYmd(2018, 6, 30);
      ws.getCell("B1").numFmt = "d/m/yyyy";
      ws.getCell("C1").value = 0.8;
      ws.getCell("C1").numFmt = "0%";
    });
    const s = sheetOf(grid, "Nhiệm vụ");
    expect(s.values).toEqual([[serialFromYmd(2020, 11, 6), serialFromYmd(2018, 6, 30), 0.8]]);
    expect(s.numberFormats).toEqual([["dd/mm/yyyy", "d/m/yyyy", "0%"]]);
  });

  it("reads dates of a 1904 date-system workbook as the same days", async () => {
    const grid = await roundTrip((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2020, 10, 6));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    expect(sheetOf(grid, "S").values).toEqual([[serialFromYmd(2020, 11, 6)]]);
  });

  it("gives formula cells their cached result and error cells their text", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "1+1", result: 2 };
      ws.getCell("B1").value = {
        formula: "NA()",
        result: { error: "#N/A" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("C1").value = { error: "#REF!" };
      ws.getCell("D1").value = { formula: 'A1&"x"', result: "2x" };
      ws.getCell("E1").value = true;
      ws.getCell("F1").value = { formula: "TODAY()", result: new Date(Date.UTC(2020, 10, 6)) };
      ws.getCell("F1").numFmt = "dd/mm/yyyy";
    });
    expect(sheetOf(grid, "S").values).toEqual([
      [2, "#N/A", "#REF!", "2x", true, serialFromYmd(2020, 11, 6)],
    ]);
  });

  it("keeps a formula's cached result of 0 or false, which ExcelJS's value copy drops", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "1-1", result: 0 };
      ws.getCell("B1").value = { formula: "1>2", result: false } as ExcelJS.CellFormulaValue;
      ws.getCell("C1").value = { formula: "2-1", result: 1 };
    });
    expect(sheetOf(grid, "S").values).toEqual([[0, false, 1]]);
  });

  it("reads rich text and hyperlinks as their plain text", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = {
        richText: [{ text: "Hoàn " }, { font: { bold: true }, text: "thành" }],
      };
      ws.getCell("B1").value = { text: "Ban Tuyên giáo", hyperlink: "https://example.org" };
    });
    expect(sheetOf(grid, "S").values).toEqual([["Hoàn thành", "Ban Tuyên giáo"]]);
  });

  it("puts a merged area's value in its top-left cell only", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "DANH MỤC NHIỆM VỤ";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = "Mã";
      ws.getCell("B2").value = "Lĩnh vực";
      ws.getCell("C2").value = "Trạng thái";
    });
    expect(sheetOf(grid, "S").values).toEqual([
      ["DANH MỤC NHIỆM VỤ", "", ""],
      ["Mã", "Lĩnh vực", "Trạng thái"],
    ]);
  });

  it("starts the grid at the used range's top-left cell, below and right of empty cells", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("B2").value = "DANH MỤC NHIỆM VỤ";
      ws.getCell("B4").value = "Mã";
      ws.getCell("D4").value = "Trạng thái";
      ws.getCell("B5").value = "NV1";
      ws.getCell("D5").value = "Hoàn thành";
    });
    const s = sheetOf(grid, "S");
    expect(s.address).toBe("B2");
    expect(s.values).toEqual([
      ["DANH MỤC NHIỆM VỤ", "", ""],
      ["", "", ""],
      ["Mã", "", "Trạng thái"],
      ["NV1", "", "Hoàn thành"],
    ]);
    expect(s.numberFormats?.[3]).toEqual(["General", "General", "General"]);
  });

  it("lists Excel tables with their full range, header row included", async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Nhiệm vụ");
      ws.getCell("A1").value = "DANH MỤC";
      ws.addTable({
        name: "NhiemVu",
        ref: "A3",
        headerRow: true,
        columns: [{ name: "Mã" }, { name: "Trạng thái" }],
        rows: [
          ["NV1", "Hoàn thành"],
          ["NV2", "Đang thực hiện"],
        ],
      });
    });
    const s = sheetOf(grid, "Nhiệm vụ");
    expect(s.tables).toEqual([{ name: "NhiemVu", range: "A3:B5" }]);
    expect(s.values[2]).toEqual(["Mã", "Trạng thái"]);
  });

  it("gives a table added in memory (not yet written) its full range too", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addTable({
      name: "T",
      ref: "B2",
      headerRow: true,
      columns: [{ name: "a" }, { name: "b" }, { name: "c" }],
      rows: [[1, 2, 3]],
    });
    expect(gridFromWorkbook(wb).sheets[0].tables).toEqual([{ name: "T", range: "B2:D3" }]);
  });

  it("keeps sheets in tab order, reads font names and workbook-level defined names", async () => {
    const grid = await roundTrip((wb) => {
      const a = wb.addWorksheet("Lĩnh vực");
      a.getCell("A1").value = "Công t¸c t­ t­ëng";
      a.getCell("A1").font = { name: ".VnTime" };
      wb.addWorksheet("Nhiệm vụ").getCell("A1").value = "x";
      wb.addWorksheet("Tổng hợp").getCell("A1").value = "y";
      wb.definedNames.add("'Tổng hợp'!$A$1", "TDNV_Summary");
    });
    expect(grid.sheetNames).toEqual(["Lĩnh vực", "Nhiệm vụ", "Tổng hợp"]);
    expect(grid.sheets.map((s) => s.name)).toEqual(grid.sheetNames);
    expect(sheetOf(grid, "Lĩnh vực").fontNames).toEqual([[".VnTime"]]);
    expect(grid.names).toEqual({ TDNV_Summary: "'Tổng hợp'!$A$1" });
  });

  it("gives an empty sheet a single empty cell at A1", async () => {
    const grid = await roundTrip((wb) => {
      wb.addWorksheet("Trống");
    });
    expect(sheetOf(grid, "Trống")).toMatchObject({ address: "A1", values: [[""]] });
  });

  it("reads a file from disk", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = "Mã";
    const file = join(tmp, "ok.xlsx");
    await wb.xlsx.writeFile(file);
    expect((await readXlsxGrid(file)).sheets[0].values).toEqual([["Mã"]]);
  });
});

describe("files that are not readable workbooks", () => {
  const expectReadError = async (
    file: string,
    reason: XlsxReadError["reason"]
  ): Promise<XlsxReadError> => {
    const err = await readXlsxGrid(file).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(XlsxReadError);
    const readError = err as XlsxReadError;
    expect(readError.reason).toBe(reason);
    expect(readError.file).toBe(file);
    expect(readError.message).toContain(file);
    return readError;
  };

  it("says a missing file is not found", async () => {
    await expectReadError(join(tmp, "nope.xlsx"), "not-found");
  });

  it("says a directory is not a workbook", async () => {
    await expectReadError(tmp, "is-directory");
  });

  it("says a text file is not an .xlsx, in a short one-line reason", async () => {
    const file = join(tmp, "notes.xlsx");
    writeFileSync(file, "Mã;Lĩnh vực\nTT;Công tác tư tưởng\n");
    const err = await expectReadError(file, "not-xlsx");
    expect(err.detail).not.toMatch(/\n|https?:/);
    expect(err.detail.length).toBeLessThanOrEqual(80);
  });

  it("says a zip without worksheets is not an .xlsx", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "not a workbook");
    const file = join(tmp, "other.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    await expectReadError(file, "not-xlsx");
  });
});
