// The pane's context: the use-cases and the current language, so components need no Office.
import { createContext, useContext } from "react";
import type { Lang } from "../core/model";
import { t, type MessageKey } from "../i18n/pane";
import type { PaneServices } from "./PaneServices.types";

export interface PaneContextValue {
  services: PaneServices;
  lang: Lang;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export interface UsePane extends PaneContextValue {
  /** The catalogue in the pane's current language. */
  tr: (key: MessageKey, params?: Record<string, string | number>) => string;
}

export function usePane(): UsePane {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane() outside <PaneContext.Provider>");
  return { ...value, tr: (key, params) => t(value.lang, key, params) };
}
