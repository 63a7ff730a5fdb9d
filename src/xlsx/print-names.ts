// Print areas and print titles as Excel writes and expects them: absolute references to the sheet the
// name belongs to, its apostrophes doubled.
import { quoteSheet } from "../core/a1";
import { attributes, escapeXml, unescapeXml } from "./package";

/**
 * Print areas as ExcelJS writes them are half absolute ("$A1:$P30"); Excel writes and expects "$A$1:$P$30".
 * Returns the workbook part with every print area made absolute.
 */
export function absolutePrintAreas(workbookXml: string): string {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => attributes(m[0]).name);
  return workbookXml.replace(
    /(<definedName\b([^>]*)>)([^<]*)(<\/definedName>)/g,
    (whole, open: string, attrs: string, ref: string, close: string) => {
      const a = attributes(attrs);
      if (a.name !== "_xlnm.Print_Area" && a.name !== "_xlnm.Print_Titles") return whole;
      const sheet = sheets[Number(a.localSheetId)];
      const text = unescapeXml(ref);
      // ExcelJS also leaves apostrophes in the sheet name undoubled ('Sở's Q4'!…), which Excel and
      // ExcelJS itself then fail to read: the sheet part is rebuilt from the sheet the name belongs to.
      const tails = [...text.matchAll(/!([^!,]+)(?=,|$)/g)].map((m) => m[1]);
      const fixed =
        sheet !== undefined && tails.length > 0
          ? tails.map((tail) => `${quoteSheet(sheet)}!${absoluteTail(tail)}`).join(",")
          : text.replace(
              /('(?:[^']|'')*'!)|\$?([A-Z]{1,3})\$?(\d+)/g,
              (m, q?: string, col?: string, row?: string) => (q ? m : `$${col}$${row}`)
            );
      return open + escapeXml(fixed) + close;
    }
  );
}

/** "A1:P30" → "$A$1:$P$30"; "9:10" → "$9:$10"; "A:B" → "$A:$B". */
function absoluteTail(tail: string): string {
  return tail
    .split(":")
    .map((part) => {
      const m = /^\$?([A-Z]{0,3})\$?(\d*)$/.exec(part.trim());
      if (!m) return part;
      return `${m[1] ? "$" + m[1] : ""}${m[2] ? "$" + m[2] : ""}`;
    })
    .join(":");
}
