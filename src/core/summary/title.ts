// The title block in Party-document style: issuing bodies top left with "*", the Party name and the
// place-and-date line top right, the appendix label, title, subtitle and the report-date cell.
import { t, type MessageKey } from "../../i18n";
import { ymdFromSerial } from "../dates";
import { excelString } from "../formulas";
import type { Lang } from "../model";
import type { Settings } from "../settings";
import { upper, type SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, textHeight } from "./estimate";
import { LAST_COL, REPORT_DATE_REF, ROWS } from "./layout";

export function layOutTitleBlock(draft: SheetDraft, ctx: SummaryContext): void {
  const { settings, lang, label } = ctx;
  draft.text("A", ROWS.parentBody, upper(settings.parentBody));
  draft.text("A", ROWS.issuingBody, upper(settings.issuingBody));
  draft.text("A", ROWS.star, "*");
  draft.text("I", ROWS.parentBody, label("summary.partyName"));
  draft.put("I", ROWS.issuingBody, {
    formula: dateLineFormula(lang, settings.place),
    result: dateLineText(lang, settings.place, ctx.rollup.reportDate),
  });
  draft.text("A", ROWS.appendix, label("summary.appendix"));
  draft.text("A", ROWS.title, upper(label("summary.title")));
  const sub = subtitle(lang, settings);
  draft.text("A", ROWS.subtitle, sub);
  draft.text("L", ROWS.asOf, label("summary.asOf"));
  draft.put("N", ROWS.asOf, { value: ctx.rollup.reportDate });
  for (const r of [ROWS.parentBody, ROWS.issuingBody, ROWS.star]) draft.merge(`A${r}:E${r}`);
  draft.merge(`I${ROWS.parentBody}:N${ROWS.parentBody}`);
  draft.merge(`I${ROWS.issuingBody}:N${ROWS.issuingBody}`);
  for (const r of [ROWS.appendix, ROWS.title, ROWS.subtitle]) draft.merge(`A${r}:N${r}`);
  draft.merge(`L${ROWS.asOf}:M${ROWS.asOf}`);
  Object.assign(draft.rowHeights, {
    [ROWS.parentBody]: 18,
    [ROWS.issuingBody]: 18,
    [ROWS.star]: 16,
    4: 8,
    [ROWS.appendix]: 18,
    [ROWS.title]: 21,
    [ROWS.subtitle]: Math.max(20, textHeight(sub, colsBetween("A", LAST_COL), 13, true)),
    [ROWS.asOf]: 18,
  });
}

const placeOf = (lang: Lang, placeName: string): string =>
  placeName.trim() === "" ? t(lang, "summary.noPlace") : placeName.trim().normalize("NFC");

/** The place-and-date line as its formula computes it at `reportDate`. */
function dateLineText(lang: Lang, placeName: string, reportDate: number): string {
  const { y, m, d } = ymdFromSerial(reportDate);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return t(lang, "summary.dateLine", {
    place: placeOf(lang, placeName),
    day: pad(d),
    month: pad(m),
    year: y,
  });
}

/** "{place}, ngày {day} …" as a formula over the report-date cell, so the line follows that cell. */
function dateLineFormula(lang: Lang, placeName: string): string {
  const template = t(lang, "summary.dateLine");
  const place = placeOf(lang, placeName);
  const exprs: Record<string, string> = {
    day: `RIGHT("0"&DAY(${REPORT_DATE_REF}),2)`,
    month: `RIGHT("0"&MONTH(${REPORT_DATE_REF}),2)`,
    year: `YEAR(${REPORT_DATE_REF})`,
  };
  // Literal text and expressions in template order; adjacent literals joined into one string.
  const pieces: { literal?: string; expr?: string }[] = [];
  const literal = (text: string): void => {
    const prev = pieces[pieces.length - 1];
    if (prev?.literal !== undefined) prev.literal += text;
    else pieces.push({ literal: text });
  };
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    literal(template.slice(last, m.index));
    if (m[1] === "place") literal(place);
    else if (m[1] in exprs) pieces.push({ expr: exprs[m[1]] });
    else literal(m[0]);
    last = m.index + m[0].length;
  }
  literal(template.slice(last));
  return (
    "=" +
    pieces
      .filter((p) => p.literal !== "")
      .map((p) => p.expr ?? excelString(p.literal ?? ""))
      .join("&")
  );
}

function subtitle(lang: Lang, settings: Settings): string {
  const programme = settings.programme.trim();
  const period = settings.period.trim();
  if (period === "") return upper(programme);
  const key: MessageKey = /^\d/.test(period) ? "summary.subtitleYears" : "summary.subtitleText";
  return upper(t(lang, key, { programme, period }));
}
