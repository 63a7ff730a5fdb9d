// The report through Microsoft's own Excel client (tests/office-client/harness.ts): the pane's refresh
// reads the history sheet through its mark in the one read batch, and writes the report sheets, the
// history's new rows and the paragraph block in the one write batch with the summary.
import { refresh } from "../src/app/use-cases";
import { serialFromIso } from "../src/core/dates";
import { OfficeWorkbookHost } from "../src/office/host";
import { findSheet, workbookFromGrid } from "../src/testing/excel-double";
import { sheetValues } from "../src/testing/excel-double/workbook";
import { midGrid, seedGrid } from "../samples/source";
import { clientHost, totals } from "./office-client/harness";

const MID = serialFromIso("2018-06-30") as number;
const SEED = serialFromIso("2020-11-06") as number;

/** The history sheet's dates column as written, one entry per row below the header. */
function historyDates(values: unknown[][]): number[] {
  const header = values.findIndex((r) => r[0] === "Ngày báo cáo");
  return values.slice(header + 1).map((r) => r[0] as number);
}

describe("the report through the real Excel client", () => {
  it("reads the history and writes the report in the same two batches, twice, and never duplicates a date", async () => {
    const grid = seedGrid();
    const host = clientHost(workbookFromGrid(grid));
    const adapter = new OfficeWorkbookHost(host.env);
    const first = await refresh(adapter, { lang: "vi", today: SEED, reportDate: MID });
    expect(first.findings.filter((f) => f.code === "host-error")).toEqual([]);
    expect(totals(host.syncs).syncs).toBe(2);
    for (const name of ["Tổng hợp", "Danh mục chưa hoàn thành", "Theo đơn vị", "Lịch sử"])
      expect(findSheet(host.double.wb, name)).toBeDefined();
    expect(first.report?.trend.map((p) => p.date)).toEqual([MID]);
    expect(first.report?.change).toBeNull();

    const second = await refresh(adapter, { lang: "vi", today: SEED, reportDate: SEED });
    expect(totals(host.syncs).syncs).toBe(4);
    // The second read asked for the marked sheet through the name, in the read batch itself.
    expect(JSON.stringify(host.syncs[2].request)).toContain("TDNV_History");
    expect(second.report?.trend.map((p) => p.date)).toEqual([MID, SEED]);
    expect(second.report?.change?.since).toBe(MID);
    expect(second.report?.paragraph).toContain("So với ngày 30/06/2018");

    await refresh(adapter, { lang: "vi", today: SEED, reportDate: SEED });
    const history = sheetValues(findSheet(host.double.wb, "Lịch sử")!);
    const dates = historyDates(history);
    expect([...new Set(dates)]).toEqual([MID, SEED]);
    // One row per area and a total row per date.
    expect(dates.filter((d) => d === SEED)).toHaveLength(8);
    expect(host.syncs.every((s) => s.error === undefined)).toBe(true);

    // The paragraph is a dated text block under the summary's table, written by the same batch.
    const summary = sheetValues(findSheet(host.double.wb, "Tổng hợp")!).flat();
    expect(summary).toContain(
      "Báo cáo tóm tắt: số liệu tính đến ngày 06/11/2020 (văn bản ghi khi làm mới, không tự cập nhật)"
    );
    expect(summary).toContain(second.report?.paragraph);
  });

  it("finds a history the core placed under another name through its mark", async () => {
    const grid = midGrid();
    grid.sheets.push({ name: "Lịch sử", address: "A1", values: [["của tôi"]] });
    const host = clientHost(workbookFromGrid(grid));
    const adapter = new OfficeWorkbookHost(host.env);
    await refresh(adapter, { lang: "vi", today: SEED, reportDate: MID });
    expect(findSheet(host.double.wb, "Lịch sử (2)")).toBeDefined();
    const again = await refresh(adapter, { lang: "vi", today: SEED, reportDate: SEED });
    expect(again.report?.trend.map((p) => p.date)).toEqual([MID, SEED]);
    expect(sheetValues(findSheet(host.double.wb, "Lịch sử")!)).toEqual([["của tôi"]]);
  });

  it("writes only the tables the settings name", async () => {
    const grid = midGrid();
    const row = grid.sheets
      .find((s) => s.name === "Cấu hình")!
      .values.find((r) => r[0] === "Bảng báo cáo")!;
    row[1] = "Lịch sử";
    const host = clientHost(workbookFromGrid(grid));
    const result = await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: SEED });
    expect(result.report?.paragraph).toBeNull();
    expect(findSheet(host.double.wb, "Lịch sử")).toBeDefined();
    expect(findSheet(host.double.wb, "Theo đơn vị")).toBeUndefined();
    expect(findSheet(host.double.wb, "Danh mục chưa hoàn thành")).toBeUndefined();
  });
});
