// "Nhập từ danh mục" through Microsoft's Excel client (issue 11 §2, pane side): the pane's services read
// the sheet holding a programme's appendix list in one sync and write nothing; on confirm they create the
// two input Tables and the settings sheet beside the list, never touching it; a refresh then counts the
// imported tasks with no error. An empty workbook is the first-run case (needsSetup).
import { refresh } from "../../src/app/use-cases";
import { serialFromIso } from "../../src/core/dates";
import { importAppendix } from "../../src/core/import/appendix";
import type { WorkbookSpec } from "../../src/testing/excel-double";
import { findSheet, fingerprint, valuesOf } from "../../src/testing/excel-double";
import { OfficeWorkbookHost } from "../../src/office/host";
import { readListSheet } from "../../src/office/import";
import { AREAS_TABLE, TASKS_TABLE } from "../../src/office/template";
import { servicesOver } from "../../src/taskpane/officeServices";
import { clientHost } from "./harness";

const TODAY = serialFromIso("2021-01-15") as number;

/** A programme's appendix as pasted from Word: a title, a header row, two sections, a sub-item. */
const APPENDIX = [
  ["DANH MỤC NHIỆM VỤ", "", "", ""],
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
  ["I", "CÔNG TÁC TƯ TƯỞNG", "Ban Tuyên giáo Tỉnh ủy", ""],
  [1, "Sinh hoạt chính trị dưới cờ", "", "Thường xuyên"],
  [2, "Xuất bản sách", "", "Quý II/2021"],
  ["II", "CÔNG TÁC TỔ CHỨC", "Ban Tổ chức Tỉnh ủy", ""],
  [1, "Sắp xếp bộ máy", "", "Tháng 6/2021"],
  ["-", "Khi có chỉ đạo thì tổng kết", "", "Khi có chỉ đạo"],
];

function appendixBook(extra: WorkbookSpec["sheets"] = []): WorkbookSpec {
  return { sheets: [{ name: "Ghi chép", values: [["ghi chú của tôi"]] }, ...extra] };
}

const withList = (): WorkbookSpec =>
  appendixBook([{ name: "Phụ lục", at: "B3", values: APPENDIX }]);

describe("importing an appendix list through the pane's services", () => {
  it("reads the named sheet in one sync, at its own address, with every sheet's name, writing nothing", async () => {
    const host = clientHost(withList());
    const before = host.double.wb.sheets.map(fingerprint);
    const { grid, sheetNames } = await readListSheet(host.env, "Phụ lục");
    expect(host.syncs).toHaveLength(1);
    expect(sheetNames).toEqual(["Ghi chép", "Phụ lục"]);
    expect(grid.name).toBe("Phụ lục");
    expect(grid.address).toBe("B3");
    expect(grid.values[1]).toEqual(APPENDIX[1]);
    expect(host.double.wb.sheets.map(fingerprint)).toEqual(before);
  });

  it("reads the sheet the user is on when none is named", async () => {
    const host = clientHost(withList());
    host.double.wb.activeSheet = "Phụ lục";
    const read = await servicesOver(host.env, () => TODAY).readList!();
    expect(read.sheet).toBe("Phụ lục");
    expect(read.imported?.areas.map((a) => [a.name, a.lead])).toEqual([
      ["Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy"],
      ["Công tác tổ chức", "Ban Tổ chức Tỉnh ủy"],
    ]);
    expect(read.imported?.tasks.map((t) => t.title)).toEqual([
      "Sinh hoạt chính trị dưới cờ",
      "Xuất bản sách",
      "Sắp xếp bộ máy",
      "Khi có chỉ đạo thì tổng kết",
    ]);
  });

  it("points the findings at the source cells as Excel addresses them (the list starts at B3)", async () => {
    const host = clientHost(withList());
    const read = await servicesOver(host.env, () => TODAY).readList!("Phụ lục");
    const unknown = read.imported?.findings.find((f) => f.code === "unknown-deadline");
    // Row 8 of the list, column D of the list: E10 on the sheet.
    expect(unknown).toMatchObject({ sheet: "Phụ lục", cell: "E10" });
  });

  it("gives no list (null) for a sheet that holds none, and an empty sheet", async () => {
    const host = clientHost(appendixBook([{ name: "Trống" }]));
    const services = servicesOver(host.env, () => TODAY);
    expect((await services.readList!("Ghi chép")).imported).toBeNull();
    const empty = await services.readList!("Trống");
    expect(empty).toEqual({ sheet: "Trống", sheetNames: ["Ghi chép", "Trống"], imported: null });
  });

  it("refuses a sheet that is not there with a host error naming it", async () => {
    const host = clientHost(withList());
    await expect(readListSheet(host.env, "Không có")).rejects.toMatchObject({
      name: "HostError",
      detail: expect.stringContaining("[Không có]"),
    });
  });

  it("creates the areas and tasks Tables and the settings sheet after the list, leaving the list and the user's sheets unchanged", async () => {
    const host = clientHost(withList());
    const before = host.double.wb.sheets.map(fingerprint);
    const services = servicesOver(host.env, () => TODAY);
    const read = await services.readList!("Phụ lục");
    const syncsBefore = host.syncs.length;
    await services.createFromList!(read.imported!, "vi");
    // One sync to see which sheets exist, one to write them all.
    expect(host.syncs.length - syncsBefore).toBe(2);
    expect(host.syncs.slice(syncsBefore).map((s) => s.error)).toEqual([undefined, undefined]);
    const wb = host.double.wb;
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Ghi chép",
      "Phụ lục",
      "Lĩnh vực",
      "Nhiệm vụ",
      "Cấu hình",
    ]);
    expect(wb.sheets.slice(0, 2).map(fingerprint)).toEqual(before);
    expect(findSheet(wb, "Lĩnh vực")!.tables.map((t) => t.name)).toEqual([AREAS_TABLE]);
    expect(findSheet(wb, "Nhiệm vụ")!.tables[0]).toMatchObject({
      name: TASKS_TABLE,
      range: "A1:J5",
    });
    const areas = valuesOf(wb, "Lĩnh vực");
    expect(areas.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1],
      ["Công tác tổ chức", "Ban Tổ chức Tỉnh ủy", 2],
    ]);
    const tasks = valuesOf(wb, "Nhiệm vụ").slice(1);
    // Area by name, kind in the contract's words, the deadline as a date, unread deadline text kept in notes.
    expect(tasks.map((r) => [r[1], r[3], r[5], r[6], r[9]])).toEqual([
      ["Công tác tư tưởng", "Thường xuyên", "", "Chưa thực hiện", ""],
      ["Công tác tư tưởng", "Theo lộ trình", serialFromIso("2021-06-30"), "Chưa thực hiện", ""],
      ["Công tác tổ chức", "Theo lộ trình", serialFromIso("2021-06-30"), "Chưa thực hiện", ""],
      ["Công tác tổ chức", "Theo lộ trình", "", "Chưa thực hiện", "Khi có chỉ đạo"],
    ]);
    // The ids are unique and readable.
    expect(new Set(tasks.map((r) => r[0])).size).toBe(4);
  });

  it("then refreshes to the imported areas and tasks with no error", async () => {
    const host = clientHost(withList());
    const services = servicesOver(host.env, () => TODAY);
    await services.createFromList!((await services.readList!("Phụ lục")).imported!, "vi");
    const result = await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: TODAY });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.taskCount).toBe(4);
    expect(result.areaCount).toBe(2);
    expect(result.rollup.areas.map((a) => [a.name, a.total])).toEqual([
      ["Công tác tư tưởng", 2],
      ["Công tác tổ chức", 2],
    ]);
    expect(await services.needsSetup!()).toBe(false);
  });

  it("the import the pane shows is the core's import of the same cells", async () => {
    const host = clientHost(withList());
    const { grid } = await readListSheet(host.env, "Phụ lục");
    const read = await servicesOver(host.env, () => TODAY).readList!("Phụ lục");
    expect(read.imported).toEqual(importAppendix(grid));
  });

  it("refuses to create anything in a read-only workbook, and changes nothing", async () => {
    const host = clientHost(withList(), { faults: { readOnly: true } });
    const before = host.double.wb.sheets.map(fingerprint);
    const services = servicesOver(host.env, () => TODAY);
    const read = await services.readList!("Phụ lục");
    await expect(services.createFromList!(read.imported!, "vi")).rejects.toMatchObject({
      reason: "read-only",
    });
    expect(host.double.wb.sheets.map(fingerprint)).toEqual(before);
  });
});

