// Numbers as a report prints them: "16.051" and "98,62%" in Vietnamese, "16,051" and "98.62%" in English.
// Written out by hand rather than with Intl so the text is the same on every host and ICU build.
import type { Lang } from "../model";

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** A whole number with its thousands grouped: 16.051 (vi), 16,051 (en). */
export function formatCount(lang: Lang, n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].group);
}

/** A number with up to `decimals` decimals, trailing zeros dropped: 98,62 / 100 / 93,9. */
export function formatDecimal(lang: Lang, x: number, decimals = 2): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(x) * scale);
  const whole = Math.floor(rounded / scale);
  const fraction = String(rounded % scale)
    .padStart(decimals, "0")
    .replace(/0+$/, "");
  const sign = x < 0 && rounded > 0 ? "-" : "";
  return (
    sign + formatCount(lang, whole) + (fraction === "" ? "" : SEPARATORS[lang].decimal + fraction)
  );
}

/** A rate (0..1) as a percentage with up to two decimals: 0.98617 → "98,62%". */
export function formatReportPercent(lang: Lang, rate: number): string {
  return formatDecimal(lang, rate * 100) + "%";
}
