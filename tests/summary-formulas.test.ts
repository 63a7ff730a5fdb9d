// Proof that the summary's live formulas compute what the core computes: the input grid and the planned
// summary cells go into HyperFormula, and every figure of the table must equal the core's rollup.
import { existsSync } from "fs";
import path from "path";
import fc from "fast-check";
import { serialFromIso, serialFromYmd } from "../src/core/dates";
import type { CellValue, WorkbookGrid } from "../src/core/grid";
import type { Counts, Lang } from "../src/core/model";
import { readModel } from "../src/core/read";
import { rollupModel } from "../src/core/rollup";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import {
  buildSummaryPlan,
  CHART_DATA,
  RECONCILIATION_ROWS,
  summaryRows,
  SUMMARY_COLUMNS as C,
  TABLE_FIELDS,
} from "../src/core/summary";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import {
  midGrid,
  MID_FILE,
  MID_REPORT_ISO,
  seedGrid,
  SEED_FILE,
  SEED_REPORT_ISO,
} from "../samples/source";
import { evaluatePlan, formulaResultMismatches, type Evaluated } from "./helpers/hyperformula";
import { AREA_HEADER, workbook } from "./helpers/grid";
import { t as sheetText } from "../src/i18n";

const R = serialFromYmd(2020, 11, 6);
const SHEET = "Tổng hợp";

interface Proof {
  mismatches: string[];
  /** How many figures were compared. */
  checked: number;
  taskCount: number;
}

/** Builds the summary for `grid` at report date `r` and lists every figure that differs from the rollup. */
/**
 * `compareMargin` narrows the rows SUMPRODUCT covers beyond the data (10,000 in production): rows past
 * the data are empty and count nothing, and HyperFormula's array arithmetic over 10,000 rows makes a
 * property run of many small workbooks take minutes. The samples and the 5,000-task case keep the default.
 */
function prove(
  grid: WorkbookGrid,
  r: number,
  dueSoonDays = 7,
  lang: Lang = "vi",
  compareMargin?: number
): Proof {
  const { model } = readModel(grid);
  const rollup = rollupModel(model, r, dueSoonDays);
  const plan = buildSummaryPlan({
    t: sheetText,
    model,
    rollup,
    settings: { ...DEFAULT_SETTINGS, dueSoonDays },
    sheetName: SHEET,
    lang,
    compareMargin,
  });
  const ev = evaluatePlan(grid, plan);
  const mismatches: string[] = [];
  let checked = 0;
  const same = (a1: string, actual: Evaluated, expected: number | string): void => {
    checked++;
    const ok =
      typeof expected === "number" && typeof actual === "number"
        ? Math.abs(actual - expected) < 1e-9
        : actual === expected;
    if (!ok)
      mismatches.push(`${a1}: formula ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}`);
  };
  try {
    // Every formula cell carries the result the core computed, equal to what the engine computes.
    const results = formulaResultMismatches(ev, plan);
    mismatches.push(...results.mismatches);
    checked += results.checked;
    for (const row of summaryRows(rollup)) {
      const counts: Counts | undefined =
        row.kind === "area"
          ? row.area
          : row.kind === "group"
            ? rollup.groups.find((g) => g.name === row.name)
            : rollup.total;
      if (!counts) {
        mismatches.push(`row ${row.row}: no rollup for it`);
        continue;
      }
      for (const field of TABLE_FIELDS)
        same(`${C[field]}${row.row}`, ev.value(`${C[field]}${row.row}`), counts[field]);
      same(
        `${C.completionRate}${row.row}`,
        ev.value(`${C.completionRate}${row.row}`),
        counts.completionRate ?? ""
      );
      same(
        `${C.dueCompletionRate}${row.row}`,
        ev.value(`${C.dueCompletionRate}${row.row}`),
        counts.dueCompletionRate ?? ""
      );
    }
    // The reconciliation: every task row is counted in the table or said not to be, and why.
    const recon = (key: keyof typeof RECONCILIATION_ROWS): Evaluated =>
      ev.value(`${CHART_DATA.reconciliation}${RECONCILIATION_ROWS[key]}`);
    same("task rows", recon("taskRows"), model.tasks.length);
    same("unknown area", recon("unknownArea"), rollup.excludedRows.length);
    same("non-standard status", recon("nonStandardStatus"), rollup.total.nonStandardStatus);
    same("no status", recon("noStatus"), rollup.total.noStatus);
    // The stacked chart's parts add up to done + in progress + not started (no overdue task twice).
    const status = plan.charts.find((c) => c.type === "barStacked");
    if (status) {
      const [done, inProgress, notStarted, overdue] = status.series.map((s) =>
        /\$([A-Z]+)\$(\d+)/.exec(s.values)!
      );
      const first = Number(done[2]);
      const last = Number(/\$(\d+)$/.exec(status.categories)![1]);
      const category = /\$([A-Z]+)\$\d+/.exec(status.categories)![1];
      for (let r = first; r <= last; r++) {
        // Each bar is the area its category names (all areas, or the ones most unfinished).
        const area = rollup.areas.find(
          (a) => a.name.normalize("NFC") === ev.value(`${category}${r}`)
        );
        if (!area) {
          mismatches.push(
            `chart row ${r}: no area named ${JSON.stringify(ev.value(`${category}${r}`))}`
          );
          continue;
        }
        const v = (m: RegExpExecArray): number => ev.value(`${m[1]}${r}`) as number;
        same(
          `chart row ${r}`,
          v(done) + v(inProgress) + v(notStarted) + v(overdue),
          area.done + area.inProgress + area.notStarted
        );
        same(`chart overdue ${r}`, v(overdue), area.overdue);
      }
    }
  } finally {
    ev.destroy();
  }
  return { mismatches, checked, taskCount: model.tasks.length };
}

