// The pane's props, and the state useApp hands to App's rendering.
import type { Theme } from "@fluentui/react-components";
import type { OverdueTask, RefreshResult, RefreshStep } from "../app/ports";
import type { Finding } from "../core/findings";
import type { Lang } from "../core/model";
import type { Settings } from "../core/settings";
import type { MessageKey } from "../i18n/pane";
import type { Feature } from "../office/features";
import type { PaneContextValue } from "./PaneContext";
import type { AppendixImport } from "../core/import/appendix";
import type { StartWay } from "./components/FirstRun.types";
import type { InputSheetNames, PaneServices } from "./PaneServices.types";
import type { RefreshState } from "./useRefresh";

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
  /** What the host said, word for word, shown behind a "details" toggle. */
  detail?: string;
}

/** The live region's message: the last refresh's result line, or a message from the catalogue. */
export type Announcement =
  | { kind: "result" }
  | {
      kind: "text";
      key: MessageKey;
      params?: Record<string, string | number>;
      /** A failure's reason, worded in the current language as the {message} parameter. */
      reason?: MessageKey;
      /** What the host said, word for word, behind a "details" toggle. */
      detail?: string;
    };

/** How the workbook was just set up, and the sheets made: the pane says what to do next. */
export interface Started {
  way: StartWay;
  sheets: InputSheetNames;
}

/** What useApp returns: the pane's state and a handler per control. */
export interface AppState {
  lang: Lang;
  tr: (key: MessageKey, params?: Record<string, string | number>) => string;
  context: PaneContextValue;
  settings: Settings | null;
  /** Bumped when settings arrive from the workbook, so the form starts again from them. */
  settingsVersion: number;
  reportDate: number;
  missing: Feature[];
  notice: Notice | null;
  announcement: Announcement | null;
  pendingFix: Finding | null;
  result: RefreshResult | null;
  refreshState: RefreshState;
  /** A refresh, a fix or a template is under way: the controls wait. */
  disabled: boolean;
  step: RefreshStep | null;
  needsTemplate: boolean;
  /** The workbook has no input sheet yet: the pane shows its first-run screen (issue 17 §5). */
  firstRun: boolean;
  /** Set once the first-run screen created the sheets, until the user dismisses the next steps. */
  started: Started | null;
  setLang: (lang: Lang) => void;
  runRefresh: () => void;
  onReportDateChange: (serial: number) => void;
  onSaveSettings: (settings: Settings) => Promise<void>;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** The area whose overdue tasks are listed (null: every area); undefined while no list is open. */
  overdueArea: string | null | undefined;
  onShowOverdue: (areaId: string | null) => void;
  onCloseOverdue: () => void;
  onSelectOverdue: (task: OverdueTask) => void;
  /** Selects the summary sheet's first cell, so Excel shows the sheet. */
  onOpenSummary: () => void;
  onConfirmFix: (finding: Finding) => void;
  onCancelFix: () => void;
  onCreateTemplate: (withSample: boolean) => void;
  /** Creates the input sheets from an imported list the user confirmed, then refreshes. */
  onImport: (imported: AppendixImport) => void;
  onDismissNext: () => void;
}
