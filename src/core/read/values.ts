// Dates and progress cells of the tasks table: what they read as, and the findings when they were
// typed in a shape the live formulas cannot count (text dates) or cannot be read at all.
import { formatVnDate, parseDateCell, type DateParse } from "../dates";
import type { DeadlineParse } from "../deadline";
import { finding, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { TaskField, TaskKind } from "../model";
import { isCellError } from "../sheet-reader";
import { cleanText } from "../text";
import { CANONICAL_KIND } from "../vocab";
import type { Column, TableCells } from "./cells";

/** A date cell's serial, null when empty or unreadable (reported); text dates are read but flagged. */
export function readDate(
  cells: TableCells<TaskField>,
  column: Column,
  parse: (raw: CellValue, format: string) => DateParse,
  findings: Finding[]
): number | null {
  const raw = cells.raw(column);
  const parsed = parse(raw, cells.format(column));
  if (parsed.kind === "empty") return null;
  const sheet = cells.sheet;
  const cell = cells.cell(column);
  const params = { value: String(raw), column: column.label };
  if (parsed.kind === "invalid") {
    const code = parsed.reason === "two-digit-year" ? "two-digit-year" : "invalid-date";
    findings.push(finding(code, sheet, cell, params));
    return null;
  }
  if (parsed.fromText) {
    findings.push(
      finding("text-date", sheet, cell, params, {
        label: "fix.toDate",
        changes: [{ sheet, cell, from: String(raw), to: parsed.serial }],
      })
    );
  }
  return parsed.serial;
}

/** What a due-date cell gives the task: its deadline, and whether it names a recurring duty. */
export interface DueRead {
  due: number | null;
  recurring: boolean;
}

const NO_DUE: DueRead = { due: null, recurring: false };

/**
 * The due-date cell, dates as readDate reads them, and deadline words as plans write them: a period
 * is read as its last day with a fix that writes that date (the formulas count real dates only); a
 * recurring word makes the task recurring, with a fix that sets its type; other words, no deadline.
 */
export function readDue(
  cells: TableCells<TaskField>,
  parse: (raw: CellValue, format: string) => DeadlineParse,
  kind: TaskKind | null,
  findings: Finding[]
): DueRead {
  const column = cells.columns.due;
  const raw = cells.rawUnchecked(column);
  if (isCellError(raw))
    return { due: readDate(cells, column, parseDateCell, findings), recurring: false };
  const parsed = parse(raw, cells.format(column));
  if (parsed.kind === "empty" || parsed.kind === "date" || parsed.kind === "invalid") {
    return { due: readDate(cells, column, () => parsed, findings), recurring: false };
  }
  const sheet = cells.sheet;
  const cell = cells.cell(column);
  const value = String(cells.rawUnchecked(column));
  if (parsed.kind === "period") {
    const due = formatVnDate(parsed.serial);
    findings.push(
      finding(
        "deadline-text",
        sheet,
        cell,
        { value, due },
        {
          label: "fix.toDate",
          changes: [{ sheet, cell, from: value, to: parsed.serial }],
        }
      )
    );
    return { due: parsed.serial, recurring: false };
  }
  if (parsed.kind === "recurring") {
    if (kind !== "recurring") findings.push(recurringFinding(cells, value));
    return { due: null, recurring: true };
  }
  findings.push(finding("unknown-deadline", sheet, cell, { value }));
  return NO_DUE;
}

/** The recurring-deadline warning, with a fix that types the kind when the table has a kind column. */
function recurringFinding(cells: TableCells<TaskField>, value: string): Finding {
  const { sheet } = cells;
  const kind = cells.columns.kind;
  const fix = kind.ref
    ? {
        label: "fix.setRecurring" as const,
        changes: [
          {
            sheet,
            cell: cells.cell(kind),
            from: String(cells.rawUnchecked(kind)),
            to: CANONICAL_KIND.recurring,
          },
        ],
      }
    : undefined;
  return finding("deadline-recurring", sheet, cells.cell(cells.columns.due), { value }, fix);
}

/** Progress as a fraction 0..1 from 0.8, 80, "80%", "80,5%"; numbers up to 1 are fractions. */
export function parseProgress(
  value: string | number | boolean,
  format = "General"
): number | null | "invalid" {
  if (value === "") return null;
  if (typeof value === "boolean") return "invalid";
  let n: number;
  let percentSign = false;
  if (typeof value === "number") {
    n = value;
    percentSign = format.includes("%");
  } else {
    const text = cleanText(value);
    if (text === "") return null;
    const m = /^([+-]?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(text);
    if (!m) return "invalid";
    n = Number(m[1].replace(",", "."));
    if (m[2] === "%") {
      n /= 100;
      percentSign = true;
    }
  }
  if (!Number.isFinite(n)) return "invalid";
  const fraction = percentSign || (n >= 0 && n <= 1) ? n : n / 100;
  return fraction < 0 || fraction > 1 ? "invalid" : fraction;
}

export function readProgress(cells: TableCells<TaskField>, findings: Finding[]): number | null {
  const column = cells.columns.progress;
  const raw = cells.raw(column);
  const parsed = parseProgress(raw, cells.format(column));
  if (parsed === "invalid") {
    findings.push(
      finding("invalid-progress", cells.sheet, cells.cell(column), { value: String(raw) })
    );
    return null;
  }
  return parsed;
}
