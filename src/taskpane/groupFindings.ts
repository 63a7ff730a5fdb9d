// Findings grouped the way the pane shows them: errors before warnings, then by sheet in the order
// sheets first appear, each finding in its original order (the core reports them by row).
import type { Finding, Severity } from "../core/findings";
import type { SeverityGroup } from "./FindingsList.types";

const SEVERITY_ORDER: Severity[] = ["error", "warning"];

export function groupFindings(findings: Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const bySheet = new Map<string, Finding[]>();
    for (const f of ofSeverity) {
      const list = bySheet.get(f.sheet);
      if (list) list.push(f);
      else bySheet.set(f.sheet, [f]);
    }
    groups.push({
      severity,
      count: ofSeverity.length,
      sheets: [...bySheet].map(([sheet, list]) => ({ sheet, findings: list })),
    });
  }
  return groups;
}

/** "Nhiệm vụ!E5": how the pane names a cell (for reading, not for typing into a formula). */
export function cellReference(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
