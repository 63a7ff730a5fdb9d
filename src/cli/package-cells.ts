// Package surgery for the merge and the file host's cell changes: writes cells straight into their
// sheet's XML, so every other byte of the user's sheets stays as it was (no library re-serialises
// them). Text is written as an inline string (the shared-string table is left alone), numbers as
// numbers; a date (a completion date, the report date) takes a date style already used in its column,
// so it displays as a date.
import JSZip from "jszip";
import { colIndex, parseA1 } from "../core/a1";
import { isDateFormat } from "../core/dates";
import type { MasterWrite } from "../core/merge";
import { attributes, sheetParts } from "../xlsx/package";

const escapeText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Built-in number formats that display dates (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** Which cell style indexes (cellXfs) display a date. */
function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  const out = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>)/g)].forEach((m, i) => {
    const id = Number(attributes(m[0]).numFmtId ?? 0);
    if (BUILTIN_DATE_FORMATS.has(id) || isDateFormat(custom.get(id))) out.add(i);
  });
  return out;
}

/** A cell to write: one of the merge's writes, or a host's cell change (`date`: a date serial). */
export interface PackageWrite {
  sheet: string;
  cell: string;
  /** null clears the cell. */
  to: string | number | null;
  field?: MasterWrite["field"];
  /** What the cell held when the write was decided (not checked here). */
  from?: unknown;
  date?: boolean;
}

const isDate = (w: PackageWrite): boolean => w.date === true || w.field === "completedOn";

interface RowSpan {
  start: number;
  end: number;
  r: number;
}

/** The rows of a sheet's <sheetData> with their spans, in document order. */
function rowSpans(xml: string): RowSpan[] {
  const rows: RowSpan[] = [];
  const pattern = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
  for (const m of xml.matchAll(pattern)) {
    const r = Number(/\br="(\d+)"/.exec(m[0].slice(0, m[0].indexOf(">")))?.[1] ?? 0);
    rows.push({ start: m.index, end: m.index + m[0].length, r });
  }
  return rows;
}

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function cellXml(ref: string, style: string | undefined, value: string | number | null): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
}

/** One row's XML with the given cells replaced or inserted in column order. */
function patchRow(
  rowXml: string,
  row: number,
  writes: PackageWrite[],
  styleFor: (w: PackageWrite, current: string | undefined) => string | undefined
): string {
  let xml = rowXml.endsWith("/>") ? `${rowXml.slice(0, -2)}></row>` : rowXml;
  for (const w of writes) {
    const col = parseA1(w.cell).col;
    const cells = [...xml.matchAll(CELL)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      a: attributes(m[0].slice(0, m[0].indexOf(">") + 1)),
    }));
    const same = cells.find((c) => c.a.r === w.cell);
    const ref = `${w.cell.replace(/\d+$/, "")}${row}`;
    if (same) {
      const next = cellXml(ref, styleFor(w, same.a.s), w.to);
      xml = xml.slice(0, same.start) + next + xml.slice(same.end);
      continue;
    }
    const after = cells.find((c) => colIndex(c.a.r.replace(/\d+$/, "")) > col);
    const at = after ? after.start : xml.lastIndexOf("</row>");
    xml = xml.slice(0, at) + cellXml(ref, styleFor(w, undefined), w.to) + xml.slice(at);
  }
  // A row's spans only hint at its cells; widen them rather than leave them wrong.
  return xml.replace(/^<row\b[^>]*>/, (open) => open.replace(/\sspans="[^"]*"/, ""));
}

/** The sheet's XML with each write applied; a date takes a date style found in its own column. */
function patchSheetXml(
  sheetXml: string,
  writes: readonly PackageWrite[],
  dates: Set<number>
): string {
  const byRow = new Map<number, PackageWrite[]>();
  for (const w of writes) {
    const { row } = parseA1(w.cell);
    byRow.set(row, [...(byRow.get(row) ?? []), w]);
  }
  const rows = rowSpans(sheetXml);
  const columnDateStyle = (letters: string): string | undefined => {
    const pattern = new RegExp(`<c\\b[^>]*\\br="${letters}\\d+"[^>]*>`, "g");
    for (const m of sheetXml.matchAll(pattern)) {
      const s = attributes(m[0]).s;
      if (s !== undefined && dates.has(Number(s))) return s;
    }
    return undefined;
  };
  const styleFor = (w: PackageWrite, current: string | undefined): string | undefined => {
    if (!isDate(w) || typeof w.to !== "number") return current;
    if (current !== undefined && dates.has(Number(current))) return current;
    return columnDateStyle(w.cell.replace(/\d+$/, "")) ?? current;
  };
  let out = "";
  let last = 0;
  for (const span of rows) {
    const mine = byRow.get(span.r);
    if (!mine) continue;
    out +=
      sheetXml.slice(last, span.start) +
      patchRow(sheetXml.slice(span.start, span.end), span.r, mine, styleFor);
    last = span.end;
    byRow.delete(span.r);
  }
  out += sheetXml.slice(last);
  // Rows the sheet does not hold yet (a task row always has its ID, so this is a safety net).
  for (const [row, mine] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const empty = `<row r="${row}"></row>`;
    const following = rowSpans(out).find((s) => s.r > row);
    const at = following ? following.start : out.indexOf("</sheetData>");
    out = out.slice(0, at) + patchRow(empty, row, mine, styleFor) + out.slice(at);
  }
  return out;
}

/**
 * Applies the merge's writes to their sheets in a loaded package (every other part left as it was) and
 * returns the patched parts' new text by path, for a reader that needs the result without re-reading it.
 */
export async function patchPackage(
  zip: JSZip,
  writes: readonly PackageWrite[]
): Promise<Map<string, string>> {
  const patched = new Map<string, string>();
  if (writes.length === 0) return patched;
  const parts = await sheetParts(zip);
  const dates = dateStyles((await zip.file("xl/styles.xml")?.async("string")) ?? "");
  const sheets = [...new Set(writes.map((w) => w.sheet))];
  for (const sheet of sheets) {
    const path = [...parts].find(([name]) => name.normalize("NFC") === sheet.normalize("NFC"))?.[1];
    const file = path ? zip.file(path) : null;
    if (!path || !file) throw new Error(`sheet "${sheet}" is not in the package`);
    const xml = await file.async("string");
    const next = patchSheetXml(
      xml,
      writes.filter((w) => w.sheet === sheet),
      dates
    );
    zip.file(path, next);
    patched.set(path, next);
  }
  return patched;
}

/** The package with the merge's writes applied to their sheets; every other part is left as it was. */
export async function patchCells(
  xlsx: Uint8Array,
  writes: readonly PackageWrite[]
): Promise<Uint8Array> {
  if (writes.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await patchPackage(zip, writes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
