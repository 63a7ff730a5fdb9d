import { sheet } from "../../tests/helpers/grid";
import { settingsGrid } from "../../tests/helpers/settings";
import { DEFAULT_SETTINGS, readSettings, sanitiseSheetName, settingsChanges } from "./settings";

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
      expect(readSettings(settingsGrid(lang, settings)).settings).toEqual(settings);
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
    const { settings, findings } = readSettings(grid);
    expect(settings.dueSoonDays).toBe(7);
    expect(settings.language).toBe("en");
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["invalid-setting@B2"]);
  });

  it("lists only the value cells that change", () => {
    const grid = settingsGrid("vi");
    const changes = settingsChanges(grid, {
      ...DEFAULT_SETTINGS,
      place: "Lạng Sơn",
      dueSoonDays: 5,
    });
    expect(changes).toEqual([
      { sheet: "Cấu hình", cell: "B6", from: "", to: "Lạng Sơn" },
      { sheet: "Cấu hình", cell: "B11", from: 7, to: 5 },
    ]);
    expect(settingsChanges({ sheets: [] }, DEFAULT_SETTINGS)).toBeNull();
  });

  it("makes sheet names Excel accepts", () => {
    expect(sanitiseSheetName(" Tổng hợp: 2020/2021 ")).toBe("Tổng hợp 2020 2021");
    expect(sanitiseSheetName("x".repeat(40))).toHaveLength(31);
    expect(sanitiseSheetName("[]")).toBe("");
  });
});
