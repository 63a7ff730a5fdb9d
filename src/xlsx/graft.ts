// Adds whole sheets rendered by ExcelJS in a scratch package (the input tables an import creates, with
// their Excel Tables, drop-downs and the settings sheet) to the user's package, after its sheets. Only
// the new parts and the entries that list them are written: each user part keeps its bytes, except the
// workbook part, its relationships, the content types and the styles, to which entries are appended.
// Bytes in, bytes out: no node module.
import JSZip from "jszip";
import {
  CONTENT_TYPE,
  NS,
  REL_TYPE,
  attributes,
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
} from "./package";
import { mergeStyles } from "./styles";
import {
  parseWorkbookPart,
  sameSheetName,
  setName,
  workbookPartXml,
  type DefinedName,
} from "./workbook-part";
import { SheetNameTakenError, sharedStringItems, transplantSheetXml } from "./write";

const WORKBOOK = "xl/workbook.xml";
const STYLES = "xl/styles.xml";
const TABLE_REL = `${NS.relationships}/table`;
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** The highest table id the package uses (a table's id is unique in the workbook). */
async function maxTableId(zip: JSZip): Promise<number> {
  let max = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const tag = /<table\b[^>]*>/.exec((await readText(zip, path)) ?? "")?.[0];
    max = Math.max(max, Number(tag ? attributes(tag).id : 0) || 0);
  }
  return max;
}

/** The user's package with every sheet of the scratch package added at the end, in its order. */
export async function graftSheets(
  user: Uint8Array | ArrayBuffer,
  scratchBytes: Uint8Array | ArrayBuffer
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(user);
  const scratch = await JSZip.loadAsync(scratchBytes);
  const workbookXml = (await readText(zip, WORKBOOK)) ?? "";
  const part = parseWorkbookPart(workbookXml);
  const scratchPart = parseWorkbookPart((await readText(scratch, WORKBOOK)) ?? "");
  const added = await sheetEntries(scratch);
  for (const sheet of added) {
    const taken = part.sheets.find((s) => sameSheetName(s.name, sheet.name));
    if (taken) throw new SheetNameTakenError(taken.name);
  }
  const userStyles = (await readText(zip, STYLES)) ?? "";
  const styles = mergeStyles(userStyles, (await readText(scratch, STYLES)) ?? "");
  if (styles.xml !== userStyles) zip.file(STYLES, styles.xml);
  const strings = sharedStringItems((await readText(scratch, "xl/sharedStrings.xml")) ?? "");
  const workbookRels = parseRelationships((await readText(zip, relsPathOf(WORKBOOK))) ?? "");
  let types = (await readText(zip, "[Content_Types].xml")) ?? "";
  let tableId = await maxTableId(zip);
  const firstIndex = part.sheets.length;

  for (const sheet of added) {
    const path = nextPartPath(zip, "xl/worksheets", "sheet");
    const scratchXml = (await readText(scratch, sheet.part)) ?? "";
    // The sheet's tables come along, renumbered after the user's; its other relationships do not.
    const rels = parseRelationships((await readText(scratch, relsPathOf(sheet.part))) ?? "");
    const kept = [];
    for (const rel of rels.filter((r) => r.type === TABLE_REL)) {
      const source = resolveTarget(sheet.part, rel.target);
      const target = nextPartPath(zip, "xl/tables", "table");
      const xml = ((await readText(scratch, source)) ?? "").replace(
        /(<table\b[^>]*?\sid=")(\d+)(")/,
        (_m, a: string, _id: string, b: string) => `${a}${++tableId}${b}`
      );
      zip.file(target, xml);
      types = setOverride(types, target, TABLE_TYPE);
      kept.push({ ...rel, target: relativeTarget(path, target) });
    }
    zip.file(path, transplantSheetXml(scratchXml, styles, strings));
    if (kept.length > 0) zip.file(relsPathOf(path), relationshipsXml(kept));
    types = setOverride(types, path, CONTENT_TYPE.worksheet);
    const relId = nextRelId(workbookRels);
    workbookRels.push({
      id: relId,
      type: REL_TYPE.worksheet,
      target: relativeTarget(WORKBOOK, path),
    });
    const sheetId = Math.max(0, ...part.sheets.map((s) => s.sheetId)) + 1;
    part.sheets.push({ name: sheet.name, sheetId, relId, raw: null });
  }

  // The scratch workbook's names (the area list, the settings mark, print areas), each sheet-level
  // one moved to where its sheet now stands.
  for (const name of scratchPart.names) {
    if (name.localSheetId === undefined) setName(part, name.name, name.ref);
    else {
      const moved: DefinedName = {
        ...name,
        localSheetId: firstIndex + name.localSheetId,
        raw: null,
      };
      part.names.push(moved);
    }
  }
  zip.file(relsPathOf(WORKBOOK), relationshipsXml(workbookRels));
  zip.file(WORKBOOK, workbookPartXml(part));
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
