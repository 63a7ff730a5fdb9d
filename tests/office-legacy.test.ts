// Legacy TCVN3/VNI text inside Excel: the adapter reads each input column's font name in the same
// sync as the values, so a phrase that reads as valid Vietnamese either way is still recognised when
// its column is typed in a VNI font (the byte patterns alone cannot tell).
import { refresh } from "../src/app/use-cases";
import type { WorkbookGrid } from "../src/core/grid";
import { OfficeWorkbookHost } from "../src/office/host";
import { createDouble, envOf, workbookFromGrid } from "../src/testing/excel-double";
import { AREAS, workbook } from "./helpers/grid";

// "thoáng chính trò" is VNI for "thoáng chính trị"-like text whose words are syllables in both readings.
const AMBIGUOUS = "tho\u00e1ng ch\u00ednh tr\u00f2";

function gridWithTitleFont(font: string | null): WorkbookGrid {
  const grid = workbook(AREAS, [
    ["NV1", "TT", AMBIGUOUS, "Thường xuyên", "", "", "Hoàn thành", 1, "", ""],
    ["NV2", "TC", "Kiem tra", "Thường xuyên", "", "", "Hoàn thành", 1, "", ""],
  ]);
  const tasks = grid.sheets[1];
  // The whole title column (header included) in one font, as old workbooks were typed.
  if (font) tasks.fontNames = tasks.values.map((row) => row.map((_, c) => (c === 2 ? font : null)));
  return grid;
}

async function legacyFindings(grid: WorkbookGrid) {
  const double = createDouble(workbookFromGrid(grid));
  const result = await refresh(new OfficeWorkbookHost(envOf(double)), { lang: "vi", today: 44141 });
  expect(double.syncCount).toBe(2);
  return result.findings.filter((f) => f.code === "legacy-encoding");
}

describe("legacy encodings through the Office adapter", () => {
  it("recognises VNI text by its column's font, in the one read sync", async () => {
    const found = await legacyFindings(gridWithTitleFont("VNI-Times"));
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Nhiệm vụ!C2"]);
    expect(found[0].fix?.changes[0]).toMatchObject({ from: AMBIGUOUS, font: "Times New Roman" });
  });

  it("leaves the same text alone when its column is in a Unicode font", async () => {
    expect(await legacyFindings(gridWithTitleFont("Times New Roman"))).toEqual([]);
    expect(await legacyFindings(gridWithTitleFont(null))).toEqual([]);
  });
});
