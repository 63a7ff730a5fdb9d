import { sheet } from "../../tests/helpers/grid";
import { settingsGrid } from "../../tests/helpers/settings";
import {
  DEFAULT_SETTINGS,
  readSettings,
  sanitiseSheetName,
  settingsChanges,
  settingsSheetPlan,
} from "./settings";
import { t as sheetText } from "../i18n";

describe("the settings sheet", () => {
  it("reads back what it wrote, in Vietnamese and in English", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      place: "Hà Giang",
      period: "2015-2020",
      reportDate: 44141,
      dueSoonDays: 10,
      language: "en" as const,
    };
    for (const lang of ["vi", "en"] as const) {
      expect(readSettings(sheetText, settingsGrid(lang, settings)).settings).toEqual(settings);
    }
  });

  it("keeps defaults and reports a bad value with its cell", () => {
    const grid = {
      sheets: [
        sheet("Cấu hình", [
          ["Thiết lập", "Giá trị"],
          ["Số ngày sắp đến hạn", "bảy"],
          ["Ngôn ngữ bảng tổng hợp", "English"],
        ]),
      ],
    };
    const { settings, findings } = readSettings(sheetText, grid);
    expect(settings.dueSoonDays).toBe(7);
    expect(settings.language).toBe("en");
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["invalid-setting@B2"]);
  });

  it("lists only the value cells that change", () => {
    const grid = settingsGrid("vi");
    const changes = settingsChanges(sheetText, grid, {
      ...DEFAULT_SETTINGS,
      place: "Lạng Sơn",
      dueSoonDays: 5,
    });
    expect(changes).toEqual([
      { sheet: "Cấu hình", cell: "B6", from: "", to: "Lạng Sơn" },
      { sheet: "Cấu hình", cell: "B11", from: 7, to: 5 },
    ]);
    expect(settingsChanges(sheetText, { sheets: [] }, DEFAULT_SETTINGS)).toBeNull();
  });

  it("reads the clerk's fields of the printed summary in either language, empty when absent", () => {
    const clerk = {
      ...DEFAULT_SETTINGS,
      place: "Quy Nhơn",
      reportNumber: "125-BC/BCĐ ngày 06/11/2020",
      signerTitle: "T/M Ban Chỉ đạo\nTrưởng ban",
      signerName: "Nguyễn Văn A",
      preparerName: "Trần Thị B",
    };
    for (const lang of ["vi", "en"] as const) {
      expect(readSettings(sheetText, settingsGrid(lang, clerk)).settings).toEqual(clerk);
      // Saved again as read, a two-line title is no change.
      expect(settingsChanges(sheetText, settingsGrid(lang, clerk), clerk)).toEqual([]);
    }
    const grid = {
      sheets: [
        sheet("Cấu hình", [
          ["Thiết lập", "Giá trị"],
          ["Địa danh", "Quy Nhơn"],
        ]),
      ],
    };
    const { settings } = readSettings(sheetText, grid);
    expect(settings).toMatchObject({
      reportNumber: "",
      signerTitle: "",
      signerName: "",
      preparerName: "",
    });
    const en = readSettings(sheetText, {
      sheets: [
        sheet("Settings", [
          ["Signer's name", "Jane Roe"],
          ["Prepared by", "John Doe"],
        ]),
      ],
    }).settings;
    expect([en.signerName, en.preparerName]).toEqual(["Jane Roe", "John Doe"]);
  });

  it("saves into a sheet made before the clerk's fields: their rows appended only once they hold a value", () => {
    const old = settingsGrid("vi");
    const rows = old.sheets[0].values.filter(
      (r) =>
        ![
          "Kèm theo báo cáo số",
          "Chức danh người ký",
          "Họ tên người ký",
          "Người lập biểu",
        ].includes(String(r?.[0] ?? ""))
    );
    const grid = { sheets: [sheet("Cấu hình", rows)] };
    expect(rows.length).toBe(old.sheets[0].values.length - 4);
    expect(settingsChanges(sheetText, grid, DEFAULT_SETTINGS)).toEqual([]);
    const last = rows.length;
    expect(
      settingsChanges(sheetText, grid, { ...DEFAULT_SETTINGS, signerName: "Nguyễn Văn A" })
    ).toEqual([
      { sheet: "Cấu hình", cell: `A${last + 1}`, from: "", to: "Họ tên người ký" },
      { sheet: "Cấu hình", cell: `B${last + 1}`, from: "", to: "Nguyễn Văn A" },
    ]);
  });

  it("makes sheet names Excel accepts", () => {
    expect(sanitiseSheetName(" Tổng hợp: 2020/2021 ")).toBe("Tổng hợp 2020 2021");
    expect(sanitiseSheetName("x".repeat(40))).toHaveLength(31);
    expect(sanitiseSheetName("[]")).toBe("");
  });

  it("is created to print on one A4 page: both columns, the hint wrapped over them, rows as tall as their text", () => {
    const long =
      "BAN CHỈ ĐẠO THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ CỦA TỈNH GIAI ĐOẠN 2015-2020";
    for (const lang of ["vi", "en"] as const) {
      const plan = settingsSheetPlan(sheetText, { ...DEFAULT_SETTINGS, issuingBody: long }, lang);
      expect(plan.print).toMatchObject({
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        printArea: "A1:B17",
      });
      expect(plan.merges).toContain("A2:B2");
      expect(plan.styles).toContainEqual({ range: "A2", style: { italic: true, wrap: true } });
      // The parent body fits one line of the value column; the long issuing body wraps to two.
      expect(plan.rowHeights[4]).toBe(21);
      expect(plan.rowHeights[5]).toBe(36);
      const printed = Object.values(plan.rowHeights).reduce((sum, h) => sum + h, 0);
      expect(printed).toBeLessThan(((297 - 40) * 72) / 25.4);
    }
  });
});
