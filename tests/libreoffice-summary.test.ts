// The summary's live formulas, written by the CLI, recalculated from scratch by LibreOffice
// (OOXMLRecalcMode = always): every figure must equal the core's rollup, on the seed sample and on a
// generated 10,000-task workbook; and a status edited by another program must move the figures.
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { analyse, type Analysis } from "../src/core/analyse";
import { serialFromIso } from "../src/core/dates";
import type { Counts } from "../src/core/model";
import {
  CHART_DATA,
  RECONCILIATION_ROWS,
  SUMMARY_COLUMNS,
  summaryRows,
  TABLE_FIELDS,
} from "../src/core/summary";
import { sampleToExcel } from "../samples/source/xlsx";
import { benchSample } from "../scripts/bench/data";
import { execFileSync } from "child_process";
import {
  cachedResults,
  describeWithLibreOffice,
  recalculateWithLibreOffice,
  renderWithLibreOffice,
} from "./helpers/libreoffice";
import { t as sheetText } from "../src/i18n";

const SEED = join(__dirname, "..", "samples", "chuong-trinh-xd-htct-2015-2020.xlsx");
const dir = mkdtempSync(join(tmpdir(), "lo-summary-"));

async function refresh(input: string, output: string, asOf: string): Promise<void> {
  const err: string[] = [];
  const code = await main(["refresh", input, "--as-of", asOf, "-o", output, "--json"], {
    stdout: () => undefined,
    stderr: (s) => err.push(s),
  });
  expect(err.join("")).toBe("");
  expect(code).toBeLessThan(2);
}

