import type { Theme } from "@fluentui/react-components";
import type { Lang } from "../core/model";
import type { MessageKey } from "../i18n";
import type { PaneServices } from "./PaneServices.types";

export interface AppProps {
  services: PaneServices;
  /** The pane's first language (Office's display language, from the entry). */
  initialLang: Lang;
  /** The Fluent theme; webLightTheme when absent (the entry adapts Office's theme colours). */
  theme?: Theme;
}

export interface Notice {
  intent: "error" | "warning" | "success";
  text: string;
}

/** The live region's message: the last refresh's result line, or a message from the catalogue. */
export type Announcement =
  { kind: "result" } | { kind: "text"; key: MessageKey; params?: Record<string, string | number> };