const AREAS: CellValue[][] = [
  ["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1, "Công tác xây dựng Đảng"],
  ["TC", "Công tác tổ chức xây dựng đảng", "Ban Tổ chức Tỉnh ủy", 2, "Công tác xây dựng Đảng"],
  ["DV", "Công tác dân vận", "Ban Dân vận Tỉnh ủy", 3, "Công tác dân vận, mặt trận"],
  [4, "Công tác nội chính", "Ban Nội chính Tỉnh ủy", 4, ""],
];

// Every rule of the time layer, at the report date R with due-soon within 7 days.
const TASKS: CellValue[][] = [
  [
    "T01",
    "TT",
    "Sinh hoạt chính trị dưới cờ",
    "Thường xuyên",
    "",
    R - 30,
    "Hoàn thành",
    "",
    R - 40,
    "",
  ],
  [
    "T02",
    "TT",
    "Xuất bản sách 128 câu chuyện",
    "Theo lộ trình",
    "",
    R - 10,
    "Hoàn thành",
    "",
    R - 10,
    "",
  ],
  [
    "T03",
    "Công tác tư tưởng",
    "Tuyên truyền",
    "Theo lộ trình",
    "",
    R - 10,
    "Hoàn thành",
    "",
    R - 9,
    "",
  ],
  ["T04", "TT", "Hoàn thành chưa ghi ngày", "Theo lộ trình", "", R - 10, "Hoàn thành", "", "", ""],
  ["T05", "TC", "Quy định nêu gương", "Theo lộ trình", "", R - 1, "Đang thực hiện", "", "", ""],
  [
    "T06",
    "TC",
    "Phân công dự sinh hoạt chi bộ",
    "Theo lộ trình",
    "",
    R,
    "Chưa thực hiện",
    "",
    "",
    "",
  ],
  ["T07", "TC", "Đánh giá chất lượng", "Theo lộ trình", "", R + 7, "Đang thực hiện", "", "", ""],
  ["T08", "TC", "Ngoài hạn sắp tới", "Theo lộ trình", "", R + 8, "Đang thực hiện", "", "", ""],
  [
    "T09",
    "công tác tổ chức xây dựng đảng",
    "Viết thường",
    "",
    "",
    R - 100,
    "Chưa thực hiện",
    "",
    "",
    "",
  ],
  ["T10", "DV", "Dân vận khéo", "Thường xuyên", "", R - 5, "Đang thực hiện", "", "", ""],
  ["T11", "DV", "Tạm dừng quá hạn", "Theo lộ trình", "", R - 5, "Tạm dừng", "", "", ""],
  ["T12", "DV", "Không thời hạn", "Theo lộ trình", "", "", "Chưa thực hiện", "", "", ""],
  ["T13", 4, "Giám sát HĐND", "Theo lộ trình", "", R - 3, "Hoàn thành", "", R + 2, ""],
  [
    "T14",
    "4",
    "Đổi mới lề lối làm việc UBND",
    "Theo lộ trình",
    "",
    R + 3,
    "Chưa thực hiện",
    "",
    "",
    "",
  ],
  ["T15", "Khác", "Lĩnh vực không có", "Theo lộ trình", "", R - 3, "Chưa thực hiện", "", "", ""],
  ["T16", "DV", "Trạng thái lạ", "Theo lộ trình", "", R - 3, "Không rõ", "", "", ""],
];

describe("summary formulas evaluated by HyperFormula", () => {
  test("equal the core's rollup on a grid covering every time rule, groups and numeric ids", () => {
    const proof = prove(workbook(AREAS, TASKS), R, 7, "vi", 100);
    expect(proof.mismatches).toEqual([]);
    expect(proof.checked).toBeGreaterThan(80);
  });

  test("equal the core's rollup in English, with another due-soon window and report date", () => {
    for (const [r, days] of [
      [R - 20, 0],
      [R + 5, 30],
    ] as const) {
      expect(prove(workbook(AREAS, TASKS), r, days, "en", 100).mismatches).toEqual([]);
    }
  });

  test("count an area named with spreadsheet wildcards and quotes literally", () => {
    const areas: CellValue[][] = [
      ["A*", 'Lĩnh vực "đặc biệt"?', "", 1, ""],
      ["A1", "Lĩnh vực thường", "", 2, ""],
    ];
    const tasks: CellValue[][] = [
      ["T1", "A*", "x", "Theo lộ trình", "", R - 1, "Đang thực hiện", "", "", ""],
      ["T2", "A1", "x", "Theo lộ trình", "", R - 1, "Hoàn thành", "", R - 2, ""],
      ["T3", 'Lĩnh vực "đặc biệt"?', "x", "Theo lộ trình", "", R - 1, "Hoàn thành", "", R, ""],
    ];
    const proof = prove(workbook(areas, tasks), R, 7, "vi", 100);
    expect(proof.mismatches).toEqual([]);
  });

  test("count areas named with any text literally: long names, wildcards, tildes, quotes, leading operators", () => {
    const long = (n: number, fill: string): string =>
      ("Lĩnh vực " + fill.repeat(n)).slice(0, n).trimEnd() + "!";
    const names = [
      long(300, "công tác dài "),
      long(2000, "rất dài * ? ~ "),
      "Công tác ~* đặc ? biệt",
      'Tên có "ngoặc kép" và ~~',
      "=Công tác bằng",
      "<Công tác nhỏ hơn",
      ">Công tác lớn hơn",
      "<>Khác",
      "*",
    ];
    const areas: CellValue[][] = names.map((name, i) => [`A${i + 1}`, name, "", i + 1, ""]);
    // Look-alikes that must not be counted with the areas above: a wildcard would match them.
    areas.push(["Z1", "Công tác X đặc Y biệt", "", 99, ""], ["=Z2", "Công tác lớn", "", 100, ""]);
    const tasks: CellValue[][] = [];
    [...names, "Công tác X đặc Y biệt", "=Z2"].forEach((name, i) => {
      for (let k = 0; k <= i % 3; k++)
        tasks.push([
          `T${i}-${k}`,
          name,
          "x",
          "Theo lộ trình",
          "",
          R - 1 + 2 * k,
          ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"][k],
          "",
          k === 0 ? R - 3 : "",
          "",
        ]);
    });
    tasks.push(["T-id", "A2", "x", "Theo lộ trình", "", R - 1, "Tạm dừng", "", "", ""]);
    const grid = workbook(areas, tasks);
    const proof = prove(grid, R, 7, "vi", 100);
    expect(proof.mismatches).toEqual([]);
    const rollup = rollupModel(readModel(grid).model, R, 7);
    expect(rollup.excludedRows).toEqual([]);
    expect(rollup.areas.map((a) => a.total)).toEqual([1, 3, 3, 1, 2, 3, 1, 2, 3, 1, 2]);
    // Every formula stays within Excel's limits: no text constant over 255 characters, 8,192 in all.
    const { model } = readModel(grid);
    const plan = buildSummaryPlan({
      t: sheetText,
      model,
      rollup,
      settings: DEFAULT_SETTINGS,
      sheetName: SHEET,
      lang: "vi",
    });
    const formulas = plan.blocks.flatMap((b) =>
      b.rows.flatMap((r) => r.flatMap((c) => ("formula" in c ? [c.formula] : [])))
    );
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(8192);
    const constants = formulas.flatMap((f) => f.match(/"(?:[^"]|"")*"/g) ?? []);
    expect(Math.max(...constants.map((c) => c.length - 2))).toBeLessThanOrEqual(255);
  });

  test("chart the 30 areas with most unfinished tasks out of 200, in table order, and say so in the titles", () => {
    const areas: CellValue[][] = Array.from({ length: 200 }, (_, i) => [
      `L${i + 1}`,
      `Lĩnh vực công tác số ${i + 1} với tên dài để xuống dòng trong biểu đồ`,
      "",
      i + 1,
      "",
    ]);
    // Areas i = 6, 13, 20 … have 2 unfinished tasks, i = 5, 12, 19 … one; the others none (few rows:
    // HyperFormula's array arithmetic over 200 areas is slow).
    const unfinished = (i: number): number => (i % 7 === 6 ? 2 : i % 7 === 5 ? 1 : 0);
    const tasks: CellValue[][] = areas.flatMap((a, i) =>
      Array.from({ length: unfinished(i) }, (_, k) => [
        `U${i}-${k}`,
        a[0],
        "x",
        "Theo lộ trình",
        "",
        R + k - 1,
        "Đang thực hiện",
        "",
        "",
        "",
      ])
    );
    const grid = workbook(areas, tasks);
    expect(prove(grid, R, 7, "vi", 100).mismatches).toEqual([]);
    const { model } = readModel(grid);
    const plan = buildSummaryPlan({
      t: sheetText,
      model,
      rollup: rollupModel(model, R, 7),
      settings: DEFAULT_SETTINGS,
      sheetName: SHEET,
      lang: "vi",
      compareMargin: 100,
    });
    const [status, rate] = plan.charts;
    const rows = (ref: string): number => {
      const m = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref)!;
      return Number(m[2]) - Number(m[1]) + 1;
    };
    expect([rows(status.categories), rows(rate.categories)]).toEqual([30, 30]);
    expect(status.title).toBe(
      "Tình hình thực hiện nhiệm vụ theo lĩnh vực: 30/200 lĩnh vực có nhiều nhiệm vụ chưa hoàn thành nhất"
    );
    // The 28 areas with 2 unfinished tasks and the first two with 1, in table order.
    const ev = evaluatePlan(grid, plan);
    try {
      const first = Number(/\$(\d+):/.exec(status.categories)![1]);
      const col = /\$([A-Z]+)\$/.exec(status.categories)![1];
      const names = Array.from({ length: 30 }, (_, i) => ev.value(`${col}${first + i}`));
      const sixes = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 7 === 6);
      expect(sixes).toHaveLength(28);
      expect(names).toEqual(
        [...sixes, 5, 12]
          .sort((a, b) => a - b)
          .map((i) => `Lĩnh vực công tác số ${i + 1} với tên dài để xuống dòng trong biểu đồ`)
      );
    } finally {
      ev.destroy();
    }
  });

  test("print the place-and-date line from the report-date cell, day and month with leading zeros", () => {
    const grid = workbook(AREAS, TASKS);
    const { model } = readModel(grid);
    const lines = (["vi", "en"] as const).flatMap((lang) =>
      ["", "Quy Nhơn"].map((place) => {
        const plan = buildSummaryPlan({
          t: sheetText,
          model,
          rollup: rollupModel(model, serialFromYmd(2026, 3, 5), 7),
          settings: { ...DEFAULT_SETTINGS, place },
          sheetName: SHEET,
          lang,
          compareMargin: 100,
        });
        const ev = evaluatePlan(grid, plan);
        const line = ev.value("I2");
        const cached = formulaResultMismatches(ev, plan).mismatches;
        ev.destroy();
        expect(cached).toEqual([]);
        return line;
      })
    );
    expect(lines).toEqual([
      "…, ngày 05 tháng 03 năm 2026",
      "Quy Nhơn, ngày 05 tháng 03 năm 2026",
      "…, 05/03/2026",
      "Quy Nhơn, 05/03/2026",
    ]);
  });

  test("follow an edited status, an added task row and a changed report date without a refresh", () => {
    const grid = workbook(AREAS, TASKS);
    const { model } = readModel(grid);
    const plan = buildSummaryPlan({
      t: sheetText,
      model,
      rollup: rollupModel(model, R, 7),
      settings: DEFAULT_SETTINGS,
      sheetName: SHEET,
      lang: "vi",
      compareMargin: 100,
    });
    const ev = evaluatePlan(grid, plan);
    const figures = (): Evaluated[] =>
      [C.total, C.done, C.inProgress, C.overdue, C.dueSoon].map((c) => ev.value(`${c}11`));
    try {
      // Row 11 is group I's subtotal over TT and TC; T05 (row 6 of the task sheet) is TC's overdue task.
      expect(figures()).toEqual([9, 4, 3, 2, 2]);
      ev.set("G6", "Nhiệm vụ", "Hoàn thành");
      ev.set("I6", "Nhiệm vụ", R);
      expect(figures()).toEqual([9, 5, 2, 1, 2]);
      ev.set("A40", "Nhiệm vụ", "T99");
      ev.set("B40", "Nhiệm vụ", "TT");
      ev.set("F40", "Nhiệm vụ", R - 1);
      ev.set("G40", "Nhiệm vụ", "Chưa thực hiện");
      expect(figures()).toEqual([10, 5, 2, 2, 2]);
      ev.set("P8", SHEET, R + 8);
      expect(figures()).toEqual([10, 5, 2, 4, 1]); // T08, due R + 8, is now due soon
    } finally {
      ev.destroy();
    }
  });

  test("count rows added without the add-in inside the bounded rows, and say live when rows pass the bound", () => {
    const grid = workbook(AREAS, TASKS);
    const { model } = readModel(grid);
    const rollup = rollupModel(model, R, 7);
    const plan = buildSummaryPlan({
      t: sheetText,
      model,
      rollup,
      settings: DEFAULT_SETTINGS,
      sheetName: SHEET,
      lang: "vi",
      compareMargin: 100,
    });
    // 16 tasks on rows 2-17: the formulas cover rows 2-101, none of them a whole column.
    const formulas = plan.blocks.flatMap((b) =>
      b.rows.flatMap((r) => r.flatMap((c) => ("formula" in c ? [c.formula] : [])))
    );
    expect(formulas.filter((f) => /\$[A-Z]+:\$[A-Z]+/.test(f))).toEqual([]);
    const ev = evaluatePlan(grid, plan);
    const Z = (key: keyof typeof RECONCILIATION_ROWS): Evaluated =>
      ev.value(`${CHART_DATA.reconciliation}${RECONCILIATION_ROWS[key]}`);
    const total = summaryRows(rollup).find((r) => r.kind === "total")!.row;
    const line = (): string => String(ev.value(`A${total + 1}`));
    const addTask = (row: number, status: string): void => {
      ev.set(`A${row}`, "Nhiệm vụ", `T${row}`);
      ev.set(`B${row}`, "Nhiệm vụ", "TT");
      ev.set(`D${row}`, "Nhiệm vụ", "Theo lộ trình");
      ev.set(`F${row}`, "Nhiệm vụ", R - 1);
      ev.set(`G${row}`, "Nhiệm vụ", status);
    };
    try {
      expect([ev.value(`${C.total}${total}`), Z("taskRows"), Z("beyondBound")]).toEqual([
        15, 16, 0,
      ]);
      expect(line()).not.toContain("101");
      addTask(101, "Chưa thực hiện"); // the last row covered
      addTask(60, "Hoàn thành");
      expect([ev.value(`${C.total}${total}`), ev.value(`${C.overdue}${total}`)]).toEqual([
        17,
        rollup.total.overdue + 1,
      ]);
      expect([Z("taskRows"), Z("beyondBound")]).toEqual([18, 0]);
      addTask(102, "Chưa thực hiện"); // past the bound: not counted, but said
      addTask(1100, "Chưa thực hiện");
      expect([ev.value(`${C.total}${total}`), Z("taskRows"), Z("beyondBound")]).toEqual([
        17, 18, 2,
      ]);
      expect(line()).toContain("Có ít nhất 2 dòng ghi dưới dòng 101");
    } finally {
      ev.destroy();
    }
    // A refresh widens the bound to take them in.
    const wider = workbook(AREAS, [
      ...TASKS,
      ...Array.from({ length: 200 }, (_, i) => TASKS[i % 4]),
    ]);
    expect(prove(wider, R, 7, "vi", 100).mismatches).toEqual([]);
  });

  test("reconcile to the task rows: unknown areas, aliases, odd words and empty statuses said, not lost", () => {
    const tasks: CellValue[][] = [
      ["T1", "TT", "a", "Theo lộ trình", "", R - 1, "Done", "", R - 2, ""],
      ["T2", "TT", "b", "Theo lộ trình", "", R - 1, "Hoàn thành.", "", R - 2, ""],
      ["T3", "TT", "c", "Theo lộ trình", "", R - 1, "", "", "", ""],
      ["T4", "Khác", "d", "Theo lộ trình", "", R - 1, "Hoàn thành", "", R - 2, ""],
      ["T5", "TC", "e", "Theo lộ trình", "", R - 1, "hoàn thành", "", R - 2, ""],
      ["T6", "", "f", "Theo lộ trình", "", R - 1, "Đang thực hiện", "", "", ""],
    ];
    const grid = workbook(AREAS, tasks);
    const proof = prove(grid, R, 7, "vi", 100);
    expect(proof.mismatches).toEqual([]);
    const { model } = readModel(grid);
    const rollup = rollupModel(model, R, 7);
    // 6 rows = 4 counted + 2 left out (unknown area, no area); of the 4: 1 done (any case counts),
    // 2 words that are not standard ("Done", "Hoàn thành."), 1 without a status.
    expect(rollup.taskRows).toBe(6);
    expect(rollup.excludedRows).toHaveLength(2);
    expect(rollup.total).toMatchObject({ total: 4, done: 1, nonStandardStatus: 2, noStatus: 1 });
  });

  test("add up and reconcile when task cells hold error values (#N/A, #REF!), read as empty", () => {
    const tasks: CellValue[][] = [
      ["T1", "TT", "a", "Theo lộ trình", "", R - 1, "#N/A", "", R - 2, ""],
      ["T2", "TT", "b", "Theo lộ trình", "", R - 1, "#REF!", "", "", ""],
      ["T3", "TT", "c", "Theo lộ trình", "", R - 5, "Hoàn thành", "", R - 6, ""],
      ["T4", "TT", "d", "#VALUE!", "", R - 5, "Hoàn thành", "", R - 2, ""],
      ["T5", "TC", "e", "Theo lộ trình", "", "#DIV/0!", "Đang thực hiện", "", "", ""],
      ["T6", "TC", "f", "Theo lộ trình", "", R - 5, "Hoàn thành", "", "#N/A", ""],
      ["T7", "#N/A", "g", "Theo lộ trình", "", R - 5, "Hoàn thành", "", R - 6, ""],
    ];
    const grid = workbook(AREAS, tasks);
    const proof = prove(grid, R, 7, "vi", 100);
    expect(proof.mismatches).toEqual([]);
    const rollup = rollupModel(readModel(grid).model, R, 7);
    // 7 rows: 6 counted (T7's area is an error: no area), 2 of them without a status.
    expect(rollup.taskRows).toBe(7);
    expect(rollup.total).toMatchObject({
      total: 6,
      done: 3,
      doneOnTime: 1,
      doneLate: 1,
      noStatus: 2,
      inProgress: 1,
    });
  });

  test("count a task completed after the report date as in progress at that date, overdue if due", () => {
    const tasks: CellValue[][] = [
      ["T1", "TT", "a", "Theo lộ trình", "", R - 10, "Hoàn thành", "", R + 30, ""],
      ["T2", "TT", "b", "Theo lộ trình", "", R + 3, "Hoàn thành", "", R + 30, ""],
      ["T3", "TT", "c", "Thường xuyên", "", "", "Hoàn thành", "", R + 0.6, ""],
      ["T4", "TT", "d", "Theo lộ trình", "", R - 10, "Hoàn thành", "", R - 20, ""],
    ];
    const grid = workbook(AREAS, tasks);
    expect(prove(grid, R, 7, "vi", 100).mismatches).toEqual([]);
    const rollup = rollupModel(readModel(grid).model, R, 7);
    expect(rollup.total).toMatchObject({
      done: 2,
      doneOnTime: 1,
      doneNoDeadline: 1,
      inProgress: 2,
      overdue: 1,
      dueSoon: 1,
      inTime: 1,
      dueCompletionRate: 0.5,
    });
    expect(rollup.doneAfterReportRows).toEqual([2, 3]);
  });

  test("count nothing when the task sheet lacks the optional date and kind columns", () => {
    const header = ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Trạng thái"];
    const grid: WorkbookGrid = {
      sheets: [
        { name: "Lĩnh vực", address: "A1", values: [AREA_HEADER, ...AREAS] },
        {
          name: "Nhiệm vụ",
          address: "B3",
          values: [
            header,
            ["T1", "TT", "x", "Hoàn thành"],
            ["T2", "DV", "y", "Đang thực hiện"],
            ["T3", "TT", "z", "Tạm dừng"],
          ],
        },
      ],
    };
    expect(prove(grid, R).mismatches).toEqual([]);
  });
});

