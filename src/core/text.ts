// Vietnamese text arrives in many shapes that must compare equal: NFC/NFD (Unikey settings, macOS),
// old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy"), non-breaking and doubled spaces, case.
import type { CellValue } from "./grid";

const INVISIBLE = /[\u200B-\u200D\uFEFF]/g;
const ODD_SPACES = /[\s\u00A0\u2007\u202F]+/g;

// Performance (the core's budget, 150 ms at 100,000 tasks): most cells are already clean, so one scan
// that finds nothing to drop or collapse (no invisible character, no whitespace but single inner
// spaces) returns the NFC text without rewriting it.
const NEEDS_CLEANING = /[\u200B-\u200D]|[^\S ]| {2}|^ | $/;
const PRINTABLE_ASCII = /^[\x21-\x7E]*$/;
// Text made only of ASCII, Latin-1/Extended letters up to U+02FF and precomposed Vietnamese (U+1EA0-U+1EF9)
// is already NFC (no combining marks, and no pair of its characters composes: checked pair by pair over
// the whole set) and holds no whitespace but the space. So a scan for anything else, and for doubled or
// edge spaces, proves a text clean without normalising it: the fast path for unique texts such as titles.
// One anchored pattern, words of those characters joined by single spaces, does it in one pass (half the
// time of a class scan plus a search for doubled spaces, on 100,000 titles).
const PLAIN_CLEAN = /^[!-~\u00A1-\u02FF\u1EA0-\u1EF9]+(?: [!-~\u00A1-\u02FF\u1EA0-\u1EF9]+)*$/;

/** Whether cleaning would leave the text as it is, decided cheaply; false means "compute it". */
function isPlainClean(value: string): boolean {
  return value === "" || PLAIN_CLEAN.test(value);
}

function computeCleanText(value: string): string {
  const nfc = value.normalize("NFC");
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, "").replace(ODD_SPACES, " ").trim();
}

/** What a text cell means: NFC, invisible characters dropped, spaces collapsed, trimmed. */
export function cleanText(value: CellValue): string {
  if (typeof value !== "string") return String(value);
  if (isPlainClean(value)) return value; // ids, codes, most Vietnamese text typed in NFC
  // Short texts repeat on every row (areas, statuses, units); long ones (titles) are mostly unique
  // and would only churn the cache.
  return value.length <= SHORT_TEXT ? rememberedCleanText(value) : computeCleanText(value);
}

// Clean text is empty exactly when every character is whitespace or invisible (NFC maps no other
// character to whitespace), so blank cells are found without cleaning, at the first visible character.
const BLANK = /^[\s\u200B-\u200D\uFEFF]*$/;

/** Whether a cell reads as empty once cleaned (cleanText(value) === ""), decided without cleaning it. */
export function isBlank(value: CellValue): boolean {
  return typeof value === "string" && BLANK.test(value);
}

// Performance (the core's budget, 150 ms at 100,000 tasks): the same few texts (area names, statuses,
// kinds) recur on every row, and their keys cost Unicode normalisations and locale case mapping. Keys
// are pure functions of the text, so they are remembered; the caches are emptied when they grow, to
// bound memory in a long-lived task pane.
const CACHE_LIMIT = 10_000;
function remembered(compute: (text: string) => string): (value: CellValue) => string {
  const cache = new Map<string, string>();
  return (value) => {
    if (typeof value !== "string") return compute(String(value));
    let key = cache.get(value);
    if (key === undefined) {
      key = compute(value);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(value, key);
    }
    return key;
  };
}
/** toLocaleLowerCase("vi"), remembered: the reader compares the same statuses and names on every row. */
export const lowerVi = remembered((text) => text.toLocaleLowerCase("vi"));

/** NFC then Vietnamese upper case: the title block's bodies and titles ("Tỉnh ủy" → "TỈNH ỦY"). */
export function upperVi(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi");
}

const SHORT_TEXT = 64;
const rememberedCleanText = remembered(computeCleanText);

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
const rememberedMatchKey = remembered((text) =>
  unifyTonePlacement(cleanText(text)).toLocaleLowerCase("vi")
);
export function matchKey(value: CellValue): string {
  // Ids such as "NV00123" are distinct plain ASCII without spaces: nothing to normalise, and ASCII case
  // mapping is the Vietnamese one; they skip the cache, which they would only flush.
  if (typeof value === "string" && PRINTABLE_ASCII.test(value)) return value.toLowerCase();
  return rememberedMatchKey(value);
}

/** Key for headers and vocabulary: also accent- and punctuation-insensitive ("Tiến độ (%)" → "tiendo"). */
export const looseKey = remembered((text) =>
  cleanText(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
);

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
