// What the review meeting needs, under the rollup (issue 15): the report paragraph with a copy button
// (the clipboard API where the host has it, else the paragraph selected in a read-only text area for
// Ctrl+C, and the pane says which happened), the change since the previous report date and the trend
// across the history's report dates, as tables a screen reader can walk.
import { Button, Field, Textarea, tokens } from "@fluentui/react-components";
import { serialToDisplay } from "../format";
import { figureTableStyles, type Styles } from "../styles";
import type { FigureTableProps, ReportPanelProps } from "./ReportPanel.types";
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
  th: figureTableStyles.th,
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    overflowWrap: "break-word",
  },
  num: { ...figureTableStyles.num, whiteSpace: "nowrap" },
  row: figureTableStyles.row,
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
        <FigureTable
          labelledBy="report-change-heading"
          columns={[
            tr("pane.report.figure"),
            serialToDisplay(change.since),
            tr("pane.report.now"),
            tr("pane.report.difference"),
          ]}
          rows={state.changeRows.map((row) => ({
            key: row.key,
            head: row.label,
            cells: [row.before, row.after, row.change],
          }))}
        />
      ) : (
        <p style={styles.note}>{tr("pane.report.noPrevious")}</p>
      )}
      {state.trendRows.length > 1 && (
        <>
          <h3 id="report-trend-heading" style={styles.subHeading}>
            {tr("pane.report.trend")}
          </h3>
          <FigureTable
            labelledBy="report-trend-heading"
            columns={[
              tr("pane.report.date"),
              tr("pane.report.done"),
              tr("pane.report.overdue"),
              tr("pane.report.trend.rate"),
              tr("pane.report.trend.dueRate"),
            ]}
            rows={state.trendRows.map((row) => ({
              key: String(row.date),
              head: row.dateText,
              cells: [row.done, row.overdue, row.completionRate, row.dueCompletionRate],
              current: row.current,
            }))}
          />
        </>
      )}
    </section>
  );
}

/** A table of figures: a row header, then right-aligned numbers; the current row (this report) in bold. */
function FigureTable({ labelledBy, columns, rows }: FigureTableProps) {
  const [first, ...rest] = columns;
  return (
    <table style={styles.table} aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col" style={{ ...styles.th, ...styles.rowHead }}>
            {first}
          </th>
          {rest.map((c, i) => (
            <th key={i} scope="col" style={styles.th}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            style={row.current ? { ...styles.row, ...styles.current } : styles.row}
            aria-current={row.current ? "date" : undefined}
          >
            <th scope="row" style={styles.rowHead}>
              {row.head}
            </th>
            {row.cells.map((c, i) => (
              <td key={i} style={styles.num}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
