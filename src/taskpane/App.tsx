// The task pane: header, the refresh button with its progress and result, the findings, the rollup
// preview and the report for the review meeting, the template offer and the settings. State and handlers come from useApp; every use-case
// comes from props, none from Office. What the first paint does not need arrives in chunks of its own
// (lazyParts: the JavaScript loaded at start stays within 1.5x a bare React + Fluent app).
import { Button, Field, FluentProvider, tokens, webLightTheme } from "@fluentui/react-components";
import type { AppProps, AppState } from "./App.types";
import { ErrorDetails } from "./ErrorDetails";
import { formatResultLine } from "./format";
import { Header } from "./Header";
import {
  FindingsList,
  FixDialog,
  NoticeBar,
  OverdueList,
  ProgressBar,
  RollupPreview,
  SettingsForm,
  TemplatePanel,
} from "./lazyParts";
import { MergePanel } from "./components/MergeEntry";
import { ReportPanel } from "./components/ReportEntry";
import { FirstRun, NextSteps } from "./components/FirstRunEntry";
import { SharePanel } from "./components/ShareEntry";
import { Loading } from "./Loading";
import { PaneContext } from "./PaneContext";
import { Part } from "./Part";
import type { Styles } from "./styles";
import { useApp } from "./useApp";
import { STEP_ORDER } from "./useRefreshFlow";

const styles = {
  root: {
    boxSizing: "border-box",
    minWidth: 0,
    minHeight: "100vh",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "break-word",
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  refresh: { width: "100%" },
  featureNote: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  // The room of Fluent's medium progress bar while it loads.
  progress: { height: "2px" },
  live: { margin: 0, minHeight: "1.2em" },
  sectionHeading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
} satisfies Styles;

/** The settings accordion's collapsed header (Fluent's medium AccordionHeader), kept while it loads. */
const SETTINGS_HEADER_PX = 44;

export function App(props: AppProps) {
  const state = useApp(props);
  const { tr, settings, result, disabled } = state;
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} lang={state.lang}>
      <PaneContext.Provider value={state.context}>
        <div style={styles.root}>
          <Header
            programme={settings?.programme ?? ""}
            reportDate={state.reportDate}
            onReportDateChange={state.onReportDateChange}
            onLangChange={state.setLang}
          />
          <main style={styles.main}>
            {state.missing.length > 0 && (
              <p role="note" style={styles.featureNote}>
                {tr("feature.missing", {
                  features: state.missing.map((f) => tr(`feature.${f}`)).join(", "),
                })}
              </p>
            )}
            <Button
              appearance="primary"
              size="large"
              style={styles.refresh}
              disabled={disabled}
              onClick={state.runRefresh}
            >
              {tr("pane.refresh")}
            </Button>
            <RefreshProgress state={state} />
            <LiveRegion state={state} />
            {state.notice && (
              <Part fallback={<Loading />}>
                <NoticeBar notice={state.notice} />
              </Part>
            )}
            {state.firstRun && (
              <Part fallback={<Loading />}>
                <FirstRun
                  onCreateTemplate={state.onCreateTemplate}
                  onImport={state.onImport}
                  onSelect={state.onSelect}
                  disabled={disabled}
                />
              </Part>
            )}
            {state.started && (
              <Part fallback={<Loading />}>
                <NextSteps
                  way={state.started.way}
                  sheets={state.started.sheets}
                  summary={result?.summarySheet ?? settings?.summarySheet ?? ""}
                  onDismiss={state.onDismissNext}
                />
              </Part>
            )}
            {state.needsTemplate && (
              <Part fallback={<Loading />}>
                <TemplatePanel onCreate={state.onCreateTemplate} disabled={disabled} />
              </Part>
            )}
            {result && (
              // The findings and the rollup come in one chunk and show together.
              <Part fallback={<Loading />}>
                <section aria-labelledby="findings-heading">
                  <h2 id="findings-heading" style={styles.sectionHeading}>
                    {tr("pane.findings.heading")}
                  </h2>
                  <FindingsList
                    findings={result.findings}
                    onSelect={state.onSelect}
                    onFix={state.onFix}
                    disabled={disabled}
                  />
                </section>
                {result.rollup.areas.length > 0 && (
                  <RollupPreview rollup={result.rollup} onShowOverdue={state.onShowOverdue} />
                )}
                {state.overdueArea !== undefined && (
                  <OverdueList
                    areaName={
                      result.rollup.areas.find((a) => a.id === state.overdueArea)?.name ?? null
                    }
                    tasks={result.overdue.filter(
                      (task) => state.overdueArea === null || task.areaId === state.overdueArea
                    )}
                    onSelect={state.onSelectOverdue}
                    onClose={state.onCloseOverdue}
                    disabled={disabled}
                  />
                )}
                {result.report && result.rollup.areas.length > 0 && (
                  <Part fallback={<Loading />}>
                    <ReportPanel report={result.report} paragraphLang={result.settings.language} />
                  </Part>
                )}
                {result.rollup.areas.length > 0 && (
                  <Button onClick={state.onOpenSummary} disabled={disabled}>
                    {tr("pane.summary.open", { sheet: result.summarySheet })}
                  </Button>
                )}
              </Part>
            )}
            <Part fallback={<Loading />}>
              <SharePanel disabled={disabled} />
            </Part>
            <Part fallback={<Loading />}>
              <MergePanel onMerged={state.runRefresh} disabled={disabled} />
            </Part>
            <Part fallback={<Loading minHeight={SETTINGS_HEADER_PX} />}>
              <SettingsForm
                key={state.settingsVersion}
                settings={settings}
                onSave={state.onSaveSettings}
                disabled={disabled}
              />
            </Part>
          </main>
          {/* Mounted from the first result on (a fix needs findings), and kept so that it can animate closed. */}
          {result && (
            <Part fallback={null}>
              <FixDialog
                finding={state.pendingFix}
                onConfirm={state.onConfirmFix}
                onCancel={state.onCancelFix}
              />
            </Part>
          )}
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}

/** The refresh's current step, as a bar and its words, while a refresh runs. */
function RefreshProgress({ state: { step, tr } }: { state: AppState }) {
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
function LiveRegion({ state }: { state: AppState }) {
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
