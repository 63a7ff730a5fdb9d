// The preview page: a clear "not Excel" banner, the real pane (production bundle) in a 320 px frame as
// Office shows it, and the in-browser workbook beside it, its add-in formulas shown with the core's values.
import { useEffect, useState } from "react";
import { t, type MessageKey } from "../i18n";
import type { PreviewPageProps } from "./PreviewPage.types";
import { PREVIEW_WORKBOOKS } from "./workbooks";
import { WorkbookView } from "./WorkbookView";
import type { ComputedValues } from "./computed";

export function PreviewPage({ workbook, choice, lang, subscribe, compute }: PreviewPageProps) {
  const [version, setVersion] = useState(0);
  const [computed, setComputed] = useState<ComputedValues>(() => new Map());
  useEffect(() => subscribe(() => setVersion((v) => v + 1)), [subscribe]);
  // After each batch, the core's values for the formulas the add-in wrote (the double calculates nothing).
  useEffect(() => {
    let live = true;
    compute().then(
      (values) => live && setComputed(values),
      () => live && setComputed(new Map())
    );
    return () => {
      live = false;
    };
  }, [version, compute]);
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);

  return (
    <>
      <header className="banner">
        <h1>{tr("pane.preview.banner")}</h1>
        <p>{tr("pane.preview.intro")}</p>
        <form method="get" className="choose">
          <label>
            {tr("pane.preview.workbook")}{" "}
            <select name="workbook" defaultValue={choice}>
              {PREVIEW_WORKBOOKS.map((w) => (
                <option key={w} value={w}>
                  {tr(`pane.preview.${w}`)}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            {tr("pane.lang.label")}{" "}
            <select name="lang" defaultValue={lang}>
              <option value="vi" lang="vi">
                {tr("pane.lang.vi")}
              </option>
              <option value="en" lang="en">
                {tr("pane.lang.en")}
              </option>
            </select>
          </label>{" "}
          <button type="submit">{tr("pane.preview.open")}</button>
        </form>
      </header>
      <main className="stage">
        <iframe className="pane" title={tr("pane.preview.pane")} src="taskpane.html" />
        <section className="book" aria-label={tr("pane.preview.sheets")}>
          <WorkbookView workbook={workbook} version={version} lang={lang} computed={computed} />
        </section>
      </main>
    </>
  );
}
