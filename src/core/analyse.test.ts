import { AREAS, sheet, workbook } from "../../tests/helpers/grid";
import { analyse, chooseSummarySheet } from "./analyse";
import type { WorkbookGrid } from "./grid";
import { t as sheetText } from "../i18n";

const tasks = [
  ["NV1", "TT", "Sinh hoạt chính trị", "Thường xuyên", "", "", "Hoàn thành", 1, "", ""],
  ["NV2", "TC", "Đánh giá chất lượng", "Theo lộ trình", "", 44100, "Đang thực hiện", 0.5, "", ""],
];

describe("analyse", () => {
  it("plans the summary and, when absent, the settings sheet", () => {
    const a = analyse(workbook(AREAS, tasks), { t: sheetText, today: 44141, lang: "vi" });
    expect(a.plan.sheets.map((s) => [s.name, s.role])).toEqual([
      ["Tổng hợp", "summary"],
      ["Cấu hình", "settings"],
    ]);
    expect(a.rollup.reportDate).toBe(44141);
    expect(a.rollup.total).toMatchObject({ total: 2, done: 1, overdue: 1 });
    expect(a.findings).toEqual([]);
  });

  it("takes the report date from the caller, else the settings sheet, else today", () => {
    const settings = sheet("Cấu hình", [["Ngày báo cáo", 43281]], {
      numberFormats: [["General", "dd/mm/yyyy"]],
    });
    const grid = workbook(AREAS, tasks, [settings]);
    expect(analyse(grid, { t: sheetText, today: 44141, lang: "vi" }).rollup.reportDate).toBe(43281);
    expect(
      analyse(grid, { t: sheetText, today: 44141, reportDate: 44000, lang: "vi" }).rollup.reportDate
    ).toBe(44000);
    expect(analyse(grid, { t: sheetText, today: 44141, lang: "vi" }).plan.sheets).toHaveLength(1);
  });
});

describe("choosing the summary sheet", () => {
  const grid = (names: string[], mark?: string): WorkbookGrid => ({
    sheets: [],
    sheetNames: names,
    names: mark ? { TDNV_Summary: mark } : {},
  });

  it("creates the wanted sheet when the name is free", () => {
    expect(chooseSummarySheet(grid(["Nhiệm vụ"]), "Tổng hợp")).toEqual({ name: "Tổng hợp" });
  });

  it("rewrites the sheet our mark points at, even after the user renamed it", () => {
    expect(chooseSummarySheet(grid(["Tổng hợp"], "'Tổng hợp'!$A$1"), "Tổng hợp")).toEqual({
      name: "Tổng hợp",
    });
    expect(chooseSummarySheet(grid(["Báo cáo"], "'Báo cáo'!$A$1"), "Tổng hợp")).toEqual({
      name: "Tổng hợp",
      previousName: "Báo cáo",
    });
  });

  it("never takes a user's sheet that carries the summary's name", () => {
    const choice = chooseSummarySheet(grid(["Tổng hợp", "Tổng hợp (2)"]), "Tổng hợp");
    expect(choice.name).toBe("Tổng hợp (3)");
    expect(choice.finding).toMatchObject({
      code: "summary-name-taken",
      params: { wanted: "Tổng hợp", used: "Tổng hợp (3)" },
    });
    const owned = chooseSummarySheet(grid(["tổng hợp", "Báo cáo"], "'Báo cáo'!$A$1"), "Tổng hợp");
    expect(owned).toMatchObject({ name: "Báo cáo", finding: { code: "summary-name-taken" } });
  });
});
