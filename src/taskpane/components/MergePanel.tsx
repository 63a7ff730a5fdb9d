// "Gộp cập nhật từ đơn vị": the user chooses returned .xlsx files, reviews per file and per task what
// would be written, what conflicts (both values and who), what is not applied and why, chooses per
// conflict, and confirms. Nothing is written before the confirmation.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import {
  displayValue,
  mergeFindingMessage,
  type FieldValue,
  type UpdateField,
} from "../../core/merge";
import type { TaskField } from "../../core/model";
import { partStyles, type Styles } from "../styles";
import type {
  ConflictFieldProps,
  FileGroup,
  MergePanelProps,
  MergeReview,
} from "./MergePanel.types";
import { conflictKey, groupByFile, useMergePanel } from "./useMergePanel";
import { t } from "../../i18n/pane";

const styles = {
  ...partStyles,
  fileHeading: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  subHeading: {
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hiddenInput: { display: "none" },
} satisfies Styles;

type Tr = ReturnType<typeof useMergePanel>["tr"];
type PaneLang = ReturnType<typeof useMergePanel>["lang"];

const fieldName = (tr: Tr, field: TaskField | null) => tr(`merge.field.${field ?? "row"}`);

function show(field: UpdateField, value: FieldValue, lang: PaneLang): string {
  return displayValue(t, field, value, lang);
}

export function MergePanel(props: MergePanelProps) {
  const state = useMergePanel(props);
  const input = useRef<HTMLInputElement>(null);
  const { phase, tr } = state;
  if (!state.available) return null;
  const busy = props.disabled || phase.kind === "reading" || phase.kind === "writing";
  return (
    <section style={styles.panel} aria-labelledby="merge-heading" aria-busy={busy}>
      <h2 id="merge-heading" style={styles.heading}>
        {tr("merge.pane.heading")}
      </h2>
      <p style={styles.text}>{tr("merge.pane.intro")}</p>
      <input
        ref={input}
        id="merge-files"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        style={styles.hiddenInput}
        aria-label={tr("merge.pane.choose")}
        onChange={(e) => {
          void state.onFiles(e.currentTarget.files);
          e.currentTarget.value = ""; // the same files can be chosen again
        }}
      />
      {(phase.kind === "idle" || phase.kind === "failed" || phase.kind === "done") && (
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {phase.kind === "done" ? tr("merge.pane.again") : tr("merge.pane.choose")}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {phase.kind === "reading" && <Spinner size="tiny" label={tr("merge.pane.reading")} />}
        {phase.kind === "writing" && <Spinner size="tiny" label={tr("merge.pane.writing")} />}
        {phase.kind === "done" && (
          <p style={styles.text}>
            {tr("merge.pane.done", {
              count: phase.applied.applied.length,
              log: phase.applied.logSheet,
            })}
            {phase.applied.stale.length > 0 &&
              ` ${tr("merge.pane.stale", { count: phase.applied.stale.length })}`}
          </p>
        )}
      </div>
      {phase.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
      {(phase.kind === "review" || phase.kind === "writing") && (
        <Review state={state} review={phase.review} busy={busy} />
      )}
    </section>
  );
}

function Review({
  state,
  review,
  busy,
}: {
  state: ReturnType<typeof useMergePanel>;
  review: MergeReview;
  busy: boolean;
}) {
  const { tr, lang } = state;
  const { result } = review;
  const nothing = result.applied.length === 0 && result.conflicts.length === 0;
  return (
    <>
      {groupByFile(result).map((group) => (
        <FileReview key={group.source} group={group} tr={tr} lang={lang} />
      ))}
      {result.conflicts.length > 0 && (
        <>
          <h3 style={styles.fileHeading}>
            {tr("merge.pane.conflicts", { count: result.conflicts.length })}
          </h3>
          {result.conflicts.map((c) => (
            <ConflictChoiceField
              key={conflictKey(c.task, c.field)}
              conflict={c}
              offices={new Map(result.copies.map((copy) => [copy.source, copy.office]))}
              value={state.choices[conflictKey(c.task, c.field)] ?? ""}
              onChange={(source) => state.onChoose(c.task, c.field, source)}
              disabled={busy}
              tr={tr}
              lang={lang}
            />
          ))}
        </>
      )}
      {nothing && <p style={styles.text}>{tr("merge.pane.nothing")}</p>}
      <div style={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || state.toWrite === 0}
          onClick={() => void state.onConfirm()}
        >
          {tr("merge.pane.apply", { count: state.toWrite })}
        </Button>
        <Button disabled={busy} onClick={state.onCancel}>
          {tr("merge.pane.cancel")}
        </Button>
      </div>
    </>
  );
}

function FileReview({ group, tr, lang }: { group: FileGroup; tr: Tr; lang: PaneLang }) {
  const id = `merge-file-${encodeURIComponent(group.source).replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} style={styles.fileHeading}>
        {tr("merge.pane.file", { source: group.source })}
      </h3>
      {group.office && (
        <p style={styles.text}>{tr("merge.pane.office", { office: group.office })}</p>
      )}
      {group.mode === "two-way" && (
        <MessageBar intent="warning">
          <MessageBarBody>{tr("merge.pane.twoWay")}</MessageBarBody>
        </MessageBar>
      )}
      {group.findings
        .filter((f) => f.code !== "merge-two-way")
        .map((f, i) => (
          <MessageBar key={i} intent={f.severity === "error" ? "error" : "warning"}>
            <MessageBarBody>
              {group.mode === "refused" ? `${tr("merge.pane.refused")}: ` : ""}
              {mergeFindingMessage(t, f, lang)}
            </MessageBarBody>
          </MessageBar>
        ))}
      {group.mode !== "refused" && (
        <>
          <p style={styles.subHeading}>
            {tr("merge.pane.changes", { count: group.changes.length })}
          </p>
          {group.changes.length > 0 && (
            <ul style={styles.list}>
              {group.changes.map((a) => (
                <li key={`${a.task}/${a.field}`}>
                  {tr("merge.pane.change", {
                    task: a.task,
                    field: fieldName(tr, a.field),
                    from: show(a.field, a.from, lang),
                    to: show(a.field, a.to, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
          {group.ignored.length > 0 && (
            <>
              <p style={styles.subHeading}>
                {tr("merge.pane.ignored", { count: group.ignored.length })}
              </p>
              <ul style={styles.list}>
                {group.ignored.map((i, n) => (
                  <li key={n}>
                    {tr("merge.pane.ignoredLine", {
                      task: i.task,
                      field: fieldName(tr, i.field),
                      sheet: i.sheet,
                      cell: i.cell,
                      reason: tr(`merge.reason.${i.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function ConflictChoiceField(props: ConflictFieldProps & { tr: Tr; lang: PaneLang }) {
  const { conflict: c, tr, lang } = props;
  const labelId = `merge-conflict-${c.masterCell.cell}-${c.field}`;
  return (
    <div role="group" aria-labelledby={labelId}>
      <p id={labelId} style={styles.subHeading}>
        {tr("merge.pane.conflict", { task: c.task, field: fieldName(tr, c.field) })}
      </p>
      <RadioGroup
        aria-labelledby={labelId}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
      >
        <Radio
          value=""
          label={tr("merge.pane.keepMaster", { value: show(c.field, c.master, lang) })}
        />
        {c.values.map((v) => {
          const office = props.offices.get(v.source);
          return (
            <Radio
              key={v.source}
              value={v.source}
              label={tr("merge.pane.takeSource", {
                source: v.source,
                office: office ? ` (${office})` : "",
                value: show(c.field, v.value, lang),
              })}
            />
          );
        })}
      </RadioGroup>
    </div>
  );
}
