// The report paragraph, in the style of the Government Office's report on assigned tasks (Báo cáo
// 1270/BC-TCTTTg): the total; done over tasks come due with the rate (on time, late); unfinished (in
// time, overdue); suspended; one clause per area in the programme's order; the change since an earlier
// report date. Text only, from a snapshot of the rollup: the CLI prints it, the pane and the sheet show it.
import type { MessageKey, PluralKey, SheetText } from "../../i18n/sheets";
import { formatVnDate } from "../dates";
import type { Lang } from "../model";
import type { ReportFigures } from "./figures";
import { formatCount, formatDecimal, formatReportPercent } from "./numbers";
import { changeSince, type Delta, type Snapshot } from "./snapshot";

export interface ParagraphArgs {
  t: SheetText;
  lang: Lang;
  current: Snapshot;
  /** What the figures are of, e.g. "Chương trình xây dựng hệ thống chính trị giai đoạn 2015-2020"; may be "". */
  subject: string;
  /** The snapshot of an earlier report date, for the change since then. */
  previous?: Snapshot | null;
}

/** The subject of the paragraph from the programme and its period, as the summary's subtitle words it. */
export function programmeSubject(
  t: SheetText,
  lang: Lang,
  programme: string,
  period: string
): string {
  const p = programme.trim();
  const d = period.trim();
  if (p === "" || d === "") return p;
  return t(lang, /^\d/.test(d) ? "summary.subtitleYears" : "summary.subtitleText", {
    programme: p,
    period: d,
  });
}

/** The whole paragraph: sentences joined by spaces. */
export function reportParagraph(args: ParagraphArgs): string {
  const { t, lang, current, previous } = args;
  const sentences = [
    opening(t, lang, current, args.subject),
    breakdown(t, lang, current.total),
    overallRate(t, lang, current.total),
    byArea(t, lang, current),
    previous ? change(t, lang, previous, current) : "",
  ];
  return sentences.filter((s) => s !== "").join(" ");
}

type Params = Record<string, string | number>;

/** The message in the grammatical number `n` asks for (English "1 task" / "2 tasks"). */
function plural(t: SheetText, lang: Lang, key: PluralKey, n: number, params: Params = {}): string {
  return t(lang, n === 1 ? `${key}.one` : `${key}.other`, {
    n: formatCount(lang, n),
    ...params,
  });
}

function opening(t: SheetText, lang: Lang, s: Snapshot, subject: string): string {
  const date = formatVnDate(s.date);
  return subject.trim() === ""
    ? plural(t, lang, "report.openingNoSubject", s.total.total, { date })
    : plural(t, lang, "report.opening", s.total.total, { date, subject: subject.trim() });
}

/** "Trong đó, có … đến hạn đã hoàn thành, đạt …% (đúng hạn: …, trễ hạn: …); …; chưa hoàn thành: … ." */
function breakdown(t: SheetText, lang: Lang, f: ReportFigures): string {
  const n = (x: number): string => formatCount(lang, x);
  const doneDue = f.doneOnTime + f.doneLate;
  const split = { onTime: n(f.doneOnTime), late: n(f.doneLate) };
  const clauses = [
    f.dueCompletionRate === null
      ? plural(t, lang, "report.doneDue", doneDue, split)
      : plural(t, lang, "report.doneDueRate", doneDue, {
          ...split,
          rate: formatReportPercent(lang, f.dueCompletionRate),
        }),
    f.doneNoDeadline > 0 ? plural(t, lang, "report.doneNoDeadline", f.doneNoDeadline) : "",
    t(lang, "report.unfinished", {
      n: n(f.unfinished),
      inTime: n(f.unfinishedInTime),
      overdue: n(f.overdue),
    }),
    f.suspended > 0 ? t(lang, "report.suspended", { n: n(f.suspended) }) : "",
  ];
  return t(lang, "report.breakdown", { clauses: clauses.filter((c) => c !== "").join("; ") });
}

function overallRate(t: SheetText, lang: Lang, f: ReportFigures): string {
  return f.completionRate === null
    ? ""
    : t(lang, "report.overallRate", { rate: formatReportPercent(lang, f.completionRate) });
}

/** "Theo lĩnh vực: Công tác tư tưởng có 5 nhiệm vụ (hoàn thành 5); …." */
function byArea(t: SheetText, lang: Lang, s: Snapshot): string {
  if (s.areas.length === 0) return "";
  const clauses = s.areas.map(({ name, figures: f }) => {
    const details = [
      t(lang, "report.area.done", { n: formatCount(lang, f.done) }),
      f.unfinished > 0
        ? t(lang, f.overdue > 0 ? "report.area.unfinishedOverdue" : "report.area.unfinished", {
            n: formatCount(lang, f.unfinished),
            overdue: formatCount(lang, f.overdue),
          })
        : "",
      f.suspended > 0
        ? t(lang, "report.area.suspended", { n: formatCount(lang, f.suspended) })
        : "",
    ];
    return plural(t, lang, "report.area", f.total, {
      name: name.normalize("NFC"),
      details: details.filter((d) => d !== "").join(", "),
    });
  });
  return t(lang, "report.byArea", { clauses: clauses.join("; ") });
}

/** "So với ngày 30/06/2018: số nhiệm vụ hoàn thành tăng 45 (từ 11 lên 56); …." */
function change(t: SheetText, lang: Lang, previous: Snapshot, current: Snapshot): string {
  const c = changeSince(previous, current);
  const count = (what: MessageKey, d: Delta): string =>
    moved(t, lang, what, Math.sign(d.to - d.from), {
      by: formatCount(lang, Math.abs(d.to - d.from)),
      from: formatCount(lang, d.from),
      to: formatCount(lang, d.to),
    });
  const rate = (what: MessageKey, d: Delta | undefined): string => {
    if (!d) return "";
    // Compared at the printed precision (hundredths of a percent), so "từ 50% lên 50%" never appears.
    const [from, to] = [Math.round(d.from * 10000), Math.round(d.to * 10000)];
    const points = Math.abs(to - from) / 100;
    return moved(t, lang, what, Math.sign(to - from), {
      by: plural(t, lang, "report.change.points", points, { n: formatDecimal(lang, points) }),
      from: formatReportPercent(lang, d.from),
      to: formatReportPercent(lang, d.to),
    });
  };
  const parts = [
    count("report.change.done", c.done),
    count("report.change.overdue", c.overdue),
    rate("report.change.dueRate", c.dueCompletionRate),
    rate("report.change.rate", c.completionRate),
  ].filter((p) => p !== "");
  return t(lang, "report.change", { date: formatVnDate(c.since), parts: parts.join("; ") });
}

/** "{what} tăng {by} (từ {from} lên {to})", "… giảm …", or "{what} không đổi ({to})". */
function moved(
  t: SheetText,
  lang: Lang,
  what: MessageKey,
  direction: number,
  params: Params
): string {
  const key: MessageKey =
    direction > 0
      ? "report.change.up"
      : direction < 0
        ? "report.change.down"
        : "report.change.same";
  return t(lang, key, { what: t(lang, what), ...params });
}
