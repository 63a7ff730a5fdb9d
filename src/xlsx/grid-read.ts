// A lighter .xlsx reader for merge (issue 13): the grid the core takes (values, number formats, font names,
// tables, sheet names, workbook names), straight from the package with JSZip and a small XML scanner, without
// building ExcelJS's whole model. It gives the grid read.ts's ExcelJS reader gives, cell for cell (a test
// compares both on every corpus file), following ExcelJS's own rules where they are odd. Bytes in, no node.
import JSZip from "jszip";
import colCache from "exceljs/lib/utils/col-cache";
import DefinedNames from "exceljs/lib/doc/defined-names";
import Range from "exceljs/lib/doc/range";
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";
import { toA1 } from "../core/a1";
import { serialFromUtcMs, UNIX_EPOCH_SERIAL } from "../core/dates";
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from "../core/grid";
import { parseRelationships, relsPathOf, resolveTarget } from "./package";
import { XlsxReadError } from "./read-error";
import { openZip, streamInflateRaw, ZipFallback, type InflateRaw } from "./zip-read";

type Attrs = Record<string, string>;

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

/** XML character and entity references decoded, as a SAX parser gives text. */
function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#")
      return String.fromCodePoint(
        ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      );
    return ENTITY[ref] ?? whole;
  });
}

/** ExcelJS decodes a formula's string result (t="str") a second time. */
function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    const name = c.slice(1, -1);
    return name in ENTITY ? ENTITY[name] : c;
  });
}

/** ExcelJS's TextXform: _xHHHH_ escapes unescaped in shared strings and rich-text runs. */
const unescapeX = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

function parseAttrs(tag: string, from: number, to: number): Attrs {
  const attrs: Attrs = {};
  let i = from;
  while (i < to) {
    const eq = tag.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    const name = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (tag[q] === " " || tag[q] === "\n" || tag[q] === "\t" || tag[q] === "\r") q++;
    const quote = tag[q];
    const end = tag.indexOf(quote, q + 1);
    if (end < 0) break;
    attrs[name] = decodeXml(tag.slice(q + 1, end));
    i = end + 1;
  }
  return attrs;
}

interface Handler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Walks an XML document: elements open and close, text between them (decoded); skips comments and PIs. */
function scanXml(xml: string, h: Handler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (lt > i && h.text) h.text(decodeXml(xml.slice(i, lt)));
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      i = xml.indexOf("?>", lt) + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) i = xml.indexOf("-->", lt) + 3;
      else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt);
        if (h.text) h.text(xml.slice(lt + 9, end));
        i = end + 3;
      } else i = xml.indexOf(">", lt) + 1;
      continue;
    }
    // The tag's end: the first ">" outside a quoted attribute value.
    let gt = lt + 1;
    let quote = 0;
    for (; gt < n; gt++) {
      const ch = xml.charCodeAt(gt);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (ch === 62) break;
    }
    if (c === 47 /* / */) {
      if (h.close) h.close(xml.slice(lt + 2, gt).trim());
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const stop = selfClosing ? gt - 1 : gt;
      let e = lt + 1;
      while (e < stop) {
        const ch = xml.charCodeAt(e);
        if (ch === 32 || ch === 10 || ch === 9 || ch === 13) break;
        e++;
      }
      const name = xml.slice(lt + 1, e);
      h.open(name, e < stop ? parseAttrs(xml, e, stop) : {}, selfClosing);
      if (selfClosing && h.close) h.close(name);
    }
    i = gt + 1;
  }
}

