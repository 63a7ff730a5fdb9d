// The title block in Party-document style: issuing bodies top left with "*", the Party name and the
// place-and-date line top right, the appendix label, title, subtitle and the report-date cell.
import { t, type MessageKey } from "../../i18n";
import type { Lang } from "../model";
import type { PlanCell } from "../plan";
import type { Settings } from "../settings";
import { upper, type SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, textHeight } from "./estimate";
import { LAST_COL, ROWS } from "./layout";
import { dateParts, datePartValues, templateFormula } from "./template";

export function layOutTitleBlock(draft: SheetDraft, ctx: SummaryContext): void {
  const { settings, lang, label } = ctx;
  draft.text("A", ROWS.parentBody, upper(settings.parentBody));
  draft.text("A", ROWS.issuingBody, upper(settings.issuingBody));
  draft.text("A", ROWS.star, "*");
  draft.text("I", ROWS.parentBody, label("summary.partyName"));
  draft.put("I", ROWS.issuingBody, dateLine(lang, settings.place, ctx.rollup.reportDate));
  draft.text("A", ROWS.appendix, label("summary.appendix"));
  draft.text("A", ROWS.title, upper(label("summary.title")));
  const sub = subtitle(lang, settings);
  draft.text("A", ROWS.subtitle, sub);
  draft.text("N", ROWS.asOf, label("summary.asOf"));
  // What the figures count, above the table as an official table states it.
  draft.text("A", ROWS.asOf, label("summary.unitLine"));
  draft.merge(`A${ROWS.asOf}:E${ROWS.asOf}`);
  draft.put(LAST_COL, ROWS.asOf, { value: ctx.rollup.reportDate });
  for (const r of [ROWS.parentBody, ROWS.issuingBody, ROWS.star]) draft.merge(`A${r}:E${r}`);
  draft.merge(`I${ROWS.parentBody}:${LAST_COL}${ROWS.parentBody}`);
  draft.merge(`I${ROWS.issuingBody}:${LAST_COL}${ROWS.issuingBody}`);
  for (const r of [ROWS.appendix, ROWS.title, ROWS.subtitle]) draft.merge(`A${r}:${LAST_COL}${r}`);
  draft.merge(`N${ROWS.asOf}:O${ROWS.asOf}`);
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

/** "{place}, ngày {day} …" as a formula over the report-date cell, so the line follows that cell. */
function dateLine(lang: Lang, placeName: string, reportDate: number): PlanCell {
  return templateFormula(t(lang, "summary.dateLine"), dateParts(), {
    place: placeOf(lang, placeName),
    ...datePartValues(reportDate),
  });
}

function subtitle(lang: Lang, settings: Settings): string {
  const programme = settings.programme.trim();
  const period = settings.period.trim();
  if (period === "") return upper(programme);
  const key: MessageKey = /^\d/.test(period) ? "summary.subtitleYears" : "summary.subtitleText";
  return upper(t(lang, key, { programme, period }));
}
