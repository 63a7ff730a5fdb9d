// DrawingML parts for native charts: ExcelJS cannot write charts, so the .xlsx writer adds these
// strings to the package itself. Pure string builders: no zip, no file system.
import type { ChartPlan, CellBlock, SheetPlan } from "../core/plan";
import { absoluteCell, parseRef } from "./cell-ref";
import { escapeXml, NS, XML_HEADER } from "./package";

/** Cell values of a sheet plan for chart caches: constants, and formulas' results where the core gave them. */
export type CellLookup = (row: number, col: number) => string | number | boolean | null;

export function planCellLookup(blocks: CellBlock[]): CellLookup {
  const values = new Map<string, string | number | boolean | null>();
  for (const block of blocks) {
    const at = parseRef(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const value = "value" in cell ? cell.value : cell.result;
        if (value !== undefined) values.set(`${at.top + r},${at.left + c}`, value);
      })
    );
  }
  return (row, col) => values.get(`${row},${col}`) ?? null;
}

interface CacheContext {
  sheetName: string;
  lookup: CellLookup;
}

/** Values of a one-row or one-column reference on the plan's own sheet; other sheets give no cache. */
function refValues(
  ref: string,
  ctx: CacheContext
): { count: number; values: (string | number | boolean | null)[] } {
  const rect = parseRef(ref);
  const cells: (string | number | boolean | null)[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      cells.push(rect.sheet === null || rect.sheet === ctx.sheetName ? ctx.lookup(r, c) : null);
    }
  }
  return { count: cells.length, values: cells };
}

