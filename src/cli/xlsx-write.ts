// The .xlsx writer for the CLI: ExcelJS applies a WorkbookPlan (cells, styles, print setup) to the
// input workbook, then the native charts are added to the written package (ExcelJS cannot write charts).
// The input sheets go through ExcelJS unchanged; only sheets the plan owns are rewritten.
import { quoteSheet } from "../core/a1";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { contentAtRisk, WouldLoseContentError } from "./preserve";
import { readFile, writeFile } from "fs/promises";
import { posix } from "path";
import type {
  CellStyle,
  ConditionalFormat,
  PlanCell,
  PrintSetup,
  SheetPlan,
  WorkbookPlan,
} from "../core/plan";
import {
  CONTENT_TYPE,
  NS,
  REL_TYPE,
  chartXml,
  columnLetters,
  drawingXml,
  escapeXml,
  parseRef,
  planCellLookup,
  planFontName,
  relationshipsXml,
  type DrawingAnchor,
  type Relationship,
} from "./charts";

/** Thrown instead of overwriting a sheet the add-in does not own. */
export class SheetNameTakenError extends Error {
  readonly code = "summary-name-taken";
  constructor(readonly sheetName: string) {
    super(`Sheet "${sheetName}" exists and is not marked as the add-in's: it is left untouched.`);
    this.name = "SheetNameTakenError";
  }
}

const MM_PER_INCH = 25.4;
const A4_PAPER_SIZE = 9;

function sameName(a: string, b: string): boolean {
  // Excel compares sheet names case-insensitively.
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameName(ws.name, name));
}

/** The sheet a workbook-level defined name (an ownership mark) points at, if it still exists. */
export function markedSheet(
  workbook: ExcelJS.Workbook,
  mark: string
): ExcelJS.Worksheet | undefined {
  const entry = workbook.definedNames.model.find((n) => n.name === mark);
  for (const range of entry?.ranges ?? []) {
    try {
      const sheet = parseRef(range).sheet;
      const ws = sheet === null ? undefined : findSheet(workbook, sheet);
      if (ws) return ws;
    } catch {
      // Not a plain reference (e.g. #REF! after the sheet was deleted): not a mark we can follow.
    }
  }
  return undefined;
}

function setDefinedName(workbook: ExcelJS.Workbook, name: string, ref: string): void {
  // Replaced where it stands, so a rerun writes the names in the same order.
  const names = workbook.definedNames.model;
  const entry = { name, ranges: [ref] };
  const at = names.findIndex((n) => n.name === name);
  workbook.definedNames.model =
    at >= 0 ? names.map((n, i) => (i === at ? entry : n)) : [...names, entry];
}

/** Points every defined name that referred to a renamed sheet at its new name (Excel does this on rename). */
function renameInDefinedNames(workbook: ExcelJS.Workbook, from: string, to: string): void {
  workbook.definedNames.model = workbook.definedNames.model.map((n) => ({
    name: n.name,
    ranges: n.ranges.map((r) => {
      const sheet = (() => {
        try {
          return parseRef(r).sheet;
        } catch {
          return null;
        }
      })();
      return sheet !== null && sameName(sheet, from)
        ? `${quoteSheet(to)}!${r.slice(r.lastIndexOf("!") + 1)}`
        : r;
    }),
  }));
}

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function planCellValue(cell: PlanCell): ExcelJS.CellValue | undefined {
  if ("formula" in cell)
    return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  // Constants go in as they are: ExcelJS stores strings as text, so "=…" or "+…" never become formulas.
  return cell.value === null ? undefined : cell.value;
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const rect = parseRef(range);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) fn(ws.getCell(r, c));
  }
}