/** A shared string as ExcelJS gives it: plain text, or its rich-text runs joined ("" for an empty item). */
function sharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let inSi = false;
  let depthR = 0;
  let inRph = false;
  let inT = false;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let text: string[] = [];
  scanXml(xml, {
    open(name, _a, selfClosing) {
      if (name === "si") {
        inSi = !selfClosing;
        plain = null;
        runs = null;
        if (selfClosing) out.push("");
      } else if (!inSi) return;
      else if (name === "rPh") inRph = !selfClosing;
      else if (name === "r") depthR++;
      else if (name === "t" && !inRph) {
        inT = true;
        text = [];
      }
    },
    text(t) {
      if (inT) text.push(t);
    },
    close(name) {
      if (!inSi) return;
      if (name === "t" && inT) {
        inT = false;
        const value = unescapeX(text.join(""));
        if (depthR > 0) (runs ??= []).push(value);
        else plain = value;
      } else if (name === "r") depthR--;
      else if (name === "rPh") inRph = false;
      else if (name === "si") {
        inSi = false;
        out.push(runs ? (runs as string[]).join("") : (plain ?? ""));
      }
    },
  });
  return out;
}

/** A cell style (cellXfs entry) as the grid needs it. */
interface Style {
  /** The number format, "General" for none. */
  format: string;
  /** Whether the format displays a date (ExcelJS then gives the number as a Date). */
  date: boolean;
  /** The font's name, null for none. */
  font: string | null;
}

interface Styles {
  /** By cellXfs index. */
  xfs: Style[];
}

function readStyles(xml: string | null): Styles {
  const xfs: Styles["xfs"] = [];
  if (!xml) return { xfs };
  const numFmts: Record<number, string> = {};
  const fonts: (string | null)[] = [];
  const raw: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  let inFont = false;
  scanXml(xml, {
    open(name, a, selfClosing) {
      if (name === "numFmts" || name === "fonts" || name === "cellXfs") {
        if (!selfClosing) section = name;
      } else if (name === "numFmt" && section === "numFmts") {
        numFmts[parseInt(a.numFmtId, 10)] = (a.formatCode ?? "").replace(/[\\](.)/g, "$1");
      } else if (name === "font" && section === "fonts") {
        fonts.push(null);
        inFont = !selfClosing;
      } else if (name === "name" && inFont) {
        fonts[fonts.length - 1] = a.val ?? null;
      } else if (name === "xf" && section === "cellXfs") {
        raw.push({ numFmtId: parseInt(a.numFmtId, 10), fontId: parseInt(a.fontId, 10) });
      }
    },
    close(name) {
      if (name === section) section = "";
      else if (name === "font") inFont = false;
    },
  });
  const defaults = defaultNumFormats as Record<number, { f: string } | undefined>;
  for (const x of raw) {
    const numFmt = x.numFmtId ? (numFmts[x.numFmtId] ?? defaults[x.numFmtId]?.f ?? "") : "";
    const font = Number.isNaN(x.fontId) ? null : fonts[x.fontId];
    xfs.push({
      format: numFmt || "General",
      date: isDateFmt(numFmt),
      font: font === undefined ? null : font,
    });
  }
  return { xfs };
}

/** ExcelJS's test for a date format: any of y m d h s b outside quotes and brackets. */
const dateFmts = new Map<string, boolean>();
function isDateFmt(fmt: string): boolean {
  if (fmt === "") return false;
  let is = dateFmts.get(fmt);
  if (is === undefined) {
    is = /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
    dateFmts.set(fmt, is);
  }
  return is;
}

/** A serial through ExcelJS's Date and back, as read.ts gives date-formatted numbers. */
function dateSerial(v: number, date1904: boolean): CellValue {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? "" : serialFromUtcMs(date.getTime());
}

interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [l, t] = [col(m[1]), Number(m[2])];
  const [r, b] = m[3] ? [col(m[3]), Number(m[4])] : [l, t];
  return {
    top: Math.min(t, b),
    left: Math.min(l, r),
    bottom: Math.max(t, b),
    right: Math.max(l, r),
  };
}

/** One attribute's raw value in a start tag's text ("" before `from`), undefined when absent. */
function attrOf(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  let at = tag.indexOf(key);
  if (at < 0) {
    // Rare: another whitespace before the name, or single quotes.
    const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
    return m ? decodeXml(m[2] ?? m[3]) : undefined;
  }
  at += key.length;
  return decodeXml(tag.slice(at, tag.indexOf('"', at)));
}

