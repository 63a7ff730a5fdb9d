// Proof that the unit table's live formulas (Biểu số 03) compute what the core computes: the input grid
// and the planned sheet go into HyperFormula, every figure of every unit row and the total must equal the
// core's rollup by unit, also after an edit made without the add-in (the core re-reading the edited grid).
import { serialFromYmd } from "../src/core/dates";
import type { CellValue, WorkbookGrid } from "../src/core/grid";
import { readModel } from "../src/core/read";
import { figuresOf } from "../src/core/report/figures";
import {
  rollupByUnit,
  unitsSheetPlan,
  UNIT_COLUMNS as C,
  UNIT_FIELDS,
  UNITS_HEADER_ROW,
} from "../src/core/report/units";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { midGrid, seedGrid } from "../samples/source";
import { evaluatePlan, type Evaluation } from "./helpers/hyperformula";
import { AREA_HEADER, TASK_HEADER, workbook } from "./helpers/grid";
import { t as sheetText } from "../src/i18n";

const SHEET = "Theo đơn vị";

/**
 * Every figure of the unit table that differs from the core's, for the grid as it now stands. The rows
 * are the units of the refresh (`planned`); a unit typed later gets its row at the next refresh.
 */
function mismatches(grid: WorkbookGrid, ev: Evaluation, r: number, planned: string[]): string[] {
  const { model } = readModel(grid);
  const rollup = rollupByUnit(model, r, 7);
  const out: string[] = [];
  const fold = (s: string): string => s.toLocaleLowerCase("vi");
  const now = new Map(rollup.areas.map((u) => [fold(u.name), u]));
  const none = rollupByUnit({ ...model, tasks: [] }, r, 7).total;
  const rows = [...planned.map((name) => now.get(fold(name)) ?? none), rollup.total];
  rows.forEach((counts, i) => {
    const row = UNITS_HEADER_ROW + 1 + i;
    const f = figuresOf(counts);
    const expected: Record<string, number | string> = {
      ...Object.fromEntries(UNIT_FIELDS.map((k) => [k, counts[k]])),
      completionRate: f.completionRate ?? "",
      dueCompletionRate: f.dueCompletionRate ?? "",
    };
    for (const [field, want] of Object.entries(expected)) {
      const a1 = `${C[field as keyof typeof C]}${row}`;
      const got = ev.value(a1, SHEET);
      const ok =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(got - want) < 1e-9
          : got === want || (want === "" && got === null);
      if (!ok)
        out.push(`${a1} (${field}): formula ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    }
  });
  return out;
}

function planFor(grid: WorkbookGrid, r: number, compareMargin?: number) {
  const { model } = readModel(grid);
  const rollup = rollupByUnit(model, r, 7);
  return {
    rollup,
    units: rollup.areas.map((u) => u.name),
    plan: unitsSheetPlan({
      t: sheetText,
      model,
      rollup,
      settings: DEFAULT_SETTINGS,
      sheetName: SHEET,
      lang: "vi",
      compareMargin,
    }),
  };
}

describe("the unit table's formulas", () => {
  it.each([
    ["the seed sample at 06/11/2020", seedGrid, serialFromYmd(2020, 11, 6)],
    ["the mid-programme sample at 30/06/2018", midGrid, serialFromYmd(2018, 6, 30)],
  ])("equal the core's figures for %s", (_, grid, r) => {
    const g = grid();
    // 300 rows past the data for the row-by-row comparisons (10,000 in production): the rows beyond
    // are empty, and HyperFormula's array arithmetic over 10,000 rows for 18 units takes minutes.
    const { plan, rollup, units } = planFor(g, r, 300);
    expect(rollup.areas.length).toBeGreaterThan(10);
    const ev = evaluatePlan(g, plan);
    try {
      expect(mismatches(g, ev, r, units)).toEqual([]);
      // Each formula's stored result is what the engine computes.
      const cells = plan.blocks[0].rows.flatMap((row, i) =>
        row.map((cell, j) => ({ cell, a1: `${String.fromCharCode(65 + j)}${i + 1}` }))
      );
      const results = cells.filter(({ cell }) => "formula" in cell && "result" in cell);
      expect(results.length).toBeGreaterThan(100);
      for (const { cell, a1 } of results) {
        const got = ev.value(a1, SHEET);
        const want = "result" in cell ? cell.result : undefined;
        if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
        else expect(got === null ? "" : got).toBe(want);
      }
      expect(ev.value(`${C.total}${UNITS_HEADER_ROW + 1 + rollup.areas.length}`, SHEET)).toBe(58);
    } finally {
      ev.destroy();
    }
  });

  const R = serialFromYmd(2020, 11, 6);
  const areas: CellValue[][] = [
    ["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1, ""],
    ["TC", "Công tác tổ chức xây dựng đảng", "Ban Tổ chức Tỉnh ủy", 2, ""],
    ["NC", "Công tác nội chính", "", 3, ""],
  ];
  // id, area, title, kind, unit, due, status, progress, completed, notes
  const tasks: CellValue[][] = [
    ["T1", "TT", "a", "Theo lộ trình", "", R - 5, "Đang thực hiện", "", "", ""],
    ["T2", "TT", "b", "Theo lộ trình", "Sở Nội vụ", R - 5, "Hoàn thành", "", R - 6, ""],
    ["T3", "TC", "c", "Theo lộ trình", "sở nội vụ", R - 5, "Hoàn thành", "", R - 1, ""],
    [
      "T4",
      "Công tác tổ chức xây dựng đảng",
      "d",
      "Thường xuyên",
      "",
      "",
      "Hoàn thành",
      "",
      R - 1,
      "",
    ],
    [
      "T5",
      "TC",
      "e",
      "Theo lộ trình",
      "Ban Tuyên giáo Tỉnh ủy",
      R + 3,
      "Chưa thực hiện",
      "",
      "",
      "",
    ],
    ["T6", "NC", "f", "Theo lộ trình", "", R - 1, "Chưa thực hiện", "", "", ""],
    ["T7", "TC", "g", "Theo lộ trình", "Sở Nội vụ", R + 30, "Tạm dừng", "", "", ""],
    ["T8", "XX", "unknown area", "Theo lộ trình", "Sở Nội vụ", R - 5, "Đang thực hiện", "", "", ""],
  ];

  it("count a task without a unit for its area's lead unit, and a unit in any case as one", () => {
    const g = workbook(areas, tasks);
    const { plan, rollup, units } = planFor(g, R, 50);
    expect(rollup.areas.map((u) => [u.name, u.total])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 2],
      ["Ban Tổ chức Tỉnh ủy", 1],
      ["", 1],
      ["Sở Nội vụ", 4],
    ]);
    const ev = evaluatePlan(g, plan);
    try {
      expect(mismatches(g, ev, R, units)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });

  it("stay equal to the core's after statuses, units and rows are edited without the add-in", () => {
    const g = workbook(areas, tasks);
    const { plan, units } = planFor(g, R, 50);
    const ev = evaluatePlan(g, plan);
    const edit = (a1: string, value: CellValue): void => {
      ev.set(a1, "Nhiệm vụ", value);
      const { row, col } = { row: Number(a1.slice(1)) - 1, col: a1.charCodeAt(0) - 65 };
      const values = g.sheets[1].values;
      while (values.length <= row) values.push([]);
      values[row][col] = value;
    };
    try {
      edit("G2", "Hoàn thành"); // T1 done late
      edit("I2", R);
      edit("E7", "Ban Tổ chức Tỉnh ủy"); // T6 gets a unit
      edit("E3", ""); // T2 loses its unit: counts for Ban Tuyên giáo
      // A new task typed under the table, for an existing unit.
      for (const [i, v] of [
        "T9",
        "TT",
        "h",
        "Theo lộ trình",
        "Sở Nội vụ",
        R - 2,
        "Chưa thực hiện",
      ].entries())
        edit(`${String.fromCharCode(65 + i)}10`, v);
      expect(TASK_HEADER[4]).toBe("Đơn vị thực hiện");
      expect(mismatches(g, ev, R, units)).toEqual([]);
      expect(ev.value(`${C.done}${UNITS_HEADER_ROW + 1}`, SHEET)).toBe(2);
    } finally {
      ev.destroy();
    }
  });

  it("fall back to the lead unit for every task when the task table has no unit column", () => {
    const header = AREA_HEADER;
    const noUnit = tasks.map((r) => r.filter((_, i) => i !== 4));
    const g = workbook(areas, noUnit);
    g.sheets[1].values[0] = TASK_HEADER.filter((_, i) => i !== 4);
    g.sheets[1].numberFormats = undefined;
    const { plan, rollup, units } = planFor(g, R, 50);
    expect(header).toHaveLength(5);
    expect(rollup.areas.map((u) => u.name)).toEqual([
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Tổ chức Tỉnh ủy",
      "",
    ]);
    const ev = evaluatePlan(g, plan);
    try {
      expect(mismatches(g, ev, R, units)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });
});