/** Merges a planned style over a cell's style; every property is a fresh object so no style is shared. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const next: Partial<ExcelJS.Style> = { ...cell.style };
  const fontChange: Partial<ExcelJS.Font> = {};
  if (style.fontName !== undefined) fontChange.name = style.fontName;
  if (style.fontSize !== undefined) fontChange.size = style.fontSize;
  if (style.bold !== undefined) fontChange.bold = style.bold;
  if (style.italic !== undefined) fontChange.italic = style.italic;
  if (style.underline !== undefined) fontChange.underline = style.underline;
  if (style.fontColor !== undefined) fontChange.color = { argb: argb(style.fontColor) };
  if (Object.keys(fontChange).length > 0) {
    // A font element needs a name and a size to render the same everywhere; Excel's defaults otherwise.
    next.font = { name: "Calibri", size: 11, ...cell.style.font, ...fontChange };
  }
  if (style.fill !== undefined) {
    next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  const alignChange: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal !== undefined) alignChange.horizontal = style.horizontal;
  if (style.vertical !== undefined)
    alignChange.vertical = style.vertical === "center" ? "middle" : style.vertical;
  if (style.wrap !== undefined) alignChange.wrapText = style.wrap;
  if (Object.keys(alignChange).length > 0)
    next.alignment = { ...cell.style.alignment, ...alignChange };
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.border !== undefined) {
    const edge: Partial<ExcelJS.Border> = { style: style.border };
    next.border = { top: { ...edge }, left: { ...edge }, bottom: { ...edge }, right: { ...edge } };
  }
  cell.style = next;
}

function conditionalFormat(
  cf: ConditionalFormat,
  priority: number
): ExcelJS.ConditionalFormattingOptions {
  switch (cf.type) {
    case "dataBar":
      return {
        ref: cf.range,
        rules: [
          {
            type: "dataBar",
            priority,
            // Plain 2007 data bar (no x14 extension): Excel and LibreOffice draw it alike.
            gradient: true,
            cfvo: [{ type: "num", value: 0 }, { type: "max" }],
            color: { argb: argb(cf.color) },
          } as ExcelJS.DataBarRuleType,
        ],
      };
    case "colorScale": {
      const colors = [cf.min, ...(cf.mid !== undefined ? [cf.mid] : []), cf.max].map((c) => ({
        argb: argb(c),
      }));
      const cfvo: ExcelJS.Cvfo[] =
        cf.mid !== undefined
          ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
          : [{ type: "min" }, { type: "max" }];
      return { ref: cf.range, rules: [{ type: "colorScale", priority, cfvo, color: colors }] };
    }
    case "cellIs": {
      const style: Partial<ExcelJS.Style> = {};
      if (cf.fontColor !== undefined) style.font = { color: { argb: argb(cf.fontColor) } };
      // Differential fills take the colour as bgColor.
      if (cf.fill !== undefined)
        style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
      return {
        ref: cf.range,
        rules: [{ type: "cellIs", priority, operator: cf.operator, formulae: [cf.value], style }],
      };
    }
  }
}

function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_SIZE as ExcelJS.PaperSize,
    orientation: print.orientation,
    margins: {
      top: inches(print.margins.top),
      bottom: inches(print.margins.bottom),
      left: inches(print.margins.left),
      right: inches(print.margins.right),
      header: inches(print.margins.header),
      footer: inches(print.margins.footer),
    },
    fitToPage: print.fitToWidth,
    // One page wide, as many pages tall as needed.
    fitToWidth: print.fitToWidth ? 1 : undefined,
    fitToHeight: print.fitToWidth ? 0 : undefined,
    printTitlesRow: print.printTitleRows,
    printArea: print.printArea,
  } as ExcelJS.PageSetup;
  if (print.footerCenter !== undefined)
    ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footerCenter}` };
}

/** Writes a sheet plan's content into an empty worksheet. */
export function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  // Values before merges: ExcelJS routes a value written to a merged cell to the merge's master.
  for (const block of plan.blocks) {
    const at = parseRef(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const value = planCellValue(cell);
        if (value !== undefined) ws.getCell(at.top + r, at.left + c).value = value;
      })
    );
  }
  for (const merge of plan.merges) ws.mergeCells(merge);
  for (const { range, style } of plan.styles)
    eachCell(ws, range, (cell) => applyStyle(cell, style));
  for (const [letter, width] of Object.entries(plan.columnWidths))
    ws.getColumn(letter).width = width;
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRow(Number(row)).height = height;
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
        topLeftCell: `${columnLetters(plan.freeze.columns + 1)}${plan.freeze.rows + 1}`,
      },
    ];
  }
  plan.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting(conditionalFormat(cf, i + 1))
  );
  if (plan.print) applyPrint(ws, plan.print);
  if (plan.tabColor !== undefined) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}

