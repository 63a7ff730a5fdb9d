// The Excel double: build a workbook from plain data (or from the core's grid shape), run the adapter
// against it, then inspect the resulting state. Browser-safe (the preview loads it too).
import type { WorkbookGrid } from "../../core/grid";
import { parseBox, splitSheet } from "./a1";
import { ExcelDouble, type HostOptions } from "./api";
import {
  type SheetState,
  type Value,
  type WorkbookState,
  cellAt,
  enter,
  findSheet,
  newSheet,
  newWorkbook,
  sheetValues,
} from "./workbook";

export * from "./api";
export * from "./workbook";
export { parseBox, boxAddress, sheetPrefix, colName } from "./a1";

export interface SheetSpec {
  name: string;
  /** Top-left of `values` (default A1). */
  at?: string;
  values?: Value[][];
  numberFormats?: string[][];
  /** Formulas by A1 cell, e.g. { C2: "='Tổng hợp'!E8" }. */
  formulas?: Record<string, string>;
  tables?: { name: string; range: string }[];
  protected?: boolean;
  /** Font names matching `values` (legacy TCVN3/VNI fonts), null for the default. */
  fontNames?: (string | null)[][];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Defined names: name → "'Sheet'!$A$1". */
  names?: Record<string, string>;
}

function fill(sheet: SheetState, spec: SheetSpec): void {
  const at = parseBox(spec.at ?? "A1");
  (spec.values ?? []).forEach((row, i) =>
    row.forEach((v, j) => {
      const nf = spec.numberFormats?.[i]?.[j];
      const font = spec.fontNames?.[i]?.[j];
      if (v === "" && (!nf || nf === "General") && !font) return;
      const cell = cellAt(sheet, at.r0 + i, at.c0 + j);
      if (nf) cell.numberFormat = nf;
      if (font) cell.format.fontName = font;
      // Stored as typed data, not re-parsed: a grid's text stays text.
      cell.value = v;
    })
  );
  for (const [a1, f] of Object.entries(spec.formulas ?? {})) {
    const b = parseBox(a1);
    enter(cellAt(sheet, b.r0, b.c0), f);
  }
  sheet.tables = (spec.tables ?? []).map((t) => ({
    name: t.name,
    range: t.range,
    showHeaders: true,
    showTotals: false,
  }));
  sheet.protected = spec.protected ?? false;
}

export function buildWorkbook(spec: WorkbookSpec): WorkbookState {
  const wb = newWorkbook();
  for (const s of spec.sheets) {
    const sheet = newSheet(wb, s.name);
    wb.sheets.push(sheet);
    fill(sheet, s);
  }
  for (const [name, ref] of Object.entries(spec.names ?? {})) {
    const { sheet, address } = splitSheet(ref);
    const target = sheet === null ? undefined : findSheet(wb, sheet);
    wb.names.push(
      target
        ? { name, sheetId: target.id, address: address.replace(/\$/g, "") }
        : { name, sheetId: null, address: "", formula: ref.startsWith("=") ? ref : `=${ref}` }
    );
  }
  return wb;
}

/** A workbook holding exactly the sheets of a core grid (its cells at their addresses). */
export function workbookFromGrid(grid: WorkbookGrid): WorkbookState {
  return buildWorkbook({
    sheets: grid.sheets.map((s) => ({
      name: s.name,
      at: s.address,
      values: s.values,
      numberFormats: s.numberFormats,
      tables: s.tables,
      fontNames: s.fontNames,
    })),
    names: grid.names,
  });
}

export function createDouble(
  spec: WorkbookSpec | WorkbookState,
  options?: HostOptions
): ExcelDouble {
  const wb = "sheets" in spec && "nextSheetId" in spec ? spec : buildWorkbook(spec as WorkbookSpec);
  return new ExcelDouble(wb, options);
}

/** Values of a sheet from A1 (formulas as their text when asked), for assertions and the preview. */
export function valuesOf(wb: WorkbookState, sheet: string, withFormulas = false): Value[][] {
  const s = findSheet(wb, sheet);
  if (!s) throw new Error(`No sheet '${sheet}'`);
  return sheetValues(s, withFormulas);
}

/** A stable fingerprint of a sheet's cells (value, formula, format), to prove a user sheet did not change. */
export function fingerprint(sheet: SheetState): string {
  const entries = [...sheet.cells.entries()]
    .filter(
      ([, c]) =>
        c.value !== "" || c.formula || c.numberFormat !== "General" || Object.keys(c.format).length
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({
    name: sheet.name,
    cells: entries,
    merges: sheet.merges,
    tables: sheet.tables,
    charts: sheet.charts,
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats,
  });
}

/** The adapter's OfficeEnv over a double (structurally typed, so no src/office import is needed here). */
export function envOf(double: ExcelDouble): {
  run: ExcelDouble["run"];
  isSetSupported: (name: string, version: string) => boolean;
  platform: string;
  readonly readOnly: boolean;
} {
  return {
    run: (batch) => double.run(batch),
    isSetSupported: (name, version) => double.isSetSupported(name, version),
    platform: double.platform,
    get readOnly() {
      return !!double.faults.readOnly;
    },
  };
}
