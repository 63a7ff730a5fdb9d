// A plain view of the in-browser workbook: one tab per sheet, the used range as a table, the cell the
// pane selected highlighted (and scrolled to). The double does not calculate: a formula the add-in wrote
// shows the value the core computed for it, marked as such (computed.ts); any other formula shows its text.
import { useEffect, useRef, useState } from "react";
import { colName, getCell, parseBox, usedBox, type SheetState } from "../testing/excel-double";
import { t } from "../i18n";
import { cellText } from "./cellText";
import { computedAt, type ComputedValues } from "./computed";
import type { WorkbookViewProps } from "./WorkbookView.types";

const MAX_ROWS = 300;
const MAX_COLS = 30;

function SheetTable({
  sheet,
  selected,
  lang,
  computed,
}: {
  sheet: SheetState;
  selected: string | null;
  lang: WorkbookViewProps["lang"];
  computed: ComputedValues;
}) {
  const used = usedBox(sheet, false);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, sheet]);
  if (!used) return <p>{t(lang, "pane.preview.emptySheet")}</p>;
  const box = selected ? parseBox(selected) : null;
  const rows = Math.min(used.r1 + 1, MAX_ROWS);
  const cols = Math.min(used.c1 + 1, MAX_COLS);
  const isSelected = (r: number, c: number) =>
    !!box && r >= box.r0 && r <= box.r1 && c >= box.c0 && c <= box.c1;
  return (
    <table className="grid">
      <thead>
        <tr>
          <th className="corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col">
              {colName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th scope="row">{r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              const cell = getCell(sheet, r, c);
              const address = `${colName(c)}${r + 1}`;
              const sel = isSelected(r, c);
              const first = sel && box !== null && r === box.r0 && c === box.c0;
              const value = computedAt(computed, sheet.name, address, cell?.formula);
              return (
                <td
                  key={c}
                  data-cell={address}
                  data-selected={sel ? "true" : undefined}
                  data-computed={value ? "true" : undefined}
                  className={[
                    sel ? "selected" : "",
                    cell?.formula ? "formula" : "",
                    value ? "computed" : "",
                    cell?.format.bold ? "bold" : "",
                  ].join(" ")}
                  title={
                    value
                      ? t(lang, "pane.preview.computed", { formula: value.formula })
                      : cell?.formula
                        ? t(lang, "pane.preview.formula", { formula: cell.formula })
                        : undefined
                  }
                  ref={first ? selectedRef : undefined}
                >
                  {cellText(cell, lang, value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WorkbookView({ workbook, version, lang, computed }: WorkbookViewProps) {
  const selection = workbook.selection;
  const [active, setActive] = useState<string | null>(
    workbook.activeSheet ?? workbook.sheets[0]?.name ?? null
  );

  // Follow the pane: a selection (or an activated sheet) brings its sheet to the front.
  useEffect(() => {
    if (selection) setActive(selection.sheet);
    else if (workbook.activeSheet) setActive(workbook.activeSheet);
  }, [version, selection, workbook.activeSheet]);

  if (workbook.sheets.length === 0) return <p>{t(lang, "pane.preview.noSheets")}</p>;
  const sheet = workbook.sheets.find((s) => s.name === active) ?? workbook.sheets[0];
  const selectedHere = selection && selection.sheet === sheet.name ? selection.address : null;
  const tabId = (name: string) => `tab-${encodeURIComponent(name)}`;

  return (
    <div className="workbook">
      <p className="selection" aria-live="polite">
        {selection
          ? t(lang, "pane.preview.selected", { cell: `${selection.sheet}!${selection.address}` })
          : t(lang, "pane.preview.noSelection")}
      </p>
      <div role="tablist" aria-label={t(lang, "pane.preview.sheets")} className="tabs">
        {workbook.sheets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={tabId(s.name)}
            aria-selected={s === sheet}
            aria-controls="sheet-panel"
            className="tab"
            onClick={() => setActive(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="sheet-panel"
        aria-labelledby={tabId(sheet.name)}
        className="panel"
        tabIndex={0}
      >
        {sheet.charts.length > 0 && (
          <p className="charts">
            {t(lang, "pane.preview.charts", {
              names: sheet.charts.map((c) => c.title || c.name).join(", "),
            })}
          </p>
        )}
        {computed.has(sheet.name) && (
          <p className="computed-note">{t(lang, "pane.preview.computedNote")}</p>
        )}
        <SheetTable sheet={sheet} selected={selectedHere} lang={lang} computed={computed} />
      </div>
    </div>
  );
}
