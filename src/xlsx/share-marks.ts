// Package surgery for a shared copy: the office's marks put straight into the master's package. On the
// tasks sheet only the cell style indexes of the office's rows (highlight, update cells unlocked), the
// other task rows' hidden flag, the <autoFilter> (the office's values, so the hidden rows say why) and
// the <sheetProtection> change; the styles part only gains entries at the end of its lists; the
// workbook part gains the filter's _xlnm._FilterDatabase name. Every other part keeps its bytes.
// Bytes in, bytes out: no node module, so the task pane can write the same way.
import JSZip from "jszip";
import { colIndex, colLetter, quoteSheet } from "../core/a1";
import {
  attributes,
  escapeXml,
  parseRelationships,
  readText,
  relsPathOf,
  resolveTarget,
  sheetParts,
} from "./package";
import { WORKSHEET_ORDER, topLevelElements } from "./sheet-xml";
import { mergeStyles } from "./styles";
import { parseWorkbookPart, workbookPartXml } from "./workbook-part";

/** What marks one office's copy, in the tasks sheet's own coordinates. */
export interface ShareMarks {
  sheet: string;
  /** 1-based header row (where the filter starts) and the office's task rows, highlighted. */
  headerRow: number;
  ownRows: readonly number[];
  /** 1-based rows of the other tasks, hidden by the filter. */
  hiddenRows: readonly number[];
  /** 0-based first and last columns of the table (the highlight and the filter's range). */
  firstCol: number;
  lastCol: number;
  /** 1-based last data row (the filter's range). */
  lastRow: number;
  /** A1 refs of the cells the office may edit: unlocked; every other cell of the sheet is locked. */
  editable: readonly string[];
  /** The filter: the 0-based sheet column and the texts that show the office's rows. */
  filter: { column: number; values: readonly string[] };
}

/** The marked package, and where the office's filter went: the sheet's, an Excel table's, or none. */
export interface MarkResult {
  bytes: Uint8Array;
  filter: "sheet" | "table" | "none";
}

const HIGHLIGHT_ARGB = "FFFFF2CC";
const HIGHLIGHT_FILL = `<fill><patternFill patternType="solid"><fgColor rgb="${HIGHLIGHT_ARGB}"/><bgColor indexed="64"/></patternFill></fill>`;
/** Excel's own protection of a sheet, with resizing and the filter still allowed. */
const PROTECTION =
  '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>';

/** A worksheet part with one top-level element set (replaced, or inserted where CT_Worksheet wants it). */
export function setSheetElement(sheetXml: string, name: string, text: string): string {
  const { children, rootClose } = topLevelElements(sheetXml);
  const same = children.find((c) => c.name === name);
  if (same) return sheetXml.slice(0, same.start) + text + sheetXml.slice(same.end);
  const rank = WORKSHEET_ORDER.indexOf(name);
  const next = children.find((c) => WORKSHEET_ORDER.indexOf(c.name) > rank);
  const at = next ? next.start : rootClose;
  return sheetXml.slice(0, at) + text + sheetXml.slice(at);
}

/** The items of one list of the styles part (cellXfs, fills...), as text. */
function listItems(stylesXml: string, name: string): { text: string; items: string[] } {
  const span = topLevelElements(stylesXml).children.find((c) => c.name === name);
  if (!span) return { text: "", items: [] };
  const text = stylesXml.slice(span.start, span.end);
  if (!text.includes("</")) return { text, items: [] };
  return { text, items: topLevelElements(text).children.map((c) => text.slice(c.start, c.end)) };
}

const UNLOCKED = /<protection\b[^>]*\blocked="(?:0|false)"/;