/** ExcelJS keeps the tab position in an untyped field. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/** An empty worksheet called `name` in the tab position of `old`, which it replaces. */
function replaceWorksheet(
  workbook: ExcelJS.Workbook,
  old: ExcelJS.Worksheet,
  name: string
): ExcelJS.Worksheet {
  const orderNo = (old as OrderedWorksheet).orderNo;
  workbook.removeWorksheet(old.id);
  // ExcelJS reuses the freed id, so the sheet keeps its part name too.
  const ws = workbook.addWorksheet(name) as OrderedWorksheet;
  ws.orderNo = orderNo;
  return ws;
}

function applySheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const owned = markedSheet(workbook, plan.ownerMark);
  const mark = `${quoteSheet(plan.name)}!$A$1`;
  if (plan.role === "settings") {
    // The settings sheet is the user's once it exists: never rewritten.
    if (owned || findSheet(workbook, plan.name)) return;
    writeSheet(workbook.addWorksheet(plan.name), plan);
    setDefinedName(workbook, plan.ownerMark, mark);
    return;
  }
  const namesake = findSheet(workbook, plan.name);
  if (namesake && namesake !== owned) throw new SheetNameTakenError(namesake.name);
  let ws: ExcelJS.Worksheet;
  if (owned) {
    const oldName = owned.name;
    ws = replaceWorksheet(workbook, owned, plan.name);
    if (oldName !== plan.name) renameInDefinedNames(workbook, oldName, plan.name);
  } else {
    ws = workbook.addWorksheet(plan.name);
  }
  writeSheet(ws, plan);
  setDefinedName(workbook, plan.ownerMark, mark);
}

/** Applies every sheet of a plan to a workbook read by ExcelJS (cells, styles, print setup; no charts). */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) applySheetPlan(workbook, sheet);
  // Formulas are written without cached results: Excel recalculates them on open.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

// ---------------------------------------------------------------------------------------------
// Package surgery for charts

interface XmlElementSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * The direct children of an XML document's root element, with their spans. A small tokenizer is
 * enough for the parts ExcelJS writes, and it skips nested elements of the same name (a cfRule's extLst).
 */
export function topLevelElements(xml: string): { children: XmlElementSpan[]; rootClose: number } {
  const tag =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g;
  const children: XmlElementSpan[] = [];
  let depth = 0;
  let open: { name: string; start: number } | null = null;
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    if (m[2] === undefined) continue; // declaration or comment
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (closing) {
      depth--;
      if (depth === 0) return { children, rootClose: m.index };
      if (depth === 1 && open) {
        children.push({ name: open.name, start: open.start, end: m.index + m[0].length });
        open = null;
      }
    } else if (selfClosing) {
      if (depth === 1) children.push({ name: m[2], start: m.index, end: m.index + m[0].length });
    } else {
      if (depth === 1) open = { name: m[2], start: m.index };
      depth++;
    }
  }
  throw new Error("Malformed XML: the root element is not closed");
}