function strRef(ref: string, ctx: CacheContext, fallback?: string[]): string {
  const { count, values } = refValues(ref, ctx);
  const pts = values
    .map((v, i) => {
      const text = v === null ? fallback?.[i] : String(v);
      return text === undefined ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${count}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, ctx: CacheContext, formatCode: string): string {
  const { count, values } = refValues(ref, ctx);
  const pts = values
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${count}"/>${pts}</c:numCache></c:numRef>`
  );
}

function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color.replace(/^#/, "").toUpperCase()}"/></a:solidFill>`;
}

function textProps(fontName: string, size: number, bold = false): string {
  const font = `<a:latin typeface="${escapeXml(fontName)}"/><a:cs typeface="${escapeXml(fontName)}"/>`;
  return (
    `<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">${font}</a:defRPr>` +
    `</a:pPr><a:endParaRPr lang="vi-VN"/></a:p>`
  );
}

/**
 * The cell holding a series' name: the source block's header row above the series' values column,
 * so the legend follows the sheet. Null when the values column is outside the source block.
 */
export function seriesNameRef(
  chart: ChartPlan,
  seriesValues: string,
  sheetName: string
): string | null {
  const source = parseRef(chart.source);
  const values = parseRef(seriesValues);
  if (values.left < source.left || values.left > source.right || values.top <= source.top)
    return null;
  return absoluteCell(values.sheet ?? sheetName, source.top, values.left);
}

export interface ChartXmlOptions {
  /** The plan sheet's name, to read cached values from its blocks. */
  sheetName: string;
  lookup: CellLookup;
  fontName: string;
}

const CAT_AX_ID = 111111111;
const VAL_AX_ID = 222222222;

/** A line series' look: its line and round markers in its colour. */
function lineLook(color: string): string {
  return (
    `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(color)}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solidFill(color)}` +
    `<a:ln w="9525">${solidFill(color)}</a:ln></c:spPr></c:marker>`
  );
}

/** The categories: numbers (the trend's dates) as numbers in their format, anything else as text. */
function categoryRef(chart: ChartPlan, ctx: CacheContext): string {
  return chart.categoryFormat === undefined
    ? strRef(chart.categories, ctx)
    : numRef(chart.categories, ctx, chart.categoryFormat);
}

/** xl/charts/chartN.xml for one planned bar, column or line chart. */
export function chartXml(chart: ChartPlan, options: ChartXmlOptions): string {
  const ctx: CacheContext = { sheetName: options.sheetName, lookup: options.lookup };
  const line = chart.type === "line";
  const horizontal = chart.type === "barStacked" || chart.type === "barClustered";
  const stacked = chart.type === "barStacked" || chart.type === "columnStacked";
  const labelFormat = chart.dataLabelFormat;
  const dLbls =
    labelFormat === undefined
      ? ""
      : `<c:dLbls><c:numFmt formatCode="${escapeXml(labelFormat)}" sourceLinked="0"/>` +
        `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
        // Excel rejects outEnd on stacked bars: labels sit in the middle of each segment there.
        `<c:dLblPos val="${line ? "t" : stacked ? "ctr" : "outEnd"}"/>` +
        `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
        `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series = chart.series
    .map((s, i) => {
      const nameRef = seriesNameRef(chart, s.values, options.sheetName);
      const tx = nameRef ? strRef(nameRef, ctx, [s.name]) : `<c:v>${escapeXml(s.name)}</c:v>`;
      const look = line
        ? lineLook(s.color)
        : `<c:spPr>${solidFill(s.color)}</c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${tx}</c:tx>${look}${dLbls}` +
        `<c:cat>${categoryRef(chart, ctx)}</c:cat>` +
        `<c:val>${numRef(s.values, ctx, labelFormat ?? "General")}</c:val>` +
        `${line ? '<c:smooth val="0"/>' : ""}</c:ser>`
      );
    })
    .join("");
  const scaling =
    `<c:orientation val="minMax"/>` +
    (chart.axisMax !== undefined ? `<c:max val="${chart.axisMax}"/>` : "") +
    (chart.axisMin !== undefined ? `<c:min val="${chart.axisMin}"/>` : "");
  // Horizontal bars list the first category at the top, as in the table; the value axis then
  // crosses at the last category so it stays at the bottom.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX_ID}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/>` +
    `</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    (chart.categoryFormat !== undefined
      ? `<c:numFmt formatCode="${escapeXml(chart.categoryFormat)}" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX_ID}"/><c:crosses val="autoZero"/>` +
    // Report dates one step apart each, whatever the days between them: a text axis, not a time scale.
    `<c:auto val="${chart.categoryFormat !== undefined ? 0 : 1}"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX_ID}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    (labelFormat !== undefined
      ? `<c:numFmt formatCode="${escapeXml(labelFormat)}" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AX_ID}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  const axIds = `<c:axId val="${CAT_AX_ID}"/><c:axId val="${VAL_AX_ID}"/>`;
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
      `<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
      `<c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ""}${axIds}</c:barChart>`;
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`
      : "";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    plot +
    `${catAx}${valAx}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("#FFFFFF")}<a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr>${textProps(options.fontName, 10)}</c:txPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}

export interface DrawingAnchor {
  /** Chart name shown in Excel's selection pane (the plan's stable id). */
  name: string;
  /** Cell of the top-left corner and of the bottom-right corner. */
  from: string;
  to: string;
  /** Relationship id of the chart in the drawing's rels. */
  chartRelId: string;
}

function cellMarker(tag: "from" | "to", cell: string): string {
  const at = parseRef(cell);
  return (
    `<xdr:${tag}><xdr:col>${at.left - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.top - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** xl/drawings/drawingN.xml: one two-cell anchor with a graphic frame per chart. */
export function drawingXml(anchors: DrawingAnchor[]): string {
  const body = anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor>${cellMarker("from", a.from)}${cellMarker("to", a.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${a.chartRelId}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    )
    .join("");
  return (
    XML_HEADER +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    `${body}</xdr:wsDr>`
  );
}

/** The first font the sheet plan names, so charts match the table (Times New Roman in the summary). */
export function planFontName(sheet: SheetPlan): string {
  const named = sheet.styles.map((s) => s.style.fontName).filter((n): n is string => Boolean(n));
  return named[0] ?? "Calibri";
}
