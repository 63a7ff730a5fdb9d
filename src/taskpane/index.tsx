// The task pane's entry: the only file that waits for Office. It builds the use-cases over the Office
// adapter (or, inside `npm run preview`, over the in-browser workbook the preview page publishes) and
// hands them to the pane as props; they load in a chunk of their own after the first paint (budget: the
// first paint's JavaScript within 1.5× a bare React + Fluent app).
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeEnv } from "../office/env";
import { t } from "../i18n/pane";
import { App } from "./App";
import { langFromLocale, todaySerial } from "./format";
import { lazyServices } from "./lazyServices";
import { themeFromOffice, watchOfficeTheme } from "./officeTheme";
import { findPreviewBridge } from "./previewBridge";

Office.onReady(async (info) => {
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
  const theme = inExcel ? await themeFromOffice(Office.context.officeTheme) : undefined;
  // The use-cases (core and adapter) load after the first paint, from the add-in's own origin.
  const services = lazyServices(
    () =>
      import(/* webpackChunkName: "workbook" */ "./officeServices").then((m) =>
        m.servicesOver(env, todaySerial)
      ),
    todaySerial
  );
  const show = (theme: Theme | undefined) =>
    root.render(<App services={services} initialLang={lang} theme={theme} />);
  show(theme);
  // Office's theme can change while the pane is open; the pane follows (same App, state kept).
  if (inExcel)
    watchOfficeTheme(
      () => Office.context.officeTheme,
      (colours) => void themeFromOffice(colours).then(show)
    );
});
