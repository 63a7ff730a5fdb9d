// Test data and a fake PaneServices for the pane's component tests: each use-case records its
// calls, and a refresh can be held at a step so the test sees the pane mid-refresh.
import type { OverdueTask, RefreshOptions, RefreshResult, RefreshStep } from "../../app/ports";
import { finding, type CellChange, type Finding } from "../../core/findings";
import type { AreaRollup, Counts, Lang, Rollup } from "../../core/model";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import type { AppendixImport } from "../../core/import/appendix";
import type { InputSheetNames, PaneServices } from "../PaneServices.types";

/** 2026-03-05 as an Excel serial. */
export const TODAY = 46086;

function counts(total: number, done: number, overdue: number, suspended = 0): Counts {
  const open = total - done - suspended;
  return {
    total,
    done,
    doneOnTime: done,
    doneLate: 0,
    inProgress: open - overdue,
    notStarted: overdue,
    suspended,
    overdue,
    dueSoon: 0,
    noDeadline: 0,
    overdueInProgress: 0,
    overdueNotStarted: overdue,
    unknownStatus: 0,
    nonStandardStatus: 0,
    noStatus: 0,
    doneNoDeadline: 0,
    inTime: open - overdue,
    completionRate: total - suspended > 0 ? done / (total - suspended) : null,
    dueCompletionRate: done + overdue > 0 ? done / (done + overdue) : null,
    averageProgress: null,
  };
}

function area(id: string, name: string, c: Counts): AreaRollup {
  return { id, name, leadUnit: "", group: "", ...c };
}

const ROLLUP: Rollup = {
  reportDate: TODAY,
  dueSoonDays: 7,
  areas: [
    area("TT", "Công tác tư tưởng", counts(5, 4, 0)),
    area("BM", "Công tác xây dựng bộ máy chính quyền", counts(8, 5, 2)),
  ],
  groups: [],
  total: counts(13, 9, 2),
  excludedRows: [],
  taskRows: 13,
  doneAfterReportRows: [],
};

/** The two overdue tasks of ROLLUP's area BM. */
const OVERDUE: OverdueTask[] = [
  { id: "NV7", title: "Đổi mới lề lối làm việc", areaId: "BM", sheet: "Nhiệm vụ", cell: "A8" },
  { id: "NV11", title: "Giám sát của HĐND", areaId: "BM", sheet: "Nhiệm vụ", cell: "A12" },
];

export const ALIAS_FIX: CellChange[] = [
  { sheet: "Nhiệm vụ", cell: "G9", from: "Done", to: "Hoàn thành" },
];

export const FINDINGS: Finding[] = [
  finding(
    "alias-not-counted",
    "Nhiệm vụ",
    "G9",
    { value: "Done", canonical: "Hoàn thành" },
    {
      label: "fix.replace",
      changes: ALIAS_FIX,
    }
  ),
  finding("unknown-area", "Nhiệm vụ", "B7", { area: "Công tác XYZ" }),
  finding("duplicate-id", "Lĩnh vực", "A4", { id: "TT", firstCell: "A3" }),
  finding(
    "text-date",
    "Nhiệm vụ",
    "F12",
    { value: "05/03/2026", column: "Thời hạn" },
    {
      label: "fix.toDate",
      changes: [{ sheet: "Nhiệm vụ", cell: "F12", from: "05/03/2026", to: TODAY }],
    }
  ),
];

export function resultOf(
  findings: Finding[],
  overrides: Partial<RefreshResult> = {}
): RefreshResult {
  return {
    findings,
    overdue: OVERDUE,
    rollup: ROLLUP,
    settings: { ...DEFAULT_SETTINGS, place: "Sóc Trăng" },
    summarySheet: "Tổng hợp",
    taskCount: 13,
    areaCount: 2,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    durationMs: 412,
    ...overrides,
  };
}

export const MISSING_SHEETS: Finding[] = [
  finding("missing-sheet", "Lĩnh vực", "A1", { expected: "Lĩnh vực" }),
  finding("missing-sheet", "Nhiệm vụ", "A1", { expected: "Nhiệm vụ" }),
];

const VI_SHEETS: InputSheetNames = { areas: "Lĩnh vực", tasks: "Nhiệm vụ", settings: "Cấu hình" };
const EN_SHEETS: InputSheetNames = { areas: "Areas", tasks: "Tasks", settings: "Settings" };

