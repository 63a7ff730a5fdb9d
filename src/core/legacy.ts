// Legacy Vietnamese encodings (issue 6): older workbooks hold TCVN3 (ABC) or VNI text, Latin-1
// characters that only look Vietnamese in fonts such as ".VnTime" or "VNI-Times". We detect such
// cells (by font first, by byte patterns as a fallback), convert them to Unicode NFC, and warn.
//
// Tables written for this project from the published charsets: TCVN 5712:1993 "VN3" (the ABC
// single-byte set: lower-case letters plus Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xFE) and the VNI-Windows scheme
// (base letter followed by a Latin-1 mark byte; i-tones, ỵ, đ, ơ, ư as single bytes). Positions were
// cross-checked by eye against the BSD-licensed XFree86 X-TrueType TCVN table (VN1, a superset of VN3)
// and the published VNI-Windows chart; no code or table text was copied.
import { toA1 } from "./a1";
import { finding, type Finding } from "./findings";
import type { CellValue, SheetGrid } from "./grid";
import type { TableLocation } from "./model";
import { isCellError, SheetReader } from "./sheet-reader";

export type LegacyEncoding = "tcvn3" | "tcvn3-caps" | "vni";

/** How the encodings are named in messages (proper names, the same in every language). */
const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: "TCVN3 (ABC)",
  "tcvn3-caps": "TCVN3 (ABC)",
  vni: "VNI",
};

/** The Unicode font a converted cell gets (the house font of the summary sheet). */
const UNICODE_FONT = "Times New Roman";

// Combining tone marks in the order both charts list them: grave, hook above, tilde, acute, dot below.
const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

const withTone = (base: string, tone: number): string => (base + TONES[tone]).normalize("NFC");

// ---- TCVN3 (VN3) -------------------------------------------------------------------------------

/** Code of each of the 14 letters without tone that need one (0xA1-0xAE). */
const TCVN3_PLAIN: [number, string][] = [
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  [0xa8, "ă"],
  [0xa9, "â"],
  [0xaa, "ê"],
  [0xab, "ô"],
  [0xac, "ơ"],
  [0xad, "ư"],
  [0xae, "đ"],
];

