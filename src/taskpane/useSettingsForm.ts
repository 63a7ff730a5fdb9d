// The settings form's state: a draft of text fields, validated the way Excel will take them.
import { useState } from "react";
import type { Settings } from "../core/settings";
import { isDueSoonDays, isValidSheetName } from "../core/settings-rules";
import type { MessageKey } from "../i18n/pane";
import { tellError } from "./hostError";
import type { SettingsDraft, SettingsErrors } from "./SettingsForm.types";

export function toDraft(settings: Settings): SettingsDraft {
  return {
    parentBody: settings.parentBody,
    issuingBody: settings.issuingBody,
    place: settings.place,
    programme: settings.programme,
    period: settings.period,
    summarySheet: settings.summarySheet,
    dueSoonDays: String(settings.dueSoonDays),
    language: settings.language,
    reportTables: [...settings.reportTables],
    reportNumber: settings.reportNumber,
    signerTitle: settings.signerTitle,
    signerName: settings.signerName,
    preparerName: settings.preparerName,
  };
}

function validateDraft(draft: SettingsDraft): SettingsErrors {
  const errors: SettingsErrors = {};
  const days = draft.dueSoonDays.trim();
  if (!/^\d+$/.test(days) || !isDueSoonDays(Number(days)))
    errors.dueSoonDays = "pane.settings.invalidDays";
  if (!isValidSheetName(draft.summarySheet.trim()))
    errors.summarySheet = "pane.settings.invalidSheet";
  return errors;
}

export function fromDraft(base: Settings, draft: SettingsDraft): Settings {
  const text = (s: string) => s.trim().normalize("NFC");
  return {
    ...base,
    parentBody: text(draft.parentBody),
    issuingBody: text(draft.issuingBody),
    place: text(draft.place),
    programme: text(draft.programme),
    period: text(draft.period),
    summarySheet: text(draft.summarySheet),
    dueSoonDays: Number(draft.dueSoonDays.trim()),
    language: draft.language,
    reportTables: [...draft.reportTables],
    reportNumber: text(draft.reportNumber),
    // Each line trimmed, blank lines dropped, the break kept for a two-line title.
    signerTitle: draft.signerTitle
      .split(/\r?\n/)
      .map(text)
      .filter((line) => line !== "")
      .join("\n"),
    signerName: text(draft.signerName),
    preparerName: text(draft.preparerName),
  };
}

export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved" }
  | { status: "failed"; reason: MessageKey; detail: string };

export function useSettingsForm(settings: Settings, onSave: (settings: Settings) => Promise<void>) {
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [save, setSave] = useState<SaveState>({ status: "idle" });

  const update = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSave({ status: "idle" });
  };

  const submit = async () => {
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSave({ status: "saving" });
    try {
      await onSave(fromDraft(settings, draft));
      setSave({ status: "saved" });
    } catch (error) {
      setSave({ status: "failed", ...tellError(error) });
    }
  };

  return { draft, errors, save, update, submit };
}
