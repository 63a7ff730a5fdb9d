// The report in a refresh: analyse() with the report asked for plans the three report sheets beside the
// summary, records the report date in the history it read back, and states the change since the
// previous report date; refreshing again at the same date replaces that date instead of adding it.
import { analyse } from "../src/core/analyse";
import { serialFromIso } from "../src/core/dates";
import type { WorkbookGrid } from "../src/core/grid";
import type { SheetPlan } from "../src/core/plan";
import { FOLLOW_UP_MARK, HISTORY_MARK, UNITS_MARK } from "../src/core/report";
import { midGrid, seedGrid } from "../samples/source";
import { t as sheetText } from "../src/i18n";

const today = serialFromIso("2026-03-05") ?? 0;
const MID = serialFromIso("2018-06-30") ?? 0;

/** The grid as a host reads it after the plan's history sheet was written. */
function withHistory(grid: WorkbookGrid, plan: SheetPlan): WorkbookGrid {
  const values = plan.blocks[0].rows.map((r) =>
    r.map((c) => ("value" in c ? (c.value ?? "") : ""))
  );
  return {
    sheets: [...grid.sheets, { name: plan.name, address: "A1", values }],
    sheetNames: [...(grid.sheetNames ?? grid.sheets.map((s) => s.name)), plan.name],
    names: { ...grid.names, [HISTORY_MARK]: `'${plan.name}'!$A$1` },
  };
}
const historyOf = (a: ReturnType<typeof analyse>): SheetPlan =>
  a.plan.sheets.find((s) => s.ownerMark === HISTORY_MARK)!;

describe("a refresh with the report", () => {
  it("plans the follow-up, unit and history sheets under their own marks", () => {
    const a = analyse(midGrid(), { t: sheetText, today, lang: "vi", report: true });
    const marks = a.plan.sheets.map((s) => s.ownerMark);
    expect(marks).toEqual(expect.arrayContaining([FOLLOW_UP_MARK, UNITS_MARK, HISTORY_MARK]));
    expect(new Set(a.plan.sheets.map((s) => s.name)).size).toBe(a.plan.sheets.length);
    expect(a.report?.followUp.flatMap((g) => g.items)).toHaveLength(
      a.rollup.total.overdue + a.rollup.total.dueSoon
    );
    expect(a.report?.paragraph).toMatch(/^Tính đến ngày 30\/06\/2018/);
  });

  it("plans none of them unless asked, as before", () => {
    const a = analyse(midGrid(), { t: sheetText, today, lang: "vi" });
    expect(a.report).toBeUndefined();
    expect(a.plan.sheets.map((s) => s.ownerMark)).not.toContain(HISTORY_MARK);
  });

  it("states the change since the previous report date read from the history, and never duplicates a date", () => {
    const first = analyse(midGrid(), { t: sheetText, today, lang: "vi", report: true });
    const seed = withHistory(seedGrid(), historyOf(first));
    const second = analyse(seed, { t: sheetText, today, lang: "vi", report: true });
    expect(second.report?.previous?.date).toBe(MID);
    expect(second.report?.paragraph).toContain(
      "So với ngày 30/06/2018: số nhiệm vụ hoàn thành tăng"
    );
    expect(second.report?.history.map((s) => s.date)).toEqual([MID, second.rollup.reportDate]);

    const again = analyse(withHistory(seedGrid(), historyOf(second)), {
      t: sheetText,
      today,
      lang: "vi",
      report: true,
    });
    expect(again.report?.history.map((s) => s.date)).toEqual([MID, second.rollup.reportDate]);
  });

  it("leaves a user's sheet named like a report sheet alone and says so", () => {
    const grid = midGrid();
    grid.sheets.push({ name: "Lịch sử", address: "A1", values: [["của tôi"]] });
    grid.sheetNames = [...(grid.sheetNames ?? []), "Lịch sử"];
    const a = analyse(grid, { t: sheetText, today, lang: "vi", report: true });
    expect(historyOf(a).name).toBe("Lịch sử (2)");
    expect(a.findings.map((f) => f.code)).toContain("summary-name-taken");
  });
});
