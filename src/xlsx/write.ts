// The .xlsx writer: package surgery around the sheets the add-in owns. The user's package is opened as
// it is; the summary (and the settings sheet, the first time) is rendered by ExcelJS into a scratch
// workbook, and only its sheet part, its formats (appended to the user's styles), its charts and the
// workbook-level entries that list it are put into the user's package. Every other part (the user's
// sheets, shared strings, drawings, charts, pivot caches, tables, custom XML, VBA) keeps its bytes.
// Bytes in, bytes out: no node module, so the task pane can write the same way.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { quoteSheet } from "../core/a1";
import { AddinError } from "../core/errors";
import type { SheetPlan, WorkbookPlan } from "../core/plan";
import { addChartsToZip, deleteDrawing } from "./chart-parts";
import {
  CONTENT_TYPE,
  REL_TYPE,
  hasOverride,
  nextPartPath,
  nextRelId,
  parseRelationships,
  readText,
  relationshipsXml,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  setOverride,
  sheetEntries,
  type SheetEntry,
} from "./package";
import { absolutePrintAreas } from "./print-names";
import { renderSheetPlan } from "./render-sheet";
import { schemaOrderedSheet, topLevelElements } from "./sheet-xml";
import { mergeStyles, type MergedStyles } from "./styles";
import {
  markedSheetName,
  parseWorkbookPart,
  renameInNames,
  sameSheetName,
  setName,
  workbookPartXml,
  type WorkbookPart,
} from "./workbook-part";

/** Thrown instead of overwriting a sheet the add-in does not own. */
export class SheetNameTakenError extends AddinError {
  override readonly name = "SheetNameTakenError";
  readonly code = "summary-name-taken";
  readonly key = "cli.error.sheetTaken";

  constructor(readonly sheetName: string) {
    super("A sheet of that name exists and is not the add-in's: left untouched", {
      sheet: sheetName,
    });
  }
}

const WORKBOOK = "xl/workbook.xml";
const STYLES = "xl/styles.xml";

/** A sheet of the plan to write: over the owned sheet it replaces, or added at the end. */
interface SheetJob {
  plan: SheetPlan;
  replaces: SheetEntry | null;
}

/** Which planned sheets to write and where; throws where a user's sheet holds the summary's name. */
function sheetJobs(part: WorkbookPart, entries: SheetEntry[], plan: WorkbookPlan): SheetJob[] {
  const jobs: SheetJob[] = [];
  for (const sheet of plan.sheets) {
    const owned = markedSheetName(part, sheet.ownerMark);
    const namesake = entries.find((e) => sameSheetName(e.name, sheet.name));
    if (sheet.role === "settings") {
      // The settings sheet is the user's once it exists: never rewritten.
      if (owned === null && !namesake) jobs.push({ plan: sheet, replaces: null });
      continue;
    }
    if (namesake && namesake.name !== owned) throw new SheetNameTakenError(namesake.name);
    jobs.push({ plan: sheet, replaces: entries.find((e) => e.name === owned) ?? null });
  }
  return jobs;
}

/** The planned sheets rendered by ExcelJS alone in a workbook of their own. */
async function renderScratch(jobs: SheetJob[]): Promise<JSZip> {
  const scratch = new ExcelJS.Workbook();
  for (const job of jobs) renderSheetPlan(scratch.addWorksheet(job.plan.name), job.plan);
  const bytes = await scratch.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  return JSZip.loadAsync(bytes as ArrayBuffer);
}

/** The content of each <si> of a shared-strings part: what an inline string's <is> holds. */
export function sharedStringItems(xml: string): string[] {
  if (!xml) return [];
  return topLevelElements(xml).children.map((c) => {
    const si = xml.slice(c.start, c.end);
    return si.endsWith("/>") ? "" : si.slice(si.indexOf(">") + 1, si.lastIndexOf("</"));
  });
}

/**
 * A scratch sheet part made fit for the user's package: style indices into the merged styles part,
 * strings inline (the user's shared strings part stays as it was), no selected tab.
 */
export function transplantSheetXml(xml: string, styles: MergedStyles, strings: string[]): string {
  const remapped = xml.replace(/<(c|row|col|cfRule)\b[^>]*>/g, (tag, name: string) => {
    const attr = name === "col" ? "style" : name === "cfRule" ? "dxfId" : "s";
    const map = name === "cfRule" ? styles.dxf : styles.cellXf;
    return tag.replace(
      new RegExp(`(\\s${attr}=")(\\d+)(")`),
      (_m, a: string, n: string, b: string) => `${a}${map(Number(n))}${b}`
    );
  });
  const inline = remapped.replace(
    /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, a: string, b: string, n: string) =>
      `<c${a} t="inlineStr"${b}><is>${strings[Number(n)] ?? "<t></t>"}</is></c>`
  );
  return schemaOrderedSheet(inline.replace(/\stabSelected="(?:1|true)"/g, ""));
}

const OWNED_SUBPARTS = /\/(?:comments|vmlDrawing|printerSettings|table|threadedComment)$/;

