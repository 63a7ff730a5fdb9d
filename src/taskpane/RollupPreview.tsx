// A compact rollup: one row per area with total, done, overdue and the completion rate as a bar
// with its figure (the bar is decoration; the text carries the value).
import { tokens } from "@fluentui/react-components";
import type { Counts } from "../core/model";
import { formatNumber, formatPercent } from "./format";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";
import type { RollupPreviewProps } from "./RollupPreview.types";

const styles = {
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  area: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "break-word" },
  num: {
    textAlign: "right",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    fontVariantNumeric: "tabular-nums",
  },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  total: { fontWeight: tokens.fontWeightSemibold },
  rate: { minWidth: "64px", padding: `2px ${tokens.spacingHorizontalXS}` },
  // The bar is a border in a bordered track, not a background: forced colours keep both visible.
  track: {
    boxSizing: "border-box",
    height: "8px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "3px",
    backgroundColor: tokens.colorNeutralBackground5,
  },
  bar: { height: 0, borderTop: `6px solid ${tokens.colorBrandBackground}`, borderRadius: "2px" },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
} satisfies Styles;

export function RollupPreview({ rollup }: RollupPreviewProps) {
  const { lang, tr } = usePane();

  const rateCell = (counts: Counts) => (
    <td style={styles.rate}>
      <div style={styles.track} aria-hidden="true">
        <div
          style={{ ...styles.bar, width: `${Math.round((counts.completionRate ?? 0) * 100)}%` }}
        />
      </div>
      {counts.completionRate === null
        ? tr("pane.rollup.noRate")
        : formatPercent(lang, counts.completionRate)}
    </td>
  );
  const numbers = (counts: Counts) => (
    <>
      <td style={styles.num}>{formatNumber(lang, counts.total, 0)}</td>
      <td style={styles.num}>{formatNumber(lang, counts.done, 0)}</td>
      <td style={counts.overdue > 0 ? { ...styles.num, ...styles.overdue } : styles.num}>
        {formatNumber(lang, counts.overdue, 0)}
      </td>
      {rateCell(counts)}
    </>
  );

  return (
    <section aria-labelledby="rollup-heading">
      <h2 id="rollup-heading" style={styles.heading}>
        {tr("pane.rollup.heading")}
      </h2>
      <table style={styles.table} aria-labelledby="rollup-heading">
        <thead>
          <tr>
            <th scope="col" style={{ ...styles.th, ...styles.area }}>
              {tr("pane.rollup.area")}
            </th>
            <th scope="col" style={styles.th}>
              {tr("pane.rollup.total")}
            </th>
            <th scope="col" style={styles.th}>
              {tr("pane.rollup.done")}
            </th>
            <th scope="col" style={styles.th}>
              {tr("pane.rollup.overdue")}
            </th>
            <th scope="col" style={{ ...styles.th, ...styles.area }}>
              {tr("pane.rollup.rate")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rollup.areas.map((area) => (
            <tr key={area.id} style={styles.row}>
              <th scope="row" style={{ ...styles.num, ...styles.area }}>
                {area.name}
              </th>
              {numbers(area)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr style={styles.total}>
            <th scope="row" style={{ ...styles.num, ...styles.area, ...styles.total }}>
              {tr("pane.rollup.totalRow")}
            </th>
            {numbers(rollup.total)}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
