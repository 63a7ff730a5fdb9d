// The history of report dates: replace-by-date (a second refresh at the same date replaces that date's
// rows, never duplicates; sorted by date) under a property, the sheet read back as it was written, and
// the change since the previous report date.
import fc from "fast-check";
import type { WorkbookGrid } from "../grid";
import type { SheetPlan } from "../plan";
import { FIGURE_COUNTS, withRates, type ReportFigures } from "./figures";
import { historySheetPlan, HISTORY_MARK, readHistory, recordSnapshot } from "./history";
import { changeSince, previousSnapshot, type Snapshot } from "./snapshot";

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
              history: recordSnapshot(history, s),
              lang,
              sheetName: "Lịch sử",
            });
            history = readHistory(gridOf(plan));
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
      history: [{ date: 43281, areas: [], total: withRates(zero()) }],
      lang: "vi",
      sheetName: "Lịch sử",
    });
    const grid = gridOf(plan);
    expect(readHistory(grid)).toHaveLength(1);
    expect(readHistory({ ...grid, names: {} })).toEqual([]);
  });

  it("reads a sheet written in English as well, and skips rows someone typed over", () => {
    const plan = historySheetPlan({
      history: [
        { date: 43281, areas: [], total: withRates({ ...zero(), total: 3 }) },
        { date: 44141, areas: [], total: withRates({ ...zero(), total: 4 }) },
      ],
      lang: "en",
      sheetName: "History",
    });
    const grid = gridOf(plan);
    grid.sheets[0].values[4][3] = "lots"; // the second date's total, typed over
    expect(readHistory(grid).map((s) => s.date)).toEqual([43281]);
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
      printArea: plan.extent,
    });
    // The hint spans the table and wraps, so the print area does not cut it off.
    const last = plan.extent.split(":")[1].replace(/\d+/g, "");
    expect(plan.merges).toContain(`A2:${last}2`);
    expect(plan.styles).toContainEqual({
      range: "A2",
      style: expect.objectContaining({ wrap: true }),
    });
  });
});
