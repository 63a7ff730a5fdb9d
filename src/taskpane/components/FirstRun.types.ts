// The first-run screen's props and state (issue 17 §5, issue 11 §2): the three ways into a workbook that
// has no input sheets yet, the review of an imported list, and the "what next" steps once created.
import type { AppendixImport } from "../../core/import/appendix";
import type { Finding } from "../../core/findings";
import type { Lang } from "../../core/model";
import type { MessageKey } from "../../i18n/pane";
import type { InputSheetNames, ListRead } from "../PaneServices.types";

/** How the user starts: an empty template, an import from an appendix list, or the sample. */
export type StartWay = "empty" | "import" | "sample";

export interface FirstRunProps {
  /** Creates the template (empty, or with the sample); the pane refreshes afterwards. */
  onCreateTemplate: (withSample: boolean) => void;
  /** Creates the input sheets from the list the user confirmed; the pane refreshes afterwards. */
  onImport: (imported: AppendixImport) => void;
  /** Selects a finding's source cell in the workbook. */
  onSelect: (finding: Finding) => void;
  disabled?: boolean;
}

/** Where the import stands: nothing read yet, reading, a list to review, no list, a failed read. */
export type ImportPhase =
  | { kind: "idle" }
  | { kind: "reading"; sheet: string | undefined }
  | { kind: "read"; read: ListRead }
  | { kind: "failed"; message: string; detail: string };

/** One area of the review: its name, lead unit and how many tasks the list gives it. */
export interface ReviewArea {
  id: string;
  name: string;
  lead: string;
  tasks: number;
}

/** What the review says about the deadlines: how many became dates, recurring, or none. */
export interface DeadlineCounts {
  dated: number;
  recurring: number;
  unread: number;
}

export interface NextStepsProps {
  /** How the workbook was started. */
  way: StartWay;
  sheets: InputSheetNames;
  /** The summary sheet's name (after the refresh that follows the creation). */
  summary: string;
  onDismiss: () => void;
}

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface SheetChoiceProps {
  read: ListRead;
  tr: Tr;
  disabled?: boolean;
  /** Reads the sheet picked. */
  onRead: (sheet: string) => void;
}

export interface ReviewProps {
  imported: AppendixImport;
  tr: Tr;
  lang: Lang;
  disabled?: boolean;
  onSelect: (finding: Finding) => void;
  /** Creates the input sheets from the list shown. */
  onConfirm: () => void;
  onCancel: () => void;
}

export interface ImportStepProps {
  state: {
    tr: Tr;
    lang: Lang;
    phase: ImportPhase;
    onRead: (sheet: string) => void;
    onConfirm: () => void;
    onCancel: () => void;
  };
  disabled?: boolean;
  onSelect: (finding: Finding) => void;
}
