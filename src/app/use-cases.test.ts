import { AREAS, workbook } from "../../tests/helpers/grid";
import { settingsGrid } from "../../tests/helpers/settings";
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
  /** The writes in the order the host received them. */
  writes: ("apply" | "change")[] = [];
  failApply: Error | null = null;
  constructor(public grid: WorkbookGrid) {}
  async read() {
    return this.grid;
  }
  async apply(plan: WorkbookPlan) {
    if (this.failApply) throw this.failApply;
    this.writes.push("apply");
    this.applied.push(plan);
  }
  async select() {}
  async change(changes: CellChange[]) {
    this.writes.push("change");
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

describe("the refresh use-case as the CLI runs it", () => {
  const withSettings = () =>
    workbook(AREAS, tasks, settingsGrid("vi", { ...DEFAULT_SETTINGS, reportDate: 44000 }).sheets);

  it("records the chosen report date in the settings sheet, as a date, before the plan", async () => {
    const host = new FakeHost(withSettings());
    await refresh(host, { lang: "vi", today: 44141, reportDate: 44141, recordReportDate: true });
    expect(host.writes).toEqual(["change", "apply"]);
    expect(host.changes[0]).toEqual([
      expect.objectContaining({ sheet: "Cấu hình", from: 44000, to: 44141, date: true }),
    ]);
  });

  it("records nothing without a chosen date, and writes nothing when asked to check only", async () => {
    const dated = new FakeHost(withSettings());
    await refresh(dated, { lang: "vi", today: 44141, recordReportDate: true });
    expect(dated.writes).toEqual(["apply"]);
    const checkOnly = new FakeHost(withSettings());
    const result = await refresh(checkOnly, {
      lang: "vi",
      today: 44141,
      reportDate: 44141,
      recordReportDate: true,
      write: false,
    });
    expect(checkOnly.writes).toEqual([]);
    expect(result.taskCount).toBe(2);
  });

  it("says at which step the host refused, with what it threw", async () => {
    const refused = new Error("EACCES");
    const host = new FakeHost(workbook(AREAS, tasks));
    host.failApply = refused;
    expect((await refresh(host, { lang: "vi", today: 44141 })).failure).toEqual({
      step: "write",
      error: refused,
    });
    host.read = async () => {
      throw refused;
    };
    expect((await refresh(host, { lang: "vi", today: 44141 })).failure?.step).toBe("read");
    host.failApply = null;
    host.read = async () => workbook(AREAS, tasks);
    expect((await refresh(host, { lang: "vi", today: 44141 })).failure).toBeUndefined();
  });

  it("writes nothing to a workbook with no input sheet, not even the report date", async () => {
    const host = new FakeHost(settingsGrid("vi"));
    const result = await refresh(host, {
      lang: "vi",
      today: 44141,
      reportDate: 44141,
      recordReportDate: true,
    });
    expect(host.writes).toEqual([]);
    expect(result.findings.map((f) => f.code)).toContain("no-input-sheets");
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
