// Which sheet plays which role: the input sheets are found by name, comparing names without
// accents, case or spaces, as users type them in either language.
import type { SheetGrid, WorkbookGrid } from "../grid";
import { looseKey } from "../text";

/** Sheet names hosts should look up (Excel matches sheet names case-insensitively, not across NFC/NFD). */
export const SHEET_CANDIDATES = {
  areas: withNfd(["Lĩnh vực", "Linh vuc", "Areas"]),
  tasks: withNfd(["Nhiệm vụ", "Nhiem vu", "Tasks"]),
  settings: withNfd(["Cấu hình", "Cau hinh", "Settings"]),
};

function withNfd(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.normalize("NFD")]))];
}

/** Finds a sheet by its role, comparing names without accents, case or spaces. */
export function findRoleSheet(grid: WorkbookGrid, candidates: string[]): SheetGrid | null {
  const keys = new Set(candidates.map(looseKey));
  return grid.sheets.find((s) => keys.has(looseKey(s.name))) ?? null;
}
