import type { Theme } from "@fluentui/react-components";
import type { Lang } from "../core/model";
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
