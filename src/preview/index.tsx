// The preview page's entry: builds the in-browser workbook (the typed Excel double), publishes an
// Excel.run over it for the pane's frame, and renders the page. Nothing here ships in the add-in.
import { createRoot } from "react-dom/client";
import { createDouble } from "../testing/excel-double";
import type { Lang } from "../core/model";
import { t } from "../i18n";
import { PREVIEW_BRIDGE_KEY, type PreviewBridge } from "../taskpane/previewBridge";
import { todaySerial } from "../taskpane/format";
import { computeValues } from "./computed";
import { PreviewPage } from "./PreviewPage";
import { PREVIEW_WORKBOOKS, previewWorkbook, type PreviewWorkbook } from "./workbooks";

const params = new URLSearchParams(window.location.search);
const asked = params.get("workbook") as PreviewWorkbook | null;
const choice: PreviewWorkbook = asked && PREVIEW_WORKBOOKS.includes(asked) ? asked : "seed";
const lang: Lang = params.get("lang") === "en" ? "en" : "vi";

const double = createDouble(previewWorkbook(choice));
const listeners = new Set<() => void>();

const bridge: PreviewBridge = {
  async run(batch) {
    try {
      return await double.run(batch);
    } finally {
      listeners.forEach((listener) => listener());
    }
  },
  isSetSupported: (name, version) => double.isSetSupported(name, version),
  platform: "OfficeOnline",
  readOnly: false,
  displayLanguage: lang === "en" ? "en-US" : "vi-VN",
};
(window as unknown as Record<string, unknown>)[PREVIEW_BRIDGE_KEY] = bridge;

document.documentElement.lang = lang;
document.title = t(lang, "pane.preview.banner");
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const compute = () => computeValues(double, lang, todaySerial());
createRoot(document.getElementById("preview")!).render(
  <PreviewPage
    workbook={double.wb}
    choice={choice}
    lang={lang}
    subscribe={subscribe}
    compute={compute}
  />
);
