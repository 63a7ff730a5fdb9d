// A sample workbook written as an .xlsx with ExcelJS, styled as an office would keep it: Times New Roman,
// bold header with a fill, thin borders, frozen header, dates and percents as formats over numbers.
import ExcelJS from "exceljs";
import {
  dataRangeOf,
  headerRowOf,
  type RawSheet,
  type SampleSheet,
  type SampleWorkbook,
} from "./workbook";

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

// Times New Roman 12 sets about 1.3 characters per unit of column width (Calibri 11 units) and 15.75 pt per line.
const CHARS_PER_UNIT = 1.3;
const LINE_PT = 15.75;

/** Lines a wrapped cell needs: Excel and LibreOffice keep a row's stored height, so we store enough. */
function linesFor(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= width - 1 || used === 0) used = need;
    else {
      lines++;
      used = word.length;
    }
  }
  return lines;
}

/** Points for a row; `wrapAll` for the header, whose cells all wrap. */
function rowHeight(cells: string[], sheet: SampleSheet, wrapAll: boolean): number {
  const lines = sheet.columns.map((c, j) =>
    wrapAll || c.wrap ? linesFor(cells[j] ?? "", c.width * CHARS_PER_UNIT) : 1
  );
  return Math.max(1, ...lines) * LINE_PT + 2;
}

function addSheet(wb: ExcelJS.Workbook, sheet: SampleSheet): void {
  const header = headerRowOf(sheet);
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: header }],
    // A4 landscape, one page wide, the header repeated: how offices print the task list.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
      margins: { top: 0.79, bottom: 0.79, left: 0.59, right: 0.59, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  const last = sheet.columns.length;
  (sheet.titleRows ?? []).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: FONT, size: 13, bold: i === 0, italic: i > 0 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.mergeCells(i + 1, 1, i + 1, last);
  });
  if (sheet.table) {
    ws.addTable({
      name: sheet.table,
      ref: `A${header}`,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: sheet.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: sheet.rows.map((r) => sheet.columns.map((_, i) => r[i] ?? null)),
    });
  } else {
    ws.getRow(header).values = sheet.columns.map((c) => c.header);
    sheet.rows.forEach((r, i) => {
      ws.getRow(header + 1 + i).values = sheet.columns.map((_, j) =>
        r[j] === "" ? null : (r[j] ?? null)
      );
    });
  }
  for (let j = 1; j <= last; j++) {
    const h = ws.getCell(header, j);
    h.font = { name: FONT, size: 12, bold: true };
    h.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    h.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    h.border = THIN;
  }
  ws.getRow(header).height = rowHeight(
    sheet.columns.map((c) => c.header),
    sheet,
    true
  );
  sheet.rows.forEach((row, i) => {
    const text = row.map((v) => (typeof v === "string" ? v : ""));
    ws.getRow(header + 1 + i).height = rowHeight(text, sheet, false);
    sheet.columns.forEach((c, j) => {
      const cell = ws.getCell(header + 1 + i, j + 1);
      cell.font = { name: FONT, size: 12 };
      cell.border = THIN;
      cell.alignment = { vertical: "top", wrapText: c.wrap ?? false };
      if (c.format) cell.numFmt = c.format;
    });
  });
  if (!sheet.table) ws.autoFilter = dataRangeOf(sheet);
}

function addRawSheet(wb: ExcelJS.Workbook, sheet: RawSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  for (const [letter, width] of Object.entries(sheet.columnWidths))
    ws.getColumn(letter).width = width;
  sheet.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      if (value !== "") cell.value = value;
      cell.font = { name: FONT, size: 12, bold: sheet.boldRows.includes(i + 1) };
      const format = sheet.numberFormats[i]?.[j];
      if (format && format !== "General") cell.numFmt = format;
    })
  );
}

export function sampleToExcel(sample: SampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tien-do-nhiem-vu-excel samples";
  // Fixed document dates, so a rebuild changes nothing a reader can see.
  wb.created = new Date(Date.UTC(2020, 10, 6));
  wb.modified = wb.created;
  for (const sheet of sample.sheets) addSheet(wb, sheet);
  addRawSheet(wb, sample.settings);
  return wb;
}
