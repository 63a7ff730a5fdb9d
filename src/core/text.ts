// Vietnamese text arrives in many shapes that must compare equal: NFC/NFD (Unikey settings, macOS),
// old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy"), non-breaking and doubled spaces, case.
import type { CellValue } from "./grid";

const INVISIBLE = /[\u200B-\u200D\uFEFF]/g;
const ODD_SPACES = /[\s\u00A0\u2007\u202F]+/g;

/** What a text cell means: NFC, invisible characters dropped, spaces collapsed, trimmed. */
export function cleanText(value: CellValue): string {
  if (typeof value !== "string") return String(value);
  return value.normalize("NFC").replace(INVISIBLE, "").replace(ODD_SPACES, " ").trim();
}

// Combining tone marks (NFD): grave, acute, tilde, hook above, dot below.
const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
const END = "(?![\\p{L}\\p{M}])";
// In an open syllable ending in oa/oe/uy the two conventions put the tone on different vowels.
// We compare on the first-vowel form ("hòa", "ủy"). "qu" is a consonant, so "quý" is left alone.
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})${END}`, "gu");
const UY = new RegExp(`(^|[^qQ\\p{M}])([uU])([yY])(${TONE})${END}`, "gu");

/** Moves tones in oa/oe/uy open syllables to one convention, so both spellings compare equal. */
export function unifyTonePlacement(text: string): string {
  return text.normalize("NFD").replace(OA_OE, "$1$3$2").replace(UY, "$1$2$4$3").normalize("NFC");
}

/** Key for ids and names: equal when the texts differ only by Unicode form, tone placement, spaces or case. */
export function matchKey(value: CellValue): string {
  return unifyTonePlacement(cleanText(value)).toLocaleLowerCase("vi");
}

/** Key for headers and vocabulary: also accent- and punctuation-insensitive ("Tiến độ (%)" → "tiendo"). */
export function looseKey(value: CellValue): string {
  return cleanText(value)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Levenshtein distance, for suggesting the nearest canonical value. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
