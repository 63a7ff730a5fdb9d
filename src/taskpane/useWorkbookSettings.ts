// The workbook's settings as the pane knows them, and the report date: read once on mount, adopted
// again from each refresh and setup, saved from the settings form and from the header's date field.
import { useCallback, useEffect, useState } from "react";
import type { Settings } from "../core/settings";
import type { AppState } from "./App.types";
import type { PaneServices } from "./PaneServices.types";
import type { Fail } from "./useNotices";

export interface UseWorkbookSettings extends Pick<
  AppState,
  "settings" | "settingsVersion" | "reportDate" | "onReportDateChange" | "onSaveSettings"
> {
  /** Takes settings read from the workbook: the form starts again from them, their date is used. */
  adopt: (settings: Settings) => void;
}

export function useWorkbookSettings(services: PaneServices, fail: Fail): UseWorkbookSettings {
  // Null until the workbook's settings are read (the core's defaults load with the use-cases, not at start).
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const [reportDate, setReportDate] = useState<number>(() => services.today());

  const adopt = useCallback((next: Settings) => {
    setSettings(next);
    setSettingsVersion((v) => v + 1);
    if (next.reportDate !== null) setReportDate(next.reportDate);
  }, []);

  useEffect(() => {
    let live = true;
    services.readSettings().then(
      (loaded) => live && adopt(loaded),
      (error) => live && fail("pane.settings.failed", error)
    );
    return () => {
      live = false;
    };
    // Read once on mount; later changes come from saves and refreshes.
  }, [services]);

  const onReportDateChange = (serial: number) => {
    setReportDate(serial);
    const save = (base: Settings) => {
      const next = { ...base, reportDate: serial };
      setSettings(next);
      return services.saveSettings(next);
    };
    // Before the workbook's settings are known, read them: a new date must not store defaults over them.
    (settings ? save(settings) : services.readSettings().then(save)).catch((error) =>
      fail("pane.settings.failed", error)
    );
  };

  const onSaveSettings = async (next: Settings) => {
    await services.saveSettings(next);
    setSettings(next);
  };

  return { settings, settingsVersion, reportDate, adopt, onReportDateChange, onSaveSettings };
}
