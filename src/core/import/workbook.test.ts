// Finding the appendix list in a workbook: the named sheet, else the first list, never a generated sheet.
import { sheet } from "../../../tests/helpers/grid";
import { GENERATED_SHEET_MARKS, isGeneratedSheet } from "../generated";
import type { CellValue, WorkbookGrid } from "../grid";
import { FOLLOW_UP_MARK } from "../report";
import { importFromWorkbook } from "./workbook";

const list = (title: string): CellValue[][] => [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
  ["I", "CÔNG TÁC TƯ TƯỞNG", "Ban Tuyên giáo"],
  [1, title, "", "Quý II/2021"],
];

function grid(): WorkbookGrid {
  return {
    sheets: [
      sheet("Đôn đốc", list("Dòng của biểu đôn đốc")),
      sheet("Phụ lục", list("Xuất bản sách")),
    ],
    names: { [FOLLOW_UP_MARK]: "'Đôn đốc'!$A$1" },
  };
}

describe("importFromWorkbook", () => {
  it("skips a sheet a refresh generated, though it reads as a list", () => {
    const result = importFromWorkbook(grid());
    expect(result?.sheet).toBe("Phụ lục");
    expect(result?.tasks.map((t) => t.title)).toEqual(["Xuất bản sách"]);
  });

  it("reads the sheet the user names, compared as Excel compares sheet names", () => {
    expect(importFromWorkbook(grid(), "phụ LỤC")?.sheet).toBe("Phụ lục");
    expect(importFromWorkbook(grid(), "Đôn đốc")?.sheet).toBe("Đôn đốc");
    expect(importFromWorkbook(grid(), "Không có")).toBeNull();
  });

  it("knows every generated sheet by its mark, and only those", () => {
    for (const mark of GENERATED_SHEET_MARKS) {
      const g: WorkbookGrid = { sheets: [sheet("X", [["a"]])], names: { [mark]: "X!$A$1" } };
      expect(isGeneratedSheet(g, "X")).toBe(true);
    }
    expect(isGeneratedSheet({ sheets: [], names: { Other: "X!$A$1" } }, "X")).toBe(false);
  });
});
