// The title block in Party-document style: issuing bodies top left with "*", the Party name and the
// place-and-date line top right, the appendix label, title, subtitle, the "(Kèm theo Báo cáo số …)" line
// when the settings name the report, and the report-date cell.
import type { MessageKey } from "../../i18n/sheets";
import type { PlanCell } from "../plan";
import type { Settings } from "../settings";
import { upperVi } from "../text";
import type { SummaryContext } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, textHeight } from "./estimate";
import { LAST_COL, ROWS } from "./layout";
import { dateParts, datePartValues, templateFormula } from "./template";

export function layOutTitleBlock(draft: SheetDraft, ctx: SummaryContext): void {
  const { settings, label } = ctx;
  const T = ctx.titleRows;
  draft.text("A", ROWS.parentBody, upperVi(settings.parentBody));
  draft.text("A", ROWS.issuingBody, upperVi(settings.issuingBody));
  draft.text("A", ROWS.star, "*");
  draft.text("I", ROWS.parentBody, label("summary.partyName"));
  draft.put("I", ROWS.issuingBody, dateLineFormula(label, settings.place, ctx.rollup.reportDate));
  draft.text("A", T.appendix, label("summary.appendix"));
  draft.text("A", T.title, upperVi(label("summary.title")));
  const sub = subtitle(label, settings);
  draft.text("A", T.subtitle, sub);
  const attachment = settings.reportNumber.trim().normalize("NFC");
  if (T.attachment !== null)
    draft.text("A", T.attachment, label("summary.attachedTo", { number: attachment }));
  draft.text("N", ROWS.asOf, label("summary.asOf"));
  // What the figures count, above the table as an official table states it.
  draft.text("A", ROWS.asOf, label("summary.unitLine"));
  draft.merge(`A${ROWS.asOf}:E${ROWS.asOf}`);
  draft.put(LAST_COL, ROWS.asOf, { value: ctx.rollup.reportDate });
  for (const r of [ROWS.parentBody, ROWS.issuingBody, ROWS.star]) draft.merge(`A${r}:E${r}`);
  draft.merge(`I${ROWS.parentBody}:${LAST_COL}${ROWS.parentBody}`);
  draft.merge(`I${ROWS.issuingBody}:${LAST_COL}${ROWS.issuingBody}`);
  const lines = [T.appendix, T.title, T.subtitle, ...(T.attachment === null ? [] : [T.attachment])];
  for (const r of lines) draft.merge(`A${r}:${LAST_COL}${r}`);
  draft.merge(`N${ROWS.asOf}:O${ROWS.asOf}`);
  Object.assign(draft.rowHeights, {
    [ROWS.parentBody]: 18,
    [ROWS.issuingBody]: 18,
    [ROWS.star]: 16,
    // The spacer under "*", unless the title lines moved up to make room for the "(Kèm theo …)" line.
    ...(T.attachment === null ? { 4: 8 } : {}),
    [T.appendix]: 18,
    [T.title]: 21,
    [T.subtitle]: Math.max(20, textHeight(sub, colsBetween("A", LAST_COL), 13, true)),
    ...(T.attachment === null
      ? {}
      : {
          [T.attachment]: Math.max(
            20,
            textHeight(
              label("summary.attachedTo", { number: attachment }),
              colsBetween("A", LAST_COL),
              13
            )
          ),
        }),
    [ROWS.asOf]: 18,
  });
}

type Label = SummaryContext["label"];

const placeOf = (label: Label, placeName: string): string =>
  placeName.trim() === "" ? label("summary.noPlace") : placeName.trim().normalize("NFC");

/** "{place}, ngày {day} …" as a formula over the report-date cell, so the line follows that cell. */
export function dateLineFormula(label: Label, placeName: string, reportDate: number): PlanCell {
  return templateFormula(label("summary.dateLine"), dateParts(), {
    place: placeOf(label, placeName),
    ...datePartValues(reportDate),
  });
}

function subtitle(label: Label, settings: Settings): string {
  const programme = settings.programme.trim();
  const period = settings.period.trim();
  if (period === "") return upperVi(programme);
  const key: MessageKey = /^\d/.test(period) ? "summary.subtitleYears" : "summary.subtitleText";
  return upperVi(label(key, { programme, period }));
}
