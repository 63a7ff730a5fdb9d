// A sample workbook as plain data (sheets of header + rows, with number formats per column), turned into
// the grid the core takes (tests need no file) or into an .xlsx with ExcelJS (scripts/build-samples.ts).
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { parseA1, toA1 } from "../core/a1";
// Outside the core because it uses a catalogue's values: the samples are fixed Vietnamese workbooks (tests,
// scripts, the preview), whose settings sheet is laid out with the sheets' strings as the add-in lays it out.
import { t } from "../i18n/sheets";
import { settingsSheetPlan, type Settings } from "../core/settings";
import { sampleSerial, type TemplateColumn } from "../core/template";

export { DATE_FORMAT, PERCENT_FORMAT, sampleSettings } from "../core/template";

export type SampleColumn = TemplateColumn;

export interface SampleSheet {
  name: string;
  /** Lines above the header row (a title block); a blank row separates them from the header. */
  titleRows?: string[];
  columns: SampleColumn[];
  rows: CellValue[][];
  /** Excel Table name, when the sheet's data is a Table rather than a plain range. */
  table?: string;
}

/** A sheet laid out cell by cell from A1 (the settings sheet, whose layout the core defines). */
export interface RawSheet {
  name: string;
  values: CellValue[][];
  numberFormats: string[][];
  /** Column widths in characters, by column letter. */
  columnWidths: Record<string, number>;
  /** 1-based rows drawn bold (title, header). */
  boldRows: number[];
}

export interface SampleWorkbook {
  /** File name under samples/ (ASCII). */
  file: string;
  /** Report date as an Excel serial. */
  reportDate: number;
  sheets: SampleSheet[];
  /** The settings sheet, after the input sheets. */
  settings: RawSheet;
}

/** ISO date → Excel serial; the sample sources are checked, so a bad date is a programming error. */
export const serial = sampleSerial;

/** 1-based row of the header: below the title lines and one blank row. */
export function headerRowOf(sheet: SampleSheet): number {
  return sheet.titleRows && sheet.titleRows.length > 0 ? sheet.titleRows.length + 2 : 1;
}

/** A1 range of header + data, e.g. "A4:J62". */
export function dataRangeOf(sheet: SampleSheet): string {
  const top = headerRowOf(sheet);
  return `A${top}:${toA1(top + sheet.rows.length, sheet.columns.length - 1)}`;
}

/** The sheet as Office.js would give its used range (from A1: the title block starts there). */
function sheetToGrid(sheet: SampleSheet): SheetGrid {
  const width = sheet.columns.length;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill("");
  const general = (): string[] => new Array<string>(width).fill("General");
  for (const line of sheet.titleRows ?? []) {
    const row = blank();
    row[0] = line;
    values.push(row);
    numberFormats.push(general());
  }
  if (sheet.titleRows && sheet.titleRows.length > 0) {
    values.push(blank());
    numberFormats.push(general());
  }
  values.push(sheet.columns.map((c) => c.header));
  numberFormats.push(general());
  for (const row of sheet.rows) {
    values.push(sheet.columns.map((_, i) => row[i] ?? ""));
    numberFormats.push(
      sheet.columns.map((c, i) =>
        row[i] === "" || row[i] === undefined ? "General" : (c.format ?? "General")
      )
    );
  }
  const grid: SheetGrid = { name: sheet.name, address: "A1", values, numberFormats };
  if (sheet.table) grid.tables = [{ name: sheet.table, range: dataRangeOf(sheet) }];
  return grid;
}

/**
 * The settings sheet exactly as the core would create it (settingsSheetPlan), so the sample's labels and
 * layout follow the core's; only the values and date format are taken, styling is the writer's business.
 */
export function settingsSheet(settings: Settings): RawSheet {
  const plan = settingsSheetPlan(t, settings, "vi");
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const put = (row: number, col: number, value: CellValue, format?: string): void => {
    while (values.length < row) {
      values.push([]);
      numberFormats.push([]);
    }
    while (values[row - 1].length <= col) {
      values[row - 1].push("");
      numberFormats[row - 1].push("General");
    }
    values[row - 1][col] = value;
    if (format) numberFormats[row - 1][col] = format;
  };
  for (const block of plan.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (!("value" in cell))
          throw new Error("The settings plan holds a formula; samples take values only");
        put(at.row + i, at.col + j, cell.value ?? "");
      })
    );
  }
  for (const { range, style } of plan.styles) {
    if (!style.numberFormat || range.includes(":")) continue;
    const at = parseA1(range);
    put(at.row, at.col, values[at.row - 1]?.[at.col] ?? "", style.numberFormat);
  }
  const width = Math.max(...values.map((r) => r.length));
  for (let r = 0; r < values.length; r++) {
    while (values[r].length < width) {
      values[r].push("");
      numberFormats[r].push("General");
    }
  }
  return {
    name: plan.name,
    values,
    numberFormats,
    columnWidths: plan.columnWidths,
    boldRows: [1, 3],
  };
}

export function workbookToGrid(sample: SampleWorkbook): WorkbookGrid {
  const settings: SheetGrid = {
    name: sample.settings.name,
    address: "A1",
    values: sample.settings.values,
    numberFormats: sample.settings.numberFormats,
  };
  const sheets = [...sample.sheets.map(sheetToGrid), settings];
  return { sheets, sheetNames: sheets.map((s) => s.name), names: {} };
}