/** A column's number from a cell reference's letters ("AB12" -> 28). */
function colOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  return col;
}

/** What one <c> holds, as ExcelJS's CellXform collects it. */
interface RawCell {
  formula: string;
  shareType: string | undefined;
  value: string | undefined;
  runs: string[] | null;
}

/** The general path for a cell's content (rich text, odd shapes): ExcelJS's CellXform's rules. */
function rawCellSlow(inner: string): RawCell {
  const raw: RawCell = { formula: "", shareType: undefined, value: undefined, runs: null };
  let node: "" | "f" | "v" | "t" = "";
  let inRun = false;
  let runText: string[] | null = null;
  scanXml(inner, {
    open(name, a, selfClosing) {
      if (inRun) {
        if (name === "t") runText = [];
        return;
      }
      if (name === "f") {
        node = "f";
        raw.shareType = a.t;
      } else if (name === "v" || name === "t") node = name;
      else if (name === "r" && !selfClosing) inRun = true;
    },
    text(text) {
      if (inRun) {
        if (runText) runText.push(text);
      } else if (node === "f") raw.formula += text;
      else if (node === "v" || node === "t")
        raw.value = raw.value === undefined ? text : raw.value + text;
    },
    close(name) {
      if (inRun) {
        if (name === "t" && runText) {
          (raw.runs ??= []).push(unescapeX(runText.join("")));
          runText = null;
        } else if (name === "r") inRun = false;
      } else if (name === "f" || name === "v" || name === "t" || name === "is") node = "";
    },
  });
  return raw;
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/** True for the character after a tag's name: whitespace, ">" or "/". */
const isEnd = (code: number): boolean => isSpace(code) || code === 62 || code === 47;

/** The number a run of ASCII digits spells (at most 15, so exactly), or -1 for anything else. */
function digitsAt(xml: string, from: number, to: number): number {
  if (from >= to || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A cell's type attribute, by code (anything else reads as a number, as ExcelJS reads it). */
const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
}

function cellType(text: string | undefined): CellType {
  switch (text) {
    case "s":
      return CellType.Shared;
    case "str":
      return CellType.Str;
    case "inlineStr":
      return CellType.Inline;
    case "b":
      return CellType.Bool;
    case "e":
      return CellType.Error;
    default:
      return CellType.Number;
  }
}

/**
 * One sheet's cells as they are scanned: the start tag's r, s and t, then the content, kept as positions
 * in the sheet's text (no object per cell or attribute). One scanner at a time: it is not re-entered.
 */
class CellScanner {
  xml = "";
  /** The r, s and t attributes' values as [from, to) positions; from -1 when absent. */
  rFrom = -1;
  rTo = -1;
  sFrom = -1;
  sTo = -1;
  tFrom = -1;
  tTo = -1;
  /** The content: a formula's text and its share type, the value (as positions, or text), runs. */
  formula = "";
  shareType: string | undefined = undefined;
  vFrom = -1;
  vTo = -1;
  vText: string | undefined = undefined;
  runs: string[] | null = null;

  /** Finds r, s and t among a start tag's attributes in [from, to) (the first of each, as attrOf does). */
  tag(from: number, to: number): void {
    const xml = this.xml;
    this.rFrom = this.sFrom = this.tFrom = -1;
    let i = from;
    while (i < to) {
      let ch = xml.charCodeAt(i);
      if (isSpace(ch)) {
        i++;
        continue;
      }
      const nameFrom = i;
      while (i < to && ch !== 61 /* = */ && !isSpace(ch)) ch = xml.charCodeAt(++i);
      const nameLength = i - nameFrom;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (i >= to || xml.charCodeAt(i) !== 61) return; // "/" of a self-closing tag, or not XML
      i++;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return;
      const end = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (end < 0 || end >= to) return;
      if (nameLength === 1) {
        const name = xml.charCodeAt(nameFrom);
        if (name === 114 /* r */ && this.rFrom < 0) [this.rFrom, this.rTo] = [i + 1, end];
        else if (name === 115 /* s */ && this.sFrom < 0) [this.sFrom, this.sTo] = [i + 1, end];
        else if (name === 116 /* t */ && this.tFrom < 0) [this.tFrom, this.tTo] = [i + 1, end];
      }
      i = end + 1;
    }
  }

  /** An attribute's value as text, decoded. */
  attr(from: number, to: number): string {
    return decodeXml(this.xml.slice(from, to));
  }

  /** The value's text (decoded), undefined when the cell has none. */
  value(): string | undefined {
    if (this.vText !== undefined || this.vFrom < 0) return this.vText;
    return decodeXml(this.xml.slice(this.vFrom, this.vTo));
  }

  /** No content: a self-closing cell, or the start of reading one. */
  clear(): void {
    this.formula = "";
    this.shareType = undefined;
    this.vFrom = -1;
    this.vText = undefined;
    this.runs = null;
  }

  /** Reads the content in [from, to): the common shapes (<f>, then <v> or <is><t>) directly. */
  content(from: number, to: number): void {
    const xml = this.xml;
    this.clear();
    let i = from;
    if (xml.startsWith("<f", i) && i + 2 < to && isEnd(xml.charCodeAt(i + 2))) {
      const gt = xml.indexOf(">", i);
      if (gt < 0 || gt >= to) return this.slow(from, to);
      this.shareType = attrOf(xml.slice(i, gt), "t");
      if (xml.charCodeAt(gt - 1) === 47) i = gt + 1;
      else {
        const end = xml.indexOf("</f>", gt);
        if (end < 0 || end + 4 > to) return this.slow(from, to);
        this.formula = decodeXml(xml.slice(gt + 1, end));
        i = end + 4;
      }
    }
    if (xml.startsWith("<v>", i)) {
      const end = xml.indexOf("</v>", i);
      if (end < 0 || end + 4 > to) return this.slow(from, to);
      // SAX gives no text event for <v></v>: no value.
      if (end > i + 3) [this.vFrom, this.vTo] = [i + 3, end];
      i = end + 4;
    } else if (xml.startsWith("<v/>", i)) i += 4;
    else if (xml.startsWith("<is><t", i) && !this.formula && this.shareType === undefined) {
      // An inline string of one plain text: <is><t>...</t></is>, or <t xml:space="preserve">.
      const gt = xml.indexOf(">", i + 6);
      const after = xml.charCodeAt(i + 6);
      if (gt < 0 || gt >= to || xml.charCodeAt(gt - 1) === 47 || (after !== 62 && !isSpace(after)))
        return this.slow(from, to);
      const end = xml.indexOf("<", gt + 1);
      if (end < 0 || !xml.startsWith("</t></is>", end) || end + 9 > to) return this.slow(from, to);
      if (end > gt + 1) [this.vFrom, this.vTo] = [gt + 1, end];
      i = end + 9;
    }
    if (i !== to && xml.slice(i, to).trim() !== "") this.slow(from, to);
  }

  private slow(from: number, to: number): void {
    const raw = rawCellSlow(this.xml.slice(from, to));
    this.formula = raw.formula;
    this.shareType = raw.shareType;
    this.vFrom = -1;
    this.vText = raw.value;
    this.runs = raw.runs;
  }
}

const scanner = new CellScanner();

/** One sheet's cells with a value, column by column of flat lists (no object per cell). */
interface Cells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: string[];
  fonts: (string | null)[];
}

/** A number's cell value: date-formatted numbers through ExcelJS's Date, as read.ts gives them. */
function numberValue(text: string, style: Style | undefined, date1904: boolean): CellValue {
  const num = parseFloat(text);
  return style?.date ? dateSerial(num, date1904) : num;
}

/** One worksheet part's cells with a value, merged areas' other cells left out as read.ts does. */
function sheetCells(xml: string, strings: string[], styles: Styles, date1904: boolean): Cells {
  const out: Cells = { rows: [], cols: [], values: [], formats: [], fonts: [] };
  const merges: MergeArea[] = [];
  const sc = scanner;
  sc.xml = xml;
  let rowNumber = 0;
  let nextCol = 1;
  const n = xml.length;
  let i = xml.indexOf("<sheetData");
  if (i < 0) i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */ && xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    if (c1 === 99 /* c */ && isEnd(xml.charCodeAt(lt + 2))) {
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      sc.tag(lt + 2, gt);
      if (selfClosing) {
        i = gt + 1;
        sc.clear();
      } else {
        const end = xml.indexOf("</c>", gt);
        sc.content(gt + 1, end);
        i = end + 4;
      }
      // The column: the reference's letters, or the one after the previous cell's.
      let col = nextCol;
      if (sc.rFrom >= 0 && sc.rTo > sc.rFrom) {
        col = 0;
        for (let k = sc.rFrom; k < sc.rTo; k++) {
          const code = xml.charCodeAt(k);
          const ch = code & ~32;
          if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
          else {
            // An entity among the letters (never written, but XML allows it): decode, then count.
            if (code === 38 /* & */) col = colOf(sc.attr(sc.rFrom, sc.rTo));
            break;
          }
        }
      }
      nextCol = col + 1;
      let styleId = 0;
      if (sc.sFrom >= 0) {
        styleId = digitsAt(xml, sc.sFrom, sc.sTo);
        if (styleId < 0) {
          const s = sc.attr(sc.sFrom, sc.sTo);
          styleId = s ? parseInt(s, 10) : 0;
        }
      }
      const style = styleId ? styles.xfs[styleId] : undefined;
      const type = sc.tFrom < 0 ? CellType.Number : cellType(sc.attr(sc.tFrom, sc.tTo));
      let v: CellValue = "";
      if (sc.formula || sc.shareType) {
        const value = sc.value();
        if (value) {
          if (type === CellType.Str) v = xmlDecodeAgain(value);
          else if (type === CellType.Bool) v = parseInt(value, 10) !== 0;
          else if (type === CellType.Error) v = value;
          else v = numberValue(value, style, date1904);
        }
      } else if (sc.runs) v = sc.runs.join("");
      else if (sc.vFrom >= 0 || sc.vText !== undefined) {
        if (type === CellType.Shared) {
          let index = sc.vFrom >= 0 ? digitsAt(xml, sc.vFrom, sc.vTo) : -1;
          if (index < 0) index = parseInt(sc.value()!, 10);
          v = strings[index] ?? "";
        } else if (type === CellType.Str) v = xmlDecodeAgain(sc.value()!);
        else if (type === CellType.Inline || type === CellType.Error) v = sc.value()!;
        else if (type === CellType.Bool) v = parseInt(sc.value()!, 10) !== 0;
        else {
          const whole = sc.vFrom >= 0 ? digitsAt(xml, sc.vFrom, sc.vTo) : -1;
          if (whole >= 0 && !style?.date) v = whole;
          else v = numberValue(sc.value()!, style, date1904);
        }
      }
      if (v !== "") {
        out.rows.push(rowNumber);
        out.cols.push(col);
        out.values.push(v);
        out.formats.push(style ? style.format : "General");
        out.fonts.push(style ? style.font : null);
      }
      continue;
    }
    if (c1 === 114 /* r */ && xml.startsWith("row", lt + 1) && isEnd(xml.charCodeAt(lt + 4))) {
      const r = attrOf(xml.slice(lt, gt), "r");
      rowNumber = r ? parseInt(r, 10) : rowNumber + 1;
      nextCol = 1;
    } else if (
      c1 === 109 /* m */ &&
      xml.startsWith("mergeCell", lt + 1) &&
      isEnd(xml.charCodeAt(lt + 10))
    ) {
      const ref = attrOf(xml.slice(lt, gt), "ref");
      const area = ref ? parseRange(ref) : null;
      if (area) merges.push(area);
    }
    i = gt + 1;
  }
  sc.xml = "";
  if (merges.length === 0) return out;
  const kept: Cells = { rows: [], cols: [], values: [], formats: [], fonts: [] };
  for (let k = 0; k < out.rows.length; k++) {
    const [row, col] = [out.rows[k], out.cols[k]];
    const hidden = merges.some(
      (m) =>
        row >= m.top &&
        row <= m.bottom &&
        col >= m.left &&
        col <= m.right &&
        (row !== m.top || col !== m.left)
    );
    if (hidden) continue;
    kept.rows.push(row);
    kept.cols.push(col);
    kept.values.push(out.values[k]);
    kept.formats.push(out.formats[k]);
    kept.fonts.push(out.fonts[k]);
  }
  return kept;
}