/** Deletes what only an owned sheet uses (its drawing and charts, notes, tables) and its relationships. */
async function deleteSheetParts(zip: JSZip, part: string, contentTypes: string): Promise<string> {
  let types = contentTypes;
  const rels = parseRelationships((await readText(zip, relsPathOf(part))) ?? "");
  for (const rel of rels.filter((r) => r.targetMode !== "External")) {
    const target = resolveTarget(part, rel.target);
    if (rel.type === REL_TYPE.drawing) types = await deleteDrawing(zip, target, types);
    else if (OWNED_SUBPARTS.test(rel.type)) {
      zip.remove(target);
      types = setOverride(types, target, null);
    }
  }
  // The part itself is overwritten where it stands, so the package keeps its order.
  zip.remove(relsPathOf(part));
  return types;
}

/** The scratch workbook's print names of its sheet `index`, as names of the sheet at `target`. */
function printNames(scratchWorkbook: string, index: number, target: number) {
  return parseWorkbookPart(absolutePrintAreas(scratchWorkbook))
    .names.filter((n) => n.localSheetId === index && n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, localSheetId: target, ref: n.ref, raw: null }));
}

interface PackageState {
  zip: JSZip;
  part: WorkbookPart;
  rels: string;
  contentTypes: string;
}

/** Puts one rendered sheet into the user's package, over the sheet it replaces or at the end. */
async function placeSheet(
  state: PackageState,
  job: SheetJob,
  sheetXml: string,
  names: (target: number) => ReturnType<typeof printNames>
): Promise<void> {
  const { zip, part } = state;
  const name = job.plan.name;
  let path: string;
  if (job.replaces) {
    path = job.replaces.part;
    state.contentTypes = await deleteSheetParts(zip, path, state.contentTypes);
    const tag = part.sheets.find((s) => s.relId === job.replaces!.relId)!;
    if (tag.name !== name) {
      renameInNames(part, tag.name, name);
      Object.assign(tag, { name, raw: null, ...(job.plan.hidden ? { state: "hidden" } : {}) });
    }
  } else {
    path = nextPartPath(zip, "xl/worksheets", "sheet");
    const rels = parseRelationships(state.rels);
    const relId = nextRelId(rels);
    rels.push({ id: relId, type: REL_TYPE.worksheet, target: relativeTarget(WORKBOOK, path) });
    state.rels = relationshipsXml(rels);
    const sheetId = Math.max(0, ...part.sheets.map((s) => s.sheetId)) + 1;
    part.sheets.push({
      name,
      sheetId,
      relId,
      ...(job.plan.hidden ? { state: "hidden" as const } : {}),
      raw: null,
    });
  }
  if (!hasOverride(state.contentTypes, path, CONTENT_TYPE.worksheet))
    state.contentTypes = setOverride(state.contentTypes, path, CONTENT_TYPE.worksheet);
  zip.file(path, sheetXml);
  const index = part.sheets.findIndex((s) => s.name === name);
  // The sheet's own print names are the plan's now, each where it stood; other names stay as they are.
  const planned = names(index);
  const same = (a: { name: string; localSheetId?: number }, b: typeof a): boolean =>
    a.name === b.name && a.localSheetId === b.localSheetId;
  part.names = part.names
    .filter((n) => n.localSheetId !== index || planned.some((p) => same(p, n)))
    .map((n) => {
      const p = planned.find((x) => same(x, n));
      return p && p.ref !== n.ref ? p : n;
    });
  part.names.push(...planned.filter((p) => !part.names.some((n) => same(n, p))));
  setName(part, job.plan.ownerMark, `${quoteSheet(name)}!$A$1`);
}

/** The refreshed package: the input's bytes with the plan's sheets and charts put in. */
export async function refreshPackage(
  input: Uint8Array | ArrayBuffer | JSZip,
  plan: WorkbookPlan
): Promise<Uint8Array> {
  // A package already loaded (and perhaps patched) is written from as it is, and changed.
  const zip = input instanceof JSZip ? input : await JSZip.loadAsync(input);
  const workbookXml = (await readText(zip, WORKBOOK)) ?? "";
  const state: PackageState = {
    zip,
    part: parseWorkbookPart(workbookXml),
    rels: (await readText(zip, relsPathOf(WORKBOOK))) ?? "",
    contentTypes: (await readText(zip, "[Content_Types].xml")) ?? "",
  };
  const jobs = sheetJobs(state.part, await sheetEntries(zip), plan);
  if (jobs.length > 0) {
    const scratch = await renderScratch(jobs);
    const scratchSheets = await sheetEntries(scratch);
    const scratchWorkbook = (await readText(scratch, WORKBOOK)) ?? "";
    const strings = sharedStringItems((await readText(scratch, "xl/sharedStrings.xml")) ?? "");
    const userStyles = await readText(zip, STYLES);
    const styles = mergeStyles(userStyles ?? "", (await readText(scratch, STYLES)) ?? "");
    if (userStyles !== null && styles.xml !== userStyles) zip.file(STYLES, styles.xml);
    for (const [i, job] of jobs.entries()) {
      const scratchXml = (await readText(scratch, scratchSheets[i].part)) ?? "";
      const xml = transplantSheetXml(scratchXml, styles, strings);
      await placeSheet(state, job, xml, (target) => printNames(scratchWorkbook, i, target));
    }
    zip.file(relsPathOf(WORKBOOK), state.rels);
  }
  const nextWorkbook = workbookPartXml(state.part);
  if (nextWorkbook !== workbookXml) zip.file(WORKBOOK, nextWorkbook);
  zip.file("[Content_Types].xml", state.contentTypes);
  await addChartsToZip(zip, plan);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
