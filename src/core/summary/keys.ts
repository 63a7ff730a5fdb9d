// The area keys the summary's formulas match task cells against. A key a COUNTIFS criterion can carry
// stays in the formula, wildcards escaped; any other (a criterion over 255 characters, or a text
// starting with "=", "<" or ">") is written once in a cell of the data block beside the table, and the
// formulas compare the task cells with that cell, so no formula repeats it or reads it as an operator.
import { areaKeys, criterionSafe, type AreaKey } from "../formulas";
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { COLORS, FONT, ROWS } from "./layout";
import type { AreaRow } from "./rows";

/** The key columns: the area's id and its name, on the area's row of the chart data. */
export const KEY_COLUMNS = { id: "AA", name: "AB" } as const;

/** The data row of an area (the chart data's rows follow the table's areas in order). */
const keyRow = (ctx: SummaryContext, entry: AreaRow): number =>
  ROWS.firstData + ctx.areaRows.indexOf(entry);

/** The keys of an area as its formulas use them: a cell reference for those kept in a cell. */
export function summaryAreaKeys(ctx: SummaryContext, entry: AreaRow): AreaKey[] {
  const { id, name } = entry.area;
  const row = keyRow(ctx, entry);
  return areaKeys(id, name).map((text) => {
    if (criterionSafe(text)) return { text };
    const column = text === id ? KEY_COLUMNS.id : KEY_COLUMNS.name;
    return { text, ref: `$${column}$${row}` };
  });
}

/** Writes the keys kept in cells; returns the last column used, or null when no key needs a cell. */
export function layOutKeyCells(draft: SheetDraft, ctx: SummaryContext): string | null {
  let last: string | null = null;
  for (const entry of ctx.areaRows) {
    for (const key of summaryAreaKeys(ctx, entry)) {
      if (!key.ref) continue;
      const m = /^\$([A-Z]+)\$(\d+)$/.exec(key.ref)!;
      // The exact text the task cells are compared with (not normalised: the comparison is exact).
      draft.put(m[1], Number(m[2]), { value: key.text });
      if (last === null || m[1] > last) last = m[1];
    }
  }
  if (last === null) return null;
  draft.text(KEY_COLUMNS.id, ROWS.header2, ctx.label("summary.data.keys"));
  draft.style(
    `${KEY_COLUMNS.id}${ROWS.header2}:${last}${ROWS.firstData + ctx.areaRows.length - 1}`,
    {
      fontName: FONT,
      fontSize: 10,
      fontColor: COLORS.muted,
    }
  );
  return last;
}
