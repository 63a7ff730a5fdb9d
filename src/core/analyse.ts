// The core's one entry point for a refresh: read, validate, roll up and plan, from a loaded grid.
// Hosts (the Office.js adapter, the .xlsx CLI) load the grid and apply the plan; nothing else.
import { sheetOfReference } from "./a1";
import { formatVnDate } from "./dates";
import { sameSheetName } from "./settings-rules";
import { finding, type Finding } from "./findings";
import type { WorkbookGrid } from "./grid";
import type { SheetText } from "../i18n/sheets";
import type { Lang, Model, Rollup } from "./model";
import type { SheetPlan, WorkbookPlan } from "./plan";
import { readModel } from "./read";
import { rollupModel } from "./rollup";
import {
  DEFAULT_SETTINGS,
  readSettings,
  sanitiseSheetName,
  settingsSheetPlan,
  type Settings,
} from "./settings";
import { buildReport, withParagraphBlock, type Report } from "./report";
import { buildSummaryPlan, SUMMARY_MARK } from "./summary";

export interface AnalyseOptions {
  /** Today as an Excel serial: the report date when neither the caller nor the settings give one. */
  today: number;
  /** Report date chosen by the user for this refresh (overrides the settings sheet). */
  reportDate?: number;
  /** Language of the messages; the generated sheets follow the settings' language. */
  lang: Lang;
  /** The strings' lookup (the core imports no catalogue): i18n/sheets' `t`, or one over more keys. */
  t: SheetText;
  /** Also plan the report sheets (follow-up list, by unit, history) and write the report paragraph. */
  report?: boolean;
}

export interface Analysis {
  model: Model;
  findings: Finding[];
  rollup: Rollup;
  settings: Settings;
  plan: WorkbookPlan;
  /** Name of the summary sheet the plan writes. */
  summarySheet: string;
  /** The paragraph, follow-up list and history, when the options asked for the report. */
  report?: Report;
}

/**
 * Chooses where the summary goes. The sheet our mark points at is ours and is rewritten in place
 * (renamed when the settings ask for another free name); a user's sheet that merely carries the
 * wanted name is never touched: we pick the next free "Name (2)" and say so.
 */
export function chooseSummarySheet(
  grid: WorkbookGrid,
  wanted: string,
  mark = SUMMARY_MARK
): { name: string; previousName?: string; finding?: Finding } {
  const names = grid.sheetNames ?? grid.sheets.map((s) => s.name);
  const markRef = grid.names?.[mark];
  const marked = markRef ? sheetOfReference(markRef) : null;
  const owned = marked !== null ? (names.find((n) => sameSheetName(n, marked)) ?? null) : null;
  const taken = (n: string): boolean =>
    names.some((s) => sameSheetName(s, n) && (owned === null || !sameSheetName(s, owned)));
  if (owned !== null) {
    if (sameSheetName(owned, wanted)) return { name: owned };
    if (!taken(wanted)) return { name: wanted, previousName: owned };
    return {
      name: owned,
      finding: finding("summary-name-taken", wanted, "A1", { wanted, used: owned }),
    };
  }
  if (!taken(wanted)) return { name: wanted };
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) {
      return {
        name: candidate,
        finding: finding("summary-name-taken", wanted, "A1", { wanted, used: candidate }),
      };
    }
  }
}

/** A warning on each task completed after the report date: at that date it was not done. */
function doneAfterReportFindings(model: Model, rollup: Rollup): Finding[] {
  const table = model.tasksTable;
  const column = table?.columns.completedOn?.letter;
  if (!table || !column) return [];
  const rows = new Set(rollup.doneAfterReportRows);
  return model.tasks
    .filter((task) => rows.has(task.row) && task.completedOn !== null)
    .map((task) =>
      finding("done-after-report-date", table.sheet, `${column}${task.row}`, {
        id: task.id || `#${task.row}`,
        completed: formatVnDate(task.completedOn!),
        reportDate: formatVnDate(rollup.reportDate),
      })
    );
}

export function analyse(grid: WorkbookGrid, options: AnalyseOptions): Analysis {
  const {
    settings,
    sheet: settingsSheet,
    findings: settingFindings,
  } = readSettings(options.t, grid);
  const { model, findings } = readModel(grid);
  const reportDate = options.reportDate ?? settings.reportDate ?? options.today;
  const effective: Settings = { ...settings, reportDate };
  const rollup = rollupModel(model, reportDate, settings.dueSoonDays);

  const wanted = sanitiseSheetName(settings.summarySheet) || DEFAULT_SETTINGS.summarySheet;
  const target = chooseSummarySheet(grid, wanted);
  const sheets: SheetPlan[] = [
    buildSummaryPlan({
      model,
      rollup,
      settings: effective,
      sheetName: target.name,
      previousName: target.previousName,
      t: options.t,
      lang: settings.language,
    }),
  ];
  const report = options.report
    ? buildReport({
        grid,
        model,
        rollup,
        settings: effective,
        t: options.t,
        choose: (mark, name) => chooseSummarySheet(grid, name, mark),
      })
    : undefined;
  if (report) {
    // The paragraph's dated block goes under the summary (its own plan step, composed here).
    if (report.paragraph !== null)
      sheets[0] = withParagraphBlock(sheets[0], {
        paragraph: report.paragraph,
        t: options.t,
        lang: settings.language,
        reportDate,
      });
    sheets.push(...report.sheets);
  }
  if (settingsSheet === null)
    sheets.push(settingsSheetPlan(options.t, effective, settings.language));

  return {
    model,
    findings: [
      ...settingFindings,
      ...findings,
      ...doneAfterReportFindings(model, rollup),
      ...(target.finding ? [target.finding] : []),
      ...(report?.findings ?? []),
    ],
    rollup,
    settings: effective,
    plan: { sheets },
    summarySheet: target.name,
    ...(report ? { report } : {}),
  };
}
