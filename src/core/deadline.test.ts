// Deadline text as plans write it: every period maps to its last day, and nothing throws.
import fc from "fast-check";
import { isoFromSerial } from "./dates";
import { parseDeadlineText, parseDueCell } from "./deadline";

const lastDay = (y: number, m: number): string => {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate(); // independent of the parser's own helper
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};
const dueOf = (text: string): string | null => {
  const r = parseDeadlineText(text);
  return r.kind === "period" || r.kind === "date" ? isoFromSerial(r.serial) : null;
};
const year = fc.integer({ min: 1990, max: 2100 });
const ROMAN = ["I", "II", "III", "IV"];

describe("deadline text", () => {
  it("maps every quarter of 1990-2100 to its last day", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 4 }), fc.boolean(), (y, q, roman) => {
        const name = roman ? ROMAN[q - 1] : String(q);
        for (const text of [`Quý ${name}/${y}`, `quý ${name} năm ${y}`, `Quý ${name}-${y}`])
          expect(dueOf(text)).toBe(lastDay(y, 3 * q));
      })
    );
  });

  it("maps every month of 1990-2100 to its last day, leap years included", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
        for (const text of [`Tháng ${m}/${y}`, `tháng ${m} năm ${y}`, `T${m}/${y}`, `${m}/${y}`])
          expect(dueOf(text)).toBe(lastDay(y, m));
      })
    );
    expect(dueOf("Tháng 2/2024")).toBe("2024-02-29");
    expect(dueOf("Tháng 2/2100")).toBe("2100-02-28");
  });

  it("maps every year, half year and period of 1990-2100 to its last day", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 10 }), (y, span) => {
        expect(dueOf(`Năm ${y}`)).toBe(`${y}-12-31`);
        expect(dueOf(`Trong năm ${y}`)).toBe(`${y}-12-31`);
        expect(dueOf(`6 tháng đầu năm ${y}`)).toBe(`${y}-06-30`);
        expect(dueOf(`6 tháng cuối năm ${y}`)).toBe(`${y}-12-31`);
        expect(dueOf(`${y}-${y + span}`)).toBe(`${y + span}-12-31`);
        expect(dueOf(`Giai đoạn ${y} - ${y + span}`)).toBe(`${y + span}-12-31`);
        const cell = parseDueCell(y, "General");
        expect(cell.kind === "period" && isoFromSerial(cell.serial)).toBe(`${y}-12-31`);
      })
    );
  });

  it("reads limits as their own date, recurring words as recurring, other words as unknown", () => {
    expect(dueOf("Trước ngày 30/6/2021")).toBe("2021-06-30");
    expect(dueOf("Trước 30/6/2021")).toBe("2021-06-30");
    expect(dueOf("Chậm nhất ngày 30/6/2021")).toBe("2021-06-30");
    for (const w of [
      "Thường xuyên",
      "Hằng năm",
      "Hàng năm",
      "Định kỳ hằng năm",
      "Hằng quý",
      "Hằng tháng",
    ])
      expect(parseDeadlineText(w)).toEqual({ kind: "recurring" });
    expect(parseDeadlineText("Theo tiến độ dự án")).toEqual({ kind: "unknown" });
    expect(parseDeadlineText("Khi có chỉ đạo")).toEqual({ kind: "unknown" });
    expect(parseDeadlineText("31/02/2021")).toEqual({ kind: "invalid" });
    expect(parseDeadlineText("30/6/21")).toEqual({ kind: "invalid", reason: "two-digit-year" });
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.constantFrom("Quý", "Tháng 13/2021", "Quý V/2021", "2025-2021", "Trước", "T0/2021")
        ),
        (text) => {
          expect(() => parseDeadlineText(text)).not.toThrow();
          expect(() => parseDueCell(text)).not.toThrow();
        }
      ),
      { numRuns: 2000 }
    );
  });
});
