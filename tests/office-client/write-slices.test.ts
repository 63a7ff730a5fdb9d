// A write larger than the host's request budget (Excel on the web: 5 MB) goes in row slices, through
// Microsoft's Excel client: every request stays under the budget, and the workbook ends exactly as one
// unsliced write leaves it (values, formulas, formats, merges, row heights, charts).
import { refresh } from "../../src/app/use-cases";
import { serialFromIso } from "../../src/core/dates";
import type { WorkbookGrid } from "../../src/core/grid";
import { OfficeWorkbookHost } from "../../src/office/host";
import { WEB_WRITE, type WriteOptions } from "../../src/office/write-bulk";
import { fingerprint, workbookFromGrid } from "../../src/testing/excel-double";
import { seedGrid, SEED_REPORT_ISO } from "../../samples/source";
import { seedWithTasks } from "../helpers/grid";
import { clientHost, type ClientHost } from "./harness";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

async function refreshed(
  grid: WorkbookGrid,
  platform: "PC" | "OfficeOnline",
  write?: WriteOptions
): Promise<ClientHost> {
  const host = clientHost(workbookFromGrid(grid), { platform });
  const adapter = new OfficeWorkbookHost(host.env, undefined, write);
  const result = await refresh(adapter, { lang: "vi", today: TODAY });
  expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
  return host;
}

/** Everything the refresh left on each sheet, row heights and column widths included. */
const state = (host: ClientHost): Record<string, unknown> =>
  Object.fromEntries(
    host.double.wb.sheets.map((s) => [
      s.name,
      {
        print: fingerprint(s),
        rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
        columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
        pageLayout: s.pageLayout,
      },
    ])
  );

describe("a write over the request budget, in row slices", () => {
  const grid = () => seedWithTasks(1500);

  it.each([
    ["PC", 150],
    ["OfficeOnline", 150],
    ["PC", 100],
    ["PC", 400],
  ] as const)(
    "%s: keeps every request under a %i KB budget and ends as one unsliced write does",
    async (platform, kb) => {
      const budget = kb * 1024;
      const whole = await refreshed(grid(), platform, { requestBudget: 64 * 1024 * 1024 });
      const sliced = await refreshed(grid(), platform, { requestBudget: budget });
      const readSyncs = platform === "OfficeOnline" ? whole.syncs.length - 1 : 1;
      expect(whole.syncs.length - readSyncs).toBe(1);
      const slicedWrites = sliced.syncs.slice(readSyncs);
      expect(slicedWrites.length).toBeGreaterThan(1);
      expect(slicedWrites.map((s) => s.requestBytes).filter((n) => n >= budget)).toEqual([]);
      expect(sliced.syncs.every((s) => s.error === undefined)).toBe(true);
      expect(state(sliced)).toEqual(state(whole));
    }
  );

  it("on Excel on the web, the budget is under the 5 MB cap and the seed still writes in one batch", async () => {
    const host = await refreshed(seedGrid(), "OfficeOnline");
    expect(host.syncs).toHaveLength(2);
    expect(WEB_WRITE.requestBudget).toBeLessThan(5_000_000);
  });
});