/** Removes a worksheet's <drawing> element and returns its relationship id. */
export function removeDrawingElement(sheetXml: string): { xml: string; relId: string | null } {
  const drawing = topLevelElements(sheetXml).children.find((c) => c.name === "drawing");
  if (!drawing) return { xml: sheetXml, relId: null };
  const relId =
    /r:id\s*=\s*"([^"]*)"/.exec(sheetXml.slice(drawing.start, drawing.end))?.[1] ?? null;
  return { xml: sheetXml.slice(0, drawing.start) + sheetXml.slice(drawing.end), relId };
}

/** Puts <drawing r:id> where the schema wants it: after headerFooter/rowBreaks, before tableParts and extLst. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const { children, rootClose } = topLevelElements(sheetXml);
  const after = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf("drawing") + 1);
  const before = children.find((c) => after.includes(c.name));
  const at = before ? before.start : rootClose;
  let xml = sheetXml.slice(0, at) + `<drawing r:id="${escapeXml(relId)}"/>` + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) {
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.relationships}"`);
  }
  return xml;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

export function attributes(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagText.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = unescapeXml(m[2]);
  return out;
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return {
      id: a.Id,
      type: a.Type,
      target: a.Target,
      ...(a.TargetMode ? { targetMode: a.TargetMode } : {}),
    };
  });
}

export function relsPathOf(partPath: string): string {
  return posix.join(posix.dirname(partPath), "_rels", `${posix.basename(partPath)}.rels`);
}

export function resolveTarget(partPath: string, target: string): string {
  return target.startsWith("/")
    ? target.slice(1)
    : posix.normalize(posix.join(posix.dirname(partPath), target));
}

function relativeTarget(fromPart: string, toPart: string): string {
  return posix.relative(posix.dirname(fromPart), toPart);
}

async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/** Maps each sheet name to its part path, e.g. "Tổng hợp" → "xl/worksheets/sheet3.xml". */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRelationships((await readText(zip, relsPathOf("xl/workbook.xml"))) ?? "");
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rel = rels.find((r) => r.id === a["r:id"]);
    if (rel) parts.set(a.name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return parts;
}

function nextRelId(rels: Relationship[]): string {
  const used = rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `rId${Math.max(0, ...used) + 1}`;
}

function nextPartPath(zip: JSZip, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = `${dir}/${stem}${n}.xml`;
    if (!zip.file(path)) return path;
  }
}

