// The CLI end to end: the exported main with captured stdout/stderr on workbooks written to a temp dir,
// and once as a real process, as users run it.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { serialFromIso } from "../src/core/dates";
import { main } from "../src/cli/main";
import { displayWidth } from "../src/cli/text-table";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { SEED_FILE, seedSample, type SampleWorkbook } from "../samples/source";
import { sampleToExcel } from "../samples/source/xlsx";

const root = join(__dirname, "..");
const seedPath = join(root, "samples", SEED_FILE);
const tmp = mkdtempSync(join(tmpdir(), "cli-test-"));
const TODAY = serialFromIso("2026-03-05") ?? 0;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    today: TODAY,
  });
  return { code, stdout, stderr };
}

async function writeSample(name: string, sample: SampleWorkbook): Promise<string> {
  const file = join(tmp, name);
  await sampleToExcel(sample).xlsx.writeFile(file);
  return file;
}

/** The seed sample with the tasks sheet's area cells rewritten. */
function seedWithAreaCells(rewrite: (area: string, row: number) => string): SampleWorkbook {
  const sample = seedSample();
  const tasks = sample.sheets[1];
  tasks.rows = tasks.rows.map((r, i) => [r[0], rewrite(String(r[1]), i), ...r.slice(2)]);
  return sample;
}

const JSON_COUNT_KEYS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "doneNoDeadline",
  "inProgress",
  "notStarted",
  "inTime",
  "suspended",
  "overdue",
  "dueSoon",
  "noDeadline",
  "nonStandardStatus",
  "noStatus",
  "completionRate",
  "dueCompletionRate",
  "averageProgress",
];

describe("cli refresh --json", () => {
  it("reports the seed sample's 7 areas with 5/15/4/11/4/16/3 = 58 tasks in the article's order", async () => {
    const r = await run("refresh", seedPath, "--json", "--as-of", "2020-11-06");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    expect(report.reportDate).toBe("2020-11-06");
    expect(report.areas.map((a: { name: string; total: number }) => [a.name, a.total])).toEqual([
      ["Công tác tư tưởng", 5],
      ["Công tác tổ chức xây dựng đảng", 15],
      ["Công tác kiểm tra, giám sát", 4],
      ["Công tác dân vận", 11],
      ["Công tác nội chính", 4],
      ["Công tác xây dựng bộ máy chính quyền", 16],
      ["Công tác MTTQ và các đoàn thể", 3],
    ]);
    expect(report.total.total).toBe(58);
    expect(report.findings).toEqual([]);
  });

  it("prints exactly one JSON object with the issue's keys and rates as fractions", async () => {
    const r = await run("refresh", seedPath, "--json", "--as-of", "2018-06-30");
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(["reportDate", "areas", "groups", "total", "findings"]);
    expect(Object.keys(report.areas[0])).toEqual(["no", "id", "name", ...JSON_COUNT_KEYS]);
    expect(Object.keys(report.total)).toEqual(JSON_COUNT_KEYS);
    for (const counts of [...report.areas, report.total]) {
      for (const key of ["completionRate", "dueCompletionRate", "averageProgress"]) {
        const rate = counts[key];
        if (rate !== null) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
      }
    }
    // At 30/06/2018 the seed's 2020 completion dates lie in the future: fewer done than at 06/11/2020.
    expect(report.total.completionRate).toBeLessThan(0.97);
  });

  it("takes the report date from the settings sheet when --as-of is not given", async () => {
    const r = await run("refresh", seedPath, "--json");
    expect(JSON.parse(r.stdout).reportDate).toBe("2020-11-06");
  });

  it("matches area names typed in decomposed Unicode, old tone placement or with stray spaces (warnings only)", async () => {
    const sample = seedWithAreaCells((area, i) => {
      if (i % 3 === 0) return area.normalize("NFD");
      if (i % 3 === 1) return `  ${area.replace(/ /g, "  ")} `;
      return area.toUpperCase();
    });
    // Old tone placement: an area whose name has an open "oa"/"uy" syllable, typed the old way in tasks.
    sample.sheets[0].rows[0][1] = "Công tác tư tưởng, văn hóa";
    sample.sheets[1].rows.forEach((row) => {
      if (row[0] === "TT-01" || row[0] === "TT-02") row[1] = "Công tác tư tưởng, văn hoá";
      else if (String(row[0]).startsWith("TT-")) row[1] = "Công tác tư tưởng, văn hóa";
    });
    const file = await writeSample("normalised.xlsx", sample);
    const r = await run("refresh", file, "--json", "--as-of", "2020-11-06");
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { code: string }) => f.code === "unknown-area")).toEqual([]);
    expect(report.findings.every((f: { severity: string }) => f.severity === "warning")).toBe(true);
    expect(report.findings.some((f: { code: string }) => f.code === "text-normalised")).toBe(true);
    expect(report.areas.map((a: { total: number }) => a.total)).toEqual([5, 15, 4, 11, 4, 16, 3]);
    expect(r.code).toBe(0);
  });

  it("reports a missing tasks sheet as a missing-sheet finding and exits 1, still printing the JSON", async () => {
    const sample = seedSample();
    sample.sheets = sample.sheets.filter((s) => s.name !== "Nhiệm vụ");
    const file = await writeSample("no-tasks.xlsx", sample);
    const r = await run("refresh", file, "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "missing-sheet",
        message: expect.stringContaining("Nhiệm vụ"),
      })
    );
  });

  it("exits 1 with the findings' sheet, cell and message when a task has an unknown status", async () => {
    const sample = seedSample();
    sample.sheets[1].rows[4][6] = "Xong xuôi rồi";
    const file = await writeSample("bad-status.xlsx", sample);
    const r = await run("refresh", file, "--json", "--lang", "en");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toContainEqual({
      severity: "error",
      code: "unknown-status",
      sheet: "Nhiệm vụ",
      cell: "G6",
      message: expect.stringMatching(/^Status "Xong xuôi rồi"/),
    });
  });
});

