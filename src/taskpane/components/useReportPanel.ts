// The report part's state: the copy of the paragraph (the clipboard API when the host has it and
// allows it, else the paragraph selected in a read-only text area for Ctrl+C), and the change and the
// trend worded in the pane's language. Fluent's split: this holds state, ReportPanel.tsx renders.
import { useEffect, useRef, useState } from "react";
import type { Lang } from "../../core/model";
import { formatCount, formatDecimal, formatReportPercent } from "../../core/report/numbers";
import type { ChangeSince, Delta } from "../../core/report/snapshot";
import type { ReportView } from "../../core/report/view";
import { serialToDisplay } from "../format";
import { usePane } from "../PaneContext";
import type { ChangeRow, CopyState, ReportPanelProps, TrendRow } from "./ReportPanel.types";

type Tr = ReturnType<typeof usePane>["tr"];

const MINUS = "\u2212";

/** "+3", "−2", "0": a count's change, grouped as the language writes it. */
function signedCount(lang: Lang, n: number): string {
  if (n === 0) return "0";
  return (n > 0 ? "+" : MINUS) + formatCount(lang, Math.abs(n));
}

/**
 * A rate's change in percentage points: "+1,44 điểm %". Taken between the rates as printed (hundredths
 * of a percent), as the paragraph does, so the pane and the paragraph state the same difference.
 */
function signedPoints(lang: Lang, tr: Tr, from: number, to: number): string {
  const points = (Math.round(to * 10000) - Math.round(from * 10000)) / 100;
  if (points === 0) return tr("pane.report.points", { n: "0" });
  const text = formatDecimal(lang, Math.abs(points));
  return tr("pane.report.points", { n: (points > 0 ? "+" : MINUS) + text });
}

const rateText = (lang: Lang, tr: Tr, rate: number | null): string =>
  rate === null ? tr("pane.rollup.noRate") : formatReportPercent(lang, rate);

/** The change since the previous report date as table rows; a rate either date cannot divide is left out. */
export function changeRows(lang: Lang, tr: Tr, change: ChangeSince): ChangeRow[] {
  const count = (key: "done" | "overdue", d: Delta): ChangeRow => ({
    key,
    label: tr(`pane.report.${key}`),
    before: formatCount(lang, d.from),
    after: formatCount(lang, d.to),
    change: signedCount(lang, d.to - d.from),
  });
  const rate = (key: "completionRate" | "dueCompletionRate", d: Delta | undefined) =>
    d
      ? [
          {
            key,
            label: tr(`pane.report.${key}`),
            before: formatReportPercent(lang, d.from),
            after: formatReportPercent(lang, d.to),
            change: signedPoints(lang, tr, d.from, d.to),
          },
        ]
      : [];
  return [
    count("done", change.done),
    count("overdue", change.overdue),
    ...rate("completionRate", change.completionRate),
    ...rate("dueCompletionRate", change.dueCompletionRate),
  ];
}

/** The trend's report dates, oldest first, each worded for the pane. */
export function trendRows(lang: Lang, tr: Tr, report: ReportView): TrendRow[] {
  const last = report.trend.length > 0 ? report.trend[report.trend.length - 1].date : null;
  return report.trend.map((p) => ({
    date: p.date,
    dateText: serialToDisplay(p.date),
    done: formatCount(lang, p.done),
    overdue: formatCount(lang, p.overdue),
    completionRate: rateText(lang, tr, p.completionRate),
    dueCompletionRate: rateText(lang, tr, p.dueCompletionRate),
    current: p.date === last,
  }));
}

/** Writes the text with the clipboard API; false when the host has none or refuses it. */
async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    // Office hosts may deny clipboard-write to the add-in's frame (permissions policy).
    return false;
  }
}

export function useReportPanel({ report }: ReportPanelProps) {
  const { lang, tr } = usePane();
  const [copy, setCopy] = useState<CopyState>("idle");
  const fallback = useRef<HTMLTextAreaElement>(null);
  const paragraph = report.paragraph;

  // A new paragraph (another refresh) starts the copy again.
  useEffect(() => setCopy("idle"), [paragraph]);

  // The fallback's text area is selected as soon as it shows, so Ctrl+C copies it.
  useEffect(() => {
    if (copy !== "fallback") return;
    const area = fallback.current;
    if (!area) return;
    area.focus();
    area.select();
  }, [copy]);

  const onCopy = async () => {
    if (paragraph === null) return;
    if (await writeClipboard(paragraph)) setCopy("copied");
    else if (copy === "fallback") {
      // Already shown: select it again (the user may have clicked into it).
      fallback.current?.focus();
      fallback.current?.select();
    } else setCopy("fallback");
  };

  return {
    lang,
    tr,
    paragraph,
    copy,
    fallback,
    onCopy: () => void onCopy(),
    change: report.change,
    changeRows: report.change ? changeRows(lang, tr, report.change) : [],
    trendRows: trendRows(lang, tr, report),
  };
}
