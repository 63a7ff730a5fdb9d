// Reads .xlsx bytes with ExcelJS into the grid shape Office.js gives for a loaded range, so the CLI (and
// later the pane, for returned copies) feeds the core exactly what the add-in would. Bytes only: the
// caller reads the file, and nothing here needs node.
import ExcelJS from "exceljs";
import { parseA1, toA1 } from "../core/a1";
import { serialFromUtcMs } from "../core/dates";
import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from "../core/grid";
import { XlsxReadError } from "./read-error";

export { XlsxReadError, type XlsxReadReason } from "./read-error";

/** ExcelJS gives date cells as JS Dates (UTC); Office.js gives the serial, fraction included. */
const serialFromDate = (date: Date): number => serialFromUtcMs(date.getTime());

function richTextToPlain(rich: ExcelJS.RichText[]): string {
  return rich.map((run) => run.text ?? "").join("");
}

/** An ExcelJS cell value, or a formula's cached result, as Office.js would report it. */
function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : serialFromDate(value);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return v.error;
  if (Array.isArray(v.richText)) return richTextToPlain(v.richText as ExcelJS.RichText[]);
  if ("formula" in v || "sharedFormula" in v) return toCellValue(v.result);
  if ("hyperlink" in v) return toCellValue(v.text);
  if ("text" in v) return toCellValue(v.text);
  return "";
}

interface ExcelJsTable {
  name?: string;
  table?: {
    name?: string;
    /** Full range, as read from a file. */
    tableRef?: string;
    /** Top-left cell, as given to addTable. */
    ref?: string;
    headerRow?: boolean;
    totalsRow?: boolean;
    columns?: unknown[];
    rows?: unknown[];
  };
}

/** A table's name and full A1 range; a table added in memory only knows its top-left cell and sizes. */
function tableInfo(t: ExcelJsTable): TableInfo {
  const m = t.table ?? {};
  const name = m.name ?? t.name ?? "";
  if (m.tableRef) return { name, range: m.tableRef };
  const ref = m.ref ?? "A1";
  if (ref.includes(":")) return { name, range: ref };
  const { row, col } = parseA1(ref);
  const height = (m.headerRow === false ? 0 : 1) + (m.rows?.length ?? 0) + (m.totalsRow ? 1 : 0);
  const width = Math.max(1, m.columns?.length ?? 1);
  return { name, range: `${ref}:${toA1(row + Math.max(1, height) - 1, col + width - 1)}` };
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  type Read = { row: number; col: number; value: CellValue; format: string; font: string | null };
  const cells: Read[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Office.js gives a merged area's value in its top-left cell only.
      if (cell.isMerged && cell.master !== cell) return;
      // A formula's cached result from the model: ExcelJS's cell.value copy drops a result of 0 or false.
      const value = toCellValue(
        cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? "") : cell.value
      );
      if (value === "") return;
      const col = colNumber - 1;
      cells.push({
        row: rowNumber,
        col,
        value,
        format: cell.numFmt || "General",
        font: cell.font?.name ?? null,
      });
      top = Math.min(top, rowNumber);
      left = Math.min(left, col);
      bottom = Math.max(bottom, rowNumber);
      right = Math.max(right, col);
    });
  });
  const tables = (ws.getTables() as unknown as ExcelJsTable[]).map(tableInfo);
  if (cells.length === 0) {
    return {
      name: ws.name,
      address: "A1",
      values: [[""]],
      numberFormats: [["General"]],
      fontNames: [[null]],
      tables,
    };
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () =>
    new Array<CellValue>(width).fill("")
  );
  const numberFormats: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const fontNames: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    numberFormats[c.row - top][c.col - left] = c.format;
    fontNames[c.row - top][c.col - left] = c.font;
  }
  return { name: ws.name, address: toA1(top, left), values, numberFormats, fontNames, tables };
}

/** Workbook-level defined names, name -> "'Sheet'!$A$1" (the first range when a name has several). */
function definedNames(wb: ExcelJS.Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  for (const entry of model ?? []) {
    if (entry.ranges.length > 0) names[entry.name] = entry.ranges[0];
  }
  return names;
}

/** Every sheet of a loaded ExcelJS workbook, in tab order. */
export function gridFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets = wb.worksheets.map(sheetGrid);
  return { sheets, sheetNames: sheets.map((s) => s.name), names: definedNames(wb) };
}

/** The library's reason in a few words: JSZip appends a question and a URL to its messages. */
function shortDetail(err: unknown): string {
  const text = (err instanceof Error ? err.message : String(err)).split(/ : |\n/)[0].trim();
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Loads an .xlsx from bytes; `file` names it in errors. */
export async function loadXlsx(
  bytes: Uint8Array | ArrayBuffer,
  file: string
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as ArrayBuffer);
  } catch (err) {
    throw new XlsxReadError(file, "not-xlsx", shortDetail(err));
  }
  // Any zip loads; a workbook always has at least one sheet.
  if (wb.worksheets.length === 0) throw new XlsxReadError(file, "not-xlsx", "no worksheet");
  return wb;
}