describe("cli refresh in a terminal", () => {
  it("prints the report date, the findings as sheet!cell and message, and the rollup table", async () => {
    const sample = seedSample();
    sample.sheets[1].rows[0][6] = "Hoàn thànhh";
    const file = await writeSample("one-error.xlsx", sample);
    const r = await run("refresh", file, "--as-of", "2020-11-06");
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines).toContain("Ngày báo cáo: 06/11/2020");
    expect(lines.some((l) => /^ {2}Lỗi\s+Nhiệm vụ!G2 {2}Trạng thái "Hoàn thànhh"/.test(l))).toBe(
      true
    );
    expect(lines.some((l) => /^\s+Tổng cộng\s+58\s+55\b/.test(l))).toBe(true);
  });

  it("aligns the rollup columns by display width, whatever the Unicode form of the area names", async () => {
    const sample = seedSample();
    sample.sheets[0].rows[3][1] = "Công tác dân vận".normalize("NFD");
    sample.sheets[0].rows[5][1] = "Công tác 建设 chính quyền";
    const file = await writeSample("widths.xlsx", sample);
    const r = await run("refresh", file, "--as-of", "2020-11-06");
    const lines = r.stdout.split("\n");
    const first = lines.findIndex((l) => /^\s+1 {2}/.test(l));
    const rows = lines.slice(first, first + 9).filter((l) => !l.startsWith("─"));
    expect(rows).toHaveLength(8);
    // Every row ends with the right-aligned rate column, so equal widths mean aligned columns.
    const widths = new Set(rows.map(displayWidth));
    expect(widths.size).toBe(1);
  });

  it("speaks English with --lang en", async () => {
    const r = await run("refresh", seedPath, "--lang", "en");
    expect(r.stdout).toContain("Report date: 2020-11-06");
    expect(r.stdout).toContain("No errors or warnings.");
    expect(r.stdout).toContain("58 tasks, 7 areas; 0 errors, 0 warnings");
    const one = await run(
      "refresh",
      join(root, "tests", "corpus", "files", "33-time-boundaries.xlsx"),
      "--as-of",
      "2020-11-06",
      "--lang",
      "en",
      "-o",
      join(tmp, "time-boundaries-out.xlsx")
    );
    expect(one.stdout).toContain("9 tasks, 2 areas; 0 errors, 1 warning\n");
  });

  it("prints the usage with --help and exits 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: npm run --silent cli -- refresh/);
  });
});

