// Applying a WorkbookPlan in one context.sync() (more only when it exceeds the host's request budget:
// src/office/write-bulk.ts): each block as one 2D array, each style on its whole
// range, merges, sizes, charts; optional features only where the host supports them. The owned sheet
// is rewritten in place (never deleted, so users' formulas pointing into it keep working); a sheet
// we do not own is never touched.
import { colIndex, parseA1, sheetOfReference, toA1 } from "../core/a1";
import type { CellChange } from "../core/findings";
import type {
  CellBlock,
  CellStyle,
  ChartPlan,
  ConditionalFormat,
  PlanCell,
  PrintSetup,
  SheetPlan,
  WorkbookPlan,
} from "../core/plan";
import { SETTINGS_MARK } from "../core/settings";
import { HostError } from "../app/errors";
import type { Features } from "./features";
import { lower } from "./address";
import type { WorkbookState } from "./read";
import {
  DESKTOP_WRITE,
  heightRuns,
  rowSlices,
  sheetsToSlice,
  withoutNumberFormat,
  type WriteOptions,
} from "./write-bulk";

/** Prefix of every name the add-in gives (defined names, charts): what it may delete as its own. */
const OWN_PREFIX = "TDNV_";

/**
 * Text as Excel must receive it to keep it text. Excel parses strings written to `range.values` or
 * `range.formulas` as if typed: "=…", "+…", "-…" and "@…" become formulas ("- Tổ chức…", a common
 * Vietnamese list item, would turn into a broken formula), and "1/2", "80%", "0123" or "TRUE" into
 * numbers, dates or booleans. A leading apostrophe makes Excel store the rest as text (the apostrophe
 * itself is not part of the value); it is the only escape that works on every host, whereas a text
 * number format "@" would also have to be set before the value, in a separate operation.
 */
export function asText(text: string): string {
  const t = text.trim();
  const needs =
    /^[=+\-@']/.test(text) ||
    (t !== "" && /^[\s\d.,:/%()$€₫+-]+$/.test(text) && /\d/.test(text)) ||
    /^(true|false)$/i.test(t) ||
    /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/i.test(t) ||
    SCIENTIFIC.test(t) ||
    TIME_OF_DAY.test(t) ||
    MONTH_DATE.test(t);
  return needs ? `'${text}` : text;
}

/** "1E2", "2,5e-3": Excel reads them as numbers. */
const SCIENTIFIC = /^[+-]?[\d.,]*\d[\d.,]*\s*e\s*[+-]?\d+$/i;
/** "3 PM", "9:30 am", "3 p": times of day. */
const TIME_OF_DAY = /^\d{1,2}(:\d{1,2}){0,2}\s*(a|p|am|pm)$/i;
/** "Jan-20", "5 March", "Sep 2021", "20-Jan-2021": a month name beside a number is a date. */
const MONTH_DATE =
  /^(\d{1,4}[\s\-/.,]+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?([\s\-/.,]+\d{1,4})*$/i;

function cellInput(cell: PlanCell): string | number | boolean {
  if ("formula" in cell) return cell.formula;
  const v = cell.value;
  if (v === null) return "";
  return typeof v === "string" ? asText(v) : v;
}

/** A1 of a block: its top-left plus its size (ragged rows are padded with blanks). */
function blockMatrix(block: CellBlock): {
  address: string;
  matrix: (string | number | boolean)[][];
} {
  const width = Math.max(1, ...block.rows.map((r) => r.length));
  const height = Math.max(1, block.rows.length);
  const { row, col } = parseA1(block.at);
  const matrix = Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => {
      const cell = block.rows[i]?.[j];
      return cell ? cellInput(cell) : "";
    })
  );
  return { address: `${toA1(row, col)}:${toA1(row + height - 1, col + width - 1)}`, matrix };
}

/** Rows × columns of an A1 range. */
export function dimensions(range: string): { rows: number; columns: number } {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return { rows: Math.abs(q.row - p.row) + 1, columns: Math.abs(q.col - p.col) + 1 };
}

