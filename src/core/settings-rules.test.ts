import { isDueSoonDays, isValidSheetName, sameSheetName, sheetNameKey } from "./settings-rules";
import { sanitiseSheetName } from "./settings";

describe("the settings' sheet-name and day rules", () => {
  it("compares sheet names as Excel does: case ignored, composed and decomposed the same", () => {
    expect(sameSheetName("Tổng hợp", "TỔNG HỢP")).toBe(true);
    expect(sameSheetName("Tổng hợp".normalize("NFD"), "tổng hợp")).toBe(true);
    expect(sameSheetName("Tổng hợp", "Tong hop")).toBe(false);
    expect(sheetNameKey("Nhiệm Vụ")).toBe("nhiệm vụ");
  });

  it("accepts only names Excel accepts", () => {
    expect(isValidSheetName("Tổng hợp")).toBe(true);
    expect(isValidSheetName("x".repeat(31))).toBe(true);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("")).toBe(false);
    expect(isValidSheetName("a/b")).toBe(false);
    expect(isValidSheetName("'quoted'")).toBe(false);
  });

  it("sanitises every name into one the same rule accepts", () => {
    for (const raw of ["a:b\\c/d?e*f[g]h", "'" + "x".repeat(40) + "'", "  Tổng   hợp  "])
      expect(isValidSheetName(sanitiseSheetName(raw))).toBe(true);
  });

  it("takes whole days from 0 to 365 as the due-soon window", () => {
    expect([0, 7, 365].every(isDueSoonDays)).toBe(true);
    expect([-1, 366, 7.5, NaN].some(isDueSoonDays)).toBe(false);
  });
});