function setOverride(contentTypes: string, partPath: string, type: string | null): string {
  const partName = `/${partPath}`;
  const without = contentTypes.replace(
    new RegExp(
      `<Override\\b[^>]*PartName="${partName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
      "g"
    ),
    ""
  );
  if (type === null) return without;
  return without.replace(
    "</Types>",
    `<Override PartName="${escapeXml(partName)}" ContentType="${type}"/></Types>`
  );
}

/** Deletes a drawing part with the charts it holds (and their own sub-parts), returning the new content types. */
async function deleteDrawing(
  zip: JSZip,
  drawingPath: string,
  contentTypes: string
): Promise<string> {
  let types = contentTypes;
  const rels = parseRelationships((await readText(zip, relsPathOf(drawingPath))) ?? "");
  for (const rel of rels.filter((r) => r.type === REL_TYPE.chart)) {
    const chartPath = resolveTarget(drawingPath, rel.target);
    const chartRels = parseRelationships((await readText(zip, relsPathOf(chartPath))) ?? "");
    for (const sub of chartRels) {
      const subPath = resolveTarget(chartPath, sub.target);
      // Excel's chart style and colour parts live beside the chart; anything else may be shared.
      if (subPath.startsWith("xl/charts/")) {
        zip.remove(subPath);
        types = setOverride(types, subPath, null);
      }
    }
    zip.remove(chartPath);
    zip.remove(relsPathOf(chartPath));
    types = setOverride(types, chartPath, null);
  }
  zip.remove(drawingPath);
  zip.remove(relsPathOf(drawingPath));
  return setOverride(types, drawingPath, null);
}

/**
 * Adds each planned sheet's charts to a written .xlsx package as native DrawingML charts. A sheet's
 * previous drawing is replaced, so running it again never duplicates charts.
 */
export async function addCharts(xlsx: Buffer, plan: WorkbookPlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  return (await addChartsToZip(zip, plan))
    ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    : xlsx;
}

async function addChartsToZip(zip: JSZip, plan: WorkbookPlan): Promise<boolean> {
  const parts = await sheetParts(zip);
  let contentTypes = (await readText(zip, "[Content_Types].xml")) ?? "";
  let changed = false;
  for (const sheet of plan.sheets) {
    const sheetPath = parts.get(sheet.name);
    if (sheet.role !== "summary" || !sheetPath) continue;
    let sheetXml = (await readText(zip, sheetPath)) ?? "";
    const sheetRelsPath = relsPathOf(sheetPath);
    let sheetRels = parseRelationships((await readText(zip, sheetRelsPath)) ?? "");
    let sheetChanged = false;
    const removed = removeDrawingElement(sheetXml);
    if (removed.relId !== null) {
      const rel = sheetRels.find((r) => r.id === removed.relId);
      if (rel)
        contentTypes = await deleteDrawing(zip, resolveTarget(sheetPath, rel.target), contentTypes);
      sheetRels = sheetRels.filter((r) => r.id !== removed.relId);
      sheetXml = removed.xml;
      sheetChanged = true;
    }
    if (sheet.charts.length > 0) {
      const drawingPath = nextPartPath(zip, "xl/drawings", "drawing");
      const lookup = planCellLookup(sheet.blocks);
      const fontName = planFontName(sheet);
      const anchors: DrawingAnchor[] = [];
      const drawingRels: Relationship[] = [];
      for (const chart of sheet.charts) {
        const chartPath = nextPartPath(zip, "xl/charts", "chart");
        zip.file(chartPath, chartXml(chart, { sheetName: sheet.name, lookup, fontName }));
        contentTypes = setOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
        const chartRelId = `rId${drawingRels.length + 1}`;
        drawingRels.push({
          id: chartRelId,
          type: REL_TYPE.chart,
          target: relativeTarget(drawingPath, chartPath),
        });
        anchors.push({ name: chart.name, from: chart.from, to: chart.to, chartRelId });
      }
      zip.file(drawingPath, drawingXml(anchors));
      zip.file(relsPathOf(drawingPath), relationshipsXml(drawingRels));
      contentTypes = setOverride(contentTypes, drawingPath, CONTENT_TYPE.drawing);
      const drawingRelId = nextRelId(sheetRels);
      sheetRels.push({
        id: drawingRelId,
        type: REL_TYPE.drawing,
        target: relativeTarget(sheetPath, drawingPath),
      });
      sheetXml = insertDrawingElement(sheetXml, drawingRelId);
      sheetChanged = true;
    }
    if (!sheetChanged) continue;
    changed = true;
    zip.file(sheetPath, sheetXml);
    if (sheetRels.length > 0) zip.file(sheetRelsPath, relationshipsXml(sheetRels));
    else zip.remove(sheetRelsPath);
  }
  if (changed) zip.file("[Content_Types].xml", contentTypes);
  return changed;
}

/**
 * ExcelJS writes print areas half absolute ("$A1:$P30"); Excel writes and expects "$A$1:$P$30".
 * Returns the workbook part with every print area made absolute.
 */
export function absolutePrintAreas(workbookXml: string): string {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => attributes(m[0]).name);
  return workbookXml.replace(
    /(<definedName\b([^>]*)>)([^<]*)(<\/definedName>)/g,
    (whole, open: string, attrs: string, ref: string, close: string) => {
      const a = attributes(attrs);
      if (a.name !== "_xlnm.Print_Area" && a.name !== "_xlnm.Print_Titles") return whole;
      const sheet = sheets[Number(a.localSheetId)];
      const text = unescapeXml(ref);
      // ExcelJS also leaves apostrophes in the sheet name undoubled ('Sở's Q4'!…), which Excel and
      // ExcelJS itself then fail to read: the sheet part is rebuilt from the sheet the name belongs to.
      const tails = [...text.matchAll(/!([^!,]+)(?=,|$)/g)].map((m) => m[1]);
      const fixed =
        sheet !== undefined && tails.length > 0
          ? tails.map((tail) => `${quoteSheet(sheet)}!${absoluteTail(tail)}`).join(",")
          : text.replace(
              /('(?:[^']|'')*'!)|\$?([A-Z]{1,3})\$?(\d+)/g,
              (m, q?: string, col?: string, row?: string) => (q ? m : `$${col}$${row}`)
            );
      return open + escapeXml(fixed) + close;
    }
  );
}

/** "A1:P30" → "$A$1:$P$30"; "9:10" → "$9:$10"; "A:B" → "$A:$B". */
function absoluteTail(tail: string): string {
  return tail
    .split(":")
    .map((part) => {
      const m = /^\$?([A-Z]{0,3})\$?(\d*)$/.exec(part.trim());
      if (!m) return part;
      return `${m[1] ? "$" + m[1] : ""}${m[2] ? "$" + m[2] : ""}`;
    })
    .join(":");
}

/** CT_Worksheet's child elements in schema order. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Puts a worksheet's child elements in schema order. ExcelJS writes <legacyDrawing> (cell notes)
 * after <extLst>, which Excel refuses; sheets with elements this list does not know are left as they are.
 */
export function schemaOrderedSheet(sheetXml: string): string {
  const { children, rootClose } = topLevelElements(sheetXml);
  const ranks = children.map((c) => WORKSHEET_ORDER.indexOf(c.name));
  if (children.length === 0 || ranks.some((r) => r < 0)) return sheetXml;
  if (ranks.every((r, i) => i === 0 || r >= ranks[i - 1])) return sheetXml;
  const sorted = children
    .map((c, i) => ({ text: sheetXml.slice(c.start, c.end), rank: ranks[i], i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  return (
    sheetXml.slice(0, children[0].start) +
    sorted.map((c) => c.text).join("") +
    sheetXml.slice(rootClose)
  );
}

/** The package steps after ExcelJS: sheets in schema order, absolute print areas, the native charts. */
export async function finishPackage(xlsx: Buffer, plan: WorkbookPlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const path of (await sheetParts(zip)).values()) {
    const xml = await readText(zip, path);
    if (xml !== null) zip.file(path, schemaOrderedSheet(xml));
  }
  const workbookXml = (await readText(zip, "xl/workbook.xml")) ?? "";
  zip.file("xl/workbook.xml", absolutePrintAreas(workbookXml));
  await addChartsToZip(zip, plan);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Reads `inputPath`, applies the plan, adds the charts and writes `outputPath` (which may be the input). */
export async function writeRefreshedWorkbook(
  inputPath: string,
  plan: WorkbookPlan,
  outputPath: string
): Promise<void> {
  const bytes = await readFile(inputPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  await writeRefreshed({ file: inputPath, bytes, workbook }, plan, outputPath);
}

/**
 * Writes the refreshed workbook from an input already loaded (the CLI read it to analyse it; loading
 * a 10,000-task file again took as long as the analysis itself). `workbook` is changed in place.
 */
export async function writeRefreshed(
  input: { file: string; bytes: Buffer; workbook: ExcelJS.Workbook },
  plan: WorkbookPlan,
  outputPath: string
): Promise<void> {
  const losses = await contentAtRisk(input.bytes);
  if (losses.length > 0) throw new WouldLoseContentError(input.file, losses);
  const workbook = input.workbook;
  applyPlan(workbook, plan);
  // ExcelJS stores the package uncompressed; finishPackage edits it and compresses it once.
  const written = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  await writeFile(outputPath, await finishPackage(written, plan));
}