describe("cli errors: exit 2 with one line on stderr", () => {
  const oneLineError = (r: Run): void => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  };

  it("for a file that is not a workbook", async () => {
    const file = join(tmp, "notes.xlsx");
    writeFileSync(file, "Mã,Lĩnh vực\n");
    const r = await run("refresh", file, "--json");
    oneLineError(r);
    expect(r.stderr).toContain(file);
  });

  it("for a missing file", async () => {
    const r = await run("refresh", join(tmp, "absent.xlsx"), "--lang", "en");
    oneLineError(r);
    expect(r.stderr).toMatch(/^Error: file ".*absent\.xlsx" not found/);
  });

  it.each([
    [[], "thiếu lệnh"],
    [["refresh"], "thiếu tệp"],
    [["check", "a.xlsx"], 'lệnh "check"'],
    [["refresh", "a.xlsx", "b.xlsx"], 'tham số thừa "b.xlsx"'],
    [["refresh", "a.xlsx", "--as-of", "2020/11/06"], 'ngày "2020/11/06"'],
    [["refresh", "a.xlsx", "--as-of", "2020-02-31"], 'ngày "2020-02-31"'],
    [["refresh", "a.xlsx", "--as-of"], "--as-of"],
    [["refresh", "a.xlsx", "--lang", "fr"], 'ngôn ngữ "fr"'],
    [["refresh", "a.xlsx", "--verbose"], '"--verbose"'],
  ])("for wrong arguments %j", async (argv, text) => {
    const r = await run(...(argv as string[]));
    oneLineError(r);
    expect(r.stderr).toContain(text);
  });

  it("for an output file that cannot be written", async () => {
    const r = await run("refresh", seedPath, "-o", join(tmp, "no-such-dir", "out.xlsx"));
    oneLineError(r);
    expect(r.stderr).toContain("out.xlsx");
  });

  it("as a real process, without a stack trace", () => {
    const file = join(tmp, "not-a-workbook.xlsx");
    writeFileSync(file, "plain text");
    const p = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), join(root, "src/cli/main.ts"), "refresh", file],
      {
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(p.status).toBe(2);
    expect(p.stdout).toBe("");
    expect(p.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(p.stderr).toContain("là tệp văn bản (ví dụ CSV) mang đuôi .xlsx");
  });
});

describe("cli refresh -o", () => {
  it("writes the refreshed workbook with the summary sheet after the user's sheets", async () => {
    const out = join(tmp, "refreshed.xlsx");
    const r = await run("refresh", seedPath, "--as-of", "2020-11-06", "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stdout).toContain(out);
    const grid = await readXlsxGrid(out);
    expect(grid.sheetNames).toEqual(["Lĩnh vực", "Nhiệm vụ", "Cấu hình", "Tổng hợp"]);
  });

  it("gives the same rollup when run again on its own output", async () => {
    const first = join(tmp, "first.xlsx");
    const second = join(tmp, "second.xlsx");
    const a = await run("refresh", seedPath, "--json", "-o", first);
    const b = await run("refresh", first, "--json", "-o", second);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect((await readXlsxGrid(second)).sheetNames).toEqual((await readXlsxGrid(first)).sheetNames);
  });

  it("records --as-of in the settings sheet, so the next refresh keeps that date of record", async () => {
    const out = join(tmp, "as-of-2016.xlsx");
    const r = await run("refresh", seedPath, "--json", "--as-of", "01/01/2016", "-o", out);
    expect(r.stderr).toBe("");
    const before = (await readXlsxGrid(seedPath)).sheets.find((s) => s.name === "Cấu hình")!;
    const after = (await readXlsxGrid(out)).sheets.find((s) => s.name === "Cấu hình")!;
    // Only the report-date cell changed, to the date as a date serial.
    const changed: string[] = [];
    after.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== before.values[r]?.[c]) changed.push(`${r}:${c}:${String(v)}`);
      })
    );
    expect(changed).toEqual([
      expect.stringMatching(new RegExp(`:${serialFromIso("2016-01-01")}$`)),
    ]);
    const again = await run("refresh", out, "--json");
    const report = JSON.parse(again.stdout);
    expect(report.reportDate).toBe("2016-01-01");
    // The seed's tasks were completed in 2017-2020: at 01/01/2016 none of those was done yet.
    const warned = report.findings.filter(
      (f: { code: string }) => f.code === "done-after-report-date"
    );
    expect(warned.length).toBeGreaterThan(0);
    expect(report.total).toEqual(JSON.parse(r.stdout).total);
  });

  it("leaves a user's own sheet named like the summary untouched and says where the summary went", async () => {
    const sample = seedSample();
    sample.sheets.push({
      name: "Tổng hợp",
      columns: [{ header: "Ghi chép riêng", width: 20 }],
      rows: [["giữ nguyên"]],
    });
    const input = await writeSample("user-summary.xlsx", sample);
    const out = join(tmp, "user-summary-out.xlsx");
    const r = await run("refresh", input, "-o", out);
    expect(r.stdout).toMatch(/Tổng hợp \(2\)/);
    const grid = await readXlsxGrid(out);
    expect(grid.sheetNames).toContain("Tổng hợp (2)");
    expect(grid.sheets.find((s) => s.name === "Tổng hợp")?.values).toEqual([
      ["Ghi chép riêng"],
      ["giữ nguyên"],
    ]);
  });
});