/** Codes of each vowel's five toned lower-case forms, in TONES order (VN3 has no toned capitals). */
const TCVN3_TONED: [string, number[]][] = [
  ["a", [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ă", [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["â", [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["e", [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["ê", [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["i", [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["o", [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ô", [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơ", [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["u", [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ư", [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["y", [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

const TCVN3_DECODE = new Map<string, string>();
const TCVN3_ENCODE = new Map<string, string>();
for (const [code, letter] of TCVN3_PLAIN) {
  TCVN3_DECODE.set(String.fromCharCode(code), letter);
  TCVN3_ENCODE.set(letter, String.fromCharCode(code));
}
for (const [base, codes] of TCVN3_TONED) {
  codes.forEach((code, tone) => {
    TCVN3_DECODE.set(String.fromCharCode(code), withTone(base, tone));
    TCVN3_ENCODE.set(withTone(base, tone), String.fromCharCode(code));
  });
}

/** Unicode (NFC) from TCVN3 text; `caps` for the ".Vn…H" fonts, which show every letter as a capital. */
export function tcvn3ToUnicode(text: string, options: { caps: boolean }): string {
  let out = "";
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  return (options.caps ? out.toUpperCase() : out).normalize("NFC");
}

/**
 * TCVN3 from Unicode (for tests and sample files). With `caps`, capitals are written with the
 * lower-case codes, as typists did for the ".Vn…H" fonts. Without it, a toned capital has no code
 * and throws: VN3 cannot hold it.
 */
export function unicodeToTcvn3(text: string, options: { caps: boolean }): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const direct = options.caps ? undefined : TCVN3_ENCODE.get(ch);
    const lower = TCVN3_ENCODE.get(ch.toLowerCase());
    if (direct !== undefined) out += direct;
    else if (lower !== undefined && (options.caps || ch === ch.toLowerCase())) out += lower;
    else if (lower !== undefined)
      throw new RangeError(`"${ch}" has no TCVN3 code outside the capitals fonts`);
    else out += ch;
  }
  return out;
}

// ---- VNI-Windows -------------------------------------------------------------------------------

// Lower-case mark bytes; capitals use the same letters in upper case.
const VNI_TONE = ["ø", "û", "õ", "ù", "ï"]; // grave, hook, tilde, acute, dot (TONES order)
const VNI_CIRCUMFLEX = "â";
const VNI_CIRCUMFLEX_TONE = ["à", "å", "ã", "á", "ä"];
const VNI_BREVE = "ê";
const VNI_BREVE_TONE = ["è", "ú", "ü", "é", "ë"];
/** Letters VNI writes as one byte: ơ, ư, đ, and i with tones, ỵ. */
const VNI_SINGLE: [string, string][] = [
  ["ô", "ơ"],
  ["ö", "ư"],
  ["ñ", "đ"],
  ["ì", "ì"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["í", "í"],
  ["ò", "ị"],
  ["î", "ỵ"],
];

const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();

function addVni(letter: string, code: string): void {
  for (const [l, c] of [
    [letter, code],
    [letter.toUpperCase(), code.toUpperCase()],
  ]) {
    VNI_ENCODE.set(l, c);
    VNI_DECODE.set(c, l);
    // Tolerate a mark byte typed in the other case: the base letter decides the case.
    if (c.length === 2) VNI_DECODE.set(c[0] + swapCase(c[1]), l);
  }
}

function swapCase(ch: string): string {
  const upper = ch.toUpperCase();
  return ch === upper ? ch.toLowerCase() : upper;
}

for (const [code, letter] of VNI_SINGLE) addVni(letter, code);
for (const base of ["a", "e", "o", "u", "y", "ơ", "ư"]) {
  const head = base === "ơ" ? "ô" : base === "ư" ? "ö" : base;
  VNI_TONE.forEach((mark, tone) => {
    if (!(base === "y" && tone === 4)) addVni(withTone(base, tone), head + mark); // ỵ is "î"
  });
}
for (const base of ["a", "e", "o"]) {
  const hatted = (base + "\u0302").normalize("NFC");
  addVni(hatted, base + VNI_CIRCUMFLEX);
  VNI_CIRCUMFLEX_TONE.forEach((mark, tone) => addVni(withTone(hatted, tone), base + mark));
}
addVni("ă", "a" + VNI_BREVE);
VNI_BREVE_TONE.forEach((mark, tone) => addVni(withTone("ă", tone), "a" + mark));

/** Unicode (NFC) from VNI-Windows text: a base letter and its mark byte become one letter. */
export function vniToUnicode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
    } else out += VNI_DECODE.get(text[i]) ?? text[i];
  }
  return out.normalize("NFC");
}

/** VNI-Windows from Unicode (for tests and sample files); other characters pass through. */
export function unicodeToVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

/** Unicode (NFC) from text in the given legacy encoding. */
function legacyToUnicode(text: string, encoding: LegacyEncoding): string {
  if (encoding === "vni") return vniToUnicode(text);
  return tcvn3ToUnicode(text, { caps: encoding === "tcvn3-caps" });
}

// ---- detection ---------------------------------------------------------------------------------

/** Letters and marks only Unicode Vietnamese has: such text is not legacy, whatever its font. */
const UNICODE_VIETNAMESE_LETTER =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const COMBINING_MARK = /\p{Mn}/u;
/** Every legacy code lies in Latin-1's upper half; text without it is never legacy. */
const LATIN1_HIGH = /[\u00a1-\u00ff]/;

/** The encoding a font implies: ".VnTime" TCVN3, ".VnTimeH" its capitals, "VNI-Times" VNI. */
export function fontEncoding(fontName: string | null): LegacyEncoding | null {
  const name = (fontName ?? "").trim();
  if (/^\.vn/i.test(name)) return name.endsWith("H") ? "tcvn3-caps" : "tcvn3";
  if (/^vni[-\s_]/i.test(name)) return "vni";
  return null;
}

/**
 * Whether a text cell holds legacy-encoded Vietnamese, and which encoding. The font name decides
 * when it names a legacy font (the cell shows what that font draws, so any code in it is legacy);
 * otherwise the text must read as Vietnamese syllables once decoded and not before.
 */
export function detectLegacyEncoding(text: string, fontName: string | null): LegacyEncoding | null {
  // Performance (the core's budget, 150 ms at 100,000 tasks): Unicode Vietnamese text is the common
  // case, and one of its letters usually comes within the first word, so that cheap test goes first;
  // the Unicode-aware mark scan goes last.
  if (UNICODE_VIETNAMESE_LETTER.test(text) || !LATIN1_HIGH.test(text) || COMBINING_MARK.test(text))
    return null;
  const byFont = fontEncoding(fontName);
  if (byFont) {
    const decoded = byFont === "vni" ? vniToUnicode(text) : tcvn3ToUnicode(text, { caps: false });
    return decoded !== text.normalize("NFC") ? byFont : null;
  }
  const tcvn3 = patternScore(text, "tcvn3");
  const vni = patternScore(text, "vni");
  if (tcvn3 === null && vni === null) return null;
  if (vni === null || (tcvn3 !== null && tcvn3.codes >= vni.codes)) {
    // VN3 has no toned capitals: all-capital ASCII around its codes means a ".Vn…H" font.
    return tcvn3!.allCaps ? "tcvn3-caps" : "tcvn3";
  }
  return "vni";
}

interface PatternScore {
  /** Legacy codes in the words that decoded to Vietnamese syllables. */
  codes: number;
  /** Every ASCII letter in those words is a capital. */
  allCaps: boolean;
}

/** What one word says: nothing (unchanged, or no vowel: "H§ND"), a syllable once decoded, or not. */
type WordVerdict =
  | null
  | { syllable: false }
  | { syllable: true; codes: number; mixedBroken: boolean; lowerAscii: boolean };

const WORD = /[A-Za-z\u00a1-\u00ff]+/g;
const VOWEL = /[aăâeêioôơuưy]/;

// Words repeat across a table: remember each word's verdict (bounded, cleared when full).
const verdicts = { tcvn3: new Map<string, WordVerdict>(), vni: new Map<string, WordVerdict>() };

function wordVerdict(word: string, encoding: "tcvn3" | "vni"): WordVerdict {
  const cache = verdicts[encoding];
  let verdict = cache.get(word);
  if (verdict !== undefined) return verdict;
  // Plain case mapping: Vietnamese has no locale-specific casing, and toLocale* is slow.
  const decoded = encoding === "vni" ? vniToUnicode(word) : tcvn3ToUnicode(word, { caps: false });
  const lower = decoded.toLowerCase();
  if (decoded === word || !VOWEL.test(toneless(lower))) verdict = null;
  else if (!isSyllable(lower)) verdict = { syllable: false };
  else {
    const ascii = word.replace(/[^A-Za-z]/g, "");
    verdict = {
      syllable: true,
      codes: word.replace(/[^\u00a1-\u00ff]/g, "").length,
      mixedBroken: ascii !== "" && !isSyllable(word.toLowerCase()),
      lowerAscii: ascii !== ascii.toUpperCase(),
    };
  }
  if (cache.size >= 20000) cache.clear();
  cache.set(word, verdict);
  return verdict;
}

/**
 * Fallback by pattern. Words that change when decoded are the candidates; the text is legacy when
 * at least 3 in 4 candidates (those with a vowel) decode to Vietnamese syllables, one of them mixes
 * ASCII letters with codes and was not a syllable as typed, and they hold two codes or more.
 */
function patternScore(text: string, encoding: "tcvn3" | "vni"): PatternScore | null {
  let valid = 0;
  let invalid = 0;
  let codes = 0;
  let mixedBroken = false;
  let allCaps = true;
  for (const [word] of text.matchAll(WORD)) {
    const verdict = wordVerdict(word, encoding);
    if (verdict === null) continue;
    if (!verdict.syllable) {
      invalid++;
      continue;
    }
    valid++;
    codes += verdict.codes;
    mixedBroken ||= verdict.mixedBroken;
    if (verdict.lowerAscii) allCaps = false;
  }
  if (valid === 0 || invalid * 3 > valid || !mixedBroken || codes < 2) return null;
  return { codes, allCaps };
}

// ---- Vietnamese syllables (for the fallback only) ----------------------------------------------

const INITIALS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  ..."bcdđghklmnprstvx",
  "",
];
/** Vowel nuclei: those that never end a syllable without a final consonant, and those that never take one. */
const NEEDS_FINAL = ["ă", "â", "iê", "yê", "uô", "ươ", "oo", "oă", "uâ", "uyê"];
const OPEN_ONLY = [
  "ai",
  "ao",
  "au",
  "ay",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iu",
  "oi",
  "ôi",
  "ơi",
  "ua",
  "ưa",
  "ui",
  "ưi",
  "ưu",
  "uơ",
  "ươu",
  "iêu",
  "yêu",
  "uôi",
  "ươi",
  "oai",
  "oay",
  "oao",
  "oeo",
  "uây",
  "uya",
  "uyu",
];
const EITHER = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy"];
const NUCLEI = new Map<string, "needs-final" | "open-only" | "either">([
  ...NEEDS_FINAL.map((n) => [n, "needs-final"] as const),
  ...OPEN_ONLY.map((n) => [n, "open-only"] as const),
  ...EITHER.map((n) => [n, "either"] as const),
]);
const FINALS = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
const STOPS = new Set(["c", "ch", "p", "t"]);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

function toneless(text: string): string {
  return text.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC");
}

// Words repeat across a table: remember the verdicts (bounded, cleared when full).
const syllableCache = new Map<string, boolean>();

/** Whether a lower-case word is one well-formed Vietnamese syllable (onset, nucleus, coda, tone). */
export function isSyllable(word: string): boolean {
  let known = syllableCache.get(word);
  if (known === undefined) {
    if (syllableCache.size >= 20000) syllableCache.clear();
    known = checkSyllable(word);
    syllableCache.set(word, known);
  }
  return known;
}

function checkSyllable(word: string): boolean {
  const tones = word.normalize("NFD").match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  // Syllables ending in a stop (c, ch, p, t) carry the acute or the dot below, nothing else.
  const stopTone = tones.length === 1 && (tones[0] === "\u0301" || tones[0] === "\u0323");
  const bare = toneless(word);
  if (!/^[a-zăâđêôơư]+$/.test(bare)) return false;
  for (const onset of INITIALS) {
    if (!bare.startsWith(onset)) continue;
    for (const coda of FINALS) {
      if (!bare.endsWith(coda) || bare.length - coda.length <= onset.length) continue;
      const kind = NUCLEI.get(bare.slice(onset.length, bare.length - coda.length));
      if (!kind || kind === (coda === "" ? "needs-final" : "open-only")) continue;
      if (STOPS.has(coda) && !stopTone) continue;
      if ((coda === "ch" || coda === "nh") && !/[aêiy]$/.test(bare.slice(0, -2))) continue;
      return true;
    }
  }
  return false;
}

// ---- reading -----------------------------------------------------------------------------------

/** The text columns of the input tables whose legacy text is converted for reading. */
export const LEGACY_TEXT_FIELDS = {
  areas: ["id", "name", "leadUnit"] as const,
  tasks: ["id", "area", "title", "unit", "notes"] as const,
};

/**
 * Warns on every legacy-encoded cell of the given fields (with a fix that converts it and sets a
 * Unicode font) and returns a reader that sees the converted text, so matching works on it.
 */
export function convertLegacyCells<F extends string>(
  reader: SheetReader,
  location: TableLocation<F>,
  fields: readonly F[],
  findings: Finding[]
): SheetReader {
  const sheet = location.sheet;
  const grid = reader.sheet;
  // Performance (the core's budget, 150 ms at 100,000 tasks): columns worked out once, rows taken
  // whole, instead of a lookup per cell.
  const cols = fields.flatMap((f) => location.columns[f]?.index ?? []);
  let values: CellValue[][] | null = null;
  for (let row = location.firstDataRow; row <= location.lastDataRow; row++) {
    const r = row - reader.firstRow;
    const cells = grid.values[r];
    if (!cells) continue;
    const fonts = grid.fontNames?.[r];
    for (const col of cols) {
      const raw = cells[col - reader.firstCol];
      if (typeof raw !== "string" || isCellError(raw)) continue;
      const encoding = detectLegacyEncoding(raw, fonts?.[col - reader.firstCol] ?? null);
      if (!encoding) continue;
      const converted = legacyToUnicode(raw, encoding);
      const cell = toA1(row, col);
      findings.push(
        finding(
          "legacy-encoding",
          sheet,
          cell,
          { value: raw, converted, encoding: LEGACY_ENCODING_NAMES[encoding] },
          {
            label: "fix.convertLegacy",
            changes: [{ sheet, cell, from: raw, to: converted, font: UNICODE_FONT }],
          }
        )
      );
      values ??= grid.values.slice();
      if (values[r] === grid.values[r]) values[r] = values[r].slice();
      values[r][col - reader.firstCol] = converted;
    }
  }
  if (!values) return reader;
  const converted: SheetGrid = { ...grid, values };
  return new SheetReader(converted);
}
