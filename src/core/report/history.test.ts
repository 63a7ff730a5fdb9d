// The history of report dates: replace-by-date (a second refresh at the same date replaces that date's
// rows, never duplicates; sorted by date) under a property, the sheet read back as it was written, and
// the change since the previous report date.
import fc from "fast-check";
import type { WorkbookGrid } from "../grid";
import type { SheetPlan } from "../plan";
import { FIGURE_COUNTS, withRates, type ReportFigures } from "./figures";
import { evaluatePlan } from "../../../tests/helpers/hyperformula";
import { parseA1 } from "../a1";
import {
  CHART_TREND,
  historySheetPlan,
  HISTORY_MARK,
  readHistory,
  recordSnapshot,
} from "./history";
import { changeSince, previousSnapshot, type Snapshot } from "./snapshot";
import { t as sheetText } from "../../i18n";

type Counts = Record<(typeof FIGURE_COUNTS)[number], number>;
const countsArb: fc.Arbitrary<Counts> = fc
  .tuple(...FIGURE_COUNTS.map(() => fc.nat({ max: 5000 })))
  .map((ns) => Object.fromEntries(FIGURE_COUNTS.map((k, i) => [k, ns[i]])) as Counts);
const AREA_IDS = ["TT", "TC", "KT", "DV"];
const snapshotArb: fc.Arbitrary<Snapshot> = fc.record({
  date: fc.integer({ min: 42005, max: 46387 }), // 2015..2026
  areas: fc
    .subarray(AREA_IDS, { minLength: 0 })
    .chain((ids) =>
      fc
        .tuple(...ids.map(() => countsArb))
        .map((cs) =>
          ids.map((id, i) => ({ id, name: `Công tác ${id}`, figures: withRates(cs[i]) }))
        )
    ),
  total: countsArb.map(withRates),
});

/** The sheet as a host would hand it back: the planned values at their addresses, with the mark. */
function gridOf(plan: SheetPlan): WorkbookGrid {
  const rows = plan.blocks[0].rows.map((r) => r.map((c) => ("value" in c ? (c.value ?? "") : "")));
  return {
    sheets: [{ name: plan.name, address: "A1", values: rows }],
    names: { [HISTORY_MARK]: `'${plan.name}'!$A$1` },
  };
}

const sameFigures = (a: ReportFigures, b: ReportFigures): void => {
  for (const k of FIGURE_COUNTS) expect(a[k]).toBe(b[k]);
};

describe("the history's replace-by-date rule", () => {
  it("leaves one set of rows per date, sorted, each the last one recorded at its date, after any refreshes", () => {
    fc.assert(
      fc.property(
        fc.array(snapshotArb, { maxLength: 12 }),
        fc.constantFrom("vi", "en"),
        (refreshes, lang) => {
          let history: Snapshot[] = [];
          for (const s of refreshes) {
            // Each refresh reads the sheet back, records its own date and writes the sheet again.
            const plan = historySheetPlan({
              t: sheetText,
              history: recordSnapshot(history, s),
              lang,
              sheetName: "Lịch sử",
            });
            history = readHistory(sheetText, gridOf(plan));
          }
          const dates = history.map((s) => s.date);
          expect(dates).toEqual([...new Set(refreshes.map((s) => s.date))].sort((a, b) => a - b));
          for (const kept of history) {
            const last = refreshes.filter((s) => s.date === kept.date).pop()!;
            sameFigures(kept.total, last.total);
            expect(kept.areas.map((a) => a.id)).toEqual(last.areas.map((a) => a.id));
            kept.areas.forEach((a, i) => sameFigures(a.figures, last.areas[i].figures));
          }
        }
      ),
      { numRuns: 40 }
    );
  });

  it("replaces the rows of a second refresh at the same date instead of adding them", () => {
    const a: Snapshot = { date: 43281, areas: [], total: withRates({ ...zero(), total: 5 }) };
    const b: Snapshot = { date: 43281, areas: [], total: withRates({ ...zero(), total: 7 }) };
    const history = recordSnapshot(recordSnapshot([], a), b);
    expect(history).toHaveLength(1);
    expect(history[0].total.total).toBe(7);
  });
});

function zero(): Counts {
  return Object.fromEntries(FIGURE_COUNTS.map((k) => [k, 0])) as Counts;
}

