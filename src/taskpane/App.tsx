// The task pane: header, the refresh button with its progress and result, the findings, the rollup
// preview, the template offer and the settings. Every use-case comes from props, none from Office.
// What the first paint does not need arrives in chunks of its own (lazyParts, issue 7).
import { Button, Field, FluentProvider, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type CSSProperties } from "react";
import type { RefreshStep } from "../app/ports";
import type { Finding } from "../core/findings";
import type { Lang } from "../core/model";
import type { Settings } from "../core/settings";
import { t, type MessageKey } from "../i18n";
import type { Feature } from "../office/features";
import type { Announcement, AppProps, Notice } from "./App.types";
import { errorMessage, formatResultLine } from "./format";
import { Header } from "./Header";
import {
  FindingsList,
  FixDialog,
  NoticeBar,
  preloadRefreshParts,
  ProgressBar,
  RollupPreview,
  SettingsForm,
  TemplatePanel,
} from "./lazyParts";
import { Loading } from "./Loading";
import { PaneContext } from "./PaneContext";
import { Part } from "./Part";
import { useRefresh } from "./useRefresh";

// Plain style objects, not makeStyles: the first paint then needs no CSS-in-JS compiler at run time
// (Griffel's resolver with stylis and rtl-css-js, ~8 KiB gzip; Fluent's components come precompiled).
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
} satisfies Record<string, CSSProperties>;

const STEP_ORDER: RefreshStep[] = ["reading", "checking", "computing", "writing", "done"];
/** The settings accordion's collapsed header (Fluent's medium AccordionHeader), kept while it loads. */
const SETTINGS_HEADER_PX = 44;