/** Excel's column width unit (characters of the default font) in points, as Office.js wants. */
export const charsToPoints = (chars: number): number =>
  Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
const mmToPoints = (mm: number): number => Math.round((mm / 25.4) * 72 * 100) / 100;

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const CHART_TYPE = {
  barStacked: "BarStacked",
  barClustered: "BarClustered",
  columnStacked: "ColumnStacked",
  columnClustered: "ColumnClustered",
  line: "Line",
} as const;

/** A line series takes its colour on its line; a bar's on its fill. */
function colourSeries(series: Excel.ChartSeries, plan: ChartPlan, color: string): void {
  if (plan.type === "line") series.format.line.color = color;
  else series.format.fill.setSolidColor(color);
}

function applyStyle(sheet: Excel.Worksheet, address: string, style: CellStyle): void {
  const range = sheet.getRange(address);
  if (style.fontName !== undefined) range.format.font.name = style.fontName;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.underline !== undefined)
    range.format.font.underline = style.underline ? "Single" : "None";
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.numberFormat !== undefined) {
    const { rows, columns } = dimensions(address);
    range.numberFormat = Array.from({ length: rows }, () =>
      new Array<string>(columns).fill(style.numberFormat as string)
    );
  }
  if (style.border !== undefined) {
    const { rows, columns } = dimensions(address);
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inside borders on a single row or column are rejected by some hosts.
    if (columns > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    const weight = style.border === "medium" ? "Medium" : "Thin";
    for (const edge of edges) {
      range.format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
      range.format.borders.getItem(edge as Excel.BorderIndex).weight = weight;
    }
  }
}

function applyConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormat): void {
  const formats = sheet.getRange(cf.range).conditionalFormats;
  if (cf.type === "dataBar") {
    const bar = formats.add("DataBar").dataBar;
    bar.barDirection = "LeftToRight";
    bar.positiveFormat.fillColor = cf.color;
    bar.positiveFormat.gradientFill = false;
  } else if (cf.type === "colorScale") {
    const criteria: Excel.ConditionalColorScaleCriteria = {
      minimum: { type: "LowestValue", color: cf.min },
      maximum: { type: "HighestValue", color: cf.max },
    };
    if (cf.mid) criteria.midpoint = { formula: "50", type: "Percentile", color: cf.mid };
    formats.add("ColorScale").colorScale.criteria = criteria;
  } else {
    const cell = formats.add("CellValue").cellValue;
    if (cf.fontColor) cell.format.font.color = cf.fontColor;
    if (cf.fill) cell.format.fill.color = cf.fill;
    const operator =
      cf.operator === "greaterThan"
        ? "GreaterThan"
        : cf.operator === "lessThan"
          ? "LessThan"
          : "EqualTo";
    cell.rule = { formula1: String(cf.value), operator };
  }
}

function applyPrint(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.topMargin = mmToPoints(print.margins.top);
  layout.bottomMargin = mmToPoints(print.margins.bottom);
  layout.leftMargin = mmToPoints(print.margins.left);
  layout.rightMargin = mmToPoints(print.margins.right);
  layout.headerMargin = mmToPoints(print.margins.header);
  layout.footerMargin = mmToPoints(print.margins.footer);
  // One page wide, as many tall as needed: only documented values (a 0 page count is not one, and a
  // rejected property would lose the rest of the batch).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (print.printTitleRows) layout.setPrintTitleRows(`$${print.printTitleRows.replace(":", ":$")}`);
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.footerCenter)
    layout.headersFooters.defaultForAllPages.centerFooter = print.footerCenter;
}

/** The A1 part of "'Sheet'!$E$8:$E$14" (an address never holds "!"): a range on the chart's own sheet. */
const onSheet = (sheet: Excel.Worksheet, ref: string): Excel.Range =>
  sheet.getRange(ref.slice(ref.lastIndexOf("!") + 1));

