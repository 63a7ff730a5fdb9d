// Names and addresses as Office gives them, shared by the adapter's reads and writes: the key sheet
// names compare by, and a range address split into its corners. A leaf, so that the readers of the
// workbook (read.ts) and of the history sheet (history-read.ts) import it rather than each other.
import { sheetNameKey } from "../core/settings-rules";

/** The key sheet names compare by (the core's one rule). */
export const lower = sheetNameKey;

/** Splits "'Nhiệm vụ'!A1:K59" into its top-left and bottom-right cells. */
export function addressBounds(address: string): { first: string; last: string } {
  const a1 = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first, last = first] = a1.split(":");
  return { first, last };
}
