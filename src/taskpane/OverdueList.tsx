// The tasks behind an overdue figure of the rollup, from the core's time layer (the refresh result),
// each a button that selects its ID cell, the way findings do.
import { Button, tokens } from "@fluentui/react-components";
import { cellReference } from "./groupFindings";
import { usePane } from "./PaneContext";
import type { OverdueListProps } from "./OverdueList.types";
import type { Styles } from "./styles";

const styles = {
  section: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  select: {
    display: "block",
    width: "100%",
    minWidth: 0,
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: tokens.spacingHorizontalXS,
    height: "auto",
  },
  cell: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  title: { display: "block", overflowWrap: "break-word" },
} satisfies Styles;

export function OverdueList({ areaName, tasks, onSelect, onClose, disabled }: OverdueListProps) {
  const { tr } = usePane();
  const heading = tr("pane.overdue.heading", {
    area: areaName ?? tr("pane.overdue.all"),
    count: tasks.length,
  });
  return (
    <section style={styles.section} aria-labelledby="overdue-heading">
      <h3 id="overdue-heading" style={styles.heading}>
        {heading}
      </h3>
      <ul role="list" style={styles.list} aria-labelledby="overdue-heading">
        {tasks.map((task) => (
          <li key={`${task.sheet}!${task.cell}`}>
            <Button
              appearance="subtle"
              style={styles.select}
              disabled={disabled}
              title={tr("pane.findings.goTo", { cell: cellReference(task.sheet, task.cell) })}
              onClick={() => onSelect(task)}
            >
              <span style={styles.cell}>{cellReference(task.sheet, task.cell)}</span>
              <span style={styles.title}>{`${task.id}: ${task.title}`}</span>
            </Button>
          </li>
        ))}
      </ul>
      <Button size="small" onClick={onClose}>
        {tr("pane.overdue.close")}
      </Button>
    </section>
  );
}
