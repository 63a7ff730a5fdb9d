// LibreOffice as a second, independent spreadsheet engine for tests: it opens an .xlsx with a
// profile that recalculates every formula on load and saves it back, so ExcelJS can read the
// values LibreOffice computed. Conversions run one at a time (see scripts/render.ts).
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import {
  convertWithLibreOffice,
  hasCommand,
  renderWorkbook,
  type Rendered,
  type RenderOptions,
} from "../../scripts/render";

export { convertWithLibreOffice };

export const sofficeAvailable = hasCommand("soffice");
export const pdftoppmAvailable = hasCommand("pdftoppm");

/**
 * `describe` for tests that need LibreOffice and pdftoppm. They run in `npm run test:libreoffice`, whose
 * preflight (scripts/libreoffice-preflight.js) stops at once when either is missing; a suite started some
 * other way still fails with what to install rather than being skipped, so a green run always means the
 * formulas were proved in LibreOffice.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (sofficeAvailable && pdftoppmAvailable) {
    describe(name, body);
    return;
  }
  const missing = [
    sofficeAvailable ? null : "soffice (Debian: libreoffice-calc-nogui)",
    pdftoppmAvailable ? null : "pdftoppm (Debian: poppler-utils)",
  ]
    .filter(Boolean)
    .join(" and ");
  describe(name, () => {
    it("has LibreOffice installed", () => {
      throw new Error(
        `${missing} not found: install it (apt-get install libreoffice-calc-nogui poppler-utils fonts-liberation) to run these tests.`
      );
    });
  });
}

/** Recalculates every formula of a workbook in LibreOffice; returns the path of the recalculated copy. */
export async function recalculateWithLibreOffice(xlsxPath: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "lo-recalc-"));
  return convertWithLibreOffice(xlsxPath, "xlsx:Calc MS Excel 2007 XML", outDir);
}

/**
 * Prints a workbook to PDF and PNG pages in a fresh temporary directory: as `npm run render` does, each
 * generated sheet as its own job in vi-VN unless the options say otherwise.
 */
export async function renderWithLibreOffice(
  xlsxPath: string,
  options: RenderOptions = {}
): Promise<Rendered> {
  return renderWorkbook(xlsxPath, mkdtempSync(join(tmpdir(), "lo-render-")), options);
}

/** A cell's value as LibreOffice left it: a formula's cached result, or the constant. */
export function computed(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (value !== null && typeof value === "object" && "formula" in value)
    return value.result ?? null;
  if (value !== null && typeof value === "object" && "sharedFormula" in value)
    return value.result ?? null;
  return value;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/**
 * The cached results LibreOffice wrote for one sheet, read from the package XML: ExcelJS drops a
 * formula's cached result when it is 0 (its model copy skips falsy values), and most figures here are 0.
 */
export async function cachedResults(
  xlsxPath: string,
  sheetName: string
): Promise<Map<string, number | string>> {
  const zip = await JSZip.loadAsync(readFileSync(xlsxPath));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const decode = (x: string) =>
    x
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)].find(
    (m) => decode(m[1]) === sheetName
  )!;
  const target = new RegExp(
    `Id="${sheet[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${sheet[2]}"`
  ).exec(rels)!;
  const xml = await zip
    .file(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`)!
    .async("string");
  const out = new Map<string, number | string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const v = /<v>(.*?)<\/v>/s.exec(m[3] ?? "");
    if (!v) continue;
    out.set(m[1], /t="(s|str|inlineStr)"/.test(m[2]) ? decode(v[1]) : Number(v[1]));
  }
  return out;
}
