// Numbers as the report prints them, in both languages.
import { formatCount, formatDecimal, formatReportPercent } from "./numbers";

describe("report numbers", () => {
  it("group thousands with a dot in Vietnamese and a comma in English", () => {
    expect(formatCount("vi", 16051)).toBe("16.051");
    expect(formatCount("en", 16051)).toBe("16,051");
    expect(formatCount("vi", 1983)).toBe("1.983");
    expect(formatCount("vi", 21914000)).toBe("21.914.000");
    expect(formatCount("vi", 223)).toBe("223");
    expect(formatCount("vi", 0)).toBe("0");
    expect(formatCount("vi", -1440)).toBe("-1.440");
  });

  it("print rates with a decimal comma in Vietnamese, two decimals at most, no trailing zeros", () => {
    expect(formatReportPercent("vi", 16051 / (16051 + 223))).toBe("98,63%");
    expect(formatReportPercent("vi", 0.9862)).toBe("98,62%");
    expect(formatReportPercent("en", 0.9862)).toBe("98.62%");
    expect(formatReportPercent("vi", 1)).toBe("100%");
    expect(formatReportPercent("vi", 0.939)).toBe("93,9%");
    expect(formatReportPercent("vi", 0)).toBe("0%");
    expect(formatReportPercent("vi", 0.123456)).toBe("12,35%");
  });

  it("round half-way decimals up and never print a negative zero", () => {
    expect(formatDecimal("en", 1.005 + 1e-12)).toBe("1.01");
    expect(formatDecimal("vi", -0.001)).toBe("0");
    expect(formatDecimal("vi", 1234.5)).toBe("1.234,5");
  });
});
