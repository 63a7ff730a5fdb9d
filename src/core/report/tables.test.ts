// The "report tables" setting: read from the settings sheet in either language, written back in the
// sheet's language, appended to a settings sheet from before it, and honoured by a refresh.
import { midGrid } from "../../../samples/source";
import { sheet } from "../../../tests/helpers/grid";
import { settingsGrid } from "../../../tests/helpers/settings";
import { analyse } from "../analyse";
import { serialFromIso } from "../dates";
import type { WorkbookGrid } from "../grid";
import { DEFAULT_SETTINGS, readSettings, settingsChanges } from "../settings";
import { FOLLOW_UP_MARK, HISTORY_MARK, UNITS_MARK } from ".";
import { formatReportTables, parseReportTables, REPORT_TABLES } from "./tables";
import { t as sheetText } from "../../i18n";

const today = serialFromIso("2026-03-05") ?? 0;

function gridOf(values: (string | number)[][]): WorkbookGrid {
  return { sheets: [sheet("Cấu hình", values)] };
}

describe("the report tables setting", () => {
  it("reads words of either language, loosely, in the fixed order", () => {
    expect(parseReportTables(sheetText, "lich su, BIỂU SỐ 02")).toEqual(["followUp", "history"]);
    expect(parseReportTables(sheetText, "History; Table 03; report paragraph")).toEqual([
      "units",
      "history",
      "paragraph",
    ]);
    expect(parseReportTables(sheetText, "")).toEqual([...REPORT_TABLES]);
    expect(parseReportTables(sheetText, "Tất cả")).toEqual([...REPORT_TABLES]);
    expect(parseReportTables(sheetText, "Không")).toEqual([]);
    expect(parseReportTables(sheetText, "Biểu số 02, bảng lương")).toBeUndefined();
  });

  it("writes the choice in the sheet's language and reads it back", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      reportTables: ["units" as const, "paragraph" as const],
    };
    expect(formatReportTables(sheetText, "vi", settings.reportTables)).toBe(
      "Biểu số 03, Đoạn báo cáo"
    );
    expect(formatReportTables(sheetText, "en", [])).toBe("None");
    for (const lang of ["vi", "en"] as const)
      expect(readSettings(sheetText, settingsGrid(lang, settings)).settings.reportTables).toEqual([
        "units",
        "paragraph",
      ]);
  });

  it("flags a word that names no table, with its cell, and keeps all tables", () => {
    const { settings, findings } = readSettings(
      sheetText,
      gridOf([
        ["Thiết lập", "Giá trị"],
        ["Bảng báo cáo", "Biểu số 09"],
      ])
    );
    expect(settings.reportTables).toEqual([...REPORT_TABLES]);
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["invalid-setting@B2"]);
  });

  it("lists only the changed cell, and appends the row to a settings sheet from before the setting", () => {
    const grid = settingsGrid("vi");
    expect(
      settingsChanges(sheetText, grid, { ...DEFAULT_SETTINGS, reportTables: ["history"] })
    ).toEqual([
      {
        sheet: "Cấu hình",
        cell: "B13",
        from: "Biểu số 02, Biểu số 03, Lịch sử, Đoạn báo cáo",
        to: "Lịch sử",
      },
    ]);
    const old = grid.sheets[0];
    old.values = old.values.slice(0, 12);
    expect(settingsChanges(sheetText, grid, { ...DEFAULT_SETTINGS, reportTables: [] })).toEqual([
      { sheet: "Cấu hình", cell: "A13", from: "", to: "Bảng báo cáo" },
      { sheet: "Cấu hình", cell: "B13", from: "", to: "Không" },
    ]);
  });

  it("makes a refresh plan only the chosen sheets and the paragraph only when chosen", () => {
    const only = (value: string): ReturnType<typeof analyse> => {
      const grid = midGrid();
      const settingsSheet = grid.sheets.find((s) => s.name === "Cấu hình")!;
      const row = settingsSheet.values.find((r) => r[0] === "Bảng báo cáo");
      if (row) row[1] = value;
      else settingsSheet.values.push(["Bảng báo cáo", value]);
      return analyse(grid, { t: sheetText, today, lang: "vi", report: true });
    };
    const history = only("Lịch sử");
    const marks = history.plan.sheets.map((s) => s.ownerMark);
    expect(marks).toContain(HISTORY_MARK);
    expect(marks).not.toContain(FOLLOW_UP_MARK);
    expect(marks).not.toContain(UNITS_MARK);
    expect(history.report?.paragraph).toBeNull();
    const all = only("Tất cả");
    expect(all.plan.sheets.map((s) => s.ownerMark)).toEqual(
      expect.arrayContaining([FOLLOW_UP_MARK, UNITS_MARK, HISTORY_MARK])
    );
    expect(all.report?.paragraph).toMatch(/^Tính đến ngày 30\/06\/2018/);
  });
});
