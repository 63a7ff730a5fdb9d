// The CLI writes through ExcelJS, which drops charts, shapes, pivot tables and macros it does not
// model. It must refuse to write such a workbook rather than lose the user's work.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { main } from "../src/cli/main";
import { contentAtRisk } from "../src/xlsx/preserve";

const seed = path.join(__dirname, "..", "samples", "chuong-trinh-xd-htct-2015-2020.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "preserve-"));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), today: 44141 });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

async function edit(file: string, change: (zip: JSZip) => Promise<void> | void): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  await change(zip);
  const target = path.join(dir, `edited-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(target, await zip.generateAsync({ type: "nodebuffer" }));
  return target;
}

describe("keeping what the CLI cannot write back", () => {
  const refreshed = path.join(dir, "refreshed.xlsx");

  beforeAll(async () => {
    expect((await run(["refresh", seed, "-o", refreshed])).code).toBe(0);
  });

  it("finds nothing at risk in a plain workbook or in the add-in's own charts", async () => {
    expect(await contentAtRisk(readFileSync(seed))).toEqual([]);
    expect(await contentAtRisk(readFileSync(refreshed))).toEqual([]);
  });

  it("sees charts on a sheet the add-in does not own", async () => {
    // Without its mark the summary sheet is just a user's sheet with a chart.
    const unmarked = await edit(refreshed, async (zip) => {
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", xml.replace(/<definedName name="TDNV_Summary"[^>]*>[^<]*<\/definedName>/, ""));
    });
    expect(await contentAtRisk(readFileSync(unmarked))).toEqual([{ kind: "drawing", sheet: "Tổng hợp" }]);
  });

  it("refuses to write a workbook with a pivot table or macros, and leaves the input as it was", async () => {
    const input = await edit(seed, (zip) => {
      zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
      zip.file("xl/vbaProject.bin", "x");
    });
    const before = readFileSync(input);
    const output = path.join(dir, "never.xlsx");
    const result = await run(["refresh", input, "-o", output]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("PivotTable");
    expect(result.stderr).toContain("VBA");
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(() => readFileSync(output)).toThrow();
  });
});
