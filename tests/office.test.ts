// The Office.js adapter against the Excel double: resulting workbook state (cells, formats, charts,
// sheet order), sync counts and payloads, and what users' sheets look like afterwards.
import { refresh } from "../src/app/use-cases";
import type { CellValue, WorkbookGrid } from "../src/core/grid";
import { serialFromIso } from "../src/core/dates";
import { CHART_RATE, CHART_STATUS, SUMMARY_MARK } from "../src/core/summary";
import { GENERATED_SHEET_MARKS } from "../src/core/generated";
import { SETTINGS_MARK } from "../src/core/settings";
import { OfficeWorkbookHost } from "../src/office/host";
import { AREAS_TABLE, AREA_LIST_NAME, createTemplate, TASKS_TABLE } from "../src/office/template";
import { asText } from "../src/office/write";
import { seedGrid, SEED_REPORT_ISO } from "../samples/source";
import { AREAS, workbook } from "./helpers/grid";
import { clientEnv, type ClientSync } from "./office-client/harness";
import {
  cellAt,
  createDouble,
  findSheet,
  fingerprint,
  nameValue,
  newWorkbook,
  parseBox,
  valuesOf,
  WEB_PAYLOAD_LIMIT,
  workbookFromGrid,
  type ExcelDouble,
  type HostOptions,
  type OpKind,
  type SheetState,
  type WorkbookState,
} from "../src/testing/excel-double";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;
const SUMMARY = "Tổng hợp";

/** A workbook behind Microsoft's Excel client (tests/office-client): `syncs` are the client's batches. */
function setup(
  grid: WorkbookGrid = seedGrid(),
  options?: HostOptions
): { double: ExcelDouble; host: OfficeWorkbookHost; syncs: ClientSync[] } {
  const double = createDouble(workbookFromGrid(grid), options);
  const env = clientEnv(double);
  return { double, host: new OfficeWorkbookHost(env), syncs: env.syncs };
}

const run = (host: OfficeWorkbookHost) => refresh(host, { lang: "vi", today: TODAY });
const hostErrors = (r: Awaited<ReturnType<typeof run>>) =>
  r.findings.filter((f) => f.code === "host-error");

/** Fingerprints of every sheet but the add-in's own (the marked summary, a half-made "TDNV_new…" one). */
function userPrints(wb: WorkbookState): Record<string, string> {
  // The add-in's generated sheets (summary and the report tables, found by their marks) are its own.
  const marks: readonly string[] = GENERATED_SHEET_MARKS;
  const own = new Set(wb.names.filter((n) => marks.includes(n.name)).map((n) => n.sheetId));
  const mine = (s: SheetState): boolean => own.has(s.id) || s.name.startsWith("TDNV_");
  return Object.fromEntries(wb.sheets.filter((s) => !mine(s)).map((s) => [s.name, fingerprint(s)]));
}

