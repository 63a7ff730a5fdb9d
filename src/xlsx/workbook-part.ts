// The workbook part (xl/workbook.xml) as the writer edits it: the sheet list, the defined names and the
// calculation properties. Every other element, and every entry the writer does not own, keeps its text.
import { sameSheetName } from "../core/settings-rules";
import { quoteSheet } from "../core/a1";
import { parseRef } from "./cell-ref";
import { attributes, escapeXml, unescapeXml } from "./package";

export interface DefinedName {
  name: string;
  /** Index of the sheet a sheet-level name belongs to. */
  localSheetId?: number;
  /** The reference as text (unescaped). */
  ref: string;
  /** The element as it stands in the part; null for a name the writer sets. */
  raw: string | null;
}

export interface SheetTag {
  name: string;
  sheetId: number;
  relId: string;
  /** Set on a sheet the writer adds hidden (the share snapshot). */
  state?: "hidden";
  /** The element as it stands in the part; null for a sheet the writer adds. */
  raw: string | null;
}

export interface WorkbookPart {
  xml: string;
  sheets: SheetTag[];
  names: DefinedName[];
}

/** Excel compares sheet names case-insensitively: the core's one rule. */
export { sameSheetName };

export function parseWorkbookPart(xml: string): WorkbookPart {
  const sheets = [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { name: a.name, sheetId: Number(a.sheetId), relId: a["r:id"], raw: m[0] };
  });
  const names = [...xml.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map(
    (m) => {
      const a = attributes(m[1]);
      return {
        name: a.name,
        ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}),
        ref: unescapeXml(m[2] ?? ""),
        raw: m[0],
      };
    }
  );
  return { xml, sheets, names };
}

/** The sheet a workbook-level name (an ownership mark) points at, if it is a plain reference to one. */
export function markedSheetName(part: WorkbookPart, mark: string): string | null {
  const entry = part.names.find((n) => n.name === mark && n.localSheetId === undefined);
  if (!entry) return null;
  try {
    const sheet = parseRef(entry.ref).sheet;
    return part.sheets.find((s) => sheet !== null && sameSheetName(s.name, sheet))?.name ?? null;
  } catch {
    return null; // e.g. #REF! after the sheet was deleted
  }
}

/** Sets a workbook-level name, in place when it exists so a rerun writes the names in the same order. */
export function setName(part: WorkbookPart, name: string, ref: string): void {
  const entry: DefinedName = { name, ref, raw: null };
  const at = part.names.findIndex((n) => n.name === name && n.localSheetId === undefined);
  if (at >= 0) {
    if (part.names[at].ref !== ref) part.names[at] = entry;
  } else part.names.push(entry);
}

/** Points every defined name that referred to a renamed sheet at its new name (Excel does this on rename). */
export function renameInNames(part: WorkbookPart, from: string, to: string): void {
  const forms = [quoteSheet(from), from].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(^|[^\\w'.])(?:${forms.join("|")})!`, "g");
  part.names = part.names.map((n) => {
    const ref = n.ref.replace(re, (_m, lead: string) => `${lead}${quoteSheet(to)}!`);
    return ref === n.ref ? n : { ...n, ref, raw: null };
  });
}

function nameXml(n: DefinedName): string {
  if (n.raw !== null) return n.raw;
  const local = n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : "";
  return `<definedName name="${escapeXml(n.name)}"${local}>${escapeXml(n.ref)}</definedName>`;
}

function sheetXml(s: SheetTag): string {
  if (s.raw !== null) return s.raw;
  const state = s.state ? ` state="${s.state}"` : "";
  return `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${state} r:id="${escapeXml(s.relId)}"/>`;
}

/** The part's text with its sheet list and names as the model now holds them, and no forced full recalculation. */
export function workbookPartXml(part: WorkbookPart): string {
  const before = parseWorkbookPart(part.xml);
  const unchanged = <T extends { raw: string | null }>(now: T[], was: T[]): boolean =>
    now.length === was.length && now.every((x, i) => x.raw !== null && x.raw === was[i].raw);
  let xml = part.xml;
  if (!unchanged(part.sheets, before.sheets))
    xml = xml.replace(
      /<sheets\b[^>]*>[\s\S]*?<\/sheets>|<sheets\b[^>]*\/>/,
      () => `<sheets>${part.sheets.map(sheetXml).join("")}</sheets>`
    );
  const names = part.names.map(nameXml).join("");
  const block = names ? `<definedNames>${names}</definedNames>` : "";
  if (unchanged(part.names, before.names)) {
    // The names as the user's file wrote them, spacing included.
  } else if (/<definedNames\b/.test(xml)) {
    xml = xml.replace(
      /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\b[^>]*\/>/,
      () => block
    );
  } else if (block) {
    // After sheets, functionGroups and externalReferences, as CT_Workbook orders them.
    const after = [
      /<\/externalReferences>/,
      /<\/functionGroups>|<functionGroups\b[^>]*\/>/,
      /<\/sheets>/,
    ]
      .map((re) => re.exec(xml))
      .find((m) => m !== null)!;
    const at = after.index + after[0].length;
    xml = xml.slice(0, at) + block + xml.slice(at);
  }
  // The cells carry their cached results: nothing needs recalculating on open.
  return xml.replace(/(<calcPr\b[^>]*?)\s+fullCalcOnLoad="(?:1|true)"/, "$1");
}
