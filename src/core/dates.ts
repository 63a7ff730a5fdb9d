// Dates as Excel serials (the 1900 date system), the only date shape written to cells: a serial with a
// number format displays correctly in every locale, where a date string would be parsed by the locale.

const MS_PER_DAY = 86400000;
// Serial 0 is 1899-12-30 for every date after 1900-02-28 (Excel keeps Lotus's fictitious 1900-02-29).
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function serialFromYmd(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC) / MS_PER_DAY);
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
  { kind: "empty" } | { kind: "date"; serial: number; fromText: boolean } | { kind: "invalid" };

/** Reads a date cell: serials with or without a date format, "dd/mm/yyyy" and "yyyy-mm-dd" text. */
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
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    return isValidYmd(y, m, d)
      ? { kind: "date", serial: serialFromYmd(y, m, d), fromText: true }
      : { kind: "invalid" };
  }
  const iso = serialFromIso(text);
  if (iso !== null) return { kind: "date", serial: iso, fromText: true };
  return { kind: "invalid" };
}
