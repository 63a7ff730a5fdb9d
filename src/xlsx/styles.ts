// Moves the cell formats of sheets rendered in a scratch workbook into the user's styles part. Only
// appends: every existing font, fill, border, number format, cell format and differential format keeps
// its index, so every user cell keeps its look; an entry already there (from the last refresh) is reused,
// so refreshing again leaves the part as it is.
import { attributes, escapeXml } from "./package";
import { topLevelElements, type XmlElementSpan } from "./sheet-xml";

/** CT_Stylesheet's children in schema order. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

interface StyleList {
  span: XmlElementSpan | null;
  items: string[];
}

function styleList(xml: string, children: XmlElementSpan[], name: ListName): StyleList {
  const span = children.find((c) => c.name === name) ?? null;
  if (!span) return { span, items: [] };
  const text = xml.slice(span.start, span.end);
  if (/\/>$/.test(text) && !text.includes("</")) return { span, items: [] };
  return { span, items: topLevelElements(text).children.map((c) => text.slice(c.start, c.end)) };
}

/** A styles part's lists by name. */
function styleLists(xml: string): Record<ListName, StyleList> {
  const { children } = topLevelElements(xml);
  const names: ListName[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
  return Object.fromEntries(names.map((n) => [n, styleList(xml, children, n)])) as Record<
    ListName,
    StyleList
  >;
}

/** One list element with `added` appended and its count attribute updated. */
function listXml(xml: string, name: ListName, list: StyleList, added: string[]): string {
  const count = list.items.length + added.length;
  if (!list.span) return `<${name} count="${count}">${added.join("")}</${name}>`;
  const text = xml.slice(list.span.start, list.span.end);
  const open = /^<[^>]*?(\/?)>/.exec(text)!;
  const startTag = open[0].replace(/\s*\/>$/, ">");
  const withCount = / count="\d+"/.test(startTag)
    ? startTag.replace(/ count="\d+"/, ` count="${count}"`)
    : startTag.replace(/>$/, ` count="${count}">`);
  const inner = open[1] === "/" ? "" : text.slice(open[0].length, text.lastIndexOf("</"));
  return `${withCount}${inner}${added.join("")}</${name}>`;
}

/** Sets attribute values of an element's start tag, leaving the rest of its text as it was. */
function withAttributes(element: string, values: Record<string, string>): string {
  return element.replace(/^<[^>]*>/, (tag) => {
    let out = tag;
    for (const [name, value] of Object.entries(values)) {
      const re = new RegExp(`(\\s${name}=")[^"]*(")`);
      out = re.test(out)
        ? out.replace(re, `$1${value}$2`)
        : out.replace(/(\/?>)$/, ` ${name}="${value}"$1`);
    }
    return out;
  });
}

export interface MergedStyles {
  /** The user's styles part with the new entries appended (the same text when nothing was new). */
  xml: string;
  /** Index of the scratch workbook's cell format i in the merged part. */
  cellXf: (i: number) => number;
  /** Index of the scratch workbook's differential format i in the merged part. */
  dxf: (i: number) => number;
}

/** Appends what the scratch workbook's cell formats need to the user's styles part. */
export function mergeStyles(target: string, source: string): MergedStyles {
  const dst = styleLists(target);
  const src = styleLists(source);
  const added: Record<ListName, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
    dxfs: [],
  };
  const intern = (list: ListName, item: string): number => {
    const at = dst[list].items.indexOf(item);
    if (at >= 0) return at;
    const newAt = added[list].indexOf(item);
    if (newAt >= 0) return dst[list].items.length + newAt;
    added[list].push(item);
    return dst[list].items.length + added[list].length - 1;
  };
  const formats = (list: StyleList): { id: number; code: string }[] =>
    list.items.map((item) => {
      const a = attributes(/^<[^>]*>/.exec(item)![0]);
      return { id: Number(a.numFmtId), code: a.formatCode };
    });
  const srcFormats = formats(src.numFmts);
  const dstFormats = formats(dst.numFmts);
  const numFmtId = (id: number): number => {
    const code = srcFormats.find((f) => f.id === id)?.code;
    if (code === undefined) return id; // built-in format
    const existing = dstFormats.find((f) => f.code === code);
    if (existing) return existing.id;
    const id2 = Math.max(163, ...dstFormats.map((f) => f.id)) + 1;
    dstFormats.push({ id: id2, code });
    added.numFmts.push(`<numFmt numFmtId="${id2}" formatCode="${escapeXml(code)}"/>`);
    return id2;
  };
  const xfMap = src.cellXfs.items.map((xf, i) => {
    // The default format stays the user's default: cells the plan leaves unstyled look like theirs.
    if (i === 0) return 0;
    const a = attributes(/^<[^>]*>/.exec(xf)![0]);
    const ref = (list: "fonts" | "fills" | "borders", key: string): Record<string, string> =>
      a[key] === undefined ? {} : { [key]: String(intern(list, src[list].items[Number(a[key])])) };
    return intern(
      "cellXfs",
      withAttributes(xf, {
        ...(a.numFmtId !== undefined ? { numFmtId: String(numFmtId(Number(a.numFmtId))) } : {}),
        ...ref("fonts", "fontId"),
        ...ref("fills", "fillId"),
        ...ref("borders", "borderId"),
      })
    );
  });
  const dxfMap = src.dxfs.items.map((dxf) => intern("dxfs", dxf));
  return {
    xml: withLists(target, dst, added),
    cellXf: (i) => xfMap[i] ?? 0,
    dxf: (i) => dxfMap[i] ?? i,
  };
}

/** The styles part with each list that gained entries rewritten (or created in schema order). */
function withLists(
  target: string,
  dst: Record<ListName, StyleList>,
  added: Record<ListName, string[]>
): string {
  const changed = (Object.keys(added) as ListName[]).filter((n) => added[n].length > 0);
  if (changed.length === 0) return target;
  // Edits from the end, so earlier spans stay valid.
  const edits = changed.map((name) => {
    const list = dst[name];
    const text = listXml(target, name, list, added[name]);
    if (list.span) return { start: list.span.start, end: list.span.end, text };
    const { children, rootClose } = topLevelElements(target);
    const rank = STYLESHEET_ORDER.indexOf(name);
    const next = children.find((c) => STYLESHEET_ORDER.indexOf(c.name) > rank);
    const at = next ? next.start : rootClose;
    return { start: at, end: at, text };
  });
  let xml = target;
  // A list created before another one that changed goes in after that change is made.
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
  return xml;
}