/** A cell format with the highlight fill and/or its protection set; the rest of its text as it was. */
function cloneXf(xf: string, fillId: number | null, unlocked: boolean): string {
  let start = /^<xf\b[^>]*?(\/?)>/.exec(xf)![0];
  const selfClosing = start.endsWith("/>");
  const set = (name: string, value: string): void => {
    const re = new RegExp(`(\\s${name}=")[^"]*(")`);
    start = re.test(start)
      ? start.replace(re, `$1${value}$2`)
      : start.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
  };
  if (fillId !== null) {
    set("fillId", String(fillId));
    set("applyFill", "1");
  }
  set("applyProtection", "1");
  let body = selfClosing ? "" : xf.slice(xf.indexOf(">") + 1, xf.lastIndexOf("</xf>"));
  body = body.replace(/<protection\b[^>]*?(?:\/>|>[\s\S]*?<\/protection>)/, "");
  const protection = unlocked ? '<protection locked="0"/>' : '<protection locked="1"/>';
  // CT_Xf: alignment, protection, extLst.
  const alignment = /<alignment\b[^>]*?(?:\/>|>[\s\S]*?<\/alignment>)/.exec(body);
  body = alignment
    ? body.slice(0, alignment.index + alignment[0].length) +
      protection +
      body.slice(alignment.index + alignment[0].length)
    : protection + body;
  return `${start.replace(/\s*\/>$/, ">")}${body}</xf>`;
}

/** Allocates the cloned formats, then has the styles part's own merge append them. */
class XfClones {
  private readonly keys = new Map<string, number>();
  readonly clones: string[] = [];
  constructor(
    private readonly xfs: string[],
    private readonly fillId: number
  ) {}

  isUnlocked(s: number): boolean {
    return UNLOCKED.test(this.xfs[s] ?? "");
  }

