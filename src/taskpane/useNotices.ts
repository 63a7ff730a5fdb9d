// What the pane tells the user besides its parts: the notice bar (a warning or an error, worded when
// it happens) and the live region's announcement (kept as a message key, so a language switch re-words it).
import { useState } from "react";
import type { MessageKey } from "../i18n/pane";
import type { Announcement, AppState, Notice } from "./App.types";
import { tellError } from "./hostError";

/** Tells in the notice bar that the action named by `key` failed, with the host's reason. */
export type Fail = (key: MessageKey, error: unknown) => void;

export interface UseNotices {
  notice: Notice | null;
  announcement: Announcement | null;
  fail: Fail;
  warn: (text: string) => void;
  clearNotice: () => void;
  /** Sets what the live region says; null silences it. */
  announce: (announcement: Announcement | null) => void;
}

export function useNotices(tr: AppState["tr"]): UseNotices {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, announce] = useState<Announcement | null>(null);

  const fail: Fail = (key, error) => {
    const told = tellError(error);
    setNotice({
      intent: "error",
      text: tr(key, { message: tr(told.reason) }),
      detail: told.detail,
    });
  };

  return {
    notice,
    announcement,
    fail,
    warn: (text) => setNotice({ intent: "warning", text }),
    clearNotice: () => setNotice(null),
    announce,
  };
}
