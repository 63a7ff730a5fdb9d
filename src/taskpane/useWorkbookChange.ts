// How the pane changes the workbook (a fix, a template, an imported list): the controls wait while the
// change runs, a failure is told in the notice bar, and a change that went through is followed by a
// refresh that shows it.
import { useState } from "react";
import type { MessageKey } from "../i18n/pane";
import type { Fail } from "./useNotices";

export interface UseWorkbookChange {
  /** A change is under way. */
  busy: boolean;
  /** Runs `change`; on failure tells `failKey`'s notice, else refreshes (keeping the notice if asked). */
  apply: (failKey: MessageKey, change: () => Promise<void>, keepNotice?: boolean) => Promise<void>;
}

export function useWorkbookChange(
  fail: Fail,
  refresh: (keepNotice?: boolean) => Promise<void>
): UseWorkbookChange {
  const [busy, setBusy] = useState(false);

  const apply = async (failKey: MessageKey, change: () => Promise<void>, keepNotice = false) => {
    setBusy(true);
    try {
      await change();
    } catch (error) {
      fail(failKey, error);
      return;
    } finally {
      setBusy(false);
    }
    await refresh(keepNotice);
  };

  return { busy, apply };
}
