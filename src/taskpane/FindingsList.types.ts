import type { Finding, Severity } from "../core/findings";

export interface FindingsListProps {
  findings: Finding[];
  /** Selects the finding's cell in the workbook. */
  onSelect: (finding: Finding) => void;
  /** Opens the fix dialog for a finding that has a fix. */
  onFix: (finding: Finding) => void;
  disabled?: boolean;
}

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

/** What the findings list shows: errors only or every severity, one sheet's or every sheet's. */
export interface FindingsFilter {
  errorsOnly: boolean;
  /** null: every sheet. */
  sheet: string | null;
}

export interface FilterBarProps {
  filter: FindingsFilter;
  /** The sheets that have findings, in the order they first appear. */
  sheets: string[];
  onChange: (filter: FindingsFilter) => void;
}