// --- generated workbooks ---

const STATUSES = [
  "Chưa thực hiện",
  "Đang thực hiện",
  "Hoàn thành",
  "Tạm dừng",
  "",
  "Không rõ",
  "Done",
  "hoàn thành",
];
const KINDS = ["Theo lộ trình", "Thường xuyên", ""];

interface Gen {
  areas: { numericId: boolean; group: number }[];
  tasks: {
    area: number;
    ref: number;
    kind: number;
    due: number | null;
    status: number;
    completed: number | null;
    /** Times of day (fractions of a day) on the due and completion dates: 0 for most. */
    dueTime: number;
    completedTime: number;
  }[];
}

const areaArb = fc.record({ numericId: fc.boolean(), group: fc.integer({ min: -1, max: 2 }) });
const taskArb = fc.record({
  area: fc.nat(20),
  ref: fc.integer({ min: 0, max: 3 }),
  kind: fc.integer({ min: 0, max: KINDS.length - 1 }),
  due: fc.option(fc.integer({ min: -40, max: 40 }), { freq: 4 }),
  status: fc.integer({ min: 0, max: STATUSES.length - 1 }),
  completed: fc.option(fc.integer({ min: -15, max: 15 }), { freq: 2 }),
  dueTime: fc.constantFrom(0, 0, 0, 0.5, 0.75),
  completedTime: fc.constantFrom(0, 0, 0.25, 0.5, 0.75),
});
const genArb = (maxTasks: number): fc.Arbitrary<Gen> =>
  fc.record({
    areas: fc.array(areaArb, { minLength: 1, maxLength: 8 }),
    tasks: fc.array(taskArb, { maxLength: maxTasks }),
  });

