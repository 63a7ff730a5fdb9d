// Dates and progress cells of the tasks table: what they read as, and the findings when they were
// typed in a shape the live formulas cannot count (text dates) or cannot be read at all.
import type { DateParse } from "../dates";
import { finding, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { TaskField } from "../model";
import { cleanText } from "../text";
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
    findings.push(finding("invalid-date", sheet, cell, params));
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
