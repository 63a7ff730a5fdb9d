import { AREAS, workbook } from "../../tests/helpers/grid";
import type { CellChange } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPlan } from "../core/plan";
import { HostError } from "./errors";
import type { RefreshStep, WorkbookHost } from "./ports";
import { applyFix, refresh, saveSettings } from "./use-cases";
import { DEFAULT_SETTINGS } from "../core/settings";

class FakeHost implements WorkbookHost {
  applied: WorkbookPlan[] = [];
  changes: CellChange[][] = [];
  failApply: Error | null = null;
  constructor(public grid: WorkbookGrid) {}
  async read() {
    return this.grid;
  }
  async apply(plan: WorkbookPlan) {
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
  }
  async select() {}
  async change(changes: CellChange[]) {
    this.changes.push(changes);
  }
}

const tasks = [
  ["NV1", "TT", "Sinh hoạt chính trị", "Thường xuyên", "", "", "Done", 1, "", ""],
  ["NV2", "TC", "Đánh giá chất lượng", "Theo lộ trình", "", 44100, "Đang thực hiện", 0.5, "", ""],
];

describe("the refresh use-case", () => {
  it("reads once, reports each step, writes the plan once and counts findings", async () => {
    const host = new FakeHost(workbook(AREAS, tasks));
    const steps: RefreshStep[] = [];
    const result = await refresh(host, {
      lang: "vi",
      today: 44141,
      onProgress: (s) => steps.push(s),
    });
    expect(steps).toEqual(["reading", "checking", "computing", "writing", "done"]);
    expect(host.applied).toHaveLength(1);
    expect(result).toMatchObject({
      taskCount: 2,
      areaCount: 2,
      errorCount: 0,
      warningCount: 1,
      summarySheet: "Tổng hợp",
    });
  });

  it("lists the tasks behind the overdue figure, each with its ID cell", async () => {
    const host = new FakeHost(workbook(AREAS, tasks));
    const result = await refresh(host, { lang: "vi", today: 44141 });
    expect(result.rollup.total.overdue).toBe(1);
    expect(result.overdue).toEqual([
      { id: "NV2", title: "Đánh giá chất lượng", areaId: "TC", sheet: "Nhiệm vụ", cell: "A3" },
    ]);
  });

  it("lists a task done after the report date among the overdue it was at that date", async () => {
    const late = [
      "NV3",
      "TC",
      "Kiện toàn tổ chức",
      "Theo lộ trình",
      "",
      44000,
      "Hoàn thành",
      1,
      44200,
      "",
    ];
    const host = new FakeHost(workbook(AREAS, [...tasks, late]));
    const result = await refresh(host, { lang: "vi", today: 44141, reportDate: 44141 });
    expect(result.rollup.total.overdue).toBe(2);
    expect(result.overdue.map((t) => t.id)).toEqual(["NV2", "NV3"]);
  });

  it("turns a host failure into a finding the pane can show", async () => {
    const host = new FakeHost(workbook(AREAS, tasks));
    host.failApply = new HostError("protected", "Tổng hợp");
    const result = await refresh(host, { lang: "vi", today: 44141 });
    expect(result.findings[0]).toMatchObject({ code: "host-error", severity: "error" });
    expect(result.findings[0].params).toMatchObject({
      reason: "trang tính đang được bảo vệ, không ghi được",
    });
    const unreadable = new FakeHost(workbook(AREAS, tasks));
    unreadable.read = async () => {
      throw new Error("boom");
    };
    expect(
      (await refresh(unreadable, { lang: "en", today: 44141 })).findings[0].params
    ).toMatchObject({ reason: "unknown error", detail: "boom" });
  });
});

describe("fixes and settings", () => {
  it("writes only the cells that still hold what the fix was made from", async () => {
    const host = new FakeHost(workbook(AREAS, tasks));
    const { applied, stale } = await applyFix(host, [
      { sheet: "Nhiệm vụ", cell: "G2", from: "Done", to: "Hoàn thành" },
      { sheet: "Nhiệm vụ", cell: "G3", from: "In progress", to: "Đang thực hiện" },
    ]);
    expect(applied.map((c) => c.cell)).toEqual(["G2"]);
    expect(stale.map((c) => c.cell)).toEqual(["G3"]);
    expect(host.changes).toEqual([
      [{ sheet: "Nhiệm vụ", cell: "G2", from: "Done", to: "Hoàn thành" }],
    ]);
  });

  it("creates the settings sheet when the workbook has none", async () => {
    const host = new FakeHost(workbook(AREAS, tasks));
    await saveSettings(host, { ...DEFAULT_SETTINGS, place: "Lạng Sơn" });
    expect(host.applied[0].sheets.map((s) => s.role)).toEqual(["settings"]);
  });
});
