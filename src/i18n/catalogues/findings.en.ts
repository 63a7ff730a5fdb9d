// English, findings: the same keys as findings.vi.ts (a key missing or extra here does not compile).
import type { FindingKey } from "./findings.vi";

export const findings: Record<FindingKey, string> = {
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
  "finding.late-by-time-of-day":
    "Task {id} was completed on its due day but after the time in the due date ({completed} against {due}), so it counts as late. To count by day, drop the time.",
  "finding.legacy-encoding":
    '{encoding} text "{value}" should be converted to Unicode: "{converted}".',
  "finding.summary-name-taken":
    'Sheet "{wanted}" belongs to the user and was left as it is; the summary was written to "{used}".',
  "finding.host-error": "Excel reported an error: {reason}. {detail}",
  "finding.invalid-setting":
    'Setting "{setting}" has the invalid value "{value}"; the default is used.',
  "fix.replace": "Replace with the standard value",
  "fix.normalise": "Normalise the text",
  "fix.toDate": "Convert to a date",
  "fix.dropTime": "Keep the date only",
  "fix.convertLegacy": "Convert to Unicode",
  "template.validation.title": "Invalid value",
  "template.validation.list": "Choose a value from the list.",
  "template.validation.date": "Enter a date (dd/mm/yyyy).",
  "template.validation.progress": "Progress is a number from 0% to 100%.",
  "finding.no-input-sheets":
    'The workbook has no "{areas}" and "{tasks}" sheets yet: create the template (the "Create template" button or the template command) or import a task list (the import command).',
  "finding.empty-sheet": 'Sheet "{sheet}" is empty: it has no column headers and no tasks yet.',
  "finding.row-after-table":
    "Row {row} is below the notes and signature block at the end of the table, so it is not read as a task although it has an ID and a title: if it is a task, move it up into the table.",
  "finding.two-digit-year":
    'Date "{value}" in column {column} has a two-digit year, so the century is unknown: type all four digits (dd/mm/yyyy).',
  "finding.deadline-text":
    'Deadline "{value}" is read as {due}, but the summary\'s formulas count only real dates: type the date {due}.',
  "finding.deadline-recurring":
    'Deadline "{value}" means a recurring task without a deadline: set its type to "Thường xuyên" (recurring).',
  "finding.unknown-deadline":
    'Deadline "{value}" is neither a date nor a period (quarter, month, year, span of years), so the task counts as having no deadline.',
  "finding.import-task-before-section":
    "Row {row} is a task above the first area row (I, II... or A, B...), so it belongs to no area: add an area row above it.",
  "fix.setRecurring": "Set the type to recurring",
  "office.legacyHost":
    "This Excel is too old to run the add-in (volume-licensed Office 2016 and 2019 run add-ins in Internet Explorer 11). Use Microsoft 365, Office 2021 or later, or Excel on the web. The workbook's formulas keep working without the add-in.",
  "finding.done-after-report-date":
    "Task {id} was completed on {completed}, after the report date {reportDate}: at the report date it counts as in progress.",
};
