// The summary's charts through Microsoft's Excel client (issue 16 §2): on ExcelApi 1.7 and later each
// series is built from the plan's own references (ChartSeriesCollection.add, setValues,
// setXAxisValues); on 1.4-1.6 the charts are added in a batch of their own, after the data batch has
// synced and calculated, so Excel's guess at names and categories reads calculated cells. The double
// guesses series the way Excel does and reads a formula written while calculation is suspended as 0.
import { refresh } from "../../src/app/use-cases";
import { serialFromIso } from "../../src/core/dates";
import type { ChartPlan, WorkbookPlan } from "../../src/core/plan";
import { OfficeWorkbookHost } from "../../src/office/host";
import { seedGrid, SEED_REPORT_ISO } from "../../samples/source";
import { findSheet, workbookFromGrid } from "../../src/testing/excel-double";
import type { WireRequest } from "../../src/testing/excel-double/server";
import { clientHost, type ClientSync } from "./harness";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

/** The adapter, keeping the plan it was asked to apply. */
class PlanKeepingHost extends OfficeWorkbookHost {
  plan: WorkbookPlan | null = null;
  override async apply(plan: WorkbookPlan): Promise<void> {
    this.plan = plan;
    return super.apply(plan);
  }
}

const local = (ref: string): string => ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");

/** The series as the plan wants them: name, colour, values and categories on the summary sheet. */
const wanted = (chart: ChartPlan) =>
  chart.series.map((s) => ({
    name: s.name,
    color: s.color,
    values: local(s.values),
    categories: local(chart.categories),
  }));

/**
 * Methods a batch calls on a collection named `parent` ("Charts", "Series"): those that make an object
 * (Add, GetItemAt) and those then called on the objects made (SetValues, SetXAxisValues).
 */
function calls(request: WireRequest, parent: string): string[] {
  const paths = request.ObjectPaths;
  const made = Object.values(paths).filter(
    (p) => p.ObjectPathType === 3 && paths[String(p.ParentObjectPathId)]?.Name === parent
  );
  const ids = new Set(made.map((p) => p.Id));
  const invoked = request.Actions.filter((a) => a.ActionType === 3 && ids.has(a.ObjectPathId));
  return [...made.map((p) => p.Name), ...invoked.map((a) => a.Name)];
}

const everyCall = (syncs: ClientSync[]): string[][] =>
  syncs.map((s) => [...calls(s.request, "Charts"), ...calls(s.request, "Series")]);

async function refreshed(minor: number) {
  const host = clientHost(workbookFromGrid(seedGrid()), { apiMinor: minor });
  const adapter = new PlanKeepingHost(host.env);
  const result = await refresh(adapter, { lang: "vi", today: TODAY });
  expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
  const summary = adapter.plan!.sheets.find((s) => s.role === "summary")!;
  const sheet = findSheet(host.double.wb, summary.name)!;
  return { host, adapter, planned: summary.charts, sheet };
}

describe("the summary's charts through Microsoft's Excel client", () => {
  it.each([4, 6, 7, 8, 9])(
    "ExcelApi 1.%i: each chart has the plan's series, in order, with their names, colours and ranges",
    async (minor) => {
      const { planned, sheet } = await refreshed(minor);
      expect(sheet.charts.map((c) => c.name)).toEqual(planned.map((c) => c.name));
      for (const chart of planned) {
        const made = sheet.charts.find((c) => c.name === chart.name)!;
        expect(made.series).toEqual(wanted(chart));
      }
    }
  );

  it.each([7, 8, 9])(
    "ExcelApi 1.%i: builds every series explicitly in the one write batch",
    async (minor) => {
      const { host, planned } = await refreshed(minor);
      expect(host.syncs).toHaveLength(2);
      const write = calls(host.syncs[1].request, "Series");
      const seriesCount = planned.reduce((n, c) => n + c.series.length, 0);
      expect(write.filter((n) => n === "SetValues")).toHaveLength(seriesCount);
      expect(write.filter((n) => n === "SetXAxisValues")).toHaveLength(seriesCount);
      // The first series comes with the chart; the others are added to it one by one.
      expect(write.filter((n) => n === "Add")).toHaveLength(seriesCount - planned.length);
    }
  );

  it.each([4, 5, 6])(
    "ExcelApi 1.%i: adds the charts in a batch after the data batch, with no 1.7 series call",
    async (minor) => {
      const { host, planned } = await refreshed(minor);
      expect(host.syncs).toHaveLength(3);
      const [read, data, charts] = everyCall(host.syncs);
      expect(read).toEqual([]);
      expect(data.filter((n) => n === "Add")).toEqual([]);
      expect(charts.filter((n) => n === "Add")).toHaveLength(planned.length);
      expect(everyCall(host.syncs).flat()).not.toContain("SetValues");
      expect(everyCall(host.syncs).flat()).not.toContain("SetXAxisValues");
    }
  );

  it("catches explicit series forced on at ExcelApi 1.6 in the client, before the write is sent", async () => {
    const host = clientHost(workbookFromGrid(seedGrid()), { apiMinor: 6 });
    const adapter = new OfficeWorkbookHost(host.env);
    (adapter.features as Record<string, boolean>).chartSeries = true;
    const result = await refresh(adapter, { lang: "en", today: TODAY });
    expect(JSON.stringify(result.findings.filter((f) => f.code === "host-error"))).toMatch(
      /ApiNotFound/
    );
    expect(host.syncs).toHaveLength(1);
  });

  it("replaces its charts on a second refresh at ExcelApi 1.6: still two, each with the plan's series", async () => {
    const { host, adapter, planned, sheet } = await refreshed(6);
    await refresh(adapter, { lang: "vi", today: TODAY });
    expect(host.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(sheet.charts).toHaveLength(planned.length);
    for (const chart of planned)
      expect(sheet.charts.find((c) => c.name === chart.name)!.series).toEqual(wanted(chart));
  });
});
