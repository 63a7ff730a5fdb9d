// Validation findings are data, not exceptions (after zod's issues): a union tagged by `code`,
// each pointing at a sheet and an A1 cell, with parameters for the message catalogue and an
// optional fix that lists exactly which cells it would change.

export type Severity = "error" | "warning";

/** Parameters each finding code carries; the catalogue's messages use the same names. */
export interface FindingParams {
  "missing-sheet": { expected: string };
  "missing-column": { column: string; table: string };
  "empty-required": { column: string };
  "duplicate-id": { id: string; firstCell: string };
  "unknown-area": { area: string };
  "unknown-status": { value: string };
  "unknown-kind": { value: string };
  "invalid-date": { value: string; column: string };
  "invalid-progress": { value: string };
  "cell-error": { value: string; column: string };
  "done-without-date": { id: string };
  "progress-status-mismatch": { id: string; progress: number; status: string };
  "roadmap-without-due-date": { id: string };
  "empty-area": { area: string };
  "text-normalised": { value: string; normalised: string };
  /** The core accepted an alias (e.g. "Done") but the live formulas only count the canonical value. */
  "alias-not-counted": { value: string; canonical: string };
  /** A date typed as text: the core reads it, the live formulas cannot compare it. */
  "text-date": { value: string; column: string };
  "legacy-encoding": { value: string; converted: string; encoding: string };
  /** Done on its due day but after the time of day in the dates, so the formulas count it late. */
  "late-by-time-of-day": { id: string; completed: string; due: string };
  "summary-name-taken": { wanted: string; used: string };
  /** Completed after the report date: counted as in progress at that date. */
  "done-after-report-date": { id: string; completed: string; reportDate: string };
  "invalid-setting": { setting: string; value: string };
  "host-error": { reason: string; detail: string };
  // --- tables as clerks build them (issue 11) ---
  /** Neither input sheet exists: the workbook is not set up yet (pointed at its first sheet). */
  "no-input-sheets": { areas: string; tasks: string };
  /** An input sheet exists but holds nothing. */
  "empty-sheet": { sheet: string };
  /** A row below the table's footer has an id and a title: it is not read as a task. */
  "row-after-table": { row: number };
  /** A date typed with a two-digit year ("06/11/20"): refused, the century is not known. */
  "two-digit-year": { value: string; column: string };
  /** A deadline written as a period or limit ("Quý II/2021"): read as its last day. */
  "deadline-text": { value: string; due: string };
  /** A recurring duty written in the due-date column ("Thường xuyên"): no deadline. */
  "deadline-recurring": { value: string };
  /** Due-date words that set no date ("Theo tiến độ dự án"): no deadline. */
  "unknown-deadline": { value: string };
  /** In an appendix list, a task row above the first section row: no area to put it in. */
  "import-task-before-section": { row: number };
}

export type FindingCode = keyof FindingParams;

/** One cell a fix would change, with its value before and after. */
export interface CellChange {
  sheet: string;
  cell: string;
  from: string | number;
  to: string | number;
  /** A font to set on the cell (legacy-encoding fixes set a Unicode font). */
  font?: string;
  /**
   * The value is a date serial. The .xlsx file host gives the cell a date style found in its column
   * where it has none; Office keeps the cell's own format.
   */
  date?: boolean;
}

export interface Fix {
  /** Message key of the fix's label. */
  label:
    | "fix.replace"
    | "fix.normalise"
    | "fix.toDate"
    | "fix.dropTime"
    | "fix.convertLegacy"
    | "fix.setRecurring";
  changes: CellChange[];
}

interface FindingOf<C extends FindingCode> {
  code: C;
  severity: Severity;
  sheet: string;
  /** A1 address of the offending cell, or of the header/table when no cell fits. */
  cell: string;
  params: FindingParams[C];
  fix?: Fix;
}

export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

export const SEVERITY: { [C in FindingCode]: Severity } = {
  "missing-sheet": "error",
  "missing-column": "error",
  "empty-required": "error",
  "duplicate-id": "error",
  "unknown-area": "error",
  "unknown-status": "error",
  "unknown-kind": "error",
  "invalid-date": "error",
  "invalid-progress": "error",
  "cell-error": "error",
  "done-without-date": "warning",
  "progress-status-mismatch": "warning",
  "roadmap-without-due-date": "warning",
  "empty-area": "warning",
  "text-normalised": "warning",
  "alias-not-counted": "warning",
  "done-after-report-date": "warning",
  "text-date": "warning",
  "legacy-encoding": "warning",
  "late-by-time-of-day": "warning",
  "summary-name-taken": "warning",
  "invalid-setting": "warning",
  "host-error": "error",
  "no-input-sheets": "error",
  "empty-sheet": "error",
  "row-after-table": "warning",
  "two-digit-year": "error",
  "deadline-text": "warning",
  "deadline-recurring": "warning",
  "unknown-deadline": "warning",
  "import-task-before-section": "error",
};

/** Builds a finding with the severity its code always has. */
export function finding<C extends FindingCode>(
  code: C,
  sheet: string,
  cell: string,
  params: FindingParams[C],
  fix?: Fix
): Finding {
  const f = { code, severity: SEVERITY[code], sheet, cell, params } as FindingOf<C>;
  if (fix) f.fix = fix;
  return f as unknown as Finding;
}
