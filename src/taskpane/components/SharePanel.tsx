// "Chia sẻ cho đơn vị": the user picks how to split (lead unit or responsible unit), the pane reads the
// open workbook's bytes from Excel and makes each office's copy with the CLI's code, showing progress,
// then offers each copy as a download link. Where the host cannot hand over a file (no getFileAsync, or
// a web view without downloads: Excel on Mac and iPad), the pane says so and gives the CLI command.
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { count } from "../../i18n/pane";
import { partStyles, type Styles } from "../styles";
import type { ShareProgress, SharePanelProps } from "./SharePanel.types";
import { useSharePanel } from "./useSharePanel";

const styles = {
  ...partStyles,
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
} satisfies Styles;

type Tr = ReturnType<typeof useSharePanel>["tr"];

function progressText(tr: Tr, progress: ShareProgress | null): string {
  if (!progress) return tr("share.pane.reading", { done: 0, total: 1 });
  const key = progress.step === "reading" ? "share.pane.reading" : "share.pane.building";
  return tr(key, { done: progress.done, total: progress.total });
}

export function SharePanel(props: SharePanelProps) {
  const state = useSharePanel();
  const { phase, tr, lang, block } = state;
  if (!state.available) return null;
  const working = phase.kind === "working";
  const busy = props.disabled || working;
  return (
    <section style={styles.panel} aria-labelledby="share-heading" aria-busy={working}>
      <h2 id="share-heading" style={styles.heading}>
        {tr("share.pane.heading")}
      </h2>
      <p style={styles.text}>{tr("share.pane.intro")}</p>
      {block && (
        <MessageBar intent="info">
          <MessageBarBody>
            {tr(block === "no-read" ? "share.pane.noRead" : "share.pane.noDownload")}{" "}
            {tr("share.pane.useCli")}{" "}
            <code style={styles.code}>{tr("share.pane.cliCommand", { by: state.by })}</code>
          </MessageBarBody>
        </MessageBar>
      )}
      {block === null && (
        <>
          <p id="share-by" style={styles.label}>
            {tr("share.pane.by")}
          </p>
          <RadioGroup
            aria-labelledby="share-by"
            value={state.by}
            disabled={busy}
            onChange={(_, data) => state.setBy(data.value === "unit" ? "unit" : "lead")}
          >
            <Radio value="lead" label={tr("share.pane.by.lead")} />
            <Radio value="unit" label={tr("share.pane.by.unit")} />
          </RadioGroup>
          <Button appearance="primary" disabled={busy} onClick={() => void state.onBuild()}>
            {phase.kind === "done" ? tr("share.pane.again") : tr("share.pane.build")}
          </Button>
        </>
      )}
      <div role="status" aria-live="polite">
        {working && (
          <>
            <p style={styles.text}>{progressText(tr, phase.progress)}</p>
            <ProgressBar
              aria-label={progressText(tr, phase.progress)}
              value={phase.progress ? phase.progress.done / phase.progress.total : undefined}
              max={1}
            />
          </>
        )}
        {phase.kind === "done" && (
          <p style={styles.text}>{tr("share.pane.done", { count: phase.copies.length })}</p>
        )}
      </div>
      {phase.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "done" && (
        <>
          <ul style={styles.list}>
            {phase.copies.map(({ copy, url }) => (
              <li key={copy.fileName}>
                <Link href={url} download={copy.fileName}>
                  {tr("share.pane.download", {
                    file: copy.fileName,
                    office: copy.office,
                    tasks: count(lang, "task", copy.taskCount),
                  })}
                </Link>
              </li>
            ))}
          </ul>
          {phase.copies
            .filter(({ copy }) => !copy.filtered)
            .map(({ copy }) => (
              <MessageBar key={copy.fileName} intent="warning">
                <MessageBarBody>
                  {tr("share.pane.noFilter", { file: copy.fileName })}
                </MessageBarBody>
              </MessageBar>
            ))}
        </>
      )}
    </section>
  );
}
