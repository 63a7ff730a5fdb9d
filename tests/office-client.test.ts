// Microsoft's own Excel client (tests/office-client/harness.ts) against the Excel double's server:
// what a refresh sends and receives, as the real client builds it.
import { refresh } from "../src/app/use-cases";
import { serialFromIso } from "../src/core/dates";
import { OfficeWorkbookHost } from "../src/office/host";
import { seedGrid, SEED_REPORT_ISO } from "../samples/source";
import { findSheet, workbookFromGrid } from "../src/testing/excel-double";
import { clientHost, totals } from "./office-client/harness";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

describe("the adapter through Microsoft's Excel client", () => {
  it("refreshes the seed sample in one read batch and one write batch, as the client counts them", async () => {
    const host = clientHost(workbookFromGrid(seedGrid()));
    const result = await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: TODAY });
    expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
    expect(findSheet(host.double.wb, "Tổng hợp")).toBeDefined();
    const t = totals(host.syncs);
    expect(t.syncs).toBe(2);
    // The client's JSON is several times the double's own estimate (issue 16: 861 actions, ~133 KB).
    expect(host.syncs[1].actions).toBeGreaterThan(500);
    expect(host.syncs[1].requestBytes).toBeGreaterThan(host.double.syncs[1].requestBytes * 2);
  });
});
