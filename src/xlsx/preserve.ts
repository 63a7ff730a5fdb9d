// The add-in must never lose a user's work: before writing, the CLI lists what a refresh could lose
// and refuses to write (the input file stays as it was; refreshing inside Excel keeps everything).
import JSZip from "jszip";
import { AddinError } from "../core/errors";

export type LossKind = "vba" | "pivot" | "slicer" | "timeline" | "chartsheet";

export interface Loss {
  kind: LossKind;
  /** The user's sheet that holds it, where it belongs to one. */
  sheet?: string;
}

/** Thrown instead of writing a package that would lose something of the user's. */
export class WouldLoseContentError extends AddinError {
  override readonly name = "WouldLoseContentError";
  readonly key = "cli.error.wouldLose";

  constructor(
    readonly file: string,
    readonly losses: Loss[]
  ) {
    super("Writing the workbook back would drop content", {
      file,
      what: losses.map((l) => l.kind + (l.sheet ? ` (${l.sheet})` : "")).join(", "),
    });
  }
}

const PACKAGE_LOSSES: [RegExp, LossKind][] = [
  [/^xl\/vbaProject\.bin$/, "vba"],
  [/^xl\/pivotTables\//, "pivot"],
  [/^xl\/slicers\//, "slicer"],
  [/^xl\/timelines\//, "timeline"],
  [/^xl\/chartsheets\//, "chartsheet"],
];

/**
 * What refreshing this package could lose. The writer keeps every part it does not own byte for byte,
 * so charts, shapes and pictures on the user's sheets are safe (tests/xlsx-preserve.test.ts and
 * tests/libreoffice-user-charts.test.ts prove it). Macros, pivot tables, slicers, timelines and chart
 * sheets are still refused until a test proves the same for them.
 */
export async function contentAtRisk(xlsx: Uint8Array | ArrayBuffer | JSZip): Promise<Loss[]> {
  const zip = xlsx instanceof JSZip ? xlsx : await JSZip.loadAsync(xlsx);
  const losses: Loss[] = [];
  for (const [pattern, kind] of PACKAGE_LOSSES) {
    if (Object.keys(zip.files).some((p) => pattern.test(p))) losses.push({ kind });
  }
  return losses;
}