/** An appendix list as the importer returns it: two areas, three tasks, one deadline it could not read. */
export const IMPORTED: AppendixImport = {
  sheet: "Phụ lục",
  areas: [
    { id: "TT", name: "Công tác tư tưởng", lead: "Ban Tuyên giáo Tỉnh ủy", row: 3 },
    { id: "TC", name: "Công tác tổ chức", lead: "", row: 6 },
  ],
  tasks: [
    {
      id: "TT-01",
      area: "TT",
      title: "Sinh hoạt chính trị dưới cờ",
      unit: "Ban Tuyên giáo Tỉnh ủy",
      partners: "",
      kind: "recurring",
      due: null,
      dueText: "Thường xuyên",
      status: "not-started",
      row: 4,
    },
    {
      id: "TT-02",
      area: "TT",
      title: "Xuất bản sách",
      unit: "Ban Tuyên giáo Tỉnh ủy",
      partners: "",
      kind: "roadmap",
      due: 44377,
      dueText: "Quý II/2021",
      status: "not-started",
      row: 5,
    },
    {
      id: "TC-01",
      area: "TC",
      title: "Tổng kết",
      unit: "",
      partners: "",
      kind: "roadmap",
      due: null,
      dueText: "Khi có chỉ đạo",
      status: "not-started",
      row: 7,
    },
  ],
  findings: [finding("unknown-deadline", "Phụ lục", "D7", { value: "Khi có chỉ đạo" })],
};

export interface FakeServices extends PaneServices {
  calls: {
    refresh: RefreshOptions[];
    select: [string, string][];
    applyFix: CellChange[][];
    saveSettings: Settings[];
    createTemplate: [boolean, Lang][];
    readList: (string | undefined)[];
    createFromList: [AppendixImport, Lang][];
  };
  /** What needsSetup answers (the workbook has no input sheet yet). */
  setup: boolean;
  /** The workbook's sheets in tab order, the first being the active one, and the list each holds. */
  lists: [string, AppendixImport | null][];
  /** Results the next refreshes resolve with, in order (the last one repeats). */
  results: (RefreshResult | Error)[];
  /** When set, a refresh reports these steps, then waits for release() before resolving. */
  hold: RefreshStep[] | null;
  release: () => void;
  settings: Settings;
  stale: CellChange[];
}

export function fakeServices(
  results: (RefreshResult | Error)[] = [resultOf(FINDINGS)]
): FakeServices {
  let releaseHeld = () => {};
  const fake: FakeServices = {
    calls: {
      refresh: [],
      select: [],
      applyFix: [],
      saveSettings: [],
      createTemplate: [],
      readList: [],
      createFromList: [],
    },
    setup: false,
    lists: [["Sheet1", null]],
    results,
    hold: null,
    release: () => releaseHeld(),
    settings: { ...DEFAULT_SETTINGS, programme: "Chương trình xây dựng hệ thống chính trị" },
    async refresh(options) {
      fake.calls.refresh.push(options);
      for (const step of fake.hold ?? ["reading", "checking", "computing", "writing"])
        options.onProgress?.(step);
      if (fake.hold) await new Promise<void>((resolve) => (releaseHeld = resolve));
      options.onProgress?.("done");
      const next = fake.results.length > 1 ? fake.results.shift()! : fake.results[0];
      if (next instanceof Error) throw next;
      return next;
    },
    async readSettings() {
      return fake.settings;
    },
    async saveSettings(settings) {
      fake.calls.saveSettings.push(settings);
      fake.settings = settings;
    },
    async select(sheet, cell) {
      fake.calls.select.push([sheet, cell]);
    },
    /** Cells listed in `stale` count as edited since the check, like the use-case reports them. */
    stale: [],
    async applyFix(changes) {
      fake.calls.applyFix.push(changes);
      const isStale = (c: CellChange) =>
        fake.stale.some((s) => s.sheet === c.sheet && s.cell === c.cell);
      return { applied: changes.filter((c) => !isStale(c)), stale: changes.filter(isStale) };
    },
    async createTemplate(withSample, lang) {
      fake.calls.createTemplate.push([withSample, lang]);
      fake.setup = false;
      return withSample || lang === "vi" ? VI_SHEETS : EN_SHEETS;
    },
    async needsSetup() {
      return fake.setup;
    },
    async readList(sheet) {
      fake.calls.readList.push(sheet);
      const found = fake.lists.find(([name]) => name === (sheet ?? fake.lists[0][0]));
      if (!found) throw new Error(`no sheet ${sheet}`);
      return { sheet: found[0], sheetNames: fake.lists.map(([name]) => name), imported: found[1] };
    },
    async createFromList(imported, lang) {
      fake.calls.createFromList.push([imported, lang]);
      fake.setup = false;
      return VI_SHEETS;
    },
    today: () => TODAY,
  };
  return fake;
}