/**
 * ExcelApi 1.7: every series from the plan's own references. The chart is born over the first
 * series' values alone (one column of numbers is always exactly one series, with no name row or
 * category column for Excel to guess), then each series gets its values, categories, name and colour,
 * so no guess made on cells still uncalculated (calculation is suspended) can shift them.
 */
function addChartWithSeries(sheet: Excel.Worksheet, plan: ChartPlan): Excel.Chart {
  const chart = sheet.charts.add(
    CHART_TYPE[plan.type],
    onSheet(sheet, plan.series[0].values),
    "Columns"
  );
  const categories = onSheet(sheet, plan.categories);
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.setValues(onSheet(sheet, s.values));
    series.setXAxisValues(categories);
    series.name = s.name;
    colourSeries(series, plan, s.color);
  });
  return chart;
}

/**
 * ExcelApi 1.4-1.6: one contiguous block, series by columns, Excel guessing the header row and the
 * category column. Only called in a batch after the data was synced (so calculated): on formulas
 * still uncalculated, the area column could be taken for a series and every colour land one off.
 */
function addChartFromBlock(sheet: Excel.Worksheet, plan: ChartPlan): Excel.Chart {
  const chart = sheet.charts.add(CHART_TYPE[plan.type], sheet.getRange(plan.source), "Columns");
  plan.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
    series.name = s.name;
    colourSeries(series, plan, s.color);
  });
  return chart;
}

function addChart(sheet: Excel.Worksheet, plan: ChartPlan, features: Features): void {
  const chart = features.chartSeries
    ? addChartWithSeries(sheet, plan)
    : addChartFromBlock(sheet, plan);
  chart.name = plan.name;
  chart.title.text = plan.title;
  if (plan.dataLabelFormat) {
    chart.dataLabels.showValue = true;
    if (features.dataLabelFormat) chart.dataLabels.numberFormat = plan.dataLabelFormat;
  }
  if (plan.axisMin !== undefined) chart.axes.valueAxis.minimum = plan.axisMin;
  if (plan.axisMax !== undefined) chart.axes.valueAxis.maximum = plan.axisMax;
  chart.setPosition(plan.from, plan.to);
}

function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const { address, matrix } = blockMatrix(block);
  // range.formulas takes constants too, and formulas in English syntax whatever the UI locale.
  sheet.getRange(address).formulas = matrix;
}

/**
 * Queues the whole content of a sheet plan onto `sheet` (assumed empty or just cleared). With `sliced`,
 * the body (values, number formats, row heights, merges) is left out: the later batches write it.
 */
function queueSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  features: Features,
  sliced = false
): void {
  if (!sliced) for (const block of plan.blocks) queueBlock(sheet, block);
  for (const s of plan.styles)
    applyStyle(sheet, s.range, sliced ? withoutNumberFormat(s.style) : s.style);
  if (!sliced) for (const m of plan.merges) sheet.getRange(m).merge(false);
  for (const [letter, width] of Object.entries(plan.columnWidths)) {
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(width);
  }
  if (!sliced)
    for (const run of heightRuns(plan.rowHeights)) {
      sheet.getRange(run.rows).format.rowHeight = run.height;
    }
  if (plan.freeze && features.freezePanes && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0)
      sheet.freezePanes.freezeAt(sheet.getRange(`A1:${toA1(rows, columns - 1)}`));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(columns);
  }
  if (features.conditionalFormats)
    for (const cf of plan.conditionalFormats) applyConditionalFormat(sheet, cf);
  if (plan.tabColor && features.tabColor) sheet.tabColor = plan.tabColor;
}

const TEMP_PREFIX = `${OWN_PREFIX}new`;

/** A temporary sheet name free in the workbook and not yet handed out in this batch. */
function temporaryName(state: WorkbookState, given: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `${TEMP_PREFIX}${i}`;
    if (!given.has(name) && !state.sheetNames.some((n) => lower(n) === lower(name))) {
      given.add(name);
      return name;
    }
  }
}

