// The settings sheet as a host reads it back after writing the core's plan: the shared fixture of the
// settings tests (the core's reader, the report-tables setting), so both read the same sheet.
import type { WorkbookGrid } from "../../src/core/grid";
import type { PlanCell } from "../../src/core/plan";
import { DEFAULT_SETTINGS, settingsSheetPlan, type Settings } from "../../src/core/settings";
import { sheet } from "./grid";
import { t as sheetText } from "../../src/i18n";

/** The grid of the settings sheet written for `settings` in `lang` (values, formulas as their text). */
export function settingsGrid(
  lang: "vi" | "en",
  settings: Settings = DEFAULT_SETTINGS
): WorkbookGrid {
  const plan = settingsSheetPlan(sheetText, settings, lang);
  const values: (string | number | boolean)[][] = [];
  for (const block of plan.blocks) {
    const row0 = Number(block.at.slice(1));
    block.rows.forEach((r, i) => {
      values[row0 - 1 + i] = r.map((c: PlanCell) => ("value" in c ? (c.value ?? "") : c.formula));
    });
  }
  return { sheets: [sheet(plan.name, values)] };
}
