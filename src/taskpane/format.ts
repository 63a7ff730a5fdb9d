// Locale-aware formatting for the pane: numbers the way each language writes them ("0,4" in
// Vietnamese), Excel date serials to and from dd/mm/yyyy as clerks type them (and ISO, for tests).
import type { RefreshResult } from "../app/ports";
import type { Lang } from "../core/model";
import { count, LOCALE, t } from "../i18n/pane";

const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 once the 1900 leap-year bug is accounted for (serials from 61 on).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return value.toLocaleString(LOCALE[lang], { maximumFractionDigits });
}

export function formatPercent(lang: Lang, rate: number): string {
  return rate.toLocaleString(LOCALE[lang], { style: "percent", maximumFractionDigits: 1 });
}

/** "58 nhiệm vụ, 7 lĩnh vực, 2 lỗi, 3 cảnh báo, 0,4 giây". */
export function formatResultLine(lang: Lang, result: RefreshResult): string {
  const seconds = Math.max(result.durationMs, 0) / 1000;
  return [
    count(lang, "task", result.taskCount),
    count(lang, "area", result.areaCount),
    count(lang, "error", result.errorCount),
    count(lang, "warning", result.warningCount),
    // Two significant digits below 10 s, so a fast refresh reads "0,04 giây" rather than "0 giây".
    t(lang, "pane.count.seconds", {
      n: formatNumber(lang, seconds, seconds < 0.1 ? 2 : seconds < 10 ? 1 : 0),
    }),
  ].join(", ");
}

// The date helpers below mirror src/core/dates.ts on purpose: the header needs them at first paint, and
// importing the core here would pull its shared chunk into the start bundle (budget: at most 1.5x the
// gzip size of a bare Fluent app, measured by the bench).
// format.test.ts checks them against the core's.

/** Excel serial -> "yyyy-mm-dd". */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "yyyy-mm-dd" -> Excel serial, null when the text is not a real date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return Math.round((ms - EXCEL_EPOCH) / MS_PER_DAY);
}

/** Today in the user's time zone as an Excel serial. */
export function todaySerial(now: Date = new Date()): number {
  return Math.round(
    (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - EXCEL_EPOCH) / MS_PER_DAY
  );
}

// The one language rule, re-exported where the pane's entry already looks for it.
export { langFromLocale } from "../i18n/lang";

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Excel serial -> "dd/mm/yyyy", the Vietnamese habit (also used for English: the workbook's own style). */
export function serialToDisplay(serial: number): string {
  const [y, m, d] = serialToIso(serial).split("-");
  return `${d}/${m}/${y}`;
}

/** Excel serial -> "dd/mm/yyyy hh:mm" when it has a time of day (to the minute), else "dd/mm/yyyy". */
export function serialToDisplayTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  if (minutes === 0 || minutes === 24 * 60) return serialToDisplay(Math.round(serial));
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  return `${serialToDisplay(serial)} ${hh}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "06/11/2020" or "6/11/2020" -> Excel serial, null unless it is a whole, real dd/mm/yyyy date. */
export function displayToSerial(text: string): number | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return isoToSerial(`${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`);
}

/** A catalogue entry with a singular and a plural form ("Error (1)", "Errors (2)"). */
export function plural(
  lang: Lang,
  key: "pane.findings.errors" | "pane.findings.warnings",
  n: number
): string {
  return t(lang, `${key}.${n === 1 ? "one" : "other"}`, { n: formatNumber(lang, n, 0) });
}
