// The history sheet ("Lịch sử") in the refresh's one read: found through the add-in's own mark, not
// by its name, so a history the core placed as "Lịch sử (2)" (a user's sheet held the name) or that a
// user renamed is still read back, and a refresh appends to it rather than starting it again. Queued
// with the other loads of the first sync; no round trip of its own.
import type { CellValue, SheetGrid } from "../core/grid";
import { HISTORY_MARK } from "../core/report/history";
import { addressBounds, lower } from "./address";

export interface HistoryLoad {
  marked: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the marked sheet's name and used range; every step is a null object when there is none. */
export function queueHistorySheet(wb: Excel.Workbook): HistoryLoad {
  const markedRange = (): Excel.Range =>
    wb.names.getItemOrNullObject(HISTORY_MARK).getRangeOrNullObject();
  const marked = markedRange();
  marked.load("address");
  // A second path to the same range: the loaded one is not navigated before the sync.
  const sheet = markedRange().worksheet;
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values,numberFormat");
  return { marked, sheet, used };
}

/** The history sheet's grid after the sync, unless there is none or it was already read. */
export function historyGridOf(load: HistoryLoad, read: readonly SheetGrid[]): SheetGrid | null {
  if (load.marked.isNullObject || load.sheet.isNullObject) return null;
  const name = load.sheet.name;
  if (read.some((g) => lower(g.name) === lower(name))) return null;
  if (load.used.isNullObject) return { name, address: "A1", values: [], numberFormats: [] };
  return {
    name,
    address: addressBounds(load.used.address).first,
    values: load.used.values as CellValue[][],
    numberFormats: load.used.numberFormat as string[][],
  };
}
