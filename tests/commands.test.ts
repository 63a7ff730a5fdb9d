// The ribbon command: runs the refresh without the pane, tells the user, and always completes.
import { refreshSummary, langOf, todaySerial, type CommandDeps } from "../src/commands/commands";
import { seedGrid, SEED_REPORT_ISO } from "../samples/source";
import { serialFromIso } from "../src/core/dates";
import type { WorkbookGrid } from "../src/core/grid";
import { createDouble, envOf, findSheet, workbookFromGrid, type HostOptions } from "../src/testing/excel-double";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

function setup(grid: WorkbookGrid = seedGrid(), options?: HostOptions, extra: Partial<CommandDeps> = {}) {
  const double = createDouble(workbookFromGrid(grid), options);
  const notices: string[] = [];
  const event = { completed: jest.fn() };
  const deps: CommandDeps = {
    env: envOf(double),
    lang: "vi",
    today: TODAY,
    notify: async (text) => {
      notices.push(text);
    },
    ...extra,
  };
  return { double, notices, event, deps };
}

describe("the ribbon refresh command", () => {
  it("refreshes the summary and reports the counts, then completes", async () => {
    const { double, notices, event, deps } = setup();
    await refreshSummary(event, () => deps);
    expect(findSheet(double.wb, "Tổng hợp")).toBeDefined();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("58 nhiệm vụ");
    expect(notices[0]).toContain("7 lĩnh vực");
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(double.syncCount).toBe(2);
  });

  it("opens the task pane when there are errors and the host can", async () => {
    const grid = seedGrid();
    grid.sheets.find((s) => s.name === "Nhiệm vụ")!.values[3][6] = "Không rõ";
    const showTaskpane = jest.fn(async () => undefined);
    const { notices, event, deps } = setup(grid, undefined, { showTaskpane });
    await refreshSummary(event, () => deps);
    expect(showTaskpane).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("says there are errors when the pane cannot be opened from a command", async () => {
    const grid = seedGrid();
    grid.sheets.find((s) => s.name === "Nhiệm vụ")!.values[3][6] = "Không rõ";
    const { notices, event, deps } = setup(grid);
    await refreshSummary(event, () => deps);
    expect(notices[0]).toMatch(/1 lỗi.*Mở bảng điều khiển/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports an Excel refusal in the user's language and completes", async () => {
    const { notices, event, deps } = setup(seedGrid(), { faults: { cellEditMode: true } });
    await refreshSummary(event, () => ({ ...deps, lang: "en" }));
    expect(notices[0]).toMatch(/^Could not refresh the summary: .*cell/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when building its dependencies or telling the user fails", async () => {
    const event = { completed: jest.fn() };
    await refreshSummary(event, () => {
      throw new Error("Office not ready");
    });
    expect(event.completed).toHaveBeenCalledTimes(1);

    const failing = setup(seedGrid(), undefined, { notify: async () => Promise.reject(new Error("no dialog")) });
    await refreshSummary(failing.event, () => failing.deps);
    expect(failing.event.completed).toHaveBeenCalledTimes(1);

    const pane = setup(seedGrid(), { faults: { failSyncs: [2] } }, { showTaskpane: () => Promise.reject(new Error("x")) });
    await refreshSummary(pane.event, () => pane.deps);
    expect(pane.event.completed).toHaveBeenCalledTimes(1);
  });

  it("follows Office's display language and counts today in Excel serials", () => {
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf("en-US")).toBe("en");
    expect(langOf(undefined)).toBe("en");
    expect(todaySerial(new Date(2020, 10, 6, 23, 59))).toBe(TODAY);
  });

  it("is built without React or Fluent", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("fs") as typeof import("fs");
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/^import\s+(?!type)[^'"]*['"]([^'"]+)['"]/gm)) {
        const spec = m[1];
        expect(spec).not.toMatch(/^(react|react-dom|@fluentui)/);
        if (spec.startsWith(".")) {
          const base = require("path").resolve(require("path").dirname(file), spec);
          const hit = [".ts", ".tsx", "/index.ts"].map((e) => base + e).find((p) => fs.existsSync(p));
          if (hit) visit(hit);
        }
      }
    };
    visit(require("path").join(__dirname, "../src/commands/commands.ts"));
    expect(seen.size).toBeGreaterThan(5);
  });
});