describe("reading the history back", () => {
  it("finds the sheet by the add-in's mark only, never a user's sheet of the same name", () => {
    const plan = historySheetPlan({
      t: sheetText,
      history: [{ date: 43281, areas: [], total: withRates(zero()) }],
      lang: "vi",
      sheetName: "Lịch sử",
    });
    const grid = gridOf(plan);
    expect(readHistory(sheetText, grid)).toHaveLength(1);
    expect(readHistory(sheetText, { ...grid, names: {} })).toEqual([]);
  });

  it("reads a sheet written in English as well, and skips rows someone typed over", () => {
    const plan = historySheetPlan({
      t: sheetText,
      history: [
        { date: 43281, areas: [], total: withRates({ ...zero(), total: 3 }) },
        { date: 44141, areas: [], total: withRates({ ...zero(), total: 4 }) },
      ],
      lang: "en",
      sheetName: "History",
    });
    const grid = gridOf(plan);
    grid.sheets[0].values[4][3] = "lots"; // the second date's total, typed over
    expect(readHistory(sheetText, grid).map((s) => s.date)).toEqual([43281]);
  });
});

describe("the change since the previous report date", () => {
  const at = (date: number, done: number, overdue: number): Snapshot => ({
    date,
    areas: [],
    total: withRates({ ...zero(), total: 10, done, doneOnTime: done, overdue }),
  });

  it("compares with the latest earlier date, not a later one", () => {
    const history = [at(43000, 1, 5), at(43281, 4, 2), at(44141, 9, 0)];
    expect(previousSnapshot(history, 43500)?.date).toBe(43281);
    expect(previousSnapshot(history, 43000)).toBeNull();
    expect(previousSnapshot(history, 50000)?.date).toBe(44141);
  });

  it("gives done, overdue and both rates before and after", () => {
    const c = changeSince(at(43281, 4, 2), at(44141, 9, 0));
    expect(c).toEqual({
      since: 43281,
      done: { from: 4, to: 9 },
      overdue: { from: 2, to: 0 },
      completionRate: { from: 0.4, to: 0.9 },
      dueCompletionRate: { from: 4 / 6, to: 1 },
    });
  });
});

describe("the printed history", () => {
  it("prints on A4 landscape, fit to the page's width, with its header repeated and page numbers", () => {
    const plan = historySheetPlan({
      t: sheetText,
      history: [
        { date: 43281, areas: [], total: withRates(zero()) },
        { date: 44141, areas: [], total: withRates(zero()) },
      ],
      lang: "vi",
      sheetName: "Lịch sử",
    });
    expect(plan.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: "3:3",
      footerCenter: "Trang &P/&N",
      // The table and the trend chart under it (rows 7 to 24); the chart's data beside, not printed.
      printArea: "A1:O24",
    });
    // The hint spans the table and wraps, so the print area does not cut it off.
    const last = plan.print!.printArea!.split(":")[1].replace(/\d+/g, "");
    expect(plan.merges).toContain(`A2:${last}2`);
    expect(plan.styles).toContainEqual({
      range: "A2",
      style: expect.objectContaining({ wrap: true }),
    });
  });
});