  /** A placeholder index (negative) for format `s` highlighted and/or unlocked; `s` itself when nothing changes. */
  want(s: number, highlight: boolean, unlocked: boolean): number {
    if (!highlight && unlocked === this.isUnlocked(s)) return s;
    const key = `${s}|${highlight}|${unlocked}`;
    let at = this.keys.get(key);
    if (at === undefined) {
      at = this.clones.length;
      this.clones.push(
        cloneXf(this.xfs[s] ?? this.xfs[0], highlight ? this.fillId : null, unlocked)
      );
      this.keys.set(key, at);
    }
    return -1 - at;
  }
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

interface ColumnStyle {
  min: number;
  max: number;
  style: number;
}

/** The tasks sheet's XML with the marks' styles (as placeholders) and hidden rows. */
function markRows(xml: string, marks: ShareMarks, clones: XfClones): string {
  const ownTasks = new Set(marks.ownRows);
  const hidden = new Set(marks.hiddenRows);
  const editable = new Set(marks.editable);
  const columns: ColumnStyle[] = [...xml.matchAll(/<col\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { min: Number(a.min), max: Number(a.max), style: Number(a.style ?? 0) };
  });
  const columnStyle = (col: number): number =>
    columns.find((c) => c.min <= col + 1 && col + 1 <= c.max)?.style ?? 0;
  return xml.replace(ROW, (rowXml) => {
    const open = /^<row\b[^>]*?\/?>/.exec(rowXml)![0];
    const a = attributes(open);
    const r = Number(a.r);
    let start = open;
    if (hidden.has(r))
      start = /\shidden="/.test(start)
        ? start.replace(/\shidden="[^"]*"/, ' hidden="1"')
        : start.replace(/\s*(\/?>)$/, ' hidden="1"$1');
    const body = open.endsWith("/>") ? "" : rowXml.slice(open.length, -"</row>".length);
    const cells: { col: number; text: string }[] = [];
    let previous = -1;
    let rest = body;
    for (const m of body.matchAll(CELL)) {
      const ref = attributes(/^<c\b[^>]*?\/?>/.exec(m[0])![0]).r;
      const col = ref ? colIndex(ref.replace(/\d+$/, "")) : previous + 1;
      previous = col;
      cells.push({ col, text: m[0] });
      rest = rest.replace(m[0], "");
    }
    const highlight = ownTasks.has(r);
    const rowStyle = a.customFormat === "1" || a.customFormat === "true" ? Number(a.s ?? 0) : null;
    const seen = new Set(cells.map((c) => c.col));
    if (highlight)
      for (let col = marks.firstCol; col <= marks.lastCol; col++)
        if (!seen.has(col))
          cells.push({
            col,
            text: `<c r="${colLetter(col)}${r}" s="${rowStyle ?? columnStyle(col)}"/>`,
          });
    let changed = start !== open;
    const next = cells
      .sort((x, y) => x.col - y.col)
      .map((cell) => {
        const tag = /^<c\b[^>]*?\/?>/.exec(cell.text)![0];
        const ca = attributes(tag);
        const s = Number(ca.s ?? 0);
        const ref = `${colLetter(cell.col)}${r}`;
        const inTable = cell.col >= marks.firstCol && cell.col <= marks.lastCol;
        const target = clones.want(s, highlight && inTable, editable.has(ref));
        if (target === s) return cell.text;
        changed = true;
        const withS = /\ss="/.test(tag)
          ? tag.replace(/\ss="[^"]*"/, ` s="${target}"`)
          : tag.replace(/\s*(\/?>)$/, ` s="${target}"$1`);
        return withS + cell.text.slice(tag.length);
      });
    if (!changed) return rowXml;
    // A row's spans only hint at its cells; drop them rather than leave them wrong.
    start = start.replace(/\sspans="[^"]*"/, "");
    const inner = next.join("") + rest.trim();
    return inner === "" ? start : `${start.replace(/\s*\/>$/, ">")}${inner}</row>`;
  });
}

const filterXml = (colId: number, values: readonly string[], start = "<filterColumn"): string =>
  `${start} colId="${colId}"><filters>${values.map((v) => `<filter val="${escapeXml(v)}"/>`).join("")}</filters></filterColumn>`;

/**
 * The Excel table on the tasks sheet whose range holds the header row and the filter column, with its
 * autoFilter set to the office's values (its other columns' filters kept); null when there is none or
 * the table has no filter buttons.
 */
async function tableWithFilter(
  zip: JSZip,
  sheetPath: string,
  marks: ShareMarks
): Promise<{ part: string; xml: string } | null> {
  const rels = parseRelationships((await readText(zip, relsPathOf(sheetPath))) ?? "");
  for (const rel of rels.filter((r) => r.type.endsWith("/table"))) {
    const part = resolveTarget(sheetPath, rel.target);
    const xml = await readText(zip, part);
    const ref = xml ? /<table\b[^>]*?\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml) : null;
    if (!xml || !ref) continue;
    const [first, top, last] = [colIndex(ref[1]), Number(ref[2]), colIndex(ref[3])];
    const column = marks.filter.column;
    if (top !== marks.headerRow || column < first || column > last) continue;
    const filter = /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/.exec(xml);
    if (!filter) return null;
    const colId = column - first;
    const open = /^<autoFilter\b[^>]*?\/?>/.exec(filter[0])![0];
    const columns = [
      ...filter[0].matchAll(/<filterColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/filterColumn>)/g),
    ]
      .map((m) => ({
        text: m[0],
        colId: Number(attributes(m[0].slice(0, m[0].indexOf(">"))).colId),
      }))
      .filter((c) => c.colId !== colId);
    // The button's own attributes (hiddenButton, showButton) kept where the table had them.
    const own = /<filterColumn\b[^>]*?\/?>/.exec(
      filter[0].match(new RegExp(`<filterColumn\\b[^>]*\\bcolId="${colId}"[^>]*?\\/?>`))?.[0] ?? ""
    );
    const start = own
      ? own[0].replace(/\s*\/?>$/, "").replace(/\scolId="\d+"/, "")
      : "<filterColumn";
    columns.push({ text: filterXml(colId, marks.filter.values, start), colId });
    columns.sort((a, b) => a.colId - b.colId);
    const next = `${open.replace(/\s*\/>$/, ">")}${columns.map((c) => c.text).join("")}</autoFilter>`;
    return {
      part,
      xml: xml.slice(0, filter.index) + next + xml.slice(filter.index + filter[0].length),
    };
  }
  return null;
}

