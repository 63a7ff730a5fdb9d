// The ribbon command: runs the refresh without the pane, tells the user, and always completes. The
// workbook sits behind Microsoft's Excel client (tests/office-client).
import {
  officeDeps,
  refreshSummary,
  langOf,
  todaySerial,
  type CommandDeps,
} from "../src/commands/commands";
import { seedGrid, SEED_REPORT_ISO } from "../samples/source";
import { serialFromIso } from "../src/core/dates";
import type { WorkbookGrid } from "../src/core/grid";
import {
  createDouble,
  findSheet,
  workbookFromGrid,
  type HostOptions,
} from "../src/testing/excel-double";
import { clientEnv } from "./office-client/harness";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;

function setup(
  grid: WorkbookGrid = seedGrid(),
  options?: HostOptions,
  extra: Partial<CommandDeps> = {}
) {
  const double = createDouble(workbookFromGrid(grid), options);
  const notices: string[] = [];
  const event = { completed: jest.fn() };
  const deps: CommandDeps = {
    env: clientEnv(double),
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

  it("never calls showAsTaskpane without a shared runtime: a host reporting SharedRuntime 1.1 still gets the error count and the way to the pane", async () => {
    const grid = seedGrid();
    grid.sheets.find((s) => s.name === "Nhiệm vụ")!.values[3][6] = "Không rõ";
    const double = createDouble(workbookFromGrid(grid));
    const showAsTaskpane = jest.fn(async () => undefined);
    const office = {
      context: { displayLanguage: "vi-VN", requirements: { isSetSupported: () => true } },
      addin: { showAsTaskpane },
    };
    const notices: string[] = [];
    const event = { completed: jest.fn() };
    await refreshSummary(event, () =>
      officeDeps(office, clientEnv(double), async (text) => {
        notices.push(text);
      })
    );
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/1 lỗi.*Mở bảng điều khiển/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes only after the last notification has been shown, on the failure path too", async () => {
    const order: string[] = [];
    const slowNotify = (text: string) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          order.push(`shown: ${text.slice(0, 20)}`);
          resolve();
        }, 20)
      );
    const { event, deps } = setup(
      seedGrid(),
      { faults: { cellEditMode: true } },
      { notify: slowNotify }
    );
    event.completed.mockImplementation(() => order.push("completed"));
    await refreshSummary(event, () => deps);
    expect(order.at(-1)).toBe("completed");
    expect(order).toHaveLength(2);

    const failing = { completed: jest.fn(() => order.push("completed")) };
    order.length = 0;
    let calls = 0;
    await refreshSummary(failing, () => {
      if (calls++ === 0) throw new Error("Office not ready");
      return { ...deps, notify: slowNotify };
    });
    expect(order).toEqual([expect.stringMatching(/^shown: /), "completed"]);
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

    const failing = setup(seedGrid(), undefined, {
      notify: async () => Promise.reject(new Error("no dialog")),
    });
    await refreshSummary(failing.event, () => failing.deps);
    expect(failing.event.completed).toHaveBeenCalledTimes(1);

    const pane = setup(
      seedGrid(),
      { faults: { failSyncs: [2] } },
      { notify: () => Promise.reject(new Error("x")) }
    );
    await refreshSummary(pane.event, () => pane.deps);
    expect(pane.event.completed).toHaveBeenCalledTimes(1);
  });

  it("follows Office's display language and counts today in Excel serials", () => {
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf("en-US")).toBe("en");
    expect(langOf(undefined)).toBe("vi"); // the pane's rule: no locale is the first language
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
          const hit = [".ts", ".tsx", "/index.ts"]
            .map((e) => base + e)
            .find((p) => fs.existsSync(p));
          if (hit) visit(hit);
        }
      }
    };
    visit(require("path").join(__dirname, "../src/commands/commands.ts"));
    expect(seen.size).toBeGreaterThan(5);
  });
});
