// Sentences from the catalogue written as formulas: "{place}, ngày {day} …" becomes literal text joined
// with expressions over the sheet's cells, so the sentence follows those cells, and its result is the
// same sentence as the core computes it.
import { ymdFromSerial } from "../dates";
import { longString } from "../formulas";
import { REPORT_DATE_REF } from "./layout";

/**
 * `template`'s placeholders become the expressions in `exprs` (the rest are replaced by their `values`
 * as literal text); the result fills every placeholder from `values`.
 */
export function templateFormula(
  template: string,
  exprs: Record<string, string>,
  values: Record<string, string | number>
): { formula: string; result: string } {
  const pieces: { literal?: string; expr?: string }[] = [];
  const literal = (text: string): void => {
    const prev = pieces[pieces.length - 1];
    if (prev?.literal !== undefined) prev.literal += text;
    else pieces.push({ literal: text });
  };
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    literal(template.slice(last, m.index));
    if (m[1] in exprs) pieces.push({ expr: exprs[m[1]] });
    else if (m[1] in values) literal(String(values[m[1]]));
    else literal(m[0]);
    last = m.index + m[0].length;
  }
  literal(template.slice(last));
  const formula =
    "=" +
    pieces
      .filter((p) => p.literal !== "")
      .map((p) => p.expr ?? longString(p.literal ?? ""))
      .join("&");
  const result = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole
  );
  return { formula, result: result.normalize("NFC") };
}

/** Day and month with leading zeros and the year, as expressions over the report-date cell. */
export function dateParts(): Record<string, string> {
  return {
    day: `RIGHT("0"&DAY(${REPORT_DATE_REF}),2)`,
    month: `RIGHT("0"&MONTH(${REPORT_DATE_REF}),2)`,
    year: `YEAR(${REPORT_DATE_REF})`,
  };
}

/** The same parts of `serial` as text. */
export function datePartValues(serial: number): Record<string, string | number> {
  const { y, m, d } = ymdFromSerial(serial);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return { day: pad(d), month: pad(m), year: y };
}
