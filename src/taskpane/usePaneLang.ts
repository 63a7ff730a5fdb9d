// The pane's language: Office's at start, then the user's pick; the catalogue worded in it, and the
// page's lang attribute kept in step with it.
import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../core/model";
import { t, type MessageKey } from "../i18n/pane";
import type { AppState } from "./App.types";

export function usePaneLang(initialLang: Lang): Pick<AppState, "lang" | "setLang" | "tr"> {
  const [lang, setLang] = useState<Lang>(initialLang);
  const tr = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params),
    [lang]
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return { lang, setLang, tr };
}
