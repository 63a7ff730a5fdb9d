// What the review meeting needs, under the rollup (issue 15): the report paragraph with a copy button
// (the clipboard API where the host has it, else the paragraph selected in a read-only text area for
// Ctrl+C, and the pane says which happened), the change since the previous report date and the trend
// across the history's report dates, as tables a screen reader can walk.
import { Button, Field, Textarea, tokens } from "@fluentui/react-components";
import { serialToDisplay } from "../format";
import type { Styles } from "../styles";
import type { ReportPanelProps } from "./ReportPanel.types";
import { useReportPanel } from "./useReportPanel";

const styles = {
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 0` },
  subHeading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  // A bordered block, not a background: forced colours keep the border.
  paragraph: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "break-word",
    whiteSpace: "pre-wrap",
  },
  note: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  live: { margin: 0, minHeight: "1.2em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "2px 0" },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    overflowWrap: "break-word",
  },
  num: {
    textAlign: "right",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  current: { fontWeight: tokens.fontWeightSemibold },
} satisfies Styles;

export function ReportPanel(props: ReportPanelProps) {
  const state = useReportPanel(props);
  const { tr, paragraph, copy, change } = state;
  return (
    <section style={styles.section} aria-labelledby="report-heading">
      <h2 id="report-heading" style={styles.heading}>
        {tr("pane.report.heading")}
      </h2>
      <h3 id="report-paragraph-heading" style={styles.subHeading}>
        {tr("pane.report.paragraph")}
      </h3>
      {paragraph === null ? (
        <p style={styles.note}>{tr("pane.report.paragraphOff")}</p>
      ) : (
        // A group named by its heading: a paragraph itself cannot carry a name (ARIA prohibits it).
        <div role="group" aria-labelledby="report-paragraph-heading" style={styles.section}>
          <p id="report-paragraph" style={styles.paragraph} lang={props.paragraphLang}>
            {paragraph}
          </p>
          <div style={styles.actions}>
            <Button aria-describedby="report-copy-status" onClick={state.onCopy}>
              {tr("pane.report.copy")}
            </Button>
          </div>
          <div id="report-copy-status" role="status" aria-live="polite" aria-atomic="true">
            <div style={styles.live}>
              {copy === "copied"
                ? tr("pane.report.copied")
                : copy === "fallback"
                  ? tr("pane.report.copyFallback")
                  : ""}
            </div>
          </div>
          {copy === "fallback" && (
            <Field label={tr("pane.report.copyBox")}>
              <Textarea
                ref={state.fallback}
                readOnly
                resize="vertical"
                rows={6}
                value={paragraph}
                lang={props.paragraphLang}
              />
            </Field>
          )}
        </div>
      )}
      <h3 id="report-change-heading" style={styles.subHeading}>
        {change
          ? tr("pane.report.change", { date: serialToDisplay(change.since) })
          : tr("pane.report.changeHeading")}
      </h3>
      {change ? (
        <table style={styles.table} aria-labelledby="report-change-heading">
          <thead>
            <tr>
              <th scope="col" style={{ ...styles.th, ...styles.rowHead }}>
                {tr("pane.report.figure")}
              </th>
              <th scope="col" style={styles.th}>
                {serialToDisplay(change.since)}
              </th>
              <th scope="col" style={styles.th}>
                {tr("pane.report.now")}
              </th>
              <th scope="col" style={styles.th}>
                {tr("pane.report.difference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {state.changeRows.map((row) => (
              <tr key={row.key} style={styles.row}>
                <th scope="row" style={styles.rowHead}>
                  {row.label}
                </th>
                <td style={styles.num}>{row.before}</td>
                <td style={styles.num}>{row.after}</td>
                <td style={styles.num}>{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p style={styles.note}>{tr("pane.report.noPrevious")}</p>
      )}
      {state.trendRows.length > 1 && (
        <>
          <h3 id="report-trend-heading" style={styles.subHeading}>
            {tr("pane.report.trend")}
          </h3>
          <table style={styles.table} aria-labelledby="report-trend-heading">
            <thead>
              <tr>
                <th scope="col" style={{ ...styles.th, ...styles.rowHead }}>
                  {tr("pane.report.date")}
                </th>
                <th scope="col" style={styles.th}>
                  {tr("pane.report.done")}
                </th>
                <th scope="col" style={styles.th}>
                  {tr("pane.report.overdue")}
                </th>
                <th scope="col" style={styles.th}>
                  {tr("pane.report.trend.rate")}
                </th>
                <th scope="col" style={styles.th}>
                  {tr("pane.report.trend.dueRate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.trendRows.map((row) => (
                <tr
                  key={row.date}
                  style={row.current ? { ...styles.row, ...styles.current } : styles.row}
                  aria-current={row.current ? "date" : undefined}
                >
                  <th scope="row" style={{ ...styles.rowHead, ...styles.num, textAlign: "left" }}>
                    {row.dateText}
                  </th>
                  <td style={styles.num}>{row.done}</td>
                  <td style={styles.num}>{row.overdue}</td>
                  <td style={styles.num}>{row.completionRate}</td>
                  <td style={styles.num}>{row.dueCompletionRate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
