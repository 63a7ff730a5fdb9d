// The task pane's entry: the only file that waits for Office. It builds the use-cases over the Office
// adapter (or, inside `npm run preview`, over the in-browser workbook the preview page publishes) and
// hands them to the pane as props.
import { createRoot } from "react-dom/client";
import { applyFix, loadSettings, refresh, saveSettings } from "../app/use-cases";
import { officeEnv, type OfficeEnv } from "../office/env";
import { OfficeWorkbookHost } from "../office/host";
import { createTemplate } from "../office/template";
import { t } from "../i18n";
import { App } from "./App";
import { langFromLocale, todaySerial } from "./format";
import { themeFromOffice } from "./officeTheme";
import type { PaneServices } from "./PaneServices.types";
import { findPreviewBridge } from "./previewBridge";

function servicesOver(env: OfficeEnv): PaneServices {
  const host = new OfficeWorkbookHost(env);
  return {
    refresh: (options) => refresh(host, options),
    readSettings: () => loadSettings(host),
    saveSettings: (settings) => saveSettings(host, settings),
    select: (sheet, cell) => host.select(sheet, cell),
    applyFix: (changes) => applyFix(host, changes),
    createTemplate: (withSample, lang) => createTemplate(env, withSample, lang),
    today: () => todaySerial(),
  };
}

Office.onReady((info) => {
  const root = createRoot(document.getElementById("root")!);
  const inExcel = info.host === Office.HostType.Excel;
  const preview = inExcel ? null : findPreviewBridge();
  const lang = langFromLocale(preview ? preview.displayLanguage : Office.context?.displayLanguage);
  document.title = t(lang, "pane.appName");
  document.documentElement.lang = lang;
  const env = inExcel ? officeEnv() : preview;
  if (!env) {
    root.render(<p style={{ padding: 12 }}>{t(lang, "pane.notInExcel")}</p>);
    return;
  }
  const theme = inExcel ? themeFromOffice(Office.context.officeTheme) : undefined;
  root.render(<App services={servicesOver(env)} initialLang={lang} theme={theme} />);
});
