// What the pane needs from the outside world: the use-cases over a workbook host. The entry
// (index.tsx) builds it from the Office adapter; component tests pass a fake.
import type { RefreshOptions, RefreshResult } from "../app/ports";
import type { CellChange } from "../core/findings";
import type { AppendixImport } from "../core/import/appendix";
import type { Lang } from "../core/model";
import type { Settings } from "../core/settings";
import type { Feature } from "../office/features";
import type { MergeServices } from "./components/MergePanel.types";
import type { ShareServices } from "./components/SharePanel.types";

export interface PaneServices {
  /** Validates and refreshes the summary (the refresh use-case). */
  refresh(options: RefreshOptions): Promise<RefreshResult>;
  /** The workbook's settings, defaults filled in. */
  readSettings(): Promise<Settings>;
  /** Stores the settings in the workbook's settings sheet. */
  saveSettings(settings: Settings): Promise<void>;
  /** Selects a cell in the workbook so the user sees it. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the cells of a fix the user confirmed; cells edited since the check are left alone (stale). */
  applyFix(changes: CellChange[]): Promise<{ applied: CellChange[]; stale: CellChange[] }>;
  /** Creates the input sheets (and the settings sheet) in a language, optionally filled with the seed sample. */
  createTemplate(withSample: boolean, lang: Lang): Promise<InputSheetNames>;
  /** True when the workbook has no input sheet yet: the pane opens on its first-run screen. */
  needsSetup?(): Promise<boolean>;
  /** Reads a sheet (the active one when none is named) as a programme's appendix list; writes nothing. */
  readList?(sheet?: string): Promise<ListRead>;
  /** Creates the input sheets and the settings sheet from a list the user confirmed. */
  createFromList?(imported: AppendixImport, lang: Lang): Promise<InputSheetNames>;
  /** Today as an Excel serial (injected so tests are repeatable). */
  today(): number;
  /** Optional Excel features this host lacks (older ExcelApi), for the pane to name; none when absent. */
  missingFeatures?(): Promise<Feature[]>;
  /** The merge of returned copies (issue 13); the pane hides it when absent. */
  merge?: MergeServices;
  /** The per-office copies of the open workbook (issue 13); the pane hides it when absent. */
  share?: ShareServices;
}

/** The sheets a template or an import left in the workbook, for the pane to say what to do next. */
export interface InputSheetNames {
  areas: string;
  tasks: string;
  settings: string;
}

/** What the importer found on a sheet: null when the sheet holds no list it recognises. */
export interface ListRead {
  sheet: string;
  /** Every sheet's name in tab order, for the user to pick another one. */
  sheetNames: string[];
  imported: AppendixImport | null;
}