/** The package with one office's marks on its tasks sheet; throws when the sheet is not in it. */
export async function markSharedCopy(
  input: Uint8Array | ArrayBuffer,
  marks: ShareMarks
): Promise<MarkResult> {
  const zip = await JSZip.loadAsync(input);
  const path = [...(await sheetParts(zip))].find(
    ([name]) => name.normalize("NFC") === marks.sheet.normalize("NFC")
  )?.[1];
  const sheetXml = path ? await readText(zip, path) : null;
  const stylesXml = await readText(zip, "xl/styles.xml");
  if (!path || sheetXml === null || stylesXml === null)
    throw new Error(`sheet "${marks.sheet}" is not in the package`);

  const fills = listItems(stylesXml, "fills");
  const xfs = listItems(stylesXml, "cellXfs").items;
  const clones = new XfClones(
    xfs.length > 0 ? xfs : ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
    fills.items.length
  );
  // An Excel table keeps its own filter (a sheet filter over it would make the file invalid): the office's
  // values go into the table's; a sheet with a table elsewhere gets no filter.
  const hasTables = /<tableParts\b/.test(sheetXml);
  const table = hasTables ? await tableWithFilter(zip, path, marks) : null;
  const filter: MarkResult["filter"] = !hasTables ? "sheet" : table ? "table" : "none";
  if (table) zip.file(table.part, table.xml);
  const filtered = filter === "sheet";
  const rowsMarked = markRows(
    sheetXml,
    filter === "none" ? { ...marks, hiddenRows: [] } : marks,
    clones
  );

  // The clones go through the styles merge, which appends and reuses what is already there.
  const source =
    "<styleSheet>" +
    listItems(stylesXml, "numFmts").text +
    listItems(stylesXml, "fonts").text +
    `<fills count="${fills.items.length + 1}">${fills.items.join("")}${HIGHLIGHT_FILL}</fills>` +
    listItems(stylesXml, "borders").text +
    `<cellXfs count="${clones.clones.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>${clones.clones.join("")}</cellXfs>` +
    "</styleSheet>";
  const styles = mergeStyles(stylesXml, source);
  let xml = rowsMarked.replace(
    /(<c\b[^>]*?\ss=")-(\d+)(")/g,
    (_m, a: string, n: string, b: string) => `${a}${styles.cellXf(Number(n))}${b}`
  );
  const ref = `$${colLetter(marks.firstCol)}$${marks.headerRow}:$${colLetter(marks.lastCol)}$${Math.max(marks.lastRow, marks.headerRow)}`;
  if (filtered) {
    const colId = marks.filter.column - marks.firstCol;
    xml = setSheetElement(
      xml,
      "autoFilter",
      `<autoFilter ref="${ref.replace(/\$/g, "")}">${filterXml(colId, marks.filter.values)}</autoFilter>`
    );
  }
  xml = setSheetElement(xml, "sheetProtection", PROTECTION);
  zip.file(path, xml);
  if (styles.xml !== stylesXml) zip.file("xl/styles.xml", styles.xml);

  if (filtered) {
    // Excel names every sheet filter's range; LibreOffice needs the name to keep the filter.
    const workbookXml = (await readText(zip, "xl/workbook.xml")) ?? "";
    const part = parseWorkbookPart(workbookXml);
    const index = part.sheets.findIndex(
      (s) => s.name.normalize("NFC") === marks.sheet.normalize("NFC")
    );
    const name = "_xlnm._FilterDatabase";
    part.names = part.names.filter((n) => !(n.name === name && n.localSheetId === index));
    const target = `${quoteSheet(part.sheets[index].name)}!${ref}`;
    part.names.push({
      name,
      localSheetId: index,
      ref: target,
      raw: `<definedName name="${name}" localSheetId="${index}" hidden="1">${escapeXml(target)}</definedName>`,
    });
    zip.file("xl/workbook.xml", workbookPartXml(part));
  }
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }), filter };
}
