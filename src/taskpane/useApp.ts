// The task pane's state and what each control does: the language, the workbook's settings, the report
// date, the refresh and its announcement, a fix awaiting confirmation, the template and a notice.
// App.tsx only renders what this returns (Fluent's split: useX.ts holds state, X.tsx renders).
import { useCallback, useEffect, useMemo, useState } from "react";
import type { RefreshStep } from "../app/ports";
import type { Finding } from "../core/findings";
import type { Lang } from "../core/model";
import type { Settings } from "../core/settings";
import { t, type MessageKey } from "../i18n/pane";
import type { Feature } from "../office/features";
import type { AppendixImport } from "../core/import/appendix";
import type { Announcement, AppProps, AppState, Notice, Started } from "./App.types";
import { tellError } from "./hostError";
import { preloadRefreshParts } from "./lazyParts";
import { useRefresh } from "./useRefresh";

export const STEP_ORDER: RefreshStep[] = ["reading", "checking", "computing", "writing", "done"];

export function useApp({ services, initialLang }: AppProps): AppState {
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
  // The area whose overdue tasks are listed (null: every area); undefined while no list is open.
  const [overdueArea, setOverdueArea] = useState<string | null | undefined>(undefined);
  // Whether the workbook has no input sheet yet (null until asked): the first-run screen (issue 17 §5).
  const [setup, setSetup] = useState<boolean | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const refresh = useRefresh(services);
  const tr = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params),
    [lang]
  );
  const fail = (key: MessageKey, error: unknown) => {
    const told = tellError(error);
    setNotice({
      intent: "error",
      text: tr(key, { message: tr(told.reason) }),
      detail: told.detail,
    });
  };

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
      (error) => live && fail("pane.settings.failed", error)
    );
    services.needsSetup?.().then(
      (needed) => live && setSetup(needed),
      () => undefined // the refresh reports a host that cannot be read
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
    setOverdueArea(undefined);
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
      const told = tellError(refresh.state.error);
      setAnnouncement({
        kind: "text",
        key: "pane.result.failed",
        reason: told.reason,
        detail: told.detail,
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
      fail("pane.settings.failed", error)
    );
  };

  const onSaveSettings = async (next: Settings) => {
    await services.saveSettings(next);
    setSettings(next);
  };

  const select = (sheet: string, cell: string) => {
    services.select(sheet, cell).catch((error) => fail("pane.select.failed", error));
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
      fail("pane.fix.failed", error);
      return;
    } finally {
      setBusy(false);
    }
    await runRefresh(true);
  };

  const onCreateTemplate = async (withSample: boolean) => {
    setBusy(true);
    try {
      const sheets = await services.createTemplate(withSample, lang);
      setAnnouncement({ kind: "text", key: "pane.template.created" });
      if (firstRun) setStarted({ way: withSample ? "sample" : "empty", sheets });
      setSetup(false);
      adoptSettings(await services.readSettings());
    } catch (error) {
      fail("pane.template.failed", error);
      return;
    } finally {
      setBusy(false);
    }
    await runRefresh();
  };

  const onImport = async (imported: AppendixImport) => {
    if (!services.createFromList) return;
    setBusy(true);
    try {
      const sheets = await services.createFromList(imported, lang);
      setAnnouncement({ kind: "text", key: "pane.start.created" });
      setStarted({ way: "import", sheets });
      setSetup(false);
      adoptSettings(await services.readSettings());
    } catch (error) {
      fail("pane.start.failed", error);
      return;
    } finally {
      setBusy(false);
    }
    await runRefresh();
  };

  const result = refresh.result;
  const unset = result?.findings.some((f) => f.code === "no-input-sheets") ?? false;
  // Until a refresh says otherwise, the workbook's own answer; after one, what it found.
  const firstRun = result ? unset : setup === true;
  const context = useMemo(() => ({ services, lang }), [services, lang]);

  return {
    lang,
    tr,
    context,
    settings,
    settingsVersion,
    reportDate,
    missing,
    notice,
    announcement,
    pendingFix,
    result,
    refreshState: refresh.state,
    disabled: refresh.running || busy,
    step: refresh.state.status === "running" ? refresh.state.step : null,
    // One input sheet of two missing: the template fills in the other (the first-run screen has both).
    needsTemplate: !firstRun && (result?.findings.some((f) => f.code === "missing-sheet") ?? false),
    firstRun,
    started,
    setLang,
    runRefresh: () => void runRefresh(),
    onReportDateChange,
    onSaveSettings,
    onSelect: (finding) => select(finding.sheet, finding.cell),
    overdueArea,
    onShowOverdue: setOverdueArea,
    onCloseOverdue: () => setOverdueArea(undefined),
    onSelectOverdue: (task) => select(task.sheet, task.cell),
    onOpenSummary: () => result && select(result.summarySheet, "A1"),
    onFix: setPendingFix,
    onConfirmFix: (finding) => void onConfirmFix(finding),
    onCancelFix: () => setPendingFix(null),
    onCreateTemplate: (withSample) => void onCreateTemplate(withSample),
    onImport: (imported) => void onImport(imported),
    onDismissNext: () => setStarted(null),
  };
}
