// The use-cases' view of a workbook host. The Office.js adapter (src/office) and the .xlsx file
// adapter (src/cli) implement it; the task pane and the ribbon command only call use-cases over it.
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
  /** Applies a plan: rewrites owned sheets in place, creates missing ones (Office: one sync). */
  apply(plan: WorkbookPlan): Promise<void>;
  /** Selects a cell so the user sees it (Office: range.select()). */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes exactly these cells; used by fixes the user confirmed. */
  change(changes: CellChange[]): Promise<void>;
}

export interface RefreshOptions {
  /** Report date as an Excel serial; defaults to the settings sheet's, else today. */
  reportDate?: number;
  /** Language of messages (the generated sheets follow the settings' language). */
  lang: Lang;
  /** Today as an Excel serial (injected so tests are repeatable). */
  today: number;
  onProgress?: (step: RefreshStep) => void;
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
  /** The report's paragraph, trend and change since the previous report date (issue 15). */
  report?: ReportView;
}
