// What the pane says about the refresh under its button: the current step while one runs, and the live
// region a screen reader hears after a refresh, a fix or a template.
import { Field } from "@fluentui/react-components";
import type { RefreshStep } from "../app/ports";
import type { AppState } from "./App.types";
import { ErrorDetails } from "./ErrorDetails";
import { formatResultLine } from "./format";
import { ProgressBar } from "./lazyParts";
import { Part } from "./Part";
import type { Styles } from "./styles";

const STEP_ORDER: RefreshStep[] = ["reading", "checking", "computing", "writing", "done"];

const styles = {
  // The room of Fluent's medium progress bar while it loads.
  progress: { height: "2px" },
  live: { margin: 0, minHeight: "1.2em" },
} satisfies Styles;

/** The refresh's current step, as a bar and its words, while a refresh runs. */
export function RefreshProgress({ state: { step, tr } }: { state: AppState }) {
  if (!step) return null;
  return (
    <Field label={tr("pane.progress")} hint={tr(`pane.step.${step}`)}>
      <Part fallback={<div style={styles.progress} />}>
        <ProgressBar value={(STEP_ORDER.indexOf(step) + 1) / STEP_ORDER.length} />
      </Part>
    </Field>
  );
}

/** What a screen reader hears after a refresh, a fix or a template: the result line or a message. */
export function LiveRegion({ state }: { state: AppState }) {
  const { announcement, result, tr } = state;
  const text =
    announcement?.kind === "result" && result
      ? formatResultLine(state.lang, result)
      : announcement?.kind === "text"
        ? tr(announcement.key, {
            ...announcement.params,
            ...(announcement.reason && { message: tr(announcement.reason) }),
          })
        : "";
  const written = result && state.refreshState.status === "done" && announcement?.kind === "result";
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true">
        <p style={styles.live}>{text}</p>
        {written && (
          <p style={styles.live}>{tr("pane.result.written", { sheet: result.summarySheet })}</p>
        )}
      </div>
      {announcement?.kind === "text" && announcement.detail && (
        <ErrorDetails detail={announcement.detail} />
      )}
    </>
  );
}
