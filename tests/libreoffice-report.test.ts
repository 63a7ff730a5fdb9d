// The unit table's live formulas (Biểu số 03), written by the CLI and recalculated from scratch by
// LibreOffice: every figure must equal the core's rollup by unit, on the mid-programme sample, and again
// after a status and a unit are edited with another program (ExcelJS) without the add-in.
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { readModel } from "../src/core/read";
import { figuresOf } from "../src/core/report/figures";
import {
  rollupByUnit,
  UNIT_COLUMNS as C,
  UNIT_FIELDS,
  UNITS_HEADER_ROW,
} from "../src/core/report/units";
import { serialFromIso } from "../src/core/dates";
import { MID_FILE } from "../samples/source";
import {
  cachedResults,
  describeWithLibreOffice,
  recalculateWithLibreOffice,
} from "./helpers/libreoffice";

const SHEET = "Theo đơn vị";
const R = serialFromIso("2018-06-30") ?? 0;

/** Figures of the recalculated unit table that differ from the core's over `grid`'s tasks. */
async function mismatches(
  recalculated: string,
  source: string,
  written = source
): Promise<{ bad: string[]; checked: number }> {
  const cells = await cachedResults(recalculated, SHEET);
  const fold = (x: string): string => x.toLocaleLowerCase("vi");
  const planned = rollupByUnit(readModel(await readXlsxGrid(written)).model, R, 7).areas.map((u) =>
    fold(u.name)
  );
  const { model } = readModel(await readXlsxGrid(source));
  const rollup = rollupByUnit(model, R, 7);
  const now = new Map(rollup.areas.map((u) => [fold(u.name), u]));
  const none = rollupByUnit({ ...model, tasks: [] }, R, 7).total;
  const bad: string[] = [];
  let checked = 0;
  [...planned.map((name) => now.get(name) ?? none), rollup.total].forEach((counts, i) => {
    const row = UNITS_HEADER_ROW + 1 + i;
    const f = figuresOf(counts);
    const want: [string, number | null][] = [
      ...UNIT_FIELDS.map((k) => [C[k], counts[k]] as [string, number]),
      [C.completionRate, f.completionRate],
      [C.dueCompletionRate, f.dueCompletionRate],
    ];
    for (const [col, expected] of want) {
      checked++;
      const got = cells.get(`${col}${row}`);
      const ok =
        expected === null
          ? got === "" || got === undefined
          : typeof got === "number" && Math.abs(got - expected) < 1e-9;
      if (!ok) bad.push(`${col}${row}: LibreOffice ${JSON.stringify(got)}, core ${expected}`);
    }
  });
  return { bad, checked };
}

describeWithLibreOffice("the unit table recalculated by LibreOffice", () => {
  const tmp = mkdtempSync(join(tmpdir(), "lo-report-"));
  const input = join(__dirname, "..", "samples", MID_FILE);
  const output = join(tmp, "mid-report.xlsx");

  it("equals the core's figures per unit and in total", async () => {
    const code = await main(["refresh", input, "--report", "-o", output], {
      stdout: () => {},
      stderr: () => {},
      today: R,
    });
    expect(code).toBe(0);
    const { bad, checked } = await mismatches(await recalculateWithLibreOffice(output), output);
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  }, 180_000);

  it("still equals them after a status and a unit are edited without the add-in", async () => {
    const { model } = readModel(await readXlsxGrid(output));
    const table = model.tasksTable!;
    const task = model.tasks.find(
      (t) => t.status === "in-progress" && t.kind === "roadmap" && t.unit !== ""
    )!;
    const other = model.tasks.find((t) => t.unit !== "" && t.id !== task.id)!;
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(output);
    const ws = edited.getWorksheet(table.sheet)!;
    ws.getCell(`${table.columns.status!.letter}${task.row}`).value = "Hoàn thành";
    ws.getCell(`${table.columns.completedOn!.letter}${task.row}`).value = new Date(
      Date.UTC(2018, 5, 1)
    );
    ws.getCell(`${table.columns.unit!.letter}${other.row}`).value = null; // now counts for its area's lead unit
    const editedPath = join(tmp, "edited.xlsx");
    await edited.xlsx.writeFile(editedPath);
    const { bad } = await mismatches(
      await recalculateWithLibreOffice(editedPath),
      editedPath,
      output
    );
    expect(bad).toEqual([]);
  }, 180_000);
});
