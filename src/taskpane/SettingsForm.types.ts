import type { Settings } from "../core/settings";

export interface SettingsFormProps {
  /** The workbook's settings; null until they are read, when the form starts from the defaults. */
  settings: Settings | null;
  /** Stores the settings in the workbook; rejects with the reason when it cannot. */
  onSave: (settings: Settings) => Promise<void>;
  disabled?: boolean;
}

/** The form's fields as typed (numbers stay text until saved). */
export interface SettingsDraft {
  parentBody: string;
  issuingBody: string;
  place: string;
  programme: string;
  period: string;
  summarySheet: string;
  dueSoonDays: string;
  language: Settings["language"];
  /** The report's parts a refresh generates (issue 15 §5). */
  reportTables: Settings["reportTables"];
  /** The clerk's fields of the printed summary (issue 14 §6). */
  reportNumber: string;
  /** May hold two lines ("T/M BAN CHỈ ĐẠO" over "TRƯỞNG BAN"). */
  signerTitle: string;
  signerName: string;
  preparerName: string;
}

export type SettingsErrors = Partial<
  Record<keyof SettingsDraft, "pane.settings.invalidDays" | "pane.settings.invalidSheet">
>;
