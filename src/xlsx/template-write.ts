// Writes the template (src/core/template.ts) as a new .xlsx with ExcelJS, as the pane's "Tạo mẫu" creates
// it in Excel: the two input sheets as Excel Tables, the tasks sheet's drop-down lists (status, kind, area)
// and date and 0-100 % checks as plain data validation (they keep working without the add-in), and the
// settings sheet from the core's plan. The area drop-down reads a defined name over the areas table's name
// column, so it grows with the table.
import ExcelJS from "exceljs";
import { writeFile } from "fs/promises";
import JSZip from "jszip";
import { toA1 } from "../core/a1";
import type { Lang } from "../core/model";
import { settingsSheetPlan } from "../core/settings";
import {
  AREA_LIST_NAME,
  templateSheets,
  VALIDATED_ROWS,
  type TemplateSheet,
  type TemplateSpec,
  type TemplateValidation,
  taskValidations,
} from "../core/template";
import { t } from "../i18n/findings";
import { graftSheets } from "./graft";
import { renderSheetPlan } from "./render-sheet";

const letter = (column: number): string => toA1(1, column).replace(/\d+$/, "");

/** Header and rows as an Excel Table from A1, with widths, formats and wrapping per column. */
function addTableSheet(workbook: ExcelJS.Workbook, spec: TemplateSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name);
  ws.columns = spec.columns.map((c) => ({ width: c.width }));
  // A table needs a body row: an empty template gets one blank row, as in Excel.
  const body = spec.rows.length > 0 ? spec.rows : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: body.map((r) => spec.columns.map((_, j) => (r[j] === "" ? null : (r[j] ?? null)))),
  });
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  spec.columns.forEach((c, j) => {
    if (!c.format && !c.wrap) return;
    const lastRow = Math.max(body.length + 1, VALIDATED_ROWS + 1);
    for (let row = 2; row <= lastRow; row++) {
      const cell = ws.getCell(row, j + 1);
      if (c.format) cell.numFmt = c.format;
      if (c.wrap && row <= body.length + 1) cell.alignment = { wrapText: true, vertical: "top" };
    }
  });
  return ws;
}

function validationRule(rule: TemplateValidation, lang: Lang): ExcelJS.DataValidation {
  const alert = {
    showErrorMessage: true,
    errorStyle: "error" as const,
    errorTitle: t(lang, "template.validation.title"),
    error: t(lang, rule.message),
    allowBlank: true,
  };
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [`"${rule.values.join(",")}"`], ...alert };
    case "areaList":
      return { type: "list", formulae: [AREA_LIST_NAME], ...alert };
    case "date": {
      const [y, m, d] = rule.minIso.split("-").map(Number);
      return {
        type: "date",
        operator: "greaterThanOrEqual",
        formulae: [new Date(Date.UTC(y, m - 1, d))],
        ...alert,
      };
    }
    case "fraction":
      return { type: "decimal", operator: "between", formulae: [0, 1], ...alert };
  }
}

/** ExcelJS models data validation on a worksheet but leaves it out of its typings. */
type ValidatedWorksheet = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/** The template as a workbook in memory: areas, tasks, settings, in that tab order. */
function templateWorkbook(spec: TemplateSpec, lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const areas = addTableSheet(workbook, spec.areas);
  const tasks = addTableSheet(workbook, spec.tasks) as ValidatedWorksheet;
  // A placeholder range: areaListPackage() turns it into the structured reference ExcelJS cannot write.
  workbook.definedNames.add(`${quoteSheet(areas.name)}!$B$2`, AREA_LIST_NAME);
  for (const rule of taskValidations()) {
    const column = letter(rule.column);
    tasks.dataValidations.add(
      `${column}2:${column}${VALIDATED_ROWS + 1}`,
      validationRule(rule, lang)
    );
  }
  const settings = settingsSheetPlan(t, spec.settings, lang);
  renderSheetPlan(workbook.addWorksheet(settings.name), settings);
  // The mark that makes the settings sheet the add-in's (as a refresh would set it).
  workbook.definedNames.add(`${quoteSheet(settings.name)}!$A$1`, settings.ownerMark);
  return workbook;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Points the area list's defined name at the areas table's name column (tblLinhVuc[Lĩnh vực]), as the
 * add-in does, so the drop-down follows the table as rows are added, with no blank entries.
 */
async function areaListPackage(xlsx: Buffer, spec: TemplateSpec): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file("xl/workbook.xml");
  if (!part) return xlsx;
  const xml = await part.async("string");
  const reference = `${spec.areas.table}[${spec.areas.columns[1].header.replace(/(['#[\]])/g, "'$1")}]`;
  const pattern = new RegExp(`(<definedName name="${AREA_LIST_NAME}"[^>]*>)[^<]*(</definedName>)`);
  zip.file("xl/workbook.xml", xml.replace(pattern, `$1${escapeXml(reference)}$2`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes the template to `file` (which must not exist: the CLI checks). */
export async function writeTemplate(
  file: string,
  withSample: boolean,
  lang: Lang
): Promise<{ sheets: string[] }> {
  const spec = templateSheets(withSample, lang);
  const workbook = templateWorkbook(spec, lang);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  // "wx": never overwrite a file, even one created since the CLI looked.
  await writeFile(file, await areaListPackage(xlsx, spec), { flag: "wx" });
  return { sheets: workbook.worksheets.map((ws) => ws.name) };
}

/**
 * The source workbook (an appendix list) with the input sheets of its import added after its own
 * sheets: the two Excel Tables with their drop-downs and checks, and the settings sheet. Every part of
 * the source is kept; a sheet already named like one of the three is refused, nothing written.
 */
export async function importedPackage(
  source: Uint8Array,
  spec: TemplateSpec,
  lang: Lang
): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const workbook = templateWorkbook(spec, lang);
  const xlsx = await areaListPackage(Buffer.from(await workbook.xlsx.writeBuffer()), spec);
  return {
    bytes: await graftSheets(source, xlsx),
    sheets: workbook.worksheets.map((ws) => ws.name),
  };
}
