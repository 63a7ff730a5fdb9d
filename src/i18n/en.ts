// English catalogue: the same keys as vi.ts, checked by the type below.
import type { MessageKey } from "./vi";

export const en: Record<MessageKey, string> = {
  // --- findings (one per code) ---
  "finding.missing-sheet": 'Sheet "{expected}" (or a table with matching headers) was not found.',
  "finding.missing-column": 'The {table} table lacks the required column "{column}".',
  "finding.empty-required": 'Required cell "{column}" is empty.',
  "finding.duplicate-id": 'ID "{id}" is duplicated (first at {firstCell}).',
  "finding.unknown-area": 'Area "{area}" is not in the areas sheet.',
  "finding.unknown-status":
    'Status "{value}" is not valid (use: Not started, In progress, Done, Suspended).',
  "finding.unknown-kind": 'Task type "{value}" is not valid (use: Roadmap, Recurring).',
  "finding.invalid-date":
    'Date "{value}" in column {column} is not valid (type dd/mm/yyyy or use a date format).',
  "finding.invalid-progress": 'Progress "{value}" is not valid (must be a number from 0 to 100%).',
  "finding.cell-error": "The cell in column {column} shows the error {value}.",
  "finding.done-without-date": "Task {id} is done but has no completion date.",
  "finding.progress-status-mismatch":
    'Task {id}: progress {progress}% does not match status "{status}".',
  "finding.roadmap-without-due-date": "Task {id} is on the roadmap but has no due date.",
  "finding.empty-area": 'Area "{area}" has no tasks.',
  "finding.text-normalised":
    'Text "{value}" was read as "{normalised}" (accents, spaces or typing style differ).',
  "finding.alias-not-counted":
    '"{value}" was read as "{canonical}", but the summary formulas only count "{canonical}": fix it so the table updates itself correctly.',
  "finding.text-date":
    'Date "{value}" in column {column} is text: the summary formulas cannot compare it; convert it to a date.',
  "finding.legacy-encoding":
    '{encoding} text "{value}" should be converted to Unicode: "{converted}".',
  "finding.summary-name-taken":
    'Sheet "{wanted}" belongs to the user and was left as it is; the summary was written to "{used}".',
  "finding.host-error": "Excel reported an error: {reason}. {detail}",
  // --- fixes ---
  "fix.replace": "Replace with the standard value",
  "fix.normalise": "Normalise the text",
  "fix.toDate": "Convert to a date",
  "fix.convertLegacy": "Convert to Unicode",
  // --- severities ---
  "severity.error": "Error",
  "severity.warning": "Warning",
};
