// "Nhập từ danh mục" in the pane (issue 11 §2): reads the sheet holding a programme's appendix list (the
// one the user is on, or the one picked) in one sync, for the core's importer. Nothing is written here:
// the input sheets are created only after the user confirmed what the importer found (template.ts).
import type { CellValue, SheetGrid } from "../core/grid";
import { HostError } from "../app/errors";
import { toHostError } from "./errors";
import type { OfficeEnv } from "./env";
import { CORE_API } from "./features";
import { addressBounds } from "./address";

export interface ListSheetRead {
  /** The sheet read, with its used range's values and number formats. */
  grid: SheetGrid;
  /** Every sheet's name in tab order, for the user to pick another one. */
  sheetNames: string[];
}

/** Reads one sheet's used range (the active sheet when none is named) and the sheet names: one sync. */
export async function readListSheet(env: OfficeEnv, sheet?: string): Promise<ListSheetRead> {
  if (!env.isSetSupported("ExcelApi", CORE_API))
    throw new HostError("not-supported", `ExcelApi ${CORE_API}`);
  try {
    return await env.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const ws = sheet
        ? context.workbook.worksheets.getItem(sheet)
        : context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address,values,numberFormat");
      await context.sync();
      const grid: SheetGrid = used.isNullObject
        ? { name: ws.name, address: "A1", values: [], numberFormats: [] }
        : {
            name: ws.name,
            address: addressBounds(used.address).first,
            values: used.values as CellValue[][],
            numberFormats: used.numberFormat as string[][],
          };
      return { grid, sheetNames: sheets.items.map((s) => s.name) };
    });
  } catch (error) {
    throw toHostError(error, { readOnly: env.readOnly, sheet });
  }
}
