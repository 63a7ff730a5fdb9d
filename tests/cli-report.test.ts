// `refresh --report` in the CLI: prints the report paragraph, writes the report sheets with -o, and a
// second refresh of the written file at a later date states the change since the first date, read back
// from the file's own history sheet.
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { serialFromIso } from "../src/core/dates";
import { MID_FILE } from "../samples/source";

const root = join(__dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "cli-report-"));
const TODAY = serialFromIso("2026-03-05") ?? 0;

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: () => {}, today: TODAY });
  return { code, stdout };
}

describe("refresh --report", () => {
  const mid = join(root, "samples", MID_FILE);

  it("prints the paragraph after the rollup, and in the JSON object", async () => {
    const text = await run("refresh", mid, "--report");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Đoạn báo cáo:\nTính đến ngày 30/06/2018,");
    const json = JSON.parse((await run("refresh", mid, "--report", "--json")).stdout);
    expect(json.paragraph).toMatch(/^Tính đến ngày 30\/06\/2018/);
    expect((await run("refresh", mid)).stdout).not.toContain("Đoạn báo cáo");
  });

  it("writes the report sheets, and the next refresh of the file compares with its history", async () => {
    const first = join(tmp, "first.xlsx");
    const second = join(tmp, "second.xlsx");
    expect((await run("refresh", mid, "--report", "-o", first)).code).toBe(0);
    const grid = await readXlsxGrid(first);
    expect(grid.sheetNames).toEqual(
      expect.arrayContaining(["Danh mục chưa hoàn thành", "Theo đơn vị", "Lịch sử"])
    );
    const later = await run("refresh", first, "--as-of", "2018-12-31", "--report", "-o", second);
    expect(later.stdout).toContain("So với ngày 30/06/2018:");
    const again = await run("refresh", second, "--as-of", "2018-12-31", "--report");
    expect(again.stdout).toContain("So với ngày 30/06/2018:");
    const history = (await readXlsxGrid(second)).sheets.find((s) => s.name === "Lịch sử")!;
    const dates = history.values.slice(3).map((r) => r[0]);
    expect(new Set(dates)).toEqual(
      new Set([serialFromIso("2018-06-30"), serialFromIso("2018-12-31")])
    );
  });
});
