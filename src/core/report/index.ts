// The report's part of a refresh: the paragraph, the follow-up list, and the plans of the add-in's
// report sheets (Biểu số 02 follow-up list, Biểu số 03 by unit, the Lịch sử history), from what the
// refresh already read and rolled up. Each sheet goes where its own mark points, never over a user's sheet.
import type { SheetKey, SheetText } from "../../i18n/sheets";
import type { Finding } from "../findings";
import type { WorkbookGrid } from "../grid";
import type { Model, Rollup } from "../model";
import type { SheetPlan } from "../plan";
import type { Settings } from "../settings";
import { followUpList, followUpSheetPlan, FOLLOW_UP_MARK, type FollowUpGroup } from "./follow-up";
import { historySheetPlan, HISTORY_MARK, readHistory, recordSnapshot } from "./history";
import { programmeSubject, reportParagraph } from "./paragraph";
import { previousSnapshot, snapshotOf, type Snapshot } from "./snapshot";
import type { ReportTable } from "./tables";
import { unitsSheetPlan, UNITS_MARK } from "./units";

export { FOLLOW_UP_MARK, HISTORY_MARK, UNITS_MARK };
export { withParagraphBlock } from "./paragraph-block";
export { reportView, type ReportView, type TrendPoint } from "./view";
export {
  formatReportTables,
  parseReportTables,
  REPORT_TABLES,
  reportTableLabel,
  type ReportTable,
} from "./tables";

export interface Report {
  /** The paragraph in the generated sheets' language; null when the settings leave it out. */
  paragraph: string | null;
  /** The parts the settings asked for (the "report tables" setting). */
  tables: ReportTable[];
  followUp: FollowUpGroup[];
  /** The history as it stands after this refresh, sorted by date. */
  history: Snapshot[];
  /** The latest earlier report date's snapshot, when the history holds one. */
  previous: Snapshot | null;
  /** This refresh's report date's snapshot. */
  current: Snapshot;
  sheets: SheetPlan[];
  findings: Finding[];
}

type Chooser = (
  mark: string,
  wanted: string
) => { name: string; previousName?: string; finding?: Finding };

export function buildReport(args: {
  grid: WorkbookGrid;
  model: Model;
  rollup: Rollup;
  settings: Settings;
  /** The strings' lookup, from the caller. */
  t: SheetText;
  /** Picks the sheet for a mark (the summary's rule: ours in place, never a user's namesake). */
  choose: Chooser;
}): Report {
  const { grid, model, rollup, settings, t } = args;
  const lang = settings.language;
  const current = snapshotOf(rollup);
  const before = readHistory(t, grid);
  const previous = previousSnapshot(before, current.date);
  const history = recordSnapshot(before, current);
  const tables = settings.reportTables;
  const wants = (table: ReportTable): boolean => tables.includes(table);
  const text = reportParagraph({
    t,
    lang,
    current,
    previous,
    subject: programmeSubject(t, lang, settings.programme, settings.period),
  });
  const paragraph = wants("paragraph") ? text : null;
  const followUp = followUpList(model, rollup);
  const findings: Finding[] = [];
  const place = (mark: string, key: SheetKey): { sheetName: string; previousName?: string } => {
    const chosen = args.choose(mark, t(lang, key));
    if (chosen.finding) findings.push(chosen.finding);
    return { sheetName: chosen.name, previousName: chosen.previousName };
  };
  const sheets: SheetPlan[] = [];
  if (wants("followUp"))
    sheets.push(
      followUpSheetPlan({
        groups: followUp,
        rollup,
        settings,
        t,
        lang,
        ...place(FOLLOW_UP_MARK, "followUp.sheetName"),
      })
    );
  if (wants("units"))
    sheets.push(
      unitsSheetPlan({ model, rollup, settings, t, lang, ...place(UNITS_MARK, "units.sheetName") })
    );
  if (wants("history"))
    sheets.push(
      historySheetPlan({ history, t, lang, ...place(HISTORY_MARK, "history.sheetName") })
    );
  return { paragraph, tables, followUp, history, previous, current, sheets, findings };
}
