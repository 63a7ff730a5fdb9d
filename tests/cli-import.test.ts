// The CLI's import command on an appendix list written as an .xlsx (issue 11 §2).
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { main } from "../src/cli/main";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function appendixFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRows([
    ["DANH MỤC NHIỆM VỤ"],
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
    ["I", "CÔNG TÁC TƯ TƯỞNG", "Ban Tuyên giáo Tỉnh ủy"],
    [1, "Sinh hoạt chính trị dưới cờ", "", "Thường xuyên"],
    [2, "Xuất bản sách", "", "Quý II/2021"],
    [3, "Tổng kết", "", "Khi có chỉ đạo"],
  ]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "import-")), "phu-luc.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("cli import", () => {
  it("prints exactly one JSON object with areas, tasks and findings, exit 0 without errors", async () => {
    const { code, out } = await run(["import", await appendixFile(), "--json", "--lang", "en"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.sheet).toBe("Phụ lục");
    expect(json.areas).toEqual([
      { id: "TT", name: "Công tác tư tưởng", lead: "Ban Tuyên giáo Tỉnh ủy" },
    ]);
    expect(
      json.tasks.map((t: { id: string; kind: string; due: string | null }) => [t.id, t.kind, t.due])
    ).toEqual([
      ["TT-01", "recurring", null],
      ["TT-02", "roadmap", "2021-06-30"],
      ["TT-03", "roadmap", null],
    ]);
    expect(json.findings).toEqual([
      {
        severity: "warning",
        code: "unknown-deadline",
        sheet: "Phụ lục",
        cell: "D6",
        message:
          'Deadline "Khi có chỉ đạo" is neither a date nor a period (quarter, month, year, span of years), so the task counts as having no deadline.',
      },
    ]);
  });

  it("exits 2 with one line when the file holds no list", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("X").addRows([["a", "b"]]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "import-")), "x.xlsx");
    await wb.xlsx.writeFile(file);
    const { code, out, err } = await run(["import", file]);
    expect([code, out]).toEqual([2, ""]);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});
