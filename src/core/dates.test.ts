import {
  formatVnDate,
  isDateFormat,
  isoFromSerial,
  parseDateCell,
  serialFromIso,
  serialFromUtcMs,
  serialFromYmd,
} from "./dates";

describe("dates as Excel serials", () => {
  it("matches Excel's 1900 date system", () => {
    expect(serialFromYmd(2020, 11, 6)).toBe(44141);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(isoFromSerial(44141)).toBe("2020-11-06");
    expect(formatVnDate(44141)).toBe("06/11/2020");
  });

  it("turns a UTC instant into a serial, whole days exact and the time of day kept", () => {
    expect(serialFromUtcMs(Date.UTC(2020, 10, 6))).toBe(44141);
    // ExcelJS's dates carry float noise of a millisecond or less; the day must still be whole.
    expect(serialFromUtcMs(Date.UTC(2020, 10, 6) + 1e-4)).toBe(44141);
    expect(serialFromUtcMs(Date.UTC(2020, 10, 6, 15))).toBeCloseTo(44141.625, 9);
  });

  it("reads serials with a date format, dd/mm/yyyy and yyyy-mm-dd text", () => {
    expect(parseDateCell(44141, "dd/mm/yyyy")).toEqual({
      kind: "date",
      serial: 44141,
      fromText: false,
    });
    expect(parseDateCell("06/11/2020")).toEqual({ kind: "date", serial: 44141, fromText: true });
    expect(parseDateCell("6/11/2020")).toEqual({ kind: "date", serial: 44141, fromText: true });
    expect(parseDateCell("2020-11-06")).toEqual({ kind: "date", serial: 44141, fromText: true });
  });

  it("reads a plausible serial without a date format, but not a bare year", () => {
    expect(parseDateCell(44141, "General")).toEqual({
      kind: "date",
      serial: 44141,
      fromText: false,
    });
    expect(parseDateCell(2020, "General")).toEqual({ kind: "invalid" });
  });

  it("rejects impossible dates such as 31/02/2020", () => {
    expect(parseDateCell("31/02/2020")).toEqual({ kind: "invalid" });
    expect(parseDateCell("29/02/2019")).toEqual({ kind: "invalid" });
    expect(parseDateCell("29/02/2020").kind).toBe("date");
    expect(serialFromIso("2020-13-01")).toBeNull();
    expect(parseDateCell("hôm qua")).toEqual({ kind: "invalid" });
    expect(parseDateCell(true)).toEqual({ kind: "invalid" });
  });

  it("tells date formats from others", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[$-vi-VN]d mmmm yyyy")).toBe(true);
    expect(isDateFormat("m/d/yy")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("0.00%")).toBe(false);
    expect(isDateFormat('"Ngày" 0')).toBe(false);
    expect(isDateFormat("h:mm")).toBe(false);
  });
});
