// Asks before a fix changes anything: lists each cell with its value now and after.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  tokens,
} from "@fluentui/react-components";
import type { CellChange, Fix } from "../core/findings";
import { serialToDisplayTime } from "./format";
import { cellReference } from "./groupFindings";
import { findingMessage } from "../i18n/finding";
import type { FixDialogProps } from "./FixDialog.types";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";

const styles = {
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalS },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "break-word",
  },
  surface: { maxWidth: "calc(100vw - 16px)" },
} satisfies Styles;

/** A date fix writes a serial: show it as the date it is (and a time of day it drops). */
function shown(value: CellChange["to"], isDate: boolean): string {
  return isDate && typeof value === "number" ? serialToDisplayTime(value) : String(value);
}

const isDateFix = (label: Fix["label"]): boolean =>
  label === "fix.toDate" || label === "fix.dropTime";

export function FixDialog({ finding, onConfirm, onCancel }: FixDialogProps) {
  const { lang, tr } = usePane();
  const fix = finding?.fix;
  return (
    <Dialog open={!!fix} onOpenChange={(_, data) => !data.open && onCancel()} modalType="modal">
      <DialogSurface style={styles.surface}>
        {finding && fix && (
          <DialogBody>
            <DialogTitle>{tr(fix.label)}</DialogTitle>
            <DialogContent>
              <p>{findingMessage(lang, finding)}</p>
              <p>{tr("pane.fix.intro")}</p>
              <table style={styles.table}>
                <thead>
                  <tr>
                    <th scope="col" style={styles.cell}>
                      {tr("pane.fix.cell")}
                    </th>
                    <th scope="col" style={styles.cell}>
                      {tr("pane.fix.from")}
                    </th>
                    <th scope="col" style={styles.cell}>
                      {tr("pane.fix.to")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fix.changes.map((change) => (
                    <tr key={`${change.sheet}!${change.cell}`}>
                      <th scope="row" style={styles.cell}>
                        {cellReference(change.sheet, change.cell)}
                      </th>
                      <td style={styles.cell}>
                        {shown(change.from, fix.label === "fix.dropTime")}
                      </td>
                      <td style={styles.cell}>{shown(change.to, isDateFix(fix.label))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => onConfirm(finding)}>
                {tr("pane.fix.confirm")}
              </Button>
              <Button onClick={onCancel}>{tr("pane.fix.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