function gridOf(name: string, cells: Cells, tables: TableInfo[]): SheetGrid {
  const count = cells.rows.length;
  if (count === 0)
    return {
      name,
      address: "A1",
      values: [[""]],
      numberFormats: [["General"]],
      fontNames: [[null]],
      tables,
    };
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (let k = 0; k < count; k++) {
    const [row, col] = [cells.rows[k], cells.cols[k] - 1];
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values = Array.from({ length: height }, () => new Array<CellValue>(width).fill(""));
  const numberFormats = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const fontNames = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  for (let k = 0; k < count; k++) {
    const [r, c] = [cells.rows[k] - top, cells.cols[k] - 1 - left];
    values[r][c] = cells.values[k];
    numberFormats[r][c] = cells.formats[k];
    fontNames[r][c] = cells.fonts[k];
  }
  return { name, address: toA1(top, left), values, numberFormats, fontNames, tables };
}

/** ExcelJS's DefinedNameXform range list: the comma-separated references it can decode. */
function extractRanges(text: string): string[] {
  const valid = (range: string): boolean => {
    try {
      colCache.decodeEx(range);
      return true;
    } catch {
      return false;
    }
  };
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (valid(item)) ranges.push(item);
      continue;
    }
    const quotesEven = quotes % 2 === 0;
    if (!quotesOpened && quotesEven && valid(item)) ranges.push(item);
    else if (quotesOpened && !quotesEven) {
      quotesOpened = false;
      if (valid(last + item)) ranges.push(last + item);
      last = "";
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/** DefinedNames' own test of a range it keeps. */
const RANGE_KEPT = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

const isIndex = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

/**
 * A name's first range as ExcelJS's DefinedNames regroups it. One rectangle regroups to itself, so it
 * is formatted straight away; ExcelJS's model, which builds one object per cell of every range (an
 * autofilter over 10,000 rows is 100,000 of them), regroups anything else.
 */
function firstRange(name: string, ranges: string[]): string | undefined {
  const kept = ranges.filter((r) => RANGE_KEPT.test(r.split("!").pop() || ""));
  if (kept.length === 1) {
    const at = colCache.decodeEx(kept[0]) as Partial<
      Record<"top" | "left" | "bottom" | "right", unknown>
    > & {
      sheetName?: string;
    };
    if (isIndex(at.top) && isIndex(at.left) && isIndex(at.bottom) && isIndex(at.right))
      return new Range(at.top, at.left, at.bottom, at.right, at.sheetName).$shortRange;
  }
  const names = new DefinedNames();
  names.model = [{ name, ranges }];
  return names.model[0]?.ranges[0];
}

/** The workbook's names as ExcelJS models them (print areas and titles left out, ranges regrouped). */
function definedNames(entries: { name: string; text: string }[]): Record<string, string> {
  // Keyed as DefinedNames keys its matrices: a later entry of a name replaces an earlier one.
  const byName: Record<string, string[]> = {};
  for (const e of entries)
    if (e.name !== "_xlnm.Print_Area" && e.name !== "_xlnm.Print_Titles")
      byName[e.name] = extractRanges(e.text);
  const out: Record<string, string> = {};
  for (const name of Object.keys(byName)) {
    const range = firstRange(name, byName[name]);
    if (range !== undefined) out[name] = range;
  }
  return out;
}

/** A package's parts as text: the small ZIP reader's, or JSZip's. */
type Parts = (path: string) => Promise<string | null>;

/** Options of the light reader. */
export interface LightReadOptions {
  /**
   * Raw DEFLATE decompression for the small ZIP reader (node's zlib.inflateRawSync in the CLI); by
   * default the platform's DecompressionStream, and JSZip where there is none.
   */
  inflateRaw?: InflateRaw;
  /** Parts whose text replaces the package's (the CLI's merge reads its patched master so). */
  parts?: ReadonlyMap<string, string>;
}

/** The grid the core takes, from .xlsx bytes; throws XlsxReadError when they are not a readable workbook. */
export async function gridFromXlsxLight(
  bytes: Uint8Array | ArrayBuffer,
  file: string,
  options: LightReadOptions = {}
): Promise<WorkbookGrid> {
  const inflate = options.inflateRaw ?? streamInflateRaw;
  const zip = inflate ? openZip(bytes, inflate) : null;
  const parts = options.parts ?? new Map<string, string>();
  if (zip) {
    try {
      return await gridFromParts(async (path) => parts.get(path) ?? zip.text(path), file);
    } catch (err) {
      if (!(err instanceof ZipFallback)) throw err;
    }
  }
  let jszip: JSZip;
  try {
    jszip = await JSZip.loadAsync(bytes);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split(/ : |\n/)[0].trim();
    throw new XlsxReadError(
      file,
      "not-xlsx",
      detail.length > 80 ? `${detail.slice(0, 77)}...` : detail
    );
  }
  return gridFromParts(
    async (path) => parts.get(path) ?? jszip.file(path)?.async("string") ?? null,
    file
  );
}

async function gridFromParts(text: Parts, file: string): Promise<WorkbookGrid> {
  const workbook = await text("xl/workbook.xml");
  if (workbook === null) throw new XlsxReadError(file, "not-xlsx", "no worksheet");
  const rels = parseRelationships((await text(relsPathOf("xl/workbook.xml"))) ?? "");
  const sheets: { name: string; rid: string }[] = [];
  const names: { name: string; text: string }[] = [];
  let date1904 = false;
  let inName: { name: string; text: string } | null = null;
  scanXml(workbook, {
    open(name, a, selfClosing) {
      if (name === "sheet") sheets.push({ name: a.name, rid: a["r:id"] });
      else if (name === "workbookPr") date1904 = a.date1904 === "1";
      else if (name === "definedName") {
        inName = { name: a.name, text: "" };
        if (selfClosing) names.push(inName);
        if (selfClosing) inName = null;
      }
    },
    text(t) {
      if (inName) inName.text += t;
    },
    close(name) {
      if (name === "definedName" && inName) {
        names.push(inName);
        inName = null;
      }
    },
  });
  const strings = sharedStrings(await text("xl/sharedStrings.xml"));
  const styles = readStyles(await text("xl/styles.xml"));
  const grids: SheetGrid[] = [];
  for (const s of sheets) {
    const rel = rels.find((r) => r.id === s.rid);
    if (!rel) continue;
    const part = resolveTarget("xl/workbook.xml", rel.target);
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
    const xml = await text(part);
    if (xml === null) continue;
    const tables: TableInfo[] = [];
    const sheetRels = parseRelationships((await text(relsPathOf(part))) ?? "");
    for (const m of xml.matchAll(/<tablePart\b[^>]*>/g)) {
      const id = /r:id="([^"]*)"/.exec(m[0])?.[1];
      const tr = sheetRels.find((r) => r.id === id);
      const tableXml = tr ? await text(resolveTarget(part, tr.target)) : null;
      const head = tableXml ? /<table\b[^>]*>/.exec(tableXml) : null;
      if (!head) continue;
      const a = parseAttrs(head[0], 6, head[0].length - 1);
      tables.push({ name: a.name ?? "", range: a.ref ?? "" });
    }
    grids.push(gridOf(s.name, sheetCells(xml, strings, styles, date1904), tables));
  }
  if (grids.length === 0) throw new XlsxReadError(file, "not-xlsx", "no worksheet");
  return { sheets: grids, sheetNames: grids.map((g) => g.name), names: definedNames(names) };
}
