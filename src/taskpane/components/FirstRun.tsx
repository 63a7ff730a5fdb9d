// The first-run screen (issue 17 §5, issue 11 §2): on a workbook without input sheets, before any refresh
// writes anything, it says what the add-in does and offers three ways in: an empty template, an import
// from the programme's appendix list (read, reviewed, then created on confirm), or the sample. The sample
// is never the default. NextSteps then says what to do once the sheets exist.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type KeyboardEvent } from "react";
import type { Finding } from "../../core/findings";
import { count } from "../../i18n/pane";
import { findingMessage } from "../../i18n/finding";
import { ErrorDetails } from "../ErrorDetails";
import { serialToDisplay } from "../format";
import { cellReference } from "../groupFindings";
import { usePane } from "../PaneContext";
import { partStyles, type Styles } from "../styles";
import type {
  FirstRunProps,
  ImportStepProps,
  NextStepsProps,
  ReviewProps,
  SheetChoiceProps,
  StartWay,
} from "./FirstRun.types";
import { deadlineCounts, reviewAreas, useFirstRun } from "./useFirstRun";

const styles = {
  ...partStyles,
  subHeading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plainList: { margin: 0, padding: 0, listStyle: "none" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  finding: { textAlign: "start", justifyContent: "flex-start", minWidth: 0, height: "auto" },
  readButton: { alignSelf: "flex-end" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
} satisfies Styles;

const WAYS: StartWay[] = ["empty", "import", "sample"];

export function FirstRun(props: FirstRunProps) {
  const state = useFirstRun(props);
  const { tr, way } = state;
  const { disabled } = props;
  const headingId = useId();
  return (
    <section style={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} style={styles.heading}>
        {tr("pane.start.heading")}
      </h2>
      <p style={styles.text}>{tr("pane.start.intro")}</p>
      <RadioGroup
        aria-label={tr("pane.start.ways")}
        value={way}
        onChange={(_, data) => state.onWayChange(data.value as StartWay)}
        disabled={disabled}
      >
        {WAYS.filter((w) => w !== "import" || state.canImport).map((w) => (
          <Radio key={w} value={w} label={tr(`pane.start.${w}`)} />
        ))}
      </RadioGroup>
      {way === "import" ? (
        <ImportStep state={state} disabled={disabled} onSelect={props.onSelect} />
      ) : (
        <Button appearance="primary" disabled={disabled} onClick={state.onCreate}>
          {tr("pane.start.create")}
        </Button>
      )}
    </section>
  );
}

function ImportStep({ state, disabled, onSelect }: ImportStepProps) {
  const { tr, phase } = state;
  const read = phase.kind === "read" ? phase.read : null;
  return (
    <>
      <p style={styles.text}>{tr("pane.start.importHint")}</p>
      {phase.kind === "reading" && <Spinner size="tiny" label={tr("pane.start.reading")} />}
      {read && (
        <SheetChoice
          read={read}
          tr={tr}
          disabled={disabled}
          onRead={state.onRead}
          key={read.sheet}
        />
      )}
      {phase.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {phase.message}
            <ErrorDetails detail={phase.detail} />
          </MessageBarBody>
        </MessageBar>
      )}
      {read && read.imported === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{tr("pane.start.noList", { sheet: read.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {read?.imported && (
        <Review
          imported={read.imported}
          tr={tr}
          lang={state.lang}
          disabled={disabled}
          onSelect={onSelect}
          onConfirm={state.onConfirm}
          onCancel={state.onCancel}
        />
      )}
    </>
  );
}

/** The sheet to read the list from (the one read is preselected), and the button that reads it. */
function SheetChoice({ read, tr, disabled, onRead }: SheetChoiceProps) {
  const [sheet, setSheet] = useState(read.sheet);
  return (
    <div style={styles.actions}>
      <Field label={tr("pane.start.sheet")}>
        <Select value={sheet} disabled={disabled} onChange={(_, data) => setSheet(data.value)}>
          {read.sheetNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={disabled} onClick={() => onRead(sheet)} style={styles.readButton}>
        {tr("pane.start.read")}
      </Button>
    </div>
  );
}

/** What the importer understood, before anything is written: areas and counts, deadlines, findings. */
function Review({ imported, tr, lang, disabled, onSelect, onConfirm, onCancel }: ReviewProps) {
  const headingId = useId();
  const findingsId = useId();
  const areas = reviewAreas(imported);
  const deadlines = deadlineCounts(imported);
  // Enter selects even where a host swallows the button's synthetic click (as in the findings list).
  const onKeyDown = (finding: Finding) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      onSelect(finding);
    }
  };
  return (
    <section aria-labelledby={headingId} style={styles.panel}>
      <h3 id={headingId} style={styles.subHeading}>
        {tr("pane.start.review.heading", { sheet: imported.sheet })}
      </h3>
      <p style={styles.text}>
        {tr("pane.start.review.counts", {
          areas: count(lang, "area", areas.length),
          tasks: count(lang, "task", imported.tasks.length),
        })}
      </p>
      <ul style={styles.list}>
        {areas.map((a) => (
          <li key={a.id}>
            {tr(a.lead ? "pane.start.review.areaLead" : "pane.start.review.area", {
              name: a.name,
              lead: a.lead,
              tasks: count(lang, "task", a.tasks),
            })}
          </li>
        ))}
      </ul>
      {imported.tasks.length === 0 ? (
        <p style={styles.text}>{tr("pane.start.review.noTasks")}</p>
      ) : (
        <>
          <p style={styles.text}>{tr("pane.start.review.deadlines", { ...deadlines })}</p>
          <Accordion collapsible>
            <AccordionItem value="deadlines">
              <AccordionHeader>{tr("pane.start.review.deadlineList")}</AccordionHeader>
              <AccordionPanel>
                <ul style={styles.list}>
                  {imported.tasks.map((task) => (
                    <li key={task.id}>
                      {task.due !== null
                        ? tr("pane.start.review.due", {
                            task: task.id,
                            text: task.dueText,
                            date: serialToDisplay(task.due),
                          })
                        : tr(
                            task.kind === "recurring"
                              ? "pane.start.review.recurring"
                              : "pane.start.review.unread",
                            { task: task.id, text: task.dueText }
                          )}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
      {imported.findings.length > 0 && (
        <>
          <h4 id={findingsId} style={styles.subHeading}>
            {tr("pane.start.review.findings")}
          </h4>
          <ul role="list" style={styles.plainList} aria-labelledby={findingsId}>
            {imported.findings.map((finding, index) => (
              <li key={`${finding.code}-${finding.cell}-${index}`}>
                <Button
                  appearance="subtle"
                  style={styles.finding}
                  disabled={disabled}
                  title={tr("pane.findings.goTo", {
                    cell: cellReference(finding.sheet, finding.cell),
                  })}
                  onClick={() => onSelect(finding)}
                  onKeyDown={onKeyDown(finding)}
                >
                  <span style={styles.cell}>{cellReference(finding.sheet, finding.cell)}</span>
                  <span>{findingMessage(lang, finding)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div style={styles.actions}>
        <Button
          appearance="primary"
          disabled={disabled || imported.tasks.length === 0}
          onClick={onConfirm}
        >
          {tr("pane.start.review.confirm")}
        </Button>
        <Button disabled={disabled} onClick={onCancel}>
          {tr("pane.start.review.cancel")}
        </Button>
      </div>
    </section>
  );
}

/** Once the sheets exist: what to do next, as numbered steps, until the user dismisses them. */
export function NextSteps({ way, sheets, summary, onDismiss }: NextStepsProps) {
  const { tr } = usePane();
  const headingId = useId();
  const params = { ...sheets, summary };
  return (
    <section style={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} style={styles.heading}>
        {tr("pane.next.heading")}
      </h2>
      <ol style={styles.list}>
        <li>{tr(`pane.next.${way}.1`, params)}</li>
        <li>{tr(`pane.next.${way}.2`, params)}</li>
        <li>{tr(`pane.next.${way}.3`, params)}</li>
      </ol>
      <div style={styles.actions}>
        <Button onClick={onDismiss}>{tr("pane.next.dismiss")}</Button>
      </div>
    </section>
  );
}
