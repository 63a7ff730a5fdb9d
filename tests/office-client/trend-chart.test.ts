// The history sheet's trend chart (issue 15 §4) through Microsoft's Excel client: after refreshes at two
// report dates, "Lịch sử" holds one native line chart whose series are the plan's (names, colours,
// ranges) at every ExcelApi level the adapter supports, and whose values, evaluated by HyperFormula over
// the cells the client wrote, are the total rates the core computed for each date.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { refresh } from "../../src/app/use-cases";
import { parseA1 } from "../../src/core/a1";
import { serialFromIso } from "../../src/core/dates";
import type { ChartPlan, WorkbookPlan } from "../../src/core/plan";
import { OfficeWorkbookHost } from "../../src/office/host";
import { findSheet, workbookFromGrid } from "../../src/testing/excel-double";
import { readFormulas, usedBox } from "../../src/testing/excel-double/workbook";
import { seedGrid } from "../../samples/source";
import { clientHost } from "./harness";

const MID = serialFromIso("2018-06-30") as number;
const SEED = serialFromIso("2020-11-06") as number;

class PlanKeepingHost extends OfficeWorkbookHost {
  plan: WorkbookPlan | null = null;
  override async apply(plan: WorkbookPlan): Promise<void> {
    this.plan = plan;
    return super.apply(plan);
  }
}

const local = (ref: string): string => ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");

/** The cells of a one-column A1 range "R4:R5", top to bottom. */
function cellsOf(range: string): string[] {
  const [from, to] = range.split(":");
  const col = from.replace(/\d+/g, "");
  const a = parseA1(from).row;
  return Array.from({ length: parseA1(to).row - a + 1 }, (_, i) => `${col}${a + i}`);
}

describe("the trend chart through Microsoft's Excel client", () => {
  it.each([4, 6, 7, 9])(
    "ExcelApi 1.%i: a line chart on the history sheet carries the history's total rates per report date",
    async (minor) => {
      const host = clientHost(workbookFromGrid(seedGrid()), { apiMinor: minor });
      const adapter = new PlanKeepingHost(host.env);
      const first = await refresh(adapter, { lang: "vi", today: SEED, reportDate: MID });
      expect(first.findings.filter((f) => f.code === "host-error")).toEqual([]);
      // One report date: no trend to draw yet.
      expect(findSheet(host.double.wb, "Lịch sử")!.charts).toEqual([]);

      const second = await refresh(adapter, { lang: "vi", today: SEED, reportDate: SEED });
      expect(second.findings.filter((f) => f.code === "host-error")).toEqual([]);
      expect(host.syncs.every((s) => s.error === undefined)).toBe(true);
      const planned: ChartPlan = adapter.plan!.sheets.find((s) => s.name === "Lịch sử")!.charts[0];
      const sheet = findSheet(host.double.wb, "Lịch sử")!;
      expect(sheet.charts).toHaveLength(1);
      const [made] = sheet.charts;
      expect(made).toMatchObject({ name: planned.name, type: "Line", title: planned.title });
      expect(made.series).toEqual(
        planned.series.map((s) => ({
          name: s.name,
          color: s.color,
          values: local(s.values),
          categories: local(planned.categories),
        }))
      );

      // The cells as the client wrote them, evaluated: the series' values are the core's rates.
      const box = usedBox(sheet, true)!;
      const rows: RawCellContent[][] = [];
      readFormulas(sheet, box).forEach((r, i) => {
        rows[box.r0 + i] = [];
        r.forEach((v, j) => (rows[box.r0 + i][box.c0 + j] = v === "" ? null : v));
      });
      const filled = Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
      const hf = HyperFormula.buildFromSheets({ [sheet.name]: filled }, { licenseKey: "gpl-v3" });
      try {
        const id = hf.getSheetId(sheet.name)!;
        const value = (a1: string): unknown => {
          const { row, col } = parseA1(a1);
          return hf.getCellValue({ sheet: id, row: row - 1, col });
        };
        const trend = second.report!.trend;
        expect(trend.map((p) => p.date)).toEqual([MID, SEED]);
        expect(cellsOf(made.series[0].categories!).map(value)).toEqual([MID, SEED]);
        const rates = cellsOf(made.series[0].values!).map(value) as number[];
        const dueRates = cellsOf(made.series[1].values!).map(value) as number[];
        trend.forEach((p, i) => {
          expect(rates[i]).toBeCloseTo(p.completionRate!, 9);
          expect(dueRates[i]).toBeCloseTo(p.dueCompletionRate!, 9);
        });
        // Two different dates, two different points: the line is not flat by accident.
        expect(rates[0]).not.toBeCloseTo(rates[1], 6);
      } finally {
        hf.destroy();
      }
    }
  );
});
