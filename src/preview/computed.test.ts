// The preview's values for the add-in's formula cells (issue 17 §8): after a refresh over the double
// (which calculates nothing), each formula the refresh wrote shows the value the core computed for it;
// a formula the user typed, or one the add-in did not plan there, keeps showing its text.
import { refresh } from "../app/use-cases";
import { serialFromIso } from "../core/dates";
import { OfficeWorkbookHost } from "../office/host";
import { seedGrid, SEED_REPORT_ISO } from "../../samples/source";
import { colName, createDouble, envOf, findSheet, workbookFromGrid } from "../testing/excel-double";
import { cellText } from "./cellText";
import { computeValues, computedAt } from "./computed";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

async function refreshedSeed() {
  const double = createDouble(workbookFromGrid(seedGrid()));
  const result = await refresh(new OfficeWorkbookHost(envOf(double)), { lang: "vi", today: TODAY });
  return { double, result };
}

describe("the preview's computed values", () => {
  it("gives every formula cell of the summary a value, and the totals are the rollup's", async () => {
    const { double, result } = await refreshedSeed();
    const values = await computeValues(double, "vi", TODAY);
    const summary = findSheet(double.wb, result.summarySheet)!;
    const formulas = [...summary.cells.entries()].filter(([, cell]) => cell.formula);
    expect(formulas.length).toBeGreaterThan(50);
    const shown = formulas.filter(([key, cell]) => {
      const [r, c] = key.split(",").map(Number);
      const address = `${colName(c)}${r + 1}`;
      return computedAt(values, summary.name, address, cell.formula) !== undefined;
    });
    expect(shown.length).toBe(formulas.length);
    const numbers = [...(values.get(summary.name)?.values() ?? [])].map((v) => v.result);
    expect(numbers).toContain(result.rollup.total.total);
    expect(numbers).toContain(result.rollup.total.done);
    expect(result.rollup.total.total).toBe(58);
  });

  it("shows nothing computed before a refresh wrote the summary", async () => {
    const double = createDouble(workbookFromGrid(seedGrid()));
    const values = await computeValues(double, "vi", TODAY);
    const summary = [...values.keys()][0];
    expect(findSheet(double.wb, summary)).toBeUndefined();
  });

  it("keeps a formula's text when the cell holds another formula than the one planned", async () => {
    const { double, result } = await refreshedSeed();
    const values = await computeValues(double, "vi", TODAY);
    const [address, planned] = [...values.get(result.summarySheet)!.entries()][0];
    expect(computedAt(values, result.summarySheet, address, planned.formula)).toBe(planned);
    expect(computedAt(values, result.summarySheet, address, "=1+1")).toBeUndefined();
    expect(computedAt(values, "Nhiệm vụ", address, planned.formula)).toBeUndefined();
  });

  it("words a computed value by the cell's number format, as Excel shows it", () => {
    const cell = { value: "", formula: "=D8/C8", numberFormat: "0%", format: {} };
    expect(cellText(cell, "vi")).toBe("=D8/C8");
    expect(cellText(cell, "vi", { formula: "=D8/C8", result: 0.75 })).toBe("75%");
    const count = { value: "", formula: "=SUM(C8:C14)", numberFormat: "General", format: {} };
    expect(cellText(count, "en", { formula: "=SUM(C8:C14)", result: 1234 })).toBe("1,234");
  });
});