describe("the trend chart on the history sheet", () => {
  const snapshot = (date: number, done: number, doneLate: number, overdue: number): Snapshot => ({
    date,
    areas: [
      {
        id: "TT",
        name: "Công tác TT",
        figures: withRates({ ...zero(), total: 4, done: 1, doneOnTime: 1 }),
      },
    ],
    total: withRates({
      ...zero(),
      total: 20,
      suspended: 2,
      done,
      doneOnTime: done - doneLate,
      doneLate,
      overdue,
    }),
  });
  const history = [snapshot(43281, 3, 1, 5), snapshot(43646, 9, 2, 3), snapshot(44141, 15, 4, 0)];

  /** The cells of a one-column reference "'Sheet'!$R$4:$R$6", top to bottom. */
  const cellsOf = (ref: string): string[] => {
    const [from, to] = ref
      .slice(ref.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    expect(a.col).toBe(b.col);
    const col = from.replace(/\d+/g, "");
    return Array.from({ length: b.row - a.row + 1 }, (_, i) => `${col}${a.row + i}`);
  };

  it.each(["vi", "en"] as const)(
    "draws both rates of each date's total row, as the core computed them, across the report dates (%s)",
    (lang) => {
      const plan = historySheetPlan({
        t: sheetText,
        history,
        lang,
        sheetName: lang === "vi" ? "Lịch sử" : "History",
      });
      expect(plan.charts).toHaveLength(1);
      const [chart] = plan.charts;
      expect(chart).toMatchObject({ name: CHART_TREND, type: "line", axisMin: 0, axisMax: 1 });
      const ev = evaluatePlan({ sheets: [] }, plan);
      try {
        expect(cellsOf(chart.categories).map((a) => ev.value(a))).toEqual(
          history.map((s) => s.date)
        );
        const [rate, dueRate] = chart.series;
        for (const ref of [chart.categories, rate.values, dueRate.values])
          expect(ref.startsWith(`'${plan.name}'!`)).toBe(true);
        const rates = cellsOf(rate.values).map((a) => ev.value(a));
        const dueRates = cellsOf(dueRate.values).map((a) => ev.value(a));
        history.forEach((s, i) => {
          expect(rates[i]).toBeCloseTo(s.total.completionRate!, 9);
          expect(dueRates[i]).toBeCloseTo(s.total.dueCompletionRate!, 9);
        });
        // The series follow the history's total rows: an edit there (made without the add-in) shows.
        const totalRow = 3 + history[0].areas.length + 1;
        ev.set(`N${totalRow}`, plan.name, 0.5);
        ev.set(`O${totalRow}`, plan.name, 0.25);
        expect(ev.value(cellsOf(rate.values)[0])).toBe(0.5);
        expect(ev.value(cellsOf(dueRate.values)[0])).toBe(0.25);
        // An area's row is not drawn: its rate differs from the total's and appears in no series.
        expect(rates).not.toContain(history[0].areas[0].figures.completionRate);
      } finally {
        ev.destroy();
      }
      // The source block (Office before ExcelApi 1.7) is the categories and series, under a header row.
      const src = chart.source.split(":");
      expect(cellsOf(chart.categories)[0]).toBe(
        `${src[0].replace(/\d+/g, "")}${parseA1(src[0]).row + 1}`
      );
      expect(cellsOf(chart.series[1].values).pop()).toBe(src[1]);
      // The chart prints under the table, one blank row between; its data is cleared, not printed.
      const tableLast = 3 + history.length * (1 + history[0].areas.length);
      expect(chart.from).toBe(`A${tableLast + 2}`);
      const printed = plan.print!.printArea!.split(":")[1];
      expect(parseA1(printed).row).toBe(parseA1(chart.to).row - 1);
      expect(parseA1(chart.to).col).toBeLessThan(parseA1(printed).col);
      expect(parseA1(src[1]).col).toBeGreaterThan(parseA1(printed).col);
      expect(parseA1(plan.extent.split(":")[1])).toEqual(
        parseA1(`${src[1].replace(/\d+/g, "")}${parseA1(printed).row}`)
      );
    }
  );

  it("is drawn only from two report dates on", () => {
    expect(
      historySheetPlan({
        t: sheetText,
        history: history.slice(0, 1),
        lang: "vi",
        sheetName: "Lịch sử",
      }).charts
    ).toEqual([]);
    expect(
      historySheetPlan({ t: sheetText, history: [], lang: "vi", sheetName: "Lịch sử" }).charts
    ).toEqual([]);
  });

  it("leaves the history readable from the whole sheet, chart data included", () => {
    const plan = historySheetPlan({ t: sheetText, history, lang: "vi", sheetName: "Lịch sử" });
    const values: (string | number | boolean)[][] = [];
    for (const block of plan.blocks) {
      const at = parseA1(block.at);
      block.rows.forEach((cells, i) =>
        cells.forEach((cell, j) => {
          const line = (values[at.row - 1 + i] ??= []);
          line[at.col + j] = "value" in cell ? (cell.value ?? "") : (cell.result ?? "");
        })
      );
    }
    const rows = Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? ""));
    const grid: WorkbookGrid = {
      sheets: [{ name: plan.name, address: "A1", values: rows }],
      names: { [HISTORY_MARK]: `'${plan.name}'!$A$1` },
    };
    expect(readHistory(sheetText, grid).map((s) => [s.date, s.total.done, s.areas.length])).toEqual(
      history.map((s) => [s.date, s.total.done, 1])
    );
  });
});
