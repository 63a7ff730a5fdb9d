// Builds the corpus of messy workbooks (issue 6, item 1) from the small descriptions in cases.ts:
// `npx tsx tests/corpus/build.ts` rewrites tests/corpus/files/<id>.xlsx. The expected findings and
// rollups next to each file (<id>.expected.json) are written by hand, never by this script.
import { mkdirSync } from "fs";
import { join } from "path";
import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyse } from "../../src/core/analyse";
import { serialFromIso } from "../../src/core/dates";
import { SUMMARY_MARK } from "../../src/core/summary";
import { readExcelJsFile } from "../../src/cli/xlsx-file";
import { gridFromWorkbook } from "../../src/xlsx/read";
import { writeRefreshedWorkbook } from "../../src/cli/xlsx-file";
import { sheetParts } from "../../src/xlsx/package";
import { t as sheetText } from "../../src/i18n";

/** One cell as a description gives it. */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | { error: string }
  | { formula: string; result?: string | number | boolean | { error: string } };

export interface SheetSpec {
  name: string;
  /** Top-left cell of `rows` (default A1). */
  at?: string;
  rows: CellSpec[][];
  /** Number formats by column letter, applied to the numeric cells of that column. */
  formats?: Record<string, string>;
  /** Number formats by cell (override `formats`; apply to any cell). */
  cellFormats?: Record<string, string>;
  /** Font names by cell. */
  fonts?: Record<string, string>;
  merges?: string[];
  /** 1-based rows hidden (by hand or by a filter). */
  hiddenRows?: number[];
  autoFilter?: string;
  /** An Excel Table over `ref` (header row included); its cells come from `rows`. */
  table?: { name: string; ref: string };
  /**
   * Edits to the sheet's XML after ExcelJS wrote it, for what ExcelJS cannot write (an AutoFilter
   * criterion, validations exactly as Excel stores them): each `find` text is replaced by `replace`.
   */
  xmlEdits?: { find: string; replace: string }[];
}

export interface CaseSpec {
  id: string;
  /** What situation the case covers. */
  about: string;
  /** Report date (--as-of), ISO. */
  asOf: string;
  sheets: SheetSpec[];
  /** The workbook was refreshed once, then the user typed over these cells of the summary sheet. */
  summaryEdits?: Record<string, CellSpec>;
}

export const CORPUS_DIR = join(__dirname, "files");

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C7" → { row: 7, col: 3 } (both 1-based, as ExcelJS counts). */
export function cellRC(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function excelValue(v: CellSpec): ExcelJS.CellValue {
  if (v === null || v === "") return null;
  if (typeof v !== "object") return v;
  if ("error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  const origin = cellRC(spec.at ?? "A1");
  const table = spec.table
    ? (() => {
        const [a, b] = spec.table.ref.split(":").map(cellRC);
        return { name: spec.table.name, top: a.row, left: a.col, bottom: b.row, right: b.col };
      })()
    : null;
  const inTable = (r: number, c: number): boolean =>
    table !== null && r >= table.top && r <= table.bottom && c >= table.left && c <= table.right;
  const specAt = (r: number, c: number): CellSpec =>
    spec.rows[r - origin.row]?.[c - origin.col] ?? null;

  if (table) {
    const width = table.right - table.left + 1;
    const cols = Array.from({ length: width }, (_, j) => String(specAt(table.top, table.left + j)));
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = table.top + 1; r <= table.bottom; r++)
      rows.push(Array.from({ length: width }, (_, j) => excelValue(specAt(r, table.left + j))));
    ws.addTable({
      name: table.name,
      ref: `${letters(table.left)}${table.top}`,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: cols.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  spec.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = origin.row + i;
      const c = origin.col + j;
      if (inTable(r, c)) return;
      const value = excelValue(v);
      if (value !== null) ws.getCell(r, c).value = value;
    })
  );
  // Formats, fonts and merges after the values, on whatever the table or the loop wrote.
  spec.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = origin.row + i;
      const c = origin.col + j;
      const format = spec.formats?.[letters(c)];
      if (format && typeof v === "number") ws.getCell(r, c).numFmt = format;
    })
  );
  for (const [a1, format] of Object.entries(spec.cellFormats ?? {})) {
    const { row, col } = cellRC(a1);
    ws.getCell(row, col).numFmt = format;
  }
  for (const [a1, font] of Object.entries(spec.fonts ?? {})) {
    const { row, col } = cellRC(a1);
    ws.getCell(row, col).font = { name: font, size: 13 };
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
}

export function workbookOf(spec: CaseSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tests/corpus/build.ts";
  // Fixed document dates: a rebuild changes nothing a reader can see.
  wb.created = new Date(Date.UTC(2020, 10, 6));
  wb.modified = wb.created;
  for (const sheet of spec.sheets) addSheet(wb, sheet);
  return wb;
}

/** Writes one case's workbook to `file` (for a hand-edited summary: refresh, then type over it). */
export async function buildCase(spec: CaseSpec, file: string): Promise<void> {
  await workbookOf(spec).xlsx.writeFile(file);
  await applyXmlEdits(spec, file);
  if (!spec.summaryEdits) return;
  const asOf = serialFromIso(spec.asOf) as number;
  const analysis = analyse(gridFromWorkbook(await readExcelJsFile(file)), {
    t: sheetText,
    today: asOf,
    reportDate: asOf,
    lang: "vi",
  });
  await writeRefreshedWorkbook(file, analysis.plan, file);
  const wb = await readExcelJsFile(file);
  const summary = wb.getWorksheet(analysis.summarySheet);
  if (!summary || !gridFromWorkbook(wb).names?.[SUMMARY_MARK])
    throw new Error(`${spec.id}: no marked summary after the first refresh`);
  for (const [a1, v] of Object.entries(spec.summaryEdits)) {
    const { row, col } = cellRC(a1);
    summary.getCell(row, col).value = excelValue(v);
  }
  wb.modified = wb.created;
  await wb.xlsx.writeFile(file);
}

/** Applies the sheets' xmlEdits to the written file, failing where a `find` text is not there. */
async function applyXmlEdits(spec: CaseSpec, file: string): Promise<void> {
  const edited = spec.sheets.filter((s) => s.xmlEdits?.length);
  if (edited.length === 0) return;
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await sheetParts(zip);
  for (const sheet of edited) {
    const part = parts.get(sheet.name)!;
    let xml = await zip.file(part)!.async("string");
    for (const { find, replace } of sheet.xmlEdits!) {
      if (!xml.includes(find)) throw new Error(`${spec.id}: no "${find}" in ${sheet.name}`);
      xml = xml.replace(find, replace);
    }
    zip.file(part, xml);
  }
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function buildAll(): Promise<void> {
  const { CASES } = await import("./cases");
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const spec of CASES) {
    await buildCase(spec, join(CORPUS_DIR, `${spec.id}.xlsx`));
    console.log(`${spec.id}.xlsx  ${spec.about}`);
  }
  console.log(`${CASES.length} workbooks in ${CORPUS_DIR}`);
}

if (require.main === module) {
  buildAll().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
