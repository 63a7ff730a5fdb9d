// A fix awaiting the user's confirmation, and what confirming does: the cells are written, the live
// region says how many, a warning names those edited since the check (left alone), then a refresh.
import { useState } from "react";
import type { Finding } from "../core/findings";
import type { AppState } from "./App.types";
import type { PaneServices } from "./PaneServices.types";
import type { UseNotices } from "./useNotices";
import type { UseWorkbookChange } from "./useWorkbookChange";

export interface FixOptions {
  services: PaneServices;
  tr: AppState["tr"];
  notices: Pick<UseNotices, "announce" | "warn">;
  change: UseWorkbookChange["apply"];
}

export function useFix({
  services,
  tr,
  notices: { announce, warn },
  change,
}: FixOptions): Pick<AppState, "pendingFix" | "onFix" | "onConfirmFix" | "onCancelFix"> {
  const [pendingFix, setPendingFix] = useState<Finding | null>(null);

  const confirm = async (finding: Finding) => {
    setPendingFix(null);
    const fix = finding.fix;
    if (!fix) return;
    const write = async () => {
      const { applied, stale } = await services.applyFix(fix.changes);
      announce({ kind: "text", key: "pane.fix.applied", params: { count: applied.length } });
      if (stale.length > 0) warn(tr("pane.fix.stale", { count: stale.length }));
    };
    // The stale-cells warning stays on screen through the refresh.
    await change("pane.fix.failed", write, true);
  };

  return {
    pendingFix,
    onFix: setPendingFix,
    onConfirmFix: (finding) => void confirm(finding),
    onCancelFix: () => setPendingFix(null),
  };
}
