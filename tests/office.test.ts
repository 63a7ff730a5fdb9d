// The Office.js adapter against the Excel double: resulting workbook state (cells, formats, charts,
// sheet order), sync counts and payloads, and what users' sheets look like afterwards.
import { refresh } from "../src/app/use-cases";
import type { WorkbookGrid } from "../src/core/grid";
import { SUMMARY_MARK, CHART_RATE, CHART_STATUS } from "../src/core/summary";
import { OfficeWorkbookHost } from "../src/office/host";
import { seedGrid, SEED_REPORT_ISO } from "../samples/source";
import { serialFromIso } from "../src/core/dates";
import {
  createDouble,
  envOf,
  findSheet,
  fingerprint,
  nameValue,
  workbookFromGrid,
  type ExcelDouble,
  type HostOptions,
  type WorkbookState,
} from "./excel-double";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

function setup(grid: WorkbookGrid = seedGrid(), options?: HostOptions): { double: ExcelDouble; host: OfficeWorkbookHost } {
  const double = createDouble(workbookFromGrid(grid), options);
  return { double, host: new OfficeWorkbookHost(envOf(double)) };
}

const run = (host: OfficeWorkbookHost) => refresh(host, { lang: "vi", today: TODAY });

function userPrints(wb: WorkbookState, owned: string[]): Record<string, string> {
  return Object.fromEntries(wb.sheets.filter((s) => !owned.includes(s.name)).map((s) => [s.name, fingerprint(s)]));
}

describe("refresh through the Office.js adapter", () => {
  it("writes the seed sample's summary in one read sync and one write sync", async () => {
    const { double, host } = setup();
    const result = await run(host);
    expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
    expect(result.taskCount).toBe(58);
    expect(double.syncCount).toBe(2);
    const summary = findSheet(double.wb, result.summarySheet);
    expect(summary).toBeDefined();
    expect(summary?.charts.map((c) => c.name).sort()).toEqual([CHART_RATE, CHART_STATUS].sort());
    expect(nameValue(double.wb, double.wb.names.find((n) => n.name === SUMMARY_MARK)!)).toContain(result.summarySheet);
    console.log(double.syncs);
  });
});
