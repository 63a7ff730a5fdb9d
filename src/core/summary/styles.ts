// The page's styles: the whole page first, then finer ranges on top (later ranges win).
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { fittedText } from "./estimate";
import { COLORS, FONT, LAST_COL, REPORT_DATE_CELL, ROWS, SUMMARY_COLUMNS as C } from "./layout";

export function styleTitleBlock(draft: SheetDraft, ctx: SummaryContext): void {
  const T = ctx.titleRows;
  draft.style(`A1:${LAST_COL}${ctx.noteRow}`, { fontName: FONT, fontSize: 12, vertical: "center" });
  draft.style(`A${ROWS.parentBody}:E${ROWS.star}`, { fontSize: 13, horizontal: "center" });
  draft.style(`A${ROWS.issuingBody}:E${ROWS.issuingBody}`, { bold: true });
  draft.style(`I${ROWS.parentBody}:${LAST_COL}${ROWS.parentBody}`, {
    fontSize: 13,
    bold: true,
    underline: true,
    horizontal: "center",
  });
  draft.style(`I${ROWS.issuingBody}:${LAST_COL}${ROWS.issuingBody}`, {
    fontSize: 13,
    italic: true,
    horizontal: "center",
  });
  draft.style(`A${T.appendix}:${LAST_COL}${T.appendix}`, {
    fontSize: 13,
    bold: true,
    horizontal: "center",
  });
  draft.style(`A${T.title}:${LAST_COL}${T.title}`, {
    fontSize: 14,
    bold: true,
    horizontal: "center",
  });
  draft.style(`A${T.subtitle}:${LAST_COL}${T.subtitle}`, {
    fontSize: 13,
    bold: true,
    horizontal: "center",
    wrap: true,
  });
  if (T.attachment !== null)
    draft.style(`A${T.attachment}:${LAST_COL}${T.attachment}`, {
      fontSize: 13,
      italic: true,
      horizontal: "center",
      wrap: true,
    });
  draft.style(`N${ROWS.asOf}:O${ROWS.asOf}`, { italic: true, horizontal: "right" });
  draft.style(`A${ROWS.asOf}:E${ROWS.asOf}`, { italic: true, horizontal: "left" });
  draft.style(REPORT_DATE_CELL, { italic: true, horizontal: "center", numberFormat: "dd/mm/yyyy" });
}

export function styleTable(draft: SheetDraft, ctx: SummaryContext): void {
  const { totalRow, noteRow, reconciliationRow } = ctx;
  const h1 = ROWS.header1;
  draft.style(`A${h1}:${LAST_COL}${totalRow}`, { border: "thin", vertical: "center" });
  draft.style(`A${h1}:${LAST_COL}${ROWS.header2}`, {
    bold: true,
    horizontal: "center",
    wrap: true,
    fill: COLORS.headerFill,
  });
  if (totalRow > ROWS.firstData) {
    draft.style(`${C.no}${ROWS.firstData}:${C.no}${totalRow - 1}`, { horizontal: "center" });
    draft.style(`${C.area}${ROWS.firstData}:${C.leadUnit}${totalRow - 1}`, {
      horizontal: "left",
      wrap: true,
    });
  }
  draft.style(`${C.total}${ROWS.firstData}:${C.suspended}${totalRow}`, {
    horizontal: "center",
    numberFormat: "#,##0",
  });
  draft.style(`${C.completionRate}${ROWS.firstData}:${C.dueCompletionRate}${totalRow}`, {
    horizontal: "center",
    numberFormat: "0.0%",
  });
  for (const entry of ctx.tableRows) {
    if (entry.kind === "group")
      draft.style(`A${entry.row}:${LAST_COL}${entry.row}`, { bold: true, fill: COLORS.groupFill });
    // A name too long for Excel's tallest row at 12 pt prints whole in smaller type (see body.ts).
    const names: [string, string, string[], boolean][] =
      entry.kind === "area"
        ? [
            [C.area, entry.area.name, [C.area], false],
            [C.leadUnit, entry.area.leadUnit, [C.leadUnit], false],
          ]
        : entry.kind === "group"
          ? [[C.area, entry.name, [C.area, C.leadUnit], true]]
          : [];
    for (const [col, text, cols, bold] of names) {
      const { size } = fittedText(text, cols, 12, bold);
      if (size < 12) draft.style(`${col}${entry.row}`, { fontSize: size });
    }
  }
  draft.style(`A${totalRow}:${LAST_COL}${totalRow}`, { bold: true, fill: COLORS.totalFill });
  draft.style(`A${totalRow}:${C.leadUnit}${totalRow}`, { horizontal: "center" });
  draft.style(`A${reconciliationRow}:${LAST_COL}${noteRow}`, {
    fontSize: 10,
    italic: true,
    wrap: true,
    horizontal: "left",
    vertical: "top",
  });
}
