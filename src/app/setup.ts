// Whether a workbook is set up yet, read from a refresh's findings: the rule the refresh use-case
// (nothing is written to a workbook not set up) and the CLI (-o writes nothing and points at the
// template) share. The pane's first-run screen keys on the core's no-input-sheets finding alone: in
// Excel a workbook always has a sheet, so that finding is the only shape the pane meets.
import type { Finding } from "../core/findings";

/**
 * The input sheets' names when the workbook has neither: the core's one finding, or, in a package
 * with no sheet at all, its two missing-sheet findings. Null when at least one input sheet exists.
 */
export function inputSheetsMissing(findings: Finding[]): { areas: string; tasks: string } | null {
  const none = findings.find((f) => f.code === "no-input-sheets");
  if (none && none.code === "no-input-sheets") return none.params;
  const missing = findings.filter((f) => f.code === "missing-sheet").map((f) => f.sheet);
  return missing.length >= 2 ? { areas: missing[0], tasks: missing[1] } : null;
}
