// The use-cases' view of a workbook host. The Office.js adapter (src/office/host.ts) and the .xlsx
// file adapter (src/cli/xlsx-host.ts) implement it; the task pane, the ribbon command and the CLI's
// refresh only call use-cases over it.
import type { CellChange, Finding } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import type { Lang, Rollup } from "../core/model";
import type { WorkbookPlan } from "../core/plan";
import type { ReportView } from "../core/report/view";
import type { Settings } from "../core/settings";

export type RefreshStep = "reading" | "checking" | "computing" | "writing" | "done";

export interface WorkbookHost {
  /** Reads the input sheets, the settings sheet and the ownership marks (Office: one sync). */
  read(): Promise<WorkbookGrid>;
  /**
   * Applies a plan: rewrites owned sheets in place, creates missing ones (Office: one sync; a file:
   * the package rewritten and the output file written).
   */
  apply(plan: WorkbookPlan): Promise<void>;
  /**
   * Writes exactly these cells, every other one kept (fixes the user confirmed, settings, the report
   * date the CLI's --as-of records). Office: one sync; a file: the cells patched in the package.
   */
  change(changes: CellChange[]): Promise<void>;
}

export interface RefreshOptions {
  /** Report date as an Excel serial; defaults to the settings sheet's, else today. */
  reportDate?: number;
  /** Language of messages (the generated sheets follow the settings' language). */
  lang: Lang;
  /** Today as an Excel serial (injected so tests are repeatable). */
  today: number;
  /** Also plan the report's sheets and paragraph (default true; the CLI's --report). */
  report?: boolean;
  /** False: check only, nothing written (the CLI without -o). Default true. */
  write?: boolean;
  /**
   * Also store `reportDate` in the settings sheet's report-date cell, before the plan, so the next
   * refresh keeps it (the CLI's --as-of; the pane stores the date when the user picks it).
   */
  recordReportDate?: boolean;
  onProgress?: (step: RefreshStep) => void;
}

/** A host's refusal that ended the refresh: at which step, and what the host threw. */
export interface HostFailure {
  step: "read" | "write";
  error: unknown;
}

/** A task the rollup counts as overdue, with the cell that names it (its ID cell). */
export interface OverdueTask {
  id: string;
  title: string;
  areaId: string;
  sheet: string;
  cell: string;
}

export interface RefreshResult {
  findings: Finding[];
  /** The tasks behind the rollup's overdue figures, in sheet order. */
  overdue: OverdueTask[];
  rollup: Rollup;
  settings: Settings;
  /** Name of the summary sheet written. */
  summarySheet: string;
  taskCount: number;
  areaCount: number;
  errorCount: number;
  warningCount: number;
  durationMs: number;
  /** The report's paragraph, trend and change since the previous report date. */
  report?: ReportView;
  /**
   * Set when the host refused (its finding is first in `findings`), for a front end that reports a
   * refusal its own way (the CLI: one line, exit 2).
   */
  failure?: HostFailure;
}
