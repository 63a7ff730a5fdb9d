// The Open Packaging parts every .xlsx write touches: XML text escapes, relationships, part paths,
// content types and the workbook's sheet list. Plain strings over JSZip, no node module, so the pane can
// use the same code.
import type JSZip from "jszip";

export const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export const REL_TYPE = {
  chart: `${NS.relationships}/chart`,
  drawing: `${NS.relationships}/drawing`,
  worksheet: `${NS.relationships}/worksheet`,
} as const;

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
} as const;

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** The attributes of one start tag's text, unescaped. */
export function attributes(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** "External" for links outside the package (hyperlinks). */
  targetMode?: string;
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

export function relationshipsXml(rels: Relationship[]): string {
  const body = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"` +
        (r.targetMode ? ` TargetMode="${escapeXml(r.targetMode)}"` : "") +
        "/>"
    )
    .join("");
  return XML_HEADER + `<Relationships xmlns="${NS.packageRelationships}">${body}</Relationships>`;
}

// Part names are POSIX-like paths inside the zip; these few helpers avoid node's "path" module.
const dirname = (p: string): string => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
const basename = (p: string): string => p.slice(p.lastIndexOf("/") + 1);

function normalize(p: string): string {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

export function relsPathOf(partPath: string): string {
  const dir = dirname(partPath);
  return `${dir ? `${dir}/` : ""}_rels/${basename(partPath)}.rels`;
}

export function resolveTarget(partPath: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : normalize(`${dirname(partPath)}/${target}`);
}

export function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirname(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  /** Part path, e.g. "xl/worksheets/sheet3.xml"; "" when the relationship is missing. */
  part: string;
  /** The relationship type: worksheet, chartsheet, dialogsheet... */
  type: string;
}

/** The workbook's <sheet> entries in tab order, with their parts. */
export async function sheetEntries(zip: JSZip): Promise<SheetEntry[]> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRelationships((await readText(zip, relsPathOf("xl/workbook.xml"))) ?? "");
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const rel = rels.find((r) => r.id === a["r:id"]);
    return {
      name: a.name,
      sheetId: a.sheetId,
      relId: a["r:id"],
      part: rel ? resolveTarget("xl/workbook.xml", rel.target) : "",
      type: rel?.type ?? "",
    };
  });
}

/** Maps each sheet name to its part path, e.g. "Tổng hợp" → "xl/worksheets/sheet3.xml". */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const s of await sheetEntries(zip)) if (s.part) parts.set(s.name, s.part);
  return parts;
}

export function nextRelId(rels: Relationship[]): string {
  const used = rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `rId${Math.max(0, ...used) + 1}`;
}

export function nextPartPath(zip: JSZip, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = `${dir}/${stem}${n}.xml`;
    if (!zip.file(path)) return path;
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** [Content_Types].xml with the part's Override set to `type`, or removed when `type` is null. */
export function setOverride(contentTypes: string, partPath: string, type: string | null): string {
  const partName = `/${partPath}`;
  const without = contentTypes.replace(
    new RegExp(`<Override\\b[^>]*PartName="${escapeRegExp(escapeXml(partName))}"[^>]*/>`, "g"),
    ""
  );
  if (type === null) return without;
  return without.replace(
    "</Types>",
    `<Override PartName="${escapeXml(partName)}" ContentType="${type}"/></Types>`
  );
}

/** True when the content types already give this part an Override of `type`. */
export function hasOverride(contentTypes: string, partPath: string, type: string): boolean {
  return new RegExp(
    `<Override\\b(?=[^>]*PartName="${escapeRegExp(escapeXml(`/${partPath}`))}")(?=[^>]*ContentType="${escapeRegExp(type)}")[^>]*/>`
  ).test(contentTypes);
}
