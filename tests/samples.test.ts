// The bundled samples tell the article's story: the seed at 06/11/2020 (7 areas, 5/15/4/11/4/16/3 = 58
// tasks, nearly all done) and the same programme at 30/06/2018 (overdue, due soon, suspended...).
import { join } from "path";
import { analyse } from "../src/core/analyse";
import { timeClass } from "../src/core/rollup";
import { serialFromIso } from "../src/core/dates";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import {
  AREAS,
  MID_FILE,
  MID_REPORT_ISO,
  midGrid,
  midSample,
  SEED_FILE,
  SEED_REPORT_ISO,
  seedGrid,
  seedSample,
  TASKS,
} from "../samples/source";
import { t as sheetText } from "../src/i18n";

const ARTICLE_AREAS = [
  ["Công tác tư tưởng", 5],
  ["Công tác tổ chức xây dựng đảng", 15],
  ["Công tác kiểm tra, giám sát", 4],
  ["Công tác dân vận", 11],
  ["Công tác nội chính", 4],
  ["Công tác xây dựng bộ máy chính quyền", 16],
  ["Công tác MTTQ và các đoàn thể", 3],
];

const today = serialFromIso("2026-03-05") ?? 0;

describe("the seed sample (06/11/2020)", () => {
  const a = analyse(seedGrid(), { t: sheetText, today, lang: "vi" });

  it("has the article's seven areas in its order with 5/15/4/11/4/16/3 = 58 tasks", () => {
    expect(a.rollup.areas.map((r) => [r.name, r.total])).toEqual(ARTICLE_AREAS);
    expect(a.rollup.total.total).toBe(58);
  });

  it("reads without a single finding", () => {
    expect(a.findings).toEqual([]);
  });

  it("takes its report date from its settings sheet", () => {
    expect(a.rollup.reportDate).toBe(serialFromIso(SEED_REPORT_ISO));
    expect(a.settings.period).toBe("2015-2020");
  });

  it("has nearly every task done, some late, none overdue, both kinds present", () => {
    const t = a.rollup.total;
    expect(t.done).toBeGreaterThanOrEqual(55);
    expect(t.done).toBeLessThan(58);
    expect(t.doneLate).toBeGreaterThan(0);
    expect(t.overdue).toBe(0);
    expect(t.noDeadline).toBeGreaterThan(10);
    expect(t.doneOnTime).toBeGreaterThan(10);
  });

  it("gives every roadmap task a due date and every done task a completion date across 2015-2020", () => {
    for (const task of a.model.tasks) {
      if (task.kind === "roadmap") expect(task.due).not.toBeNull();
      if (task.status === "done") {
        expect(task.completedOn).not.toBeNull();
        expect(task.completedOn).toBeGreaterThanOrEqual(serialFromIso("2015-01-01") ?? 0);
        expect(task.completedOn).toBeLessThanOrEqual(serialFromIso(SEED_REPORT_ISO) ?? 0);
      }
    }
  });
});

describe("the mid-programme sample (30/06/2018)", () => {
  const a = analyse(midGrid(), { t: sheetText, today, lang: "vi" });

  it("reads without a single finding, with the header below a title block", () => {
    expect(a.findings).toEqual([]);
    expect(a.model.tasksTable?.headerRow).toBe(4);
    expect(a.rollup.total.total).toBe(58);
  });

  it("has a realistic mix: done, in progress, not started, suspended, overdue and due soon", () => {
    const t = a.rollup.total;
    expect(a.rollup.reportDate).toBe(serialFromIso(MID_REPORT_ISO));
    for (const n of [t.done, t.inProgress, t.notStarted, t.suspended, t.overdue, t.dueSoon]) {
      expect(n).toBeGreaterThan(0);
    }
    expect(t.done + t.inProgress + t.notStarted + t.suspended).toBe(58);
    expect(t.completionRate).toBeLessThan(0.5);
  });

  it("groups the areas into Party, government, and the Front and mass organisations", () => {
    expect(a.rollup.groups.map((g) => [g.name, g.areaIds])).toEqual([
      ["Xây dựng Đảng", ["TT", "TC", "KT", "DV", "NC"]],
      ["Xây dựng chính quyền", ["CQ"]],
      ["Mặt trận Tổ quốc và các đoàn thể", ["MT"]],
    ]);
  });

  it("tells the same story as the seed: a task done late in 2018 was overdue at 30/06/2018", () => {
    const seed = analyse(seedGrid(), { t: sheetText, today, lang: "vi" });
    const r = a.rollup.reportDate;
    const midById = new Map(a.model.tasks.map((t) => [t.id, t]));
    let lateSeen = 0;
    for (const task of seed.model.tasks) {
      const mid = midById.get(task.id);
      expect(mid?.title).toBe(task.title);
      if (mid?.status === "done") expect(mid.completedOn).toBe(task.completedOn);
      if (
        timeClass(task, seed.rollup.reportDate, 7) === "done-late" &&
        (task.due ?? Infinity) < r
      ) {
        if ((task.completedOn ?? 0) > r && mid?.status !== "suspended") {
          expect(mid && timeClass(mid, r, 7)).toBe("overdue");
          lateSeen++;
        }
      }
    }
    expect(lateSeen).toBe(a.rollup.total.overdue);
  });
});

describe("the sample sources", () => {
  it("hold NFC text only", () => {
    const text = JSON.stringify([AREAS, TASKS, seedGrid(), midGrid()]);
    expect(text).toBe(text.normalize("NFC"));
  });

  it("use unique task ids, each prefixed by its area's id", () => {
    expect(new Set(TASKS.map((t) => t.id)).size).toBe(TASKS.length);
    for (const t of TASKS) expect(t.id.startsWith(`${t.area}-`)).toBe(true);
  });

  it("are deterministic", () => {
    expect(seedSample()).toEqual(seedSample());
    expect(midSample()).toEqual(midSample());
  });

  it.each([
    [SEED_FILE, seedGrid],
    [MID_FILE, midGrid],
  ])(
    "match the committed samples/%s (run npm run samples after editing them)",
    async (file, grid) => {
      const read = await readXlsxGrid(join(__dirname, "..", "samples", file));
      const expected = grid();
      expect(read.sheetNames).toEqual(expected.sheetNames);
      read.sheets.forEach((sheet, i) => {
        expect(sheet.values).toEqual(expected.sheets[i].values);
        expect(sheet.address).toBe(expected.sheets[i].address);
      });
    }
  );
});
