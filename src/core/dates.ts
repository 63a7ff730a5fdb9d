// Dates as Excel serials (the 1900 date system), the only date shape written to cells: a serial with a
// number format displays correctly in every locale, where a date string would be parsed by the locale.

const MS_PER_DAY = 86400000;
// Serial 0 is 1899-12-30 for every date after 1900-02-28 (Excel keeps Lotus's fictitious 1900-02-29).
const EPOCH_UTC = Date.UTC(1899, 11, 30);
/** The serial of 1970-01-01 (25569), for readers that convert serials as ExcelJS does. */
export const UNIX_EPOCH_SERIAL = -EPOCH_UTC / MS_PER_DAY;

export function serialFromYmd(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC) / MS_PER_DAY);
}

/** Serial of a UTC instant, time of day as the fraction; whole days lose their float noise. */
export function serialFromUtcMs(ms: number): number {
  const serial = (ms - EPOCH_UTC) / MS_PER_DAY;
  return Math.abs(serial - Math.round(serial)) < 1e-9 ? Math.round(serial) : serial;
}

export function ymdFromSerial(serial: number): { y: number; m: number; d: number } {
  const date = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "06/11/2020": Vietnamese habit, day first, leading zeros. */
export function formatVnDate(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** "06/11/2020 15:00" for a serial with a time of day (to the minute), else as formatVnDate. */
export function formatVnDateTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  if (minutes === 0 || minutes === 24 * 60) return formatVnDate(Math.round(serial));
  return `${formatVnDate(serial)} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function isoFromSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** "2020-11-06" → serial; null when not a real date. */
export function serialFromIso(text: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : null;
}

/** Today's serial from a JS Date, in local time (what the user calls today). */
export function serialFromLocalDate(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** True when an Excel number format displays a date (d, m or y outside quotes and [..] sections). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

// Without a date format, a number is read as a serial only within years a programme can span;
// 2020 typed as a year must not become 12/07/1905.
const PLAIN_SERIAL_MIN = serialFromYmd(1990, 1, 1);
const PLAIN_SERIAL_MAX = serialFromYmd(2100, 12, 31);

export type DateParse =
  | { kind: "empty" }
  | { kind: "date"; serial: number; fromText: boolean }
  | { kind: "invalid"; reason?: "two-digit-year" };

/** Reads a date cell: serials with or without a date format, and dates typed as text (parseDateText). */
export function parseDateCell(value: string | number | boolean, format?: string): DateParse {
  if (value === "" || value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "invalid" };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1) return { kind: "invalid" };
    const day = Math.floor(value);
    if (isDateFormat(format) || (day >= PLAIN_SERIAL_MIN && day <= PLAIN_SERIAL_MAX)) {
      // A time of day is kept: the live formulas compare the cells as they are (a completion at 15:00
      // on the due day is after a due date at 00:00), and the core counts exactly as they do.
      return { kind: "date", serial: value, fromText: false };
    }
    return { kind: "invalid" };
  }
  const text = value.normalize("NFC").trim();
  if (text === "") return { kind: "empty" };
  return parseDateText(text);
}

// A time of day as clerks write it: "15:00", "15h00", "15h", "15 giờ 30", before or after the date.
const TIME = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?(?:\s*phút)?`;
const TIME_BEFORE = new RegExp(`^${TIME}\\s*,?\\s*(?:ngày\\s+)?(.+)$`, "iu");
const TIME_AFTER = new RegExp(`^(.+?)\\s*,?\\s+(?:lúc\\s+)?${TIME}$`, "iu");
const DMY = /^(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})$/iu;
const DMY_WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{2}|\d{4})$/iu;

/**
 * A date typed as text: "6/11/2020", "06-11-2020", "06.11.2020", "ngày 06 tháng 11 năm 2020",
 * "2020-11-06", with a time of day before or after ("06/11/2020 15:00", "15h00 ngày 06/11/2020").
 * Two-digit years are refused: "20" could be 1920 or 2020, and the message says so.
 */
export function parseDateText(text: string): DateParse {
  const clean = text.normalize("NFC").trim().replace(/\s+/g, " ");
  const timed = splitTime(clean);
  const day = dayFromText(timed.date);
  if (day.kind !== "date" || timed.fraction === null) return day;
  return { kind: "date", serial: day.serial + timed.fraction, fromText: true };
}

/** The date part of a text and its time of day as a fraction of a day (null when none, or invalid). */
function splitTime(text: string): { date: string; fraction: number | null } {
  const before = TIME_BEFORE.exec(text);
  const after = before ? null : TIME_AFTER.exec(text);
  const parts = before
    ? { h: before[1], m: before[2], date: before[3] }
    : after
      ? { date: after[1], h: after[2], m: after[3] }
      : null;
  if (!parts || !/\d/.test(parts.date)) return { date: text, fraction: null };
  const [h, m] = [Number(parts.h), Number(parts.m ?? 0)];
  if (h > 23 || m > 59) return { date: text, fraction: null };
  return { date: parts.date, fraction: (h * 60 + m) / (24 * 60) };
}

function dayFromText(text: string): DateParse {
  const dmy = DMY.exec(text);
  const words = dmy ? null : DMY_WORDS.exec(text);
  const parts = dmy ? [dmy[1], dmy[3], dmy[4]] : words ? [words[1], words[2], words[3]] : null;
  if (parts) {
    if (parts[2].length === 2) return { kind: "invalid", reason: "two-digit-year" };
    const [d, m, y] = parts.map(Number);
    return isValidYmd(y, m, d)
      ? { kind: "date", serial: serialFromYmd(y, m, d), fromText: true }
      : { kind: "invalid" };
  }
  const iso = serialFromIso(text);
  if (iso !== null) return { kind: "date", serial: iso, fromText: true };
  return { kind: "invalid" };
}

/** The last day of a month (month 1-12). */
export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
