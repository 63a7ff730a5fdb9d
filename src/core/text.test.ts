import fc from "fast-check";
import { cleanText, editDistance, looseKey, matchKey, unifyTonePlacement } from "./text";

describe("Vietnamese text comparison", () => {
  it("reads composed and decomposed Unicode as the same text", () => {
    const nfd = "Công tác tư tưởng".normalize("NFD");
    expect(nfd).not.toBe("Công tác tư tưởng");
    expect(cleanText(nfd)).toBe("Công tác tư tưởng");
    expect(matchKey(nfd)).toBe(matchKey("Công tác tư tưởng"));
  });

  it("treats old and new tone placement as equal", () => {
    expect(matchKey("Hoà Bình")).toBe(matchKey("Hòa Bình"));
    expect(matchKey("Uỷ ban Kiểm tra")).toBe(matchKey("Ủy ban Kiểm tra"));
    expect(matchKey("khoẻ")).toBe(matchKey("khỏe"));
    expect(matchKey("thuý")).toBe(matchKey("thúy"));
  });

  it("leaves syllables with a final consonant and the qu- consonant alone", () => {
    expect(unifyTonePlacement("hoàn")).toBe("hoàn");
    expect(unifyTonePlacement("quý")).toBe("quý");
    expect(unifyTonePlacement("huỳnh")).toBe("huỳnh");
  });

  it("collapses non-breaking, doubled and invisible spaces and ignores case", () => {
    expect(cleanText("  Công\u00A0tác  dân\u200B vận ")).toBe("Công tác dân vận");
    expect(matchKey("CÔNG TÁC DÂN VẬN")).toBe(matchKey("công tác dân vận"));
  });

  it("keeps accents significant in match keys but not in loose keys", () => {
    expect(matchKey("Tạm dừng")).not.toBe(matchKey("Tam dung"));
    expect(looseKey("Tiến độ (%)")).toBe("tiendo");
    expect(looseKey("Đơn vị chủ trì")).toBe("donvichutri");
  });

  it("measures edit distance", () => {
    expect(editDistance("hoanthanh", "hoanthan")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("the clean-text fast path", () => {
  it("reads plain NFC Vietnamese exactly as normalising it would, alone and in pairs", () => {
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
    const chars = [...range(0x20, 0x7e), ...range(0xa1, 0x2ff), ...range(0x1ea0, 0x1ef9)];
    for (const a of chars) {
      for (const b of ["a", "ơ", "\u0301", "ệ", " "]) {
        const text = a + b;
        expect(cleanText(text)).toBe(
          text
            .normalize("NFC")
            .replace(/[\s\u00A0\u2007\u202F]+/g, " ")
            .trim()
        );
      }
    }
    expect(cleanText("Tổ chức  họp")).toBe("Tổ chức họp");
  });

  it("agrees with normalising on any mix of letters, marks, spaces and invisible characters", () => {
    const piece = fc.constantFrom(
      " ",
      "  ",
      "a",
      "Q",
      "ơ",
      "ệ",
      "\u0301",
      "\u00a0",
      "\u200b",
      "\t",
      "đ",
      "~"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const slow = text
          .normalize("NFC")
          .replace(/[\u200B-\u200D\uFEFF]/g, "")
          .replace(/[\s\u00A0\u2007\u202F]+/g, " ")
          .trim();
        expect(cleanText(text)).toBe(slow);
      }),
      { numRuns: 2000 }
    );
  });
});