export function App({ services, initialLang, theme }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  // Null until the workbook's settings are read (the core's defaults load with the use-cases, not at start).
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const [reportDate, setReportDate] = useState<number>(() => services.today());
  const [pendingFix, setPendingFix] = useState<Finding | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Optional features this Excel lacks (ExcelApi older than 1.6-1.9): named once, under the header.
  const [missing, setMissing] = useState<Feature[]>([]);
  const [busy, setBusy] = useState(false);
  // What the live region says, kept as a message key so that a language switch re-words it.
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const refresh = useRefresh(services);
  const tr = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params),
    [lang]
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const adoptSettings = useCallback((next: Settings) => {
    setSettings(next);
    setSettingsVersion((v) => v + 1);
    if (next.reportDate !== null) setReportDate(next.reportDate);
  }, []);

  useEffect(() => {
    let live = true;
    services.missingFeatures?.().then(
      (list) => live && setMissing(list),
      () => undefined // the refresh reports a host that cannot run at all
    );
    services.readSettings().then(
      (loaded) => live && adoptSettings(loaded),
      (error) =>
        live &&
        setNotice({
          intent: "error",
          text: tr("pane.settings.failed", { message: errorMessage(error) }),
        })
    );
    return () => {
      live = false;
    };
    // Read once on mount; later changes come from saves and refreshes.
  }, [services]);

  /** Runs a refresh; a notice from the step before it (a fix, a template) stays on screen. */
  const runRefresh = async (keepNotice = false) => {
    if (!keepNotice) setNotice(null);
    setAnnouncement(null);
    preloadRefreshParts();
    const result = await refresh.run({ reportDate, lang });
    if (result) {
      adoptSettings(result.settings);
      setAnnouncement({ kind: "result" });
    }
  };

  // A failed refresh is announced in the live region like a successful one.
  useEffect(() => {
    if (refresh.state.status === "failed") {
      setAnnouncement({
        kind: "text",
        key: "pane.result.failed",
        params: { message: refresh.state.message },
      });
    }
  }, [refresh.state]);

  const onReportDateChange = (serial: number) => {
    setReportDate(serial);
    const save = (base: Settings) => {
      const next = { ...base, reportDate: serial };
      setSettings(next);
      return services.saveSettings(next);
    };
    // Before the workbook's settings are known, read them: a new date must not store defaults over them.
    (settings ? save(settings) : services.readSettings().then(save)).catch((error) =>
      setNotice({
        intent: "error",
        text: tr("pane.settings.failed", { message: errorMessage(error) }),
      })
    );
  };

  const onSaveSettings = async (next: Settings) => {
    await services.saveSettings(next);
    setSettings(next);
  };

  const onSelect = (finding: Finding) => {
    services
      .select(finding.sheet, finding.cell)
      .catch((error) =>
        setNotice({
          intent: "error",
          text: tr("pane.select.failed", { message: errorMessage(error) }),
        })
      );
  };

  const onConfirmFix = async (finding: Finding) => {
    setPendingFix(null);
    if (!finding.fix) return;
    setBusy(true);
    try {
      const { applied, stale } = await services.applyFix(finding.fix.changes);
      setAnnouncement({ kind: "text", key: "pane.fix.applied", params: { count: applied.length } });
      if (stale.length > 0)
        setNotice({ intent: "warning", text: tr("pane.fix.stale", { count: stale.length }) });
    } catch (error) {
      setNotice({ intent: "error", text: tr("pane.fix.failed", { message: errorMessage(error) }) });
      return;
    } finally {
      setBusy(false);
    }
    await runRefresh(true);
  };

  const onCreateTemplate = async (withSample: boolean) => {
    setBusy(true);
    try {
      await services.createTemplate(withSample, lang);
      setAnnouncement({ kind: "text", key: "pane.template.created" });
      adoptSettings(await services.readSettings());
    } catch (error) {
      setNotice({
        intent: "error",
        text: tr("pane.template.failed", { message: errorMessage(error) }),
      });
      return;
    } finally {
      setBusy(false);
    }
    await runRefresh();
  };

  const result = refresh.result;
  const running = refresh.running;
  const disabled = running || busy;
  const step = refresh.state.status === "running" ? refresh.state.step : null;
  const needsTemplate =
    result?.findings.some((f) => f.code === "missing-sheet" || f.code === "no-input-sheets") ??
    false;
  const context = useMemo(() => ({ services, lang }), [services, lang]);

  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={lang}>
      <PaneContext.Provider value={context}>
        <div style={styles.root}>
          <Header
            programme={settings?.programme ?? ""}
            reportDate={reportDate}
            onReportDateChange={onReportDateChange}
            onLangChange={setLang}
          />
          <main style={styles.main}>
            {missing.length > 0 && (
              <p role="note" style={styles.featureNote}>
                {tr("feature.missing", {
                  features: missing.map((f) => tr(`feature.${f}` as MessageKey)).join(", "),
                })}
              </p>
            )}
            <Button
              appearance="primary"
              size="large"
              style={styles.refresh}
              disabled={disabled}
              onClick={() => runRefresh()}
            >
              {tr("pane.refresh")}
            </Button>
            {step && (
              <Field label={tr("pane.progress")} hint={tr(`pane.step.${step}`)}>
                <Part fallback={<div style={styles.progress} />}>
                  <ProgressBar value={(STEP_ORDER.indexOf(step) + 1) / STEP_ORDER.length} />
                </Part>
              </Field>
            )}
            <div role="status" aria-live="polite" aria-atomic="true">
              <p style={styles.live}>
                {announcement?.kind === "result" && result
                  ? formatResultLine(lang, result)
                  : announcement?.kind === "text"
                    ? tr(announcement.key, announcement.params)
                    : ""}
              </p>
              {result && refresh.state.status === "done" && announcement?.kind === "result" && (
                <p style={styles.live}>
                  {tr("pane.result.written", { sheet: result.summarySheet })}
                </p>
              )}
            </div>
            {notice && (
              <Part fallback={<Loading />}>
                <NoticeBar notice={notice} />
              </Part>
            )}
            {needsTemplate && (
              <Part fallback={<Loading />}>
                <TemplatePanel onCreate={onCreateTemplate} disabled={disabled} />
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
                    onSelect={onSelect}
                    onFix={setPendingFix}
                    disabled={disabled}
                  />
                </section>
                {result.rollup.areas.length > 0 && <RollupPreview rollup={result.rollup} />}
              </Part>
            )}
            <Part fallback={<Loading minHeight={SETTINGS_HEADER_PX} />}>
              <SettingsForm
                key={settingsVersion}
                settings={settings}
                onSave={onSaveSettings}
                disabled={disabled}
              />
            </Part>
          </main>
          {/* Mounted from the first result on (a fix needs findings), and kept so that it can animate closed. */}
          {result && (
            <Part fallback={null}>
              <FixDialog
                finding={pendingFix}
                onConfirm={onConfirmFix}
                onCancel={() => setPendingFix(null)}
              />
            </Part>
          )}
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
