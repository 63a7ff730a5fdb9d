// The findings as lists grouped by severity, then sheet. Each finding is a button that selects its
// cell (click or Enter); a second button opens the fix dialog when the finding has a fix.
import { Button, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { Finding } from "../core/findings";
import { cellReference, groupFindings } from "./groupFindings";
import { findingMessage } from "./findingMessage";
import type { FindingsListProps } from "./FindingsList.types";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";

const styles = {
  group: { marginTop: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0` },
  sheetHeading: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalXS,
  },
  // Severity is told by the mark's shape as well as its colour (solid for errors, dashed for
  // warnings), so it survives forced colours, which paint every border in one system colour.
  itemError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  itemWarning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2, borderLeftStyle: "dashed" },
  select: {
    display: "block",
    width: "100%",
    minWidth: 0,
    textAlign: "left",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    padding: tokens.spacingHorizontalXS,
    height: "auto",
  },
  cell: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  message: { display: "block", overflowWrap: "break-word" },
  fix: { marginTop: tokens.spacingVerticalXS, minWidth: 0 },
} satisfies Styles;

export function FindingsList({ findings, onSelect, onFix, disabled }: FindingsListProps) {
  const { lang, tr } = usePane();
  const groups = groupFindings(findings);

  // Enter on the cell button selects even where a host swallows the button's synthetic click.
  const onKeyDown = (finding: Finding) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      onSelect(finding);
    }
  };

  if (groups.length === 0) return <p>{tr("pane.findings.none")}</p>;

  return (
    <>
      {groups.map((group) => (
        <section
          key={group.severity}
          style={styles.group}
          aria-labelledby={`findings-${group.severity}`}
        >
          <h3 id={`findings-${group.severity}`} style={styles.heading}>
            {tr("pane.findings.group", {
              severity: tr(`severity.${group.severity}`),
              count: group.count,
            })}
          </h3>
          {group.sheets.map((sheetGroup) => {
            const headingId = `findings-${group.severity}-${encodeURIComponent(sheetGroup.sheet)}`;
            return (
              <div key={sheetGroup.sheet}>
                <h4 id={headingId} style={styles.sheetHeading}>
                  {sheetGroup.sheet
                    ? tr("pane.findings.sheet", { sheet: sheetGroup.sheet })
                    : tr("pane.findings.workbook")}
                </h4>
                <ul role="list" style={styles.list} aria-labelledby={headingId}>
                  {sheetGroup.findings.map((finding, index) => (
                    <li
                      key={`${finding.code}-${finding.cell}-${index}`}
                      style={{
                        ...styles.item,
                        ...(finding.severity === "error" ? styles.itemError : styles.itemWarning),
                      }}
                    >
                      {finding.cell && finding.code !== "missing-sheet" ? (
                        <Button
                          appearance="subtle"
                          style={styles.select}
                          disabled={disabled}
                          title={tr("pane.findings.goTo", {
                            cell: cellReference(finding.sheet, finding.cell),
                          })}
                          onClick={() => onSelect(finding)}
                          onKeyDown={onKeyDown(finding)}
                        >
                          <span style={styles.cell}>
                            {cellReference(finding.sheet, finding.cell)}
                          </span>
                          <span style={styles.message}>{findingMessage(lang, finding)}</span>
                        </Button>
                      ) : (
                        // A workbook-wide finding (Excel refused the write) or a missing sheet has no cell to go to.
                        <span style={styles.message}>{findingMessage(lang, finding)}</span>
                      )}
                      {finding.fix && (
                        <Button
                          size="small"
                          style={styles.fix}
                          disabled={disabled}
                          onClick={() => onFix(finding)}
                        >
                          {tr(finding.fix.label)}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
