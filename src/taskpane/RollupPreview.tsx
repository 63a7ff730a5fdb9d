// A compact rollup: one row per area with total, done, overdue and the completion rate as a bar
// with its figure (the bar is decoration; the text carries the value).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Counts } from "../core/model";
import { formatNumber, formatPercent } from "./format";
import { usePane } from "./PaneContext";
import type { RollupPreviewProps } from "./RollupPreview.types";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  area: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "break-word" },
  num: { textAlign: "right", padding: `2px ${tokens.spacingHorizontalXS}`, fontVariantNumeric: "tabular-nums" },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  total: { fontWeight: tokens.fontWeightSemibold },
  rate: { minWidth: "64px", padding: `2px ${tokens.spacingHorizontalXS}` },
  track: { height: "6px", backgroundColor: tokens.colorNeutralBackground5, borderRadius: "3px" },
  bar: { height: "6px", backgroundColor: tokens.colorBrandBackground, borderRadius: "3px" },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function RollupPreview({ rollup }: RollupPreviewProps) {
  const { lang, tr } = usePane();
  const styles = useStyles();

  const rateCell = (counts: Counts) => (
    <td className={styles.rate}>
      <div className={styles.track} aria-hidden="true">
        <div className={styles.bar} style={{ width: `${Math.round((counts.completionRate ?? 0) * 100)}%` }} />
      </div>
      {counts.completionRate === null ? tr("pane.rollup.noRate") : formatPercent(lang, counts.completionRate)}
    </td>
  );
  const numbers = (counts: Counts) => (
    <>
      <td className={styles.num}>{formatNumber(lang, counts.total, 0)}</td>
      <td className={styles.num}>{formatNumber(lang, counts.done, 0)}</td>
      <td className={mergeClasses(styles.num, counts.overdue > 0 && styles.overdue)}>
        {formatNumber(lang, counts.overdue, 0)}
      </td>
      {rateCell(counts)}
    </>
  );

  return (
    <section aria-labelledby="rollup-heading">
      <h2 id="rollup-heading" className={styles.heading}>
        {tr("pane.rollup.heading")}
      </h2>
      <table className={styles.table} aria-labelledby="rollup-heading">
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.th, styles.area)}>
            {tr("pane.rollup.area")}
          </th>
          <th scope="col" className={styles.th}>
            {tr("pane.rollup.total")}
          </th>
          <th scope="col" className={styles.th}>
            {tr("pane.rollup.done")}
          </th>
          <th scope="col" className={styles.th}>
            {tr("pane.rollup.overdue")}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.area)}>
            {tr("pane.rollup.rate")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rollup.areas.map((area) => (
          <tr key={area.id} className={styles.row}>
            <th scope="row" className={mergeClasses(styles.num, styles.area)}>
              {area.name}
            </th>
            {numbers(area)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={styles.total}>
          <th scope="row" className={mergeClasses(styles.num, styles.area, styles.total)}>
            {tr("pane.rollup.totalRow")}
          </th>
          {numbers(rollup.total)}
        </tr>
      </tfoot>
      </table>
    </section>
  );
}
