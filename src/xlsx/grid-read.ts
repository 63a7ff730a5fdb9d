// A lighter .xlsx reader for merge (issue 13): the grid the core takes (values, number formats, font names,
// tables, sheet names, workbook names), straight from the package with JSZip and a small XML scanner, without
// building ExcelJS's whole model. It gives the grid read.ts's ExcelJS reader gives, cell for cell (a test
// compares both on every corpus file), following ExcelJS's own rules where they are odd. Bytes in, no node.
import JSZip from "jszip";
import colCache from "exceljs/lib/utils/col-cache";
import DefinedNames from "exceljs/lib/doc/defined-names";
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";
import { toA1 } from "../core/a1";
import { serialFromUtcMs } from "../core/dates";
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

interface Styles {
  /** cellXfs index -> number format ("" for none) and font name (null for none). */
  xfs: { numFmt: string; font: string | null }[];
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
    xfs.push({ numFmt, font: font === undefined ? null : font });
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
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
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

interface Cell {
  row: number;
  col: number;
  value: CellValue;
  format: string;
  font: string | null;
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

/** The general path for a cell's content (inline strings, rich text): ExcelJS's CellXform's rules. */
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

/** A cell's content: the common shapes (<f>, then <v>) read directly, anything else the general way. */
function rawCell(inner: string): RawCell {
  let i = 0;
  let formula = "";
  let shareType: string | undefined;
  let value: string | undefined;
  if (
    inner.startsWith("<f", i) &&
    (inner[i + 2] === " " || inner[i + 2] === ">" || inner[i + 2] === "/")
  ) {
    const gt = inner.indexOf(">", i);
    const tag = inner.slice(i, gt);
    shareType = attrOf(tag, "t");
    if (inner[gt - 1] === "/") i = gt + 1;
    else {
      const end = inner.indexOf("</f>", gt);
      if (end < 0) return rawCellSlow(inner);
      formula = decodeXml(inner.slice(gt + 1, end));
      i = end + 4;
    }
  }
  if (inner.startsWith("<v>", i)) {
    const end = inner.indexOf("</v>", i);
    if (end < 0) return rawCellSlow(inner);
    value = decodeXml(inner.slice(i + 3, end));
    if (value === "") value = undefined; // SAX gives no text event for <v></v>
    i = end + 4;
  } else if (inner.startsWith("<v/>", i)) i += 4;
  if (i !== inner.length && inner.slice(i).trim() !== "") return rawCellSlow(inner);
  return { formula, shareType, value, runs: null };
}

/** True for the character after a tag's name: whitespace, ">" or "/". */
const isEnd = (code: number): boolean =>
  code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/** One worksheet part's cells with a value, merged areas' other cells left out as read.ts does. */
function sheetCells(xml: string, strings: string[], styles: Styles, date1904: boolean): Cell[] {
  const cells: Cell[] = [];
  const merges: MergeArea[] = [];
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
    const after = xml.charCodeAt(lt + 2);
    if (c1 === 99 /* c */ && isEnd(after)) {
      const tag = xml.slice(lt, gt);
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      let raw: RawCell = { formula: "", shareType: undefined, value: undefined, runs: null };
      if (selfClosing) i = gt + 1;
      else {
        const end = xml.indexOf("</c>", gt);
        raw = rawCell(xml.slice(gt + 1, end));
        i = end + 4;
      }
      const addr = attrOf(tag, "r") ?? "";
      const type = attrOf(tag, "t");
      const s = attrOf(tag, "s");
      const styleId = s ? parseInt(s, 10) : 0;
      const style = styleId ? styles.xfs[styleId] : undefined;
      const numFmt = style?.numFmt ?? "";
      const { formula, shareType, value, runs } = raw;
      let v: CellValue = "";
      if (formula || shareType) {
        if (value) {
          if (type === "str") v = xmlDecodeAgain(value);
          else if (type === "b") v = parseInt(value, 10) !== 0;
          else if (type === "e") v = value;
          else {
            const num = parseFloat(value);
            v = isDateFmt(numFmt) ? dateSerial(num, date1904) : num;
          }
        }
      } else if (runs) v = runs.join("");
      else if (value !== undefined) {
        if (type === "s") v = strings[parseInt(value, 10)] ?? "";
        else if (type === "str") v = xmlDecodeAgain(value);
        else if (type === "inlineStr") v = value;
        else if (type === "b") v = parseInt(value, 10) !== 0;
        else if (type === "e") v = value;
        else {
          const num = parseFloat(value);
          v = isDateFmt(numFmt) ? dateSerial(num, date1904) : num;
        }
      }
      const col = addr ? colOf(addr) : nextCol;
      nextCol = col + 1;
      if (v !== "")
        cells.push({
          row: rowNumber,
          col,
          value: v,
          format: numFmt || "General",
          font: style ? style.font : null,
        });
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
  if (merges.length === 0) return cells;
  return cells.filter(
    (c) =>
      !merges.some(
        (m) =>
          c.row >= m.top &&
          c.row <= m.bottom &&
          c.col >= m.left &&
          c.col <= m.right &&
          (c.row !== m.top || c.col !== m.left)
      )
  );
}

function gridOf(name: string, cells: Cell[], tables: TableInfo[]): SheetGrid {
  if (cells.length === 0)
    return {
      name,
      address: "A1",
      values: [[""]],
      numberFormats: [["General"]],
      fontNames: [[null]],
      tables,
    };
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col - 1 < left) left = c.col - 1;
    if (c.col - 1 > right) right = c.col - 1;
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
  for (const c of cells) {
    values[c.row - top][c.col - 1 - left] = c.value;
    numberFormats[c.row - top][c.col - 1 - left] = c.format;
    fontNames[c.row - top][c.col - 1 - left] = c.font;
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

/** The workbook's names as ExcelJS models them (print areas and titles left out, ranges regrouped). */
function definedNames(entries: { name: string; text: string }[]): Record<string, string> {
  const model = entries
    .filter((e) => e.name !== "_xlnm.Print_Area" && e.name !== "_xlnm.Print_Titles")
    .map((e) => ({ name: e.name, ranges: extractRanges(e.text) }));
  const names = new DefinedNames();
  names.model = model;
  const out: Record<string, string> = {};
  for (const entry of names.model) if (entry.ranges.length > 0) out[entry.name] = entry.ranges[0];
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
}

/** The grid the core takes, from .xlsx bytes; throws XlsxReadError when they are not a readable workbook. */
export async function gridFromXlsxLight(
  bytes: Uint8Array | ArrayBuffer,
  file: string,
  options: LightReadOptions = {}
): Promise<WorkbookGrid> {
  const inflate = options.inflateRaw ?? streamInflateRaw;
  const zip = inflate ? openZip(bytes, inflate) : null;
  if (zip) {
    try {
      return await gridFromParts((path) => zip.text(path), file);
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
  return gridFromParts(async (path) => jszip.file(path)?.async("string") ?? null, file);
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