describe("the first run", () => {
  it("an empty workbook needs setting up; one with the input sheets does not", async () => {
    const empty = clientHost({ sheets: [{ name: "Sheet1" }] });
    const services = servicesOver(empty.env, () => TODAY);
    expect(await services.needsSetup!()).toBe(true);
    await services.createTemplate(false, "vi");
    expect(await services.needsSetup!()).toBe(false);
  });

  it.each([
    ["an empty template", false],
    ["the sample", true],
  ])(
    "%s then a refresh gives the tabs in a natural order: areas, tasks, the summary and its tables, settings",
    async (_, withSample) => {
      const host = clientHost({ sheets: [{ name: "Sheet1" }] });
      const services = servicesOver(host.env, () => TODAY);
      await services.createTemplate(withSample, "vi");
      await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: TODAY });
      const names = host.double.wb.sheets.map((s) => s.name);
      expect(names.slice(0, 4)).toEqual(["Sheet1", "Lĩnh vực", "Nhiệm vụ", "Tổng hợp"]);
      expect(names[names.length - 1]).toBe("Cấu hình");
      // A second refresh keeps that order.
      await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: TODAY });
      expect(host.double.wb.sheets.map((s) => s.name)).toEqual(names);
    }
  );

  it("an imported list then a refresh: the list, areas, tasks, summary, settings last", async () => {
    const host = clientHost(withList());
    const services = servicesOver(host.env, () => TODAY);
    await services.createFromList!((await services.readList!("Phụ lục")).imported!, "vi");
    await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: TODAY });
    const names = host.double.wb.sheets.map((s) => s.name);
    expect(names.slice(0, 5)).toEqual(["Ghi chép", "Phụ lục", "Lĩnh vực", "Nhiệm vụ", "Tổng hợp"]);
    expect(names[names.length - 1]).toBe("Cấu hình");
  });

  it("a refresh leaves the tabs alone when the user put a sheet after the settings", async () => {
    const host = clientHost({ sheets: [{ name: "Sheet1" }] });
    const services = servicesOver(host.env, () => TODAY);
    await services.createTemplate(true, "vi");
    host.double.wb.sheets.push({ ...host.double.wb.sheets[0], id: "{77}", name: "Của tôi" });
    await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: TODAY });
    const names = host.double.wb.sheets.map((s) => s.name);
    expect(names.slice(0, 5)).toEqual(["Sheet1", "Lĩnh vực", "Nhiệm vụ", "Cấu hình", "Của tôi"]);
    expect(names[5]).toBe("Tổng hợp");
  });

  it("a workbook holding only a list needs setting up too", async () => {
    const host = clientHost(withList());
    expect(await servicesOver(host.env, () => TODAY).needsSetup!()).toBe(true);
  });
});
