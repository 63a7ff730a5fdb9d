// The findings as lists grouped by severity, then sheet. Each finding is a button that selects its
// cell (click or Enter); a second button opens the fix dialog when the finding has a fix.
import { Button, Checkbox, Field, Select, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import type { Finding } from "../core/findings";
import { ErrorDetails } from "./ErrorDetails";
import { plural } from "./format";
import { cellReference, groupFindings } from "./groupFindings";
import { findingMessage } from "../i18n/finding";
import type { FilterBarProps, FindingsFilter, FindingsListProps } from "./FindingsList.types";
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
  filter: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  sheetField: { minWidth: 0 },
  hidden: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200 },
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

/** A finding without a cell: a host error says its reason in a sentence, the host's words behind "details". */
function WorkbookFinding({ finding }: { finding: Finding }) {
  const { lang, tr } = usePane();
  if (finding.code !== "host-error")
    return <span style={styles.message}>{findingMessage(lang, finding)}</span>;
  const { reason, detail } = finding.params as unknown as { reason: string; detail: string };
  return (
    <>
      <span style={styles.message}>{tr("pane.hostError", { reason })}</span>
      <ErrorDetails detail={detail} />
    </>
  );
}

/** The findings a filter lets through: errors only, and one sheet's (null: every sheet). */
function filterFindings(findings: Finding[], filter: FindingsFilter): Finding[] {
  return findings.filter(
    (f) =>
      (!filter.errorsOnly || f.severity === "error") &&
      (filter.sheet === null || f.sheet === filter.sheet)
  );
}

function FilterBar({ filter, sheets, onChange }: FilterBarProps) {
  const { tr } = usePane();
  return (
    <div role="group" aria-label={tr("pane.filter.label")} style={styles.filter}>
      <Checkbox
        checked={filter.errorsOnly}
        label={tr("pane.filter.errorsOnly")}
        onChange={(_, data) => onChange({ ...filter, errorsOnly: data.checked === true })}
      />
      {sheets.length > 1 && (
        <Field label={tr("pane.filter.sheet")} orientation="horizontal" style={styles.sheetField}>
          <Select
            value={filter.sheet ?? ""}
            onChange={(_, data) =>
              onChange({ ...filter, sheet: data.value === "" ? null : data.value })
            }
          >
            <option value="">{tr("pane.filter.allSheets")}</option>
            {sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}

export function FindingsList({ findings, onSelect, onFix, disabled }: FindingsListProps) {
  const { lang, tr } = usePane();
  const [filter, setFilter] = useState<FindingsFilter>({ errorsOnly: false, sheet: null });
  const sheets = [...new Set(findings.map((f) => f.sheet).filter((sheet) => sheet !== ""))];
  const shown = filterFindings(findings, filter);
  const groups = groupFindings(shown);

  // Enter on the cell button selects even where a host swallows the button's synthetic click.
  const onKeyDown = (finding: Finding) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      onSelect(finding);
    }
  };

  if (findings.length === 0) return <p>{tr("pane.findings.none")}</p>;

  return (
    <>
      <FilterBar filter={filter} sheets={sheets} onChange={setFilter} />
      {shown.length < findings.length && (
        <p style={styles.hidden}>
          {tr("pane.filter.hidden", { count: findings.length - shown.length })}
        </p>
      )}
      {groups.map((group) => (
        <section
          key={group.severity}
          style={styles.group}
          aria-labelledby={`findings-${group.severity}`}
        >
          <h3 id={`findings-${group.severity}`} style={styles.heading}>
            {plural(lang, `pane.findings.${group.severity}s`, group.count)}
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
                        <WorkbookFinding finding={finding} />
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