function gridOf(gen: Gen): WorkbookGrid {
  const areaRows: CellValue[][] = gen.areas.map((a, i) => [
    a.numericId ? i + 1 : `LV${i + 1}`,
    `Lĩnh vực công tác số ${i + 1}`,
    `Ban ${i + 1}`,
    i + 1,
    a.group < 0 ? "" : `Nhóm ${a.group}`,
  ]);
  const taskRows: CellValue[][] = gen.tasks.map((task, i) => {
    const index = task.area % (gen.areas.length + 1); // one past the last: an unknown area
    const area = areaRows[index];
    const areaCell: CellValue = !area
      ? "Không có"
      : task.ref === 0
        ? area[0]
        : task.ref === 1
          ? String(area[1])
          : task.ref === 2
            ? String(area[1]).toLocaleUpperCase("vi")
            : String(area[0]);
    const dueDay = task.due === null ? null : R + task.due;
    const due = dueDay === null ? "" : dueDay + task.dueTime;
    const completed =
      task.completed === null || dueDay === null
        ? ""
        : dueDay + task.completed + task.completedTime;
    return [
      `NV${i + 1}`,
      areaCell,
      `Nhiệm vụ ${i + 1}`,
      KINDS[task.kind],
      "",
      due,
      STATUSES[task.status],
      "",
      completed,
      "",
    ];
  });
  return workbook(areaRows, taskRows);
}

