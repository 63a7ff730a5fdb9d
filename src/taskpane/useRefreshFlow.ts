// The refresh as the pane runs it: the notice, the live region and the overdue list start afresh, the
// parts a result shows load meanwhile, the result's settings are adopted, and a failed refresh is
// announced in the live region like a successful one.
import { useEffect, useState } from "react";
import type { Lang } from "../core/model";
import type { Settings } from "../core/settings";
import type { AppState } from "./App.types";
import { tellError } from "./hostError";
import { preloadRefreshParts } from "./lazyParts";
import type { PaneServices } from "./PaneServices.types";
import type { UseNotices } from "./useNotices";
import { useRefresh } from "./useRefresh";

export interface RefreshFlowOptions {
  services: PaneServices;
  lang: Lang;
  reportDate: number;
  adopt: (settings: Settings) => void;
  notices: Pick<UseNotices, "clearNotice" | "announce">;
}

export interface UseRefreshFlow extends Pick<
  AppState,
  "result" | "refreshState" | "step" | "overdueArea" | "onShowOverdue" | "onCloseOverdue"
> {
  running: boolean;
  /** Runs a refresh; with keepNotice, a notice from the step before it (a fix, a template) stays on screen. */
  run: (keepNotice?: boolean) => Promise<void>;
}

export function useRefreshFlow({
  services,
  lang,
  reportDate,
  adopt,
  notices: { clearNotice, announce },
}: RefreshFlowOptions): UseRefreshFlow {
  const refresh = useRefresh(services);
  // The area whose overdue tasks are listed (null: every area); undefined while no list is open.
  const [overdueArea, setOverdueArea] = useState<string | null | undefined>(undefined);

  const run = async (keepNotice = false) => {
    if (!keepNotice) clearNotice();
    announce(null);
    setOverdueArea(undefined);
    preloadRefreshParts();
    const result = await refresh.run({ reportDate, lang });
    if (result) {
      adopt(result.settings);
      announce({ kind: "result" });
    }
  };

  useEffect(() => {
    if (refresh.state.status === "failed") {
      const told = tellError(refresh.state.error);
      announce({
        kind: "text",
        key: "pane.result.failed",
        reason: told.reason,
        detail: told.detail,
      });
    }
  }, [refresh.state]);

  return {
    result: refresh.result,
    refreshState: refresh.state,
    running: refresh.running,
    step: refresh.state.status === "running" ? refresh.state.step : null,
    run,
    overdueArea,
    onShowOverdue: setOverdueArea,
    onCloseOverdue: () => setOverdueArea(undefined),
  };
}
