// What every lay-out step of the summary needs to know: the inputs, the labels in the sheet's
// language, where the task columns are, and which sheet rows the table takes.
import type { MessageKey, SheetText } from "../../i18n/sheets";
import { taskColumnsOf, type TaskColumns, type TimeRefs } from "../formulas";
import type { Lang, Model, Rollup } from "../model";
import type { Settings } from "../settings";
import { REPORT_DATE_REF, ROWS } from "./layout";
import { summaryRows, type AreaRow, type SummaryRow } from "./rows";

export interface SummaryPlanArgs {
  model: Model;
  rollup: Rollup;
  settings: Settings;
  sheetName: string;
  previousName?: string;
  /** The strings' lookup, from the caller (the core imports no catalogue). */
  t: SheetText;
  lang: Lang;
  /** Rows beyond the data that the row-by-row comparisons cover (see TaskColumns.compareRows). */
  compareMargin?: number;
}

export interface SummaryContext extends SummaryPlanArgs {
  label: (key: MessageKey, params?: Record<string, string | number>) => string;
  columns: TaskColumns | null;
  time: TimeRefs;
  tableRows: SummaryRow[];
  areaRows: AreaRow[];
  totalRow: number;
  /** The row of the reconciliation line under the table, and of the note under it. */
  reconciliationRow: number;
  noteRow: number;
  /** The rows of the title lines: moved up a row when the "(Kèm theo …)" line takes the row under them. */
  titleRows: TitleRows;
  /**
   * The first row of the signature block (two under the note; moved down by its lay-out when it would
   * break over a page), and the last row of the text under the table.
   */
  signatureRow: number;
  textEndRow: number;
}

export interface TitleRows {
  appendix: number;
  title: number;
  subtitle: number;
  /** The "(Kèm theo Báo cáo số …)" line; null when the settings name no report. */
  attachment: number | null;
}

/** Rows of the signature block, from its first row: date line, titles, hints, signing space, names. */
export const SIGNATURE_ROWS = { dateLine: 0, title: 1, hint: 2, name: 6 } as const;

function titleRowsOf(settings: Settings): TitleRows {
  if (settings.reportNumber.trim() === "")
    return {
      appendix: ROWS.appendix,
      title: ROWS.title,
      subtitle: ROWS.subtitle,
      attachment: null,
    };
  return {
    appendix: ROWS.appendix - 1,
    title: ROWS.title - 1,
    subtitle: ROWS.subtitle - 1,
    attachment: ROWS.subtitle,
  };
}

export function summaryContext(args: SummaryPlanArgs): SummaryContext {
  const tableRows = summaryRows(args.rollup);
  const totalRow = tableRows[tableRows.length - 1].row;
  return {
    ...args,
    label: (key, params) => args.t(args.lang, key, params),
    columns: taskColumnsOf(args.model, args.compareMargin),
    time: { reportDate: REPORT_DATE_REF, dueSoonDays: args.rollup.dueSoonDays },
    tableRows,
    areaRows: tableRows.filter((r): r is AreaRow => r.kind === "area"),
    totalRow,
    reconciliationRow: totalRow + 1,
    noteRow: totalRow + 2,
    titleRows: titleRowsOf(args.settings),
    // One blank row between the note and the block.
    signatureRow: totalRow + 4,
    textEndRow: totalRow + 4 + SIGNATURE_ROWS.name,
  };
}
