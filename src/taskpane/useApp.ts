// The task pane's state and what each control does, composed of one hook per concern: the language,
// the notices, the host's missing features, the workbook's settings and report date, the refresh, the
// changes to the workbook (a fix, the setup) and the selection of a cell.
// App.tsx only renders what this returns (Fluent's split: useX.ts holds state, X.tsx renders).
import { useMemo } from "react";
import type { AppProps, AppState } from "./App.types";
import { useFix } from "./useFix";
import { useMissingFeatures } from "./useMissingFeatures";
import { useNotices, type Fail } from "./useNotices";
import { usePaneLang } from "./usePaneLang";
import { useRefreshFlow } from "./useRefreshFlow";
import { useWorkbookChange } from "./useWorkbookChange";
import { useWorkbookSettings } from "./useWorkbookSettings";
import { useWorkbookSetup } from "./useWorkbookSetup";
import type { PaneServices } from "./PaneServices.types";

export function useApp({ services, initialLang }: AppProps): AppState {
  const { lang, setLang, tr } = usePaneLang(initialLang);
  const notices = useNotices(tr);
  const missing = useMissingFeatures(services);
  const { adopt, ...settings } = useWorkbookSettings(services, notices.fail);
  const { run, running, ...refresh } = useRefreshFlow({
    services,
    lang,
    reportDate: settings.reportDate,
    adopt,
    notices,
  });
  const change = useWorkbookChange(notices.fail, run);
  const fix = useFix({ services, tr, notices, change: change.apply });
  const setup = useWorkbookSetup({
    services,
    lang,
    result: refresh.result,
    adopt,
    notices,
    change: change.apply,
  });
  const select = selectCell(services, notices.fail);
  const context = useMemo(() => ({ services, lang }), [services, lang]);
  const { result } = refresh;

  return {
    lang,
    tr,
    setLang,
    context,
    missing,
    notice: notices.notice,
    announcement: notices.announcement,
    ...settings,
    ...refresh,
    ...fix,
    ...setup,
    disabled: running || change.busy,
    runRefresh: () => void run(),
    onSelect: (finding) => select(finding.sheet, finding.cell),
    onSelectOverdue: (task) => select(task.sheet, task.cell),
    onOpenSummary: () => result && select(result.summarySheet, "A1"),
  };
}

/** Selects a cell so that Excel shows it; a failure is told in the notice bar. */
function selectCell(services: PaneServices, fail: Fail) {
  return (sheet: string, cell: string) => {
    services.select(sheet, cell).catch((error) => fail("pane.select.failed", error));
  };
}
