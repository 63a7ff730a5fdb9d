// A worksheet part's top-level elements: found by a small tokenizer, put in schema order, and the
// <drawing> element added or removed where CT_Worksheet wants it. Strings in, strings out.
import { escapeXml, NS } from "./package";

export interface XmlElementSpan {
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

/** CT_Worksheet's child elements in schema order. */
export const WORKSHEET_ORDER = [
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