function sheet(double: ExcelDouble, name: string): SheetState {
  const s = findSheet(double.wb, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Every cell of a sheet whose value is exactly `text`. */
function cellsWithText(s: SheetState, text: string) {
  return [...s.cells.values()].filter((c) => c.value === text);
}

describe("refresh through the Office.js adapter", () => {
  it("writes the seed sample's summary with one read sync and one write sync", async () => {
    const { double, host } = setup();
    const before = userPrints(double.wb);
    const result = await run(host);
    expect(hostErrors(result)).toEqual([]);
    expect(result.taskCount).toBe(58);
    expect(double.syncCount).toBe(2);
    expect(double.syncs[1].calcSuspended).toBe(true);

    const s = sheet(double, SUMMARY);
    expect(double.wb.sheets.map((x) => x.name)).toEqual([
      "Lĩnh vực",
      "Nhiệm vụ",
      "Cấu hình",
      SUMMARY,
      "Danh mục chưa hoàn thành",
      "Theo đơn vị",
      "Lịch sử",
    ]);
    expect(
      nameValue(
        double.wb,
        double.wb.names.find((n) => n.name === SUMMARY_MARK)!
      )
    ).toBe("'Tổng hợp'!$A$1");
    // live formulas over the tasks table, one row per area (the first area's total sits in column D)
    const formulas = valuesOf(double.wb, SUMMARY, true)
      .flat()
      .filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas.length).toBeGreaterThan(7 * 9);
    expect(formulas.some((f) => String(f).includes("'Nhiệm vụ'!"))).toBe(true);
    expect(cellsWithText(s, "ĐẢNG CỘNG SẢN VIỆT NAM")).toHaveLength(1);
    expect(cellsWithText(s, "Công tác tư tưởng")[0]?.format.fontName).toBe("Times New Roman");
    // charts: the plan's two, over one contiguous block, with the plan's colours and titles
    expect(s.charts.map((c) => c.name).sort()).toEqual([CHART_RATE, CHART_STATUS].sort());
    for (const c of s.charts) {
      expect(c.seriesBy).toBe("Columns");
      expect(c.title).not.toBe("");
      expect(c.series.length).toBeGreaterThan(0);
      expect(c.series.every((x) => /^#[0-9A-Fa-f]{6}$/.test(x.color ?? ""))).toBe(true);
      expect(c.from && c.to).toBeTruthy();
    }
    expect(s.merges.length).toBeGreaterThan(0);
    expect(s.freeze?.rows).toBeGreaterThan(0);
    expect(s.pageLayout["paperSize"]).toBe("A4");
    expect(s.conditionalFormats.length).toBeGreaterThan(0);
    expect(userPrints(double.wb)).toEqual(before);
  });

  it("replaces only its own summary on a second refresh: no duplicate sheet, chart or name", async () => {
    const { double, host } = setup();
    await run(host);
    const first = fingerprint(sheet(double, SUMMARY));
    const users = userPrints(double.wb);
    await run(host);
    expect(double.syncCount).toBe(4);
    expect(double.wb.sheets.map((x) => x.name)).toEqual([
      "Lĩnh vực",
      "Nhiệm vụ",
      "Cấu hình",
      SUMMARY,
      "Danh mục chưa hoàn thành",
      "Theo đơn vị",
      "Lịch sử",
    ]);
    expect(double.wb.names.filter((n) => n.name === SUMMARY_MARK)).toHaveLength(1);
    expect(sheet(double, SUMMARY).charts).toHaveLength(2);
    expect(fingerprint(sheet(double, SUMMARY))).toBe(first);
    expect(userPrints(double.wb)).toEqual(users);
  });

  it("leaves a user's sheet named like the summary alone and writes beside it", async () => {
    const grid = seedGrid();
    grid.sheets.push({ name: SUMMARY, address: "A1", values: [["Bảng của tôi", 42]] });
    const { double, host } = setup(grid);
    const before = fingerprint(sheet(double, SUMMARY));
    const result = await run(host);
    expect(result.summarySheet).toBe("Tổng hợp (2)");
    expect(result.findings.some((f) => f.code === "summary-name-taken")).toBe(true);
    expect(fingerprint(sheet(double, SUMMARY))).toBe(before);
    await run(host);
    expect(fingerprint(sheet(double, SUMMARY))).toBe(before);
    expect(double.wb.sheets.filter((s) => s.name.startsWith(SUMMARY))).toHaveLength(2);
  });

  it("keeps a user's formula into the summary, and the summary's tab position, across refreshes", async () => {
    const { double, host } = setup();
    await run(host);
    const mine = (() => {
      const wb = double.wb;
      const s = {
        ...sheet(double, "Lĩnh vực"),
        id: "{99}",
        name: "Báo cáo",
        cells: new Map(),
        tables: [],
        charts: [],
      };
      wb.sheets.splice(0, 0, s);
      return s as SheetState;
    })();
    const cell = cellAt(mine, 0, 0);
    cell.formula = "='Tổng hợp'!D12";
    // the user moves the summary to the front
    const summary = sheet(double, SUMMARY);
    double.wb.sheets = [summary, ...double.wb.sheets.filter((s) => s !== summary)];
    const order = double.wb.sheets.map((s) => s.name);
    await run(host);
    await run(host);
    expect(cellAt(mine, 0, 0).formula).toBe("='Tổng hợp'!D12");
    expect(double.wb.sheets.map((s) => s.name)).toEqual(order);
  });

  it("writes formula-looking text from the inputs as text, never as a formula", async () => {
    const grid = seedGrid();
    const areas = grid.sheets.find((s) => s.name === "Lĩnh vực")!;
    const tasks = grid.sheets.find((s) => s.name === "Nhiệm vụ")!;
    const odd = ["- Tổ chức xây dựng đảng", '=HYPERLINK("http://x")', "@SUM(1)", "+84 912 345 678"];
    odd.forEach((text, i) => {
      const row = areas.values[i + 1];
      const old = row[1];
      row[1] = text;
      for (const t of tasks.values) if (t[1] === old) t[1] = text;
    });
    areas.values[5][2] = "'quoted' unit";
    const { double, host } = setup(grid);
    const result = await run(host);
    expect(hostErrors(result)).toEqual([]);
    const s = sheet(double, SUMMARY);
    for (const text of [...odd, "'quoted' unit"]) {
      const cells = cellsWithText(s, text);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) {
        expect(c.formula).toBeUndefined();
        expect(c.quotePrefix).toBe(true);
      }
    }
    // no cell became one of those strings as a formula (the core's COUNTIFS may quote them as literals)
    const formulas = [...s.cells.values()].map((c) => c.formula ?? "");
    for (const start of ["=HYPERLINK", "=- Tổ", "=SUM(1)", "=+84"])
      expect(formulas.filter((f) => f.startsWith(start))).toEqual([]);
  });

  it("reports a protected summary sheet as a finding and changes nothing", async () => {
    const { double, host } = setup();
    await run(host);
    sheet(double, SUMMARY).protected = true;
    const all = double.wb.sheets.map(fingerprint);
    const result = await run(host);
    expect(hostErrors(result)).toHaveLength(1);
    expect(hostErrors(result)[0].params).toMatchObject({
      reason: expect.stringContaining("bảo vệ"),
    });
    expect(double.wb.sheets.map(fingerprint)).toEqual(all);
    expect(double.syncCount).toBe(3); // the read only
  });

  it("turns cell-edit mode and a read-only workbook into findings", async () => {
    const editing = setup(seedGrid(), { faults: { cellEditMode: true } });
    const r1 = await run(editing.host);
    expect(hostErrors(r1)[0].params.reason).toContain("sửa ô");
    const readOnly = setup(seedGrid(), { faults: { readOnly: true } });
    const before = readOnly.double.wb.sheets.map(fingerprint);
    const r2 = await run(readOnly.host);
    expect(hostErrors(r2)[0].params.reason).toContain("chỉ đọc");
    expect(readOnly.double.wb.sheets.map(fingerprint)).toEqual(before);
  });

  describe("fault injection", () => {
    let reference: string;
    beforeAll(async () => {
      const { double, host } = setup();
      await run(host);
      reference = fingerprint(sheet(double, SUMMARY));
    });

    async function check(faults: HostOptions["faults"], refreshFirst: boolean): Promise<void> {
      const { double, host } = setup();
      if (refreshFirst) await run(host);
      const users = userPrints(double.wb);
      const syncsBefore = double.syncCount;
      double.faults = faults ?? {};
      const failed = await run(host);
      expect(hostErrors(failed)).toHaveLength(1);
      expect(double.syncCount).toBeGreaterThan(syncsBefore);
      expect(userPrints(double.wb)).toEqual(users);
      double.faults = {};
      const repaired = await run(host);
      expect(hostErrors(repaired)).toEqual([]);
      expect(repaired.summarySheet).toBe(SUMMARY);
      expect(fingerprint(sheet(double, SUMMARY))).toBe(reference);
      expect(double.wb.sheets.filter((s) => s.name.startsWith(SUMMARY))).toHaveLength(1);
      expect(double.wb.sheets.filter((s) => s.name.startsWith("TDNV_"))).toEqual([]);
      expect(
        double.wb.names.filter((n) => n.name === SUMMARY_MARK || n.name === SETTINGS_MARK).length
      ).toBeLessThanOrEqual(2);
    }

    it.each([1, 2])(
      "a failure at sync %i leaves user cells unchanged and the next refresh is right",
      async (n) => {
        await check({ failSyncs: [n + 2] }, true);
        await check({ failSyncs: [n] }, false);
      }
    );

    it("a failure at any operation of the write (earlier ones applied) never changes user cells", async () => {
      const probe = setup();
      await run(probe.host);
      await run(probe.host);
      const ops = probe.double.syncs[3].ops;
      const indexes = [
        1,
        2,
        3,
        4,
        5,
        ...Array.from({ length: 12 }, (_, i) => Math.round(((i + 1) * ops) / 13)),
        ops,
      ];
      for (const index of indexes) await check({ failAtOp: { sync: 4, index } }, true);
      expect(indexes.length).toBeGreaterThan(15);
      // the first write creates the sheet: a failure right after it, or after its mark, is repaired too
      for (const index of [1, 2, 3, 4, 5, 6, 7])
        await check({ failAtOp: { sync: 2, index } }, false);
    });

    it.each<OpKind>([
      "values",
      "numberFormat",
      "format",
      "merge",
      "addChart",
      "chart",
      "deleteChart",
      "clear",
      "conditionalFormat",
      "pageLayout",
    ])(
      "a failure at the first '%s' operation is a finding, and the next refresh repairs",
      async (kind) => {
        await check({ failOnKind: { kind, sync: 4 } }, true);
      }
    );

    it("a payload-too-large refusal is reported as such", async () => {
      const { double, host } = setup();
      double.faults = { failOnKind: { kind: "values", code: "RequestPayloadSizeLimitExceeded" } };
      const result = await run(host);
      expect(hostErrors(result)[0].params.reason).toContain("quá lớn");
    });
  });

  describe("large workbooks", () => {
    function bigGrid(tasks: number): WorkbookGrid {
      const grid = seedGrid();
      const t = grid.sheets.find((s) => s.name === "Nhiệm vụ")!;
      const header = t.values[0];
      const template = t.values.slice(1);
      const fmts = t.numberFormats!.slice(1);
      const values: CellValue[][] = [header];
      const formats: string[][] = [t.numberFormats![0]];
      for (let i = 0; i < tasks; i++) {
        const row = [...template[i % template.length]];
        row[0] = `NV${String(i + 1).padStart(5, "0")}`;
        values.push(row);
        formats.push(fmts[i % fmts.length]);
      }
      t.values = values;
      t.numberFormats = formats;
      return grid;
    }

    it("refreshes 50,000 tasks in two syncs on the desktop", async () => {
      const { syncs, host } = setup(bigGrid(50000));
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      expect(result.taskCount).toBe(50000);
      expect(syncs.length).toBe(2);
      console.log(
        `50,000 tasks, desktop: ${syncs.length} syncs; read response ≈ ${(syncs[0].responseBytes / 1e6).toFixed(1)} MB, write request ≈ ${(syncs[1].requestBytes / 1e3).toFixed(0)} kB`
      );
    });

    it("reads more than 50,000 tasks on the desktop in row chunks after the first 50,000", async () => {
      const { syncs, host } = setup(bigGrid(60000));
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      expect(result.taskCount).toBe(60000);
      expect(syncs.length).toBeGreaterThan(2);
      for (const sync of syncs.slice(1, -1))
        expect(sync.responseBytes).toBeLessThan(4.5 * 1024 * 1024);
    });

    it("reads 50,000 tasks on Excel on the web in row chunks, each request and response under the cap", async () => {
      const { syncs, host } = setup(bigGrid(50000), { platform: "OfficeOnline" });
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      expect(result.taskCount).toBe(50000);
      expect(syncs.length).toBeGreaterThan(2);
      for (const s of syncs) {
        expect(s.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
        expect(s.responseBytes).toBeLessThan(4.5 * 1024 * 1024);
      }
      console.log(
        `50,000 tasks, web: ${syncs.length} syncs, largest response ${(Math.max(...syncs.map((s) => s.responseBytes)) / 1e6).toFixed(2)} MB`
      );
    });

    it("refreshes 5,000 tasks on the web in one read and one write", async () => {
      const { syncs, host } = setup(bigGrid(5000), { platform: "OfficeOnline" });
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      expect(result.taskCount).toBe(5000);
      expect(syncs.length).toBe(2);
      expect(syncs[0].responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    });

    it("reads a first chunk too wide for the web's cap again in small chunks", async () => {
      const grid = bigGrid(9000);
      const tasks = grid.sheets.find((s) => s.name === "Nhiệm vụ")!;
      // Long notes make 9,000 rows about 9 MB: the first read fails on the cap, then row chunks follow.
      const notes = tasks.values[0].length - 1;
      tasks.values.slice(1).forEach((row) => (row[notes] = "Ghi chú dài ".repeat(80)));
      const { syncs, host } = setup(grid, { platform: "OfficeOnline" });
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      expect(result.taskCount).toBe(9000);
      expect(syncs[0].error).toBe("ResponsePayloadSizeLimitExceeded");
      expect(
        syncs.slice(1).every((s) => s.error === undefined && s.responseBytes < WEB_PAYLOAD_LIMIT)
      ).toBe(true);
    });

    it("reads a small workbook on the web in one sync too", async () => {
      const { syncs, host } = setup(seedGrid(), { platform: "OfficeOnline" });
      await run(host);
      expect(syncs.length).toBe(2);
    });
  });

  describe("older Excel", () => {
    it("runs the core path on ExcelApi 1.4 and says which features are off", async () => {
      const { double, host } = setup(seedGrid(), { apiMinor: 4 });
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      // The read, the data, then the charts over calculated cells (no explicit series before 1.7).
      expect(double.syncCount).toBe(3);
      const s = sheet(double, SUMMARY);
      expect(s.charts).toHaveLength(2);
      expect(s.conditionalFormats).toEqual([]);
      expect(s.pageLayout).toEqual({});
      expect(host.missingFeatures.sort()).toEqual(
        [
          "conditionalFormats",
          "dataLabelFormat",
          "dataValidation",
          "freezePanes",
          "pageLayout",
          "suspendCalculation",
          "tabColor",
        ].sort()
      );
    });

    it("refuses ExcelApi 1.3 with a finding instead of failing half-way", async () => {
      const { double, host } = setup(seedGrid(), { apiMinor: 3 });
      const result = await run(host);
      expect(hostErrors(result)[0].params.reason).toContain("chưa hỗ trợ");
      expect(double.syncCount).toBe(0);
    });
  });

  describe("select and change", () => {
    it("selects a finding's cell in one sync", async () => {
      const { double, host } = setup();
      await host.select("Nhiệm vụ", "C7");
      expect(double.wb.selection).toEqual({ sheet: "Nhiệm vụ", address: "C7" });
      expect(double.syncCount).toBe(1);
    });

    it("writes a confirmed fix in one sync, text kept as text, and touches no other cell", async () => {
      const { double, host } = setup();
      const tasks = sheet(double, "Nhiệm vụ");
      const others = fingerprint(sheet(double, "Lĩnh vực"));
      await host.change([
        { sheet: "Nhiệm vụ", cell: "G2", from: "Done", to: "Hoàn thành" },
        { sheet: "Nhiệm vụ", cell: "J3", from: "x", to: "- ghi chú" },
        { sheet: "Nhiệm vụ", cell: "C4", from: "x", to: "Nội dung", font: "Times New Roman" },
      ]);
      expect(double.syncCount).toBe(1);
      const at = (a1: string) => cellAt(tasks, parseBox(a1).r0, parseBox(a1).c0);
      expect(at("G2").value).toBe("Hoàn thành");
      expect(at("J3")).toMatchObject({ value: "- ghi chú", quotePrefix: true });
      expect(at("J3").formula).toBeUndefined();
      expect(at("C4").format.fontName).toBe("Times New Roman");
      expect(fingerprint(sheet(double, "Lĩnh vực"))).toBe(others);
    });
  });

  describe("a fix, then a refresh", () => {
    it("keeps only the date of a completion hours after the due time; the task then counts on time", async () => {
      const D = TODAY - 10;
      const grid = workbook(AREAS, [
        [
          "NV1",
          "TT",
          "Sinh hoạt chính trị",
          "Theo lộ trình",
          "",
          D,
          "Hoàn thành",
          1,
          D + 0.625,
          "",
        ],
      ]);
      const { host } = setup(grid);
      const before = await run(host);
      const late = before.findings.filter((f) => f.code === "late-by-time-of-day");
      expect(late.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Nhiệm vụ!I2"]);
      expect(before.rollup.total).toMatchObject({ doneOnTime: 0, doneLate: 1 });
      await host.change(late[0].fix!.changes);
      const after = await run(host);
      expect(after.findings.filter((f) => f.code === "late-by-time-of-day")).toEqual([]);
      expect(after.rollup.total).toMatchObject({ doneOnTime: 1, doneLate: 0 });
    });
  });

  describe("create template", () => {
    it("creates both input tables with validation lists and the settings sheet", async () => {
      const double = createDouble(newWorkbook());
      await createTemplate(clientEnv(double), false, "vi");
      expect(double.wb.sheets.map((s) => s.name)).toEqual(["Lĩnh vực", "Nhiệm vụ", "Cấu hình"]);
      expect(sheet(double, "Lĩnh vực").tables.map((t) => t.name)).toEqual([AREAS_TABLE]);
      const tasks = sheet(double, "Nhiệm vụ");
      expect(tasks.tables[0]).toMatchObject({ name: TASKS_TABLE, range: "A1:J2" });
      expect(valuesOf(double.wb, "Nhiệm vụ")[0]).toEqual([
        "Mã",
        "Lĩnh vực",
        "Nội dung nhiệm vụ",
        "Loại",
        "Đơn vị thực hiện",
        "Thời hạn",
        "Trạng thái",
        "Tiến độ (%)",
        "Ngày hoàn thành",
        "Ghi chú",
      ]);
      const rules = Object.fromEntries(tasks.validations.map((v) => [v.range, v.rule["rule"]]));
      expect(rules["G2:G1001"]).toEqual({
        list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng" },
      });
      expect(rules["D2:D1001"]).toEqual({
        list: { inCellDropDown: true, source: "Theo lộ trình,Thường xuyên" },
      });
      expect(rules["B2:B1001"]).toEqual({
        list: { inCellDropDown: true, source: `=${AREA_LIST_NAME}` },
      });
      expect(rules["H2:H1001"]).toMatchObject({
        decimal: { formula1: 0, formula2: 1, operator: "Between" },
      });
      expect(rules["F2:F1001"]).toHaveProperty("date");
      expect(double.wb.names.find((n) => n.name === AREA_LIST_NAME)?.formula).toBe(
        `=${AREAS_TABLE}[Lĩnh vực]`
      );
      expect(double.syncCount).toBe(2);
    });

    it("fills the seed sample, which then refreshes to 58 tasks with its tables found in the read", async () => {
      const double = createDouble(newWorkbook());
      await createTemplate(clientEnv(double), true, "vi");
      const host = new OfficeWorkbookHost(clientEnv(double));
      const grid = await host.read();
      expect(grid.sheets.find((s) => s.name === "Nhiệm vụ")?.tables).toEqual([
        { name: TASKS_TABLE, range: "A1:J59" },
      ]);
      const result = await run(host);
      expect(hostErrors(result)).toEqual([]);
      expect(result.taskCount).toBe(58);
      expect(result.areaCount).toBe(7);
    });

    it("never touches input sheets that already exist", async () => {
      const { double } = setup();
      const before = double.wb.sheets.map(fingerprint);
      await createTemplate(clientEnv(double), true, "vi");
      expect(double.wb.sheets.map(fingerprint)).toEqual(before);
    });
  });

  it("escapes exactly the text Excel would not keep as text", () => {
    for (const s of [
      "=A1",
      "+84",
      "- a",
      "@x",
      "'a",
      "12",
      "1/2",
      "80%",
      "TRUE",
      "#N/A",
      " 3,5 ",
      "1E2",
      "2,5e-3",
      "Jan-20",
      "5 March",
      "Sep 2021",
      "3 PM",
      "9:30 am",
    ])
      expect(asText(s)).toBe(`'${s}`);
    for (const s of [
      "Công tác tư tưởng",
      "1. Công tác",
      "Ban Tổ chức",
      "NV001",
      "",
      "May mặc",
      "Mayor 3",
      "E2",
      "Tháng 6/2021",
    ])
      expect(asText(s)).toBe(s);
  });
});