/** The sheet a mark points at, when that sheet still exists. */
function ownedSheet(state: WorkbookState, mark: string): string | null {
  const ref = state.names[mark];
  const sheet = ref ? sheetOfReference(ref) : null;
  return sheet === null ? null : (state.sheetNames.find((n) => lower(n) === lower(sheet)) ?? null);
}

/**
 * What the write queues once the first batch has synced, each its own batch in order: the body of a
 * sheet too large for one request, slice by slice; then the charts on hosts without explicit series
 * (ExcelApi < 1.7) and the page setup. Empty when everything went into the first batch.
 */
export type LaterBatches = (() => void)[];

/** The body of a large sheet, slice by slice, each a batch of its own (the sheet taken by name). */
function sliceBatches(
  wb: Excel.Workbook,
  sheetName: string,
  plan: SheetPlan,
  budget: number
): LaterBatches {
  return rowSlices(plan, budget).map((slice) => () => {
    const sheet = wb.worksheets.getItem(sheetName);
    for (const block of slice.blocks) queueBlock(sheet, block);
    for (const f of slice.numberFormats) applyStyle(sheet, f.range, { numberFormat: f.format });
    for (const run of slice.heights) sheet.getRange(run.rows).format.rowHeight = run.height;
    for (const m of slice.merges) sheet.getRange(m).merge(false);
  });
}

/**
 * Queues the plan. Throws HostError before queueing anything when a sheet it must write is protected.
 * Returns what must be queued in later batches, each after the one before has synced.
 */
