// ExcelJS rewrites the whole package and drops what it does not model: charts, shapes, pivot
// tables, slicers, timelines, chart sheets and macros. The add-in must never lose a user's work, so
// before writing we list such parts outside the add-in's own summary sheet and refuse to write
// (the input file stays as it was; refreshing inside Excel with the add-in keeps everything).
import JSZip from "jszip";
import { sheetOfReference } from "../core/a1";
import { SUMMARY_MARK } from "../core/summary";
import { attributes, parseRelationships, relsPathOf, resolveTarget, sheetParts } from "./package";

export type LossKind = "vba" | "pivot" | "slicer" | "timeline" | "chartsheet" | "drawing";

export interface Loss {
  kind: LossKind;
  /** The user's sheet that holds it, where it belongs to one. */
  sheet?: string;
}

/** Thrown instead of writing a package that would lose something of the user's. */
export class WouldLoseContentError extends Error {
  constructor(
    readonly file: string,
    readonly losses: Loss[]
  ) {
    super(
      `${file}: writing it back would drop ${losses.map((l) => l.kind + (l.sheet ? ` (${l.sheet})` : "")).join(", ")}`
    );
    this.name = "WouldLoseContentError";
  }
}

const PACKAGE_LOSSES: [RegExp, LossKind][] = [
  [/^xl\/vbaProject\.bin$/, "vba"],
  [/^xl\/pivotTables\//, "pivot"],
  [/^xl\/slicers\//, "slicer"],
  [/^xl\/timelines\//, "timeline"],
  [/^xl\/chartsheets\//, "chartsheet"],
];

/** Drawing elements ExcelJS does not keep (pictures, xdr:pic, survive). */
const DROPPED_DRAWING = /<(?:xdr:)?(?:graphicFrame|sp|grpSp|cxnSp)\b/;

/** What writing this package back through ExcelJS would lose, outside the add-in's summary sheet. */
export async function contentAtRisk(xlsx: Uint8Array | ArrayBuffer): Promise<Loss[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const losses: Loss[] = [];
  for (const [pattern, kind] of PACKAGE_LOSSES) {
    if (
      Object.keys(zip.files).some((p) => pattern.test(p)) &&
      !losses.some((l) => l.kind === kind)
    ) {
      losses.push({ kind });
    }
  }
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const mark = [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].find(
    (m) => attributes(m[1]).name === SUMMARY_MARK
  );
  const owned = mark
    ? sheetOfReference(mark[2].replace(/&apos;/g, "'").replace(/&amp;/g, "&"))
    : null;
  for (const [sheet, part] of await sheetParts(zip)) {
    if (owned !== null && sheet === owned) continue;
    const rels = parseRelationships((await zip.file(relsPathOf(part))?.async("string")) ?? "");
    for (const rel of rels.filter((r) => r.type.endsWith("/drawing"))) {
      const drawing = (await zip.file(resolveTarget(part, rel.target))?.async("string")) ?? "";
      if (DROPPED_DRAWING.test(drawing)) losses.push({ kind: "drawing", sheet });
    }
  }
  return losses;
}