describe("summary formulas on generated workbooks", () => {
  test("equal the core's rollup for any mix of areas, groups, kinds, statuses and dates", () => {
    fc.assert(
      fc.property(genArb(60), fc.integer({ min: 0, max: 14 }), (gen, days) => {
        expect(prove(gridOf(gen), R, days, "vi", 100).mismatches).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });

  test("equal the core's rollup on a generated workbook of 5,000 tasks", () => {
    const gen: Gen = {
      areas: fc.sample(areaArb, { numRuns: 12, seed: 42 }),
      tasks: fc.sample(taskArb, { numRuns: 5000, seed: 7 }),
    };
    const proof = prove(gridOf(gen), R);
    expect(proof.taskCount).toBe(5000);
    expect(proof.mismatches).toEqual([]);
  });
});

// --- the bundled samples ---

const samples = [
  { name: "seed 2020", grid: seedGrid, file: SEED_FILE, iso: SEED_REPORT_ISO },
  { name: "mid-term 2018", grid: midGrid, file: MID_FILE, iso: MID_REPORT_ISO },
];

describe("summary formulas on the samples", () => {
  test.each(samples)("equal the core's rollup on the $name sample source", ({ grid, iso }) => {
    const r = serialFromIso(iso)!;
    for (const at of [r, r - 200, r + 200]) {
      // The report date itself with the production margin, the other dates with a narrow one.
      expect(prove(grid(), at, 7, "vi", at === r ? undefined : 100).mismatches).toEqual([]);
    }
  });

  test.each(samples)(
    "equal the core's rollup on the $name sample workbook file",
    async ({ file, iso }) => {
      const location = path.join(__dirname, "..", "samples", file);
      if (!existsSync(location)) throw new Error(`missing sample ${location}: run npm run samples`);
      const grid = await readXlsxGrid(location);
      expect(prove(grid, serialFromIso(iso)!).mismatches).toEqual([]);
    }
  );
});
