// Deadlines as plans write them, in the due-date column: periods ("Quý II/2021", "Tháng 6/2021",
// "6 tháng đầu năm 2021", "Năm 2021", "2021-2025"), limits ("Trước ngày 30/6/2021") and recurring
// duties ("Thường xuyên", "Hằng năm"). A period's deadline is its last day. Nothing here throws.
import { isValidYmd, lastDayOfMonth, parseDateCell, parseDateText, serialFromYmd } from "./dates";
import type { CellValue } from "./grid";

export type DeadlineShape = "quarter" | "month" | "half" | "year" | "period" | "before";

export type DeadlineParse =
  | { kind: "empty" }
  /** A date the formulas can count as it is (a serial, or a date typed as text: fromText). */
  | { kind: "date"; serial: number; fromText: boolean }
  /** A period or limit written in words: its last day. */
  | { kind: "period"; serial: number; shape: DeadlineShape }
  | { kind: "recurring" }
  /** Looks like a date but is not one (31/02/2021); two-digit years are refused. */
  | { kind: "invalid"; reason?: "two-digit-year" }
  /** Words that set no date ("Theo tiến độ dự án", "Khi có chỉ đạo"). */
  | { kind: "unknown" };

// A plan repeats its deadline words ("Thường xuyên", "Quý II/2021") over thousands of rows: each text is
// folded once. Bounded, so a sheet of distinct texts cannot grow it without end.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 4096;

/** Lower case, no accents, đ as d, dashes as "-", no spaces around "/" and "-", single spaces. */
function fold(text: string): string {
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  const folded = foldText(text);
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00A0]+/g, " ")
    .replace(/ ?([/-]) ?/g, "$1")
    .replace(/[ .,;:]+$/, "")
    .trim();
}

const RECURRING_WORD =
  "(?:thuong xuyen|(?:dinh ky )?(?:hang|hand) (?:nam|quy|thang|tuan|ngay)|dinh ky|lien tuc)";
const RECURRING = new RegExp(`^${RECURRING_WORD}(?:[ ,;/-]+${RECURRING_WORD})*$`);
const YEAR = "(\\d{4})";
const QUARTER = new RegExp(`^quy (iv|i{1,3}|[1-4])(?:/| nam |-| )${YEAR}$`);
const MONTH = new RegExp(`^(?:thang |t)(\\d{1,2})(?:/| nam |-| |\\.)${YEAR}$`);
const BARE_MONTH = new RegExp(`^(\\d{1,2})/${YEAR}$`);
const HALF = new RegExp(`^6 thang (dau|cuoi) nam ${YEAR}$`);
const IN_YEAR = new RegExp(`^(?:(?:trong |cuoi )?nam )?${YEAR}$`);
const PERIOD = new RegExp(`^(?:giai doan )?${YEAR}(?:-| den )${YEAR}$`);
const BEFORE = /^(?:truoc|cham nhat|han chot|khong muon hon|khong qua)(?: ngay)? (.+)$/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const endOf = (y: number, m: number): number | null =>
  isValidYmd(y, m, 1) ? serialFromYmd(y, m, lastDayOfMonth(y, m)) : null;

/** A period in words, as its last day; null when the text names none. */
function periodOf(s: string): { serial: number; shape: DeadlineShape } | null {
  const on = (serial: number | null, shape: DeadlineShape) =>
    serial === null ? null : { serial, shape };
  let m: RegExpExecArray | null;
  if ((m = QUARTER.exec(s)))
    return on(endOf(Number(m[2]), 3 * (ROMAN[m[1]] ?? Number(m[1]))), "quarter");
  if ((m = MONTH.exec(s) ?? BARE_MONTH.exec(s))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? on(endOf(Number(m[2]), month), "month") : null;
  }
  if ((m = HALF.exec(s))) return on(endOf(Number(m[2]), m[1] === "dau" ? 6 : 12), "half");
  if ((m = IN_YEAR.exec(s))) return on(endOf(Number(m[1]), 12), "year");
  if ((m = PERIOD.exec(s)) && Number(m[2]) >= Number(m[1]))
    return on(endOf(Number(m[2]), 12), "period");
  return null;
}

/** "Trước ngày 30/6/2021", "Chậm nhất quý II/2021": the limit's own date or period end. */
function limitOf(original: string, s: string): { serial: number; shape: DeadlineShape } | null {
  const m = BEFORE.exec(s);
  if (!m) return null;
  // The date part is read from the original text (after the same number of words), so "tháng" stays.
  const words = original.trim().split(/\s+/);
  const rest = words.slice(words.length - m[1].split(" ").length).join(" ");
  for (const candidate of [m[1], rest]) {
    const date = parseDateText(candidate);
    if (date.kind === "date") return { serial: Math.floor(date.serial), shape: "before" };
  }
  const period = periodOf(m[1]);
  return period ? { serial: period.serial, shape: "before" } : null;
}

/** Reads deadline text: a period, a limit, a recurring duty, a plain date, or none of them. */
export function parseDeadlineText(text: string): DeadlineParse {
  const s = fold(text);
  if (s === "") return { kind: "empty" };
  if (RECURRING.test(s)) return { kind: "recurring" };
  const date = parseDateText(text);
  if (date.kind === "date" || (date.kind === "invalid" && date.reason)) return date;
  const found = periodOf(s) ?? limitOf(text, s);
  if (found) return { kind: "period", ...found };
  // Digits with date separators that still read as nothing are a mistyped date, not words.
  return /^\d{1,2}[/.-]\d{1,2}[/.-]\d+$/.test(s) ? { kind: "invalid" } : { kind: "unknown" };
}

/**
 * A due-date cell: a date (serial or text) as parseDateCell reads it, else deadline words; a whole
 * number that is a year (2021, without a date format) is that year's last day.
 */
export function parseDueCell(value: CellValue, format?: string): DeadlineParse {
  const date = parseDateCell(value, format);
  if (date.kind !== "invalid" || typeof value === "boolean") return date;
  if (date.reason) return date;
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1900 && value <= 9999
      ? { kind: "period", serial: serialFromYmd(value, 12, 31), shape: "year" }
      : date;
  }
  return parseDeadlineText(value);
}
