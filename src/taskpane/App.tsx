// The task pane: header, the refresh button with its progress and result, the findings, the rollup
// preview and the report for the review meeting, the template offer and the settings. State and handlers come from useApp; every use-case
// comes from props, none from Office. What the first paint does not need arrives in chunks of its own
// (lazyParts: the JavaScript loaded at start stays within 1.5x a bare React + Fluent app).
import { Button, FluentProvider, tokens, webLightTheme } from "@fluentui/react-components";
import type { AppProps, AppState } from "./App.types";
import { Header } from "./Header";
import { FixDialog, NoticeBar, SettingsForm } from "./lazyParts";
import { MergePanel } from "./components/MergeEntry";
import { SharePanel } from "./components/ShareEntry";
import { Loading } from "./Loading";
import { PaneContext } from "./PaneContext";
import { Part } from "./Part";
import { LiveRegion, RefreshProgress } from "./RefreshStatus";
import { ResultParts } from "./ResultParts";
import { SetupParts } from "./SetupParts";
import type { Styles } from "./styles";
import { useApp } from "./useApp";

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
} satisfies Styles;

/** The settings accordion's collapsed header (Fluent's medium AccordionHeader), kept while it loads. */
const SETTINGS_HEADER_PX = 44;

export function App(props: AppProps) {
  const state = useApp(props);
  const { settings, result } = state;
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
            <FeatureNote state={state} />
            <RefreshButton state={state} />
            <RefreshProgress state={state} />
            <LiveRegion state={state} />
            {state.notice && (
              <Part fallback={<Loading />}>
                <NoticeBar notice={state.notice} />
              </Part>
            )}
            <SetupParts state={state} />
            <ResultParts state={state} />
            <WorkbookTools state={state} />
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

/** The optional features this Excel lacks, named once under the header. */
function FeatureNote({ state: { missing, tr } }: { state: AppState }) {
  if (missing.length === 0) return null;
  return (
    <p role="note" style={styles.featureNote}>
      {tr("feature.missing", { features: missing.map((f) => tr(`feature.${f}`)).join(", ") })}
    </p>
  );
}

function RefreshButton({ state: { tr, disabled, runRefresh } }: { state: AppState }) {
  return (
    <Button
      appearance="primary"
      size="large"
      style={styles.refresh}
      disabled={disabled}
      onClick={runRefresh}
    >
      {tr("pane.refresh")}
    </Button>
  );
}

/** What works on the workbook whatever the result: the office copies, the merge and the settings. */
function WorkbookTools({ state }: { state: AppState }) {
  const { disabled } = state;
  return (
    <>
      <Part fallback={<Loading />}>
        <SharePanel disabled={disabled} />
      </Part>
      <Part fallback={<Loading />}>
        <MergePanel onMerged={state.runRefresh} disabled={disabled} />
      </Part>
      <Part fallback={<Loading minHeight={SETTINGS_HEADER_PX} />}>
        <SettingsForm
          key={state.settingsVersion}
          settings={state.settings}
          onSave={state.onSaveSettings}
          disabled={disabled}
        />
      </Part>
    </>
  );
}
