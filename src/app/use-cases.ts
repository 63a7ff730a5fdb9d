// The use-cases the task pane, the ribbon command and the CLI call. They hold the order of work
// (read once, analyse, write once) and turn host failures into findings; the core does the thinking.
import { parseA1 } from "../core/a1";
import { analyse, type Analysis } from "../core/analyse";
import { finding, type CellChange, type Finding } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import { reportView } from "../core/report/view";
import { asAt, emptyRollup, timeClass } from "../core/rollup";
import { SheetReader } from "../core/sheet-reader";
import type { WorkbookPlan } from "../core/plan";
import {
  readSettings,
  reportDateChange,
  settingsChanges,
  settingsSheetPlan,
  type Settings,
} from "../core/settings";
import { t } from "../i18n/sheets";
import { HostError } from "./errors";
import { inputSheetsMissing } from "./setup";
import type {
  HostFailure,
  OverdueTask,
  RefreshOptions,
  RefreshResult,
  WorkbookHost,
} from "./ports";

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** A host failure as a finding the pane can show, in the user's language. */
function hostErrorFinding(error: unknown, lang: RefreshOptions["lang"]): Finding {
  const reason = error instanceof HostError ? error.reason : "unknown";
  const detail =
    error instanceof Error
      ? error instanceof HostError
        ? error.detail
        : error.message
      : String(error);
  return finding("host-error", "", "", { reason: t(lang, `host.${reason}`), detail });
}

/** The tasks the rollup counted as overdue (the core's time layer), each with its ID cell. */
function overdueTasks(analysis: Analysis): OverdueTask[] {
  const { model, rollup } = analysis;
  const table = model.tasksTable;
  if (!table) return [];
  const known = new Set(model.areas.map((a) => a.id));
  const column = table.columns.id?.letter ?? "A";
  return model.tasks
    .filter((task) => task.areaId !== null && known.has(task.areaId))
    .filter((task) => {
      // As the rollup counts it: a task done after the report date was then overdue if past due.
      const at = asAt(task, rollup.reportDate);
      return (
        at.status !== null && timeClass(at, rollup.reportDate, rollup.dueSoonDays) === "overdue"
      );
    })
    .map((task) => ({
      id: task.id,
      title: task.title,
      areaId: task.areaId!,
      sheet: table.sheet,
      cell: `${column}${task.row}`,
    }));
}

function summarise(analysis: Analysis, findings: Finding[], started: number): RefreshResult {
  return {
    findings,
    overdue: overdueTasks(analysis),
    rollup: analysis.rollup,
    settings: analysis.settings,
    summarySheet: analysis.summarySheet,
    taskCount: analysis.model.tasks.length,
    areaCount: analysis.model.areas.length,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    durationMs: now() - started,
    ...(analysis.report ? { report: reportView(analysis.report) } : {}),
  };
}

/** The refresh's one write: the report date recorded first when asked, then the plan. */
async function write(
  host: WorkbookHost,
  grid: WorkbookGrid,
  plan: WorkbookPlan,
  options: RefreshOptions
): Promise<void> {
  const { reportDate } = options;
  const record =
    options.recordReportDate && reportDate !== undefined
      ? reportDateChange(t, grid, reportDate)
      : null;
  if (record) await host.change([record]);
  await host.apply(plan);
}

/**
 * Validates and refreshes: one read, the core's analysis, one write of the plan. A host failure
 * (protected sheet, cell-edit mode, read-only, payload too large) ends as a finding, not a throw.
 * The summary is written even when there are findings: it is made of live formulas, and the
 * findings say which cells those formulas cannot count yet.
 */
export async function refresh(host: WorkbookHost, options: RefreshOptions): Promise<RefreshResult> {
  const started = now();
  let grid: WorkbookGrid;
  options.onProgress?.("reading");
  try {
    grid = await host.read();
  } catch (error) {
    return failed({ step: "read", error }, options, started);
  }
  options.onProgress?.("checking");
  const analysis = analyse(grid, {
    t,
    today: options.today,
    reportDate: options.reportDate,
    lang: options.lang,
    // The report's sheets (as the settings choose them) go in the same write as the summary.
    report: options.report ?? true,
  });
  options.onProgress?.("computing");
  const findings = [...analysis.findings];
  options.onProgress?.("writing");
  // A workbook not set up yet (no input sheet) gets nothing written: the pane offers the ways in first.
  const unset = inputSheetsMissing(findings) !== null;
  let failure: HostFailure | undefined;
  try {
    if (!unset && options.write !== false) await write(host, grid, analysis.plan, options);
  } catch (error) {
    failure = { step: "write", error };
    findings.unshift(hostErrorFinding(error, options.lang));
  }
  options.onProgress?.("done");
  return { ...summarise(analysis, findings, started), ...(failure ? { failure } : {}) };
}

function failed(failure: HostFailure, options: RefreshOptions, started: number): RefreshResult {
  const f = hostErrorFinding(failure.error, options.lang);
  options.onProgress?.("done");
  const settings = readSettings(t, { sheets: [] }).settings;
  return {
    findings: [f],
    overdue: [],
    rollup: emptyRollup(options.reportDate ?? options.today, settings.dueSoonDays),
    settings,
    summarySheet: settings.summarySheet,
    taskCount: 0,
    areaCount: 0,
    errorCount: 1,
    warningCount: 0,
    durationMs: now() - started,
    failure,
  };
}

/** The workbook's settings, defaults filled in. */
export async function loadSettings(host: WorkbookHost): Promise<Settings> {
  return readSettings(t, await host.read()).settings;
}

/**
 * Stores settings in the workbook's settings sheet: only the value cells that change are written
 * (the user asked for exactly this); a workbook without a settings sheet gets one.
 */
export async function saveSettings(host: WorkbookHost, settings: Settings): Promise<void> {
  const grid = await host.read();
  const changes = settingsChanges(t, grid, settings);
  if (changes === null)
    await host.apply({ sheets: [settingsSheetPlan(t, settings, settings.language)] });
  else if (changes.length > 0) await host.change(changes);
}

/**
 * Writes the cells of a fix the user confirmed. A cell that no longer holds the value the fix was
 * made from (someone edited it since the check) is left alone and returned as stale.
 */
export async function applyFix(
  host: WorkbookHost,
  changes: CellChange[]
): Promise<{ applied: CellChange[]; stale: CellChange[] }> {
  const grid = await host.read();
  const applied: CellChange[] = [];
  const stale: CellChange[] = [];
  for (const change of changes) {
    const sheet = grid.sheets.find((s) => s.name === change.sheet);
    const { row, col } = parseA1(change.cell);
    const current = sheet ? new SheetReader(sheet).value(row, col) : undefined;
    (current === change.from ? applied : stale).push(change);
  }
  if (applied.length > 0) await host.change(applied);
  return { applied, stale };
}