/** Every figure of the summary table that differs from the core's rollup, as "cell: sheet vs core". */
function mismatches(cells: Map<string, number | string>, analysis: Analysis): string[] {
  const out: string[] = [];
  const rates = (c: Counts) => ({
    completionRate: c.completionRate,
    dueCompletionRate: c.dueCompletionRate,
  });
  for (const row of summaryRows(analysis.rollup)) {
    const counts: Counts | undefined =
      row.kind === "area"
        ? row.area
        : row.kind === "total"
          ? analysis.rollup.total
          : analysis.rollup.groups.find((g) => g.name === row.name);
    if (!counts) continue;
    const expected: Record<string, number | null> = { ...rates(counts) };
    for (const f of TABLE_FIELDS) expected[f] = counts[f];
    for (const [field, want] of Object.entries(expected)) {
      const a1 = `${SUMMARY_COLUMNS[field as keyof typeof SUMMARY_COLUMNS]}${row.row}`;
      const got = cells.get(a1);
      const same =
        want === null
          ? got === "" || got === undefined
          : typeof got === "number" && Math.abs(got - want) < 1e-9;
      if (!same) out.push(`${a1}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
    }
  }
  // The reconciliation beside the table: every task row counted or said not to be, and why.
  const { rollup } = analysis;
  const reconciliation: Record<keyof typeof RECONCILIATION_ROWS, number> = {
    taskRows: rollup.taskRows,
    unknownArea: rollup.excludedRows.length,
    nonStandardStatus: rollup.total.nonStandardStatus,
    noStatus: rollup.total.noStatus,
    // Right after a refresh no row lies past the rows the formulas cover.
    beyondBound: 0,
  };
  for (const [key, want] of Object.entries(reconciliation)) {
    const a1 = `${CHART_DATA.reconciliation}${RECONCILIATION_ROWS[key as keyof typeof RECONCILIATION_ROWS]}`;
    if (cells.get(a1) !== want)
      out.push(`${a1} (${key}): ${JSON.stringify(cells.get(a1))} vs ${want}`);
  }
  return out;
}

async function prove(
  input: string,
  asOf: string
): Promise<{ analysis: Analysis; output: string; checked: number }> {
  const output = join(dir, `refreshed-${Math.random().toString(36).slice(2)}.xlsx`);
  await refresh(input, output, asOf);
  const grid = await readXlsxGrid(input);
  const analysis = analyse(grid, {
    t: sheetText,
    today: 0,
    reportDate: serialFromIso(asOf)!,
    lang: "vi",
  });
  const cells = await cachedResults(
    await recalculateWithLibreOffice(output),
    analysis.summarySheet
  );
  expect(mismatches(cells, analysis)).toEqual([]);
  return { analysis, output, checked: summaryRows(analysis.rollup).length };
}

describeWithLibreOffice("the summary recalculated by LibreOffice", () => {
  it("equals the core's rollup on the seed sample, with 58 tasks in the total row", async () => {
    const { analysis } = await prove(SEED, "2020-11-06");
    expect(analysis.rollup.total.total).toBe(58);
  }, 240_000);

  it("equals the core's rollup on a generated 10,000-task workbook", async () => {
    const input = join(dir, "tasks-10000.xlsx");
    await sampleToExcel(benchSample(10_000)).xlsx.writeFile(input);
    const { analysis } = await prove(input, "2020-11-06");
    expect(analysis.model.tasks).toHaveLength(10_000);
  }, 300_000);

  it("equals the core's rollup when the dates carry a time of day (corpus case 33)", async () => {
    const { analysis } = await prove(
      join(__dirname, "corpus", "files", "33-time-boundaries.xlsx"),
      "2020-11-06"
    );
    // Done at 15:00 on the due day is late in the sheet and in the core alike.
    expect(analysis.rollup.total).toMatchObject({ doneOnTime: 1, doneLate: 2, dueSoon: 3 });
  }, 240_000);

  it("equals the core's rollup with area names no criterion carries and error statuses (corpus case 36)", async () => {
    const { analysis } = await prove(
      join(__dirname, "corpus", "files", "36-odd-area-names.xlsx"),
      "2020-11-06"
    );
    // 2,000-character, wildcard, quoted and operator-led names each count their own tasks only.
    expect(analysis.rollup.areas.map((a) => a.total)).toEqual([1, 2, 1, 1, 1, 1, 1, 2]);
    expect(analysis.rollup.total.noStatus).toBe(2);
  }, 240_000);

  it("moves the figures when another program edits a status, without the add-in", async () => {
    const { analysis, output } = await prove(SEED, "2020-11-06");
    const task = analysis.model.tasks.find((t) => t.status === "in-progress")!;
    const statusCol = analysis.model.tasksTable!.columns.status!.letter;
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(output);
    edited
      .getWorksheet(analysis.model.tasksTable!.sheet)!
      .getCell(`${statusCol}${task.row}`).value = "Hoàn thành";
    const editedPath = join(dir, "edited.xlsx");
    await edited.xlsx.writeFile(editedPath);
    const cells = await cachedResults(
      await recalculateWithLibreOffice(editedPath),
      analysis.summarySheet
    );
    const row = summaryRows(analysis.rollup).find(
      (r) => r.kind === "area" && r.area.id === task.areaId
    )!;
    const total = summaryRows(analysis.rollup).find((r) => r.kind === "total")!;
    const area = analysis.rollup.areas.find((a) => a.id === task.areaId)!;
    expect(cells.get(`${SUMMARY_COLUMNS.done}${row.row}`)).toBe(area.done + 1);
    expect(cells.get(`${SUMMARY_COLUMNS.inProgress}${row.row}`)).toBe(area.inProgress - 1);
    expect(cells.get(`${SUMMARY_COLUMNS.done}${total.row}`)).toBe(analysis.rollup.total.done + 1);
  }, 300_000);

  it("prints the seed's charts on a page with no empty table header above them", async () => {
    const { output } = await prove(SEED, "2020-11-06");
    const { pdf } = await renderWithLibreOffice(output);
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split(
      "\f"
    );
    const chartPage = pages.find((text) => text.includes("Tình hình thực hiện nhiệm vụ"));
    const tablePage = pages.find((text) => text.includes("Đơn vị tính: nhiệm vụ"));
    expect(chartPage).toBeDefined();
    expect(tablePage).toContain("STT");
    expect(chartPage).not.toContain("STT");
  }, 300_000);

  it("prints the seed's signature block whole on one page, after the note, before the charts, with its place and signer (issue 14 §6)", async () => {
    const { output } = await prove(SEED, "2020-11-06");
    const { pdf } = await renderWithLibreOffice(output);
    // pdftotext splits some words of the printed text with spaces: lines compared without them.
    const squash = (text: string): string => text.normalize("NFC").replace(/\s+/g, "");
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
      .split("\f")
      .map((page) => page.split("\n").map(squash));
    const pageOf = (text: string): number =>
      pages.findIndex((lines) => lines.some((line) => line.includes(squash(text))));
    const table = pageOf("Đơn vị tính: nhiệm vụ");
    const block = pageOf("NGƯỜI LẬP BIỂU");
    expect(table).toBeGreaterThanOrEqual(0);
    expect(pageOf("Ghi chú:")).toBe(table);
    // On the table's page when it fits there at LibreOffice's scale, else whole on the next one.
    expect([table, table + 1]).toContain(block);
    const lines = pages[block];
    const at = (text: string): number => lines.findIndex((line) => line.includes(squash(text)));
    // The charts follow: on a later page, or under the block on its page.
    const charts = pageOf("Tình hình thực hiện nhiệm vụ");
    expect(charts).toBeGreaterThanOrEqual(block);
    if (charts === block)
      expect(at("Tình hình thực hiện nhiệm vụ")).toBeGreaterThan(at("NGƯỜI LẬP BIỂU"));
    // The sample names its place and its signer as the seed article's office would.
    const dateLines = lines.filter((line) =>
      line.includes(squash("Ninh Bình, ngày 06 tháng 11 năm 2020"))
    );
    expect(dateLines).toHaveLength(block === table ? 2 : 1);
    expect(at("T/M BAN CHỈ ĐẠO")).toBe(at("NGƯỜI LẬP BIỂU"));
    expect(at("TRƯỞNG BAN")).toBeGreaterThan(at("T/M BAN CHỈ ĐẠO"));
    const hint = squash("(Ký, ghi rõ họ tên)");
    expect(lines.filter((line) => line.split(hint).length === 3)).toHaveLength(1);
    expect(lines.findIndex((line) => line.includes(hint))).toBeGreaterThan(at("TRƯỞNG BAN"));
    expect(at("Trần Hồng Quảng")).toBeGreaterThan(lines.findIndex((line) => line.includes(hint)));
  }, 300_000);
});
