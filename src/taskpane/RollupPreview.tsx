// A compact rollup: one row per area with total, done, overdue and the completion rate as a bar
// with its figure (the bar is decoration; the text carries the value).
import { Button, tokens } from "@fluentui/react-components";
import type { Counts } from "../core/model";
import { formatNumber, formatPercent } from "./format";
import { usePane } from "./PaneContext";
import { figureTableStyles, type Styles } from "./styles";
import type { RollupPreviewProps } from "./RollupPreview.types";

const styles = {
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  th: figureTableStyles.th,
  area: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "break-word" },
  num: figureTableStyles.num,
  row: figureTableStyles.row,
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
  overdueButton: {
    minWidth: 0,
    height: "auto",
    padding: 0,
    color: "inherit",
    fontWeight: "inherit",
    textDecorationLine: "underline",
  },
} satisfies Styles;

export function RollupPreview({ rollup, onShowOverdue }: RollupPreviewProps) {
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
  // An overdue figure above zero is a button that lists its tasks.
  const overdue = (counts: Counts, areaId: string | null, name: string) =>
    counts.overdue > 0 && onShowOverdue ? (
      <Button
        appearance="transparent"
        size="small"
        style={styles.overdueButton}
        aria-label={tr("pane.overdue.show", { count: counts.overdue, area: name })}
        onClick={() => onShowOverdue(areaId)}
      >
        {formatNumber(lang, counts.overdue, 0)}
      </Button>
    ) : (
      formatNumber(lang, counts.overdue, 0)
    );
  const numbers = (counts: Counts, areaId: string | null, name: string) => (
    <>
      <td style={styles.num}>{formatNumber(lang, counts.total, 0)}</td>
      <td style={styles.num}>{formatNumber(lang, counts.done, 0)}</td>
      <td style={counts.overdue > 0 ? { ...styles.num, ...styles.overdue } : styles.num}>
        {overdue(counts, areaId, name)}
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
              {numbers(area, area.id, area.name)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr style={styles.total}>
            <th scope="row" style={{ ...styles.num, ...styles.area, ...styles.total }}>
              {tr("pane.rollup.totalRow")}
            </th>
            {numbers(rollup.total, null, tr("pane.overdue.all"))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
