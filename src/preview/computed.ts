// What the preview shows for the add-in's formula cells (issue 17 §8): the double calculates nothing, so
// a formula written by a refresh would show as its text (or "#NAME?" in a viewer). The preview runs the
// core's own analysis over the in-browser workbook, as a refresh does, and keeps each planned formula's
// computed `result` by sheet and cell. A cell shows that value only while it holds exactly the planned
// formula; anything else (a user's formula, a summary not refreshed yet) keeps showing its formula.
import { parseA1, toA1 } from "../core/a1";
import { analyse } from "../core/analyse";
import type { Lang } from "../core/model";
import type { WorkbookPlan } from "../core/plan";
import { OfficeWorkbookHost } from "../office/host";
import { envOf, type ExcelDouble } from "../testing/excel-double";
import { t } from "../i18n/sheets";

export interface ComputedCell {
  formula: string;
  result: string | number | boolean;
}

/** Sheet name → A1 → the planned formula and the value the core computed for it. */
export type ComputedValues = Map<string, Map<string, ComputedCell>>;

/** Every planned formula that carries its result, by sheet and cell. */
function plannedResults(plan: WorkbookPlan): ComputedValues {
  const out: ComputedValues = new Map();
  for (const sheet of plan.sheets) {
    const cells = new Map<string, ComputedCell>();
    for (const block of sheet.blocks) {
      const at = parseA1(block.at);
      block.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if ("formula" in cell && cell.result !== undefined)
            cells.set(toA1(at.row + i, at.col + j), {
              formula: cell.formula,
              result: cell.result,
            });
        })
      );
    }
    if (cells.size > 0) out.set(sheet.name, cells);
  }
  return out;
}

/**
 * The core's values for the workbook as it is now: read through the adapter (straight from the double, so
 * the read does not count as a batch the page listens to) and analysed as a refresh would.
 */
export async function computeValues(
  double: ExcelDouble,
  lang: Lang,
  today: number
): Promise<ComputedValues> {
  const host = new OfficeWorkbookHost(envOf(double));
  const grid = await host.read();
  return plannedResults(analyse(grid, { t, today, lang, report: true }).plan);
}

/** The computed value of a cell, when it holds exactly the formula the core planned there. */
export function computedAt(
  values: ComputedValues,
  sheet: string,
  address: string,
  formula: string | undefined
): ComputedCell | undefined {
  if (!formula) return undefined;
  const planned = values.get(sheet)?.get(address);
  return planned && planned.formula === formula ? planned : undefined;
}