export function queuePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: WorkbookState,
  features: Features,
  write: WriteOptions = DESKTOP_WRITE
): LaterBatches {
  const wb = context.workbook;
  const exists = (name: string): string | undefined =>
    state.sheetNames.find((n) => lower(n) === lower(name));
  for (const p of plan.sheets) {
    const owned = ownedSheet(state, p.ownerMark);
    if (owned && p.role === "summary" && state.protectedSheets.includes(lower(owned))) {
      throw new HostError("protected", `'${owned}'`);
    }
    const clash = exists(p.name);
    if (p.role === "summary" && clash && clash !== owned) {
      // The core picks a free name; a plan that names a user's sheet is refused rather than applied.
      throw new HostError("unknown", `'${p.name}' belongs to the user`);
    }
  }
  if (features.suspendCalculation) wb.application.suspendApiCalculationUntilNextSync();
  // Sheets a failed batch left under a temporary name and never marked are ours to remove.
  const marked = new Set(
    Object.keys(state.names)
      .map((m) => ownedSheet(state, m))
      .filter((n): n is string => n !== null)
  );
  const leftover = (name: string): boolean => name.startsWith(TEMP_PREFIX) && !marked.has(name);
  for (const name of state.sheetNames) {
    if (leftover(name)) wb.worksheets.getItem(name).delete();
  }
  // The tabs read areas, tasks, summary, settings (issue 17 §5): when the settings sheet is the last tab,
  // as the template and the import leave it, a sheet the refresh creates goes just before it.
  const kept = state.sheetNames.filter((name) => !leftover(name));
  const settingsName = ownedSheet(state, SETTINGS_MARK);
  let beforeSettings =
    settingsName !== null && kept.length > 0 && lower(kept[kept.length - 1]) === lower(settingsName)
      ? kept.length - 1
      : -1;

  // A plan over the budget has its largest sheets written in row slices, after the first batch.
  const budget = write.requestBudget;
  const sliced = sheetsToSlice(plan.sheets, budget);
  const bodies: LaterBatches = [];
  const temporaryNames = new Set<string>();
  const printSetups: { sheet: string; print: PrintSetup }[] = [];
  const charts: { sheet: string; chart: ChartPlan }[] = [];
  for (const p of plan.sheets) {
    const owned = ownedSheet(state, p.ownerMark);
    if (p.role === "settings") {
      // The settings sheet is the user's once created: created here only when none exists.
      if (owned || exists(p.name)) continue;
    }
    let sheet: Excel.Worksheet;
    if (owned) {
      sheet = wb.worksheets.getItem(owned);
      if (lower(owned) !== lower(p.name) || owned !== p.name) sheet.name = p.name;
      // The owned sheet is wholly ours: all its charts go, not only those named as ours, because a batch
      // that failed half-way (Excel batches are not transactional) can leave a chart added but not yet named.
      for (const name of state.charts[lower(owned)] ?? []) sheet.charts.getItem(name).delete();
      const all = sheet.getRange();
      if (features.conditionalFormats) all.conditionalFormats.clearAll();
      all.unmerge();
      all.clear("All");
      if (features.freezePanes) sheet.freezePanes.unfreeze();
    } else {
      // Excel batches are not transactional: a failure between adding the sheet and marking it would leave
      // an unmarked sheet holding the wanted name, pushing the next refresh to "Tổng hợp (2)". So the sheet
      // is born under a temporary name of ours, marked, then renamed; an unmarked leftover is deleted next time.
      const temp = temporaryName(state, temporaryNames);
      sheet = wb.worksheets.add(temp);
      if (beforeSettings >= 0 && p.role !== "settings") sheet.position = beforeSettings++;
      if (p.role === "settings") {
        // A marked settings sheet is the user's and never rewritten, so it is marked only once whole:
        // content first under the temporary name, then its name, then the mark.
        queueSheet(sheet, p, features);
        sheet.name = p.name;
        if (p.ownerMark in state.names) wb.names.getItem(p.ownerMark).delete();
        wb.names.add(p.ownerMark, sheet.getRange("A1"));
        continue;
      }
      if (p.ownerMark in state.names) wb.names.getItem(p.ownerMark).delete();
      wb.names.add(p.ownerMark, sheet.getRange("A1"));
      sheet.name = p.name;
    }
    if (sliced.has(p)) {
      // Its frame (styles, widths, freeze, conditional formats) in a batch of its own, then its body.
      const name = p.name;
      bodies.push(() => queueSheet(wb.worksheets.getItem(name), p, features, true));
      bodies.push(...sliceBatches(wb, name, p, budget));
    } else queueSheet(sheet, p, features);
    for (const chart of p.charts) charts.push({ sheet: p.name, chart });
    if (p.print && features.pageLayout) printSetups.push({ sheet: p.name, print: p.print });
  }
  // By name, not by the proxy: an object made by worksheets.add() is not valid in a later batch (the
  // client refuses it with InvalidObjectPath), and by then the sheet carries its final name.
  const queueCharts = (): void => {
    for (const { sheet, chart } of charts) addChart(wb.worksheets.getItem(sheet), chart, features);
  };
  // Optional page setup goes last: Excel batches are not transactional, so a rejection here loses only
  // the page setup, never the summary, its charts or its mark.
  const queuePrint = (): void => {
    for (const { sheet, print } of printSetups) applyPrint(wb.worksheets.getItem(sheet), print);
  };
  // With explicit series (ExcelApi 1.7) the charts do not depend on calculated data: they go first.
  if (features.chartSeries || charts.length === 0) {
    queueCharts();
    if (bodies.length === 0) {
      queuePrint();
      return [];
    }
    return [...bodies, queuePrint];
  }
  return [
    ...bodies,
    () => {
      queueCharts();
      queuePrint();
    },
  ];
}

/** Queues the cells of a confirmed fix: each as text-safe input, with its font when the fix sets one. */
export function queueChanges(context: Excel.RequestContext, changes: CellChange[]): void {
  for (const c of changes) {
    const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    range.formulas = [[typeof c.to === "string" ? asText(c.to) : c.to]];
    if (c.font) range.format.font.name = c.font;
  }
}

export { colIndex };
