// The CLI's import command on an appendix list written as an .xlsx (issue 11 §2).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
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

  describe("with -o", () => {
    /** Every part of a package, by path, as bytes. */
    async function parts(file: string): Promise<Map<string, string>> {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const out = new Map<string, string>();
      for (const [name, entry] of Object.entries(zip.files))
        if (!entry.dir) out.set(name, Buffer.from(await entry.async("uint8array")).toString("hex"));
      return out;
    }

    it("writes the source's parts byte for byte plus the input tables, which refresh reads without an error", async () => {
      const source = await appendixFile();
      const out = path.join(path.dirname(source), "nhap.xlsx");
      const imported = await run(["import", source, "-o", out, "--lang", "en"]);
      expect(imported.code).toBe(0);
      expect(imported.out).toContain(`Wrote "${out}"`);

      const before = await parts(source);
      const after = await parts(out);
      // The parts that list sheets, names, types and formats gain entries; every other part is kept.
      const listing = new Set([
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "xl/styles.xml",
        "docProps/app.xml",
      ]);
      for (const [name, bytes] of before)
        if (!listing.has(name)) expect([name, after.get(name)]).toEqual([name, bytes]);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([
        "Phụ lục",
        "Lĩnh vực",
        "Nhiệm vụ",
        "Settings",
      ]);
      const tasks = wb.getWorksheet("Nhiệm vụ")!;
      expect(tasks.getCell("A2").value).toBe("TT-01");
      expect(Object.keys((tasks as unknown as { tables: object }).tables)).toHaveLength(1);

      const refreshed = await run([
        "refresh",
        out,
        "--json",
        "--as-of",
        "2021-01-15",
        "--lang",
        "en",
      ]);
      expect(refreshed.code).toBe(0);
      const report = JSON.parse(refreshed.out);
      expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual(
        []
      );
      expect(report.total.total).toBe(3);
      expect(report.areas).toHaveLength(1);
    });

    it("never replaces a file that exists, and writes nothing without -o", async () => {
      const source = await appendixFile();
      const out = path.join(path.dirname(source), "co-san.xlsx");
      writeFileSync(out, "keep");
      const { code, err } = await run(["import", source, "-o", out]);
      expect(code).toBe(2);
      expect(err.trim().split("\n")).toHaveLength(1);
      expect(readFileSync(out, "utf8")).toBe("keep");
      const dir = path.dirname(source);
      await run(["import", source]);
      expect(existsSync(path.join(dir, "nhap.xlsx"))).toBe(false);
    });
  });

  it("refuses a file that is not an .xlsx as refresh does: one line saying what it is", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "import-"));
    const html = path.join(dir, "phu-luc.xlsx");
    writeFileSync(html, "<html><body><table><tr><td>STT</td></tr></table></body></html>");
    const { code, out, err } = await run(["import", html, "--lang", "en"]);
    expect([code, out]).toEqual([2, ""]);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("HTML");
  });
});
