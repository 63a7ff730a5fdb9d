// Evaluates a planned sheet's formulas over the input grid with HyperFormula (GPL-3.0: tests only),
// so tests can check that the live formulas compute what the core computes.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { colLetter, parseA1 } from "../../src/core/a1";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import type { PlanCell, SheetPlan } from "../../src/core/plan";
import { isCellError } from "../../src/core/sheet-reader";

export type Evaluated = number | string | boolean | null | { error: string };

export interface Evaluation {
  /** The evaluated value of a cell of `sheet` (the plan's sheet when omitted), errors as { error }. */
  value(a1: string, sheet?: string): Evaluated;
  /** Types a value into a cell, as a user editing the workbook without the add-in would. */
  set(a1: string, sheet: string, value: CellValue): void;
  destroy(): void;
}

/**
 * Text cells stay text (HyperFormula would otherwise parse "1" or "06/11/2020" as numbers, Excel does
 * not); an error value as the hosts report it ("#N/A", "#REF!") becomes that error in the engine.
 */
function raw(value: CellValue | null): RawCellContent {
  if (isCellError(value ?? "")) return value as string;
  if (typeof value === "string") return value === "" ? null : "'" + value;
  return value;
}

/**
 * HyperFormula cannot parse a doubled quote inside a string literal ("a""b"), which Excel and LibreOffice
 * read as a"b: such literals are rewritten as ("a"&CHAR(34)&"b"), the same text.
 */
export function forHyperFormula(formula: string): string {
  return formula.replace(/"((?:[^"]|"")*)"/g, (literal, body: string) =>
    body.includes('""')
      ? `(${body
          .split('""')
          .map((part) => `"${part}"`)
          .join("&CHAR(34)&")})`
      : literal
  );
}

function rawPlan(cell: PlanCell): RawCellContent {
  return "formula" in cell ? forHyperFormula(cell.formula) : raw(cell.value);
}

function place(target: RawCellContent[][], at: string, rows: RawCellContent[][]): void {
  const { row, col } = parseA1(at);
  rows.forEach((cells, i) => {
    const line = (target[row - 1 + i] ??= []);
    cells.forEach((cell, j) => {
      line[col + j] = cell;
    });
  });
}

const fill = (rows: RawCellContent[][]): RawCellContent[][] =>
  Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? null));

export function evaluatePlan(grid: WorkbookGrid, plan: SheetPlan): Evaluation {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of grid.sheets) {
    const target: RawCellContent[][] = [];
    place(
      target,
      s.address,
      s.values.map((r) => r.map(raw))
    );
    sheets[s.name] = fill(target);
  }
  const summary: RawCellContent[][] = [];
  for (const block of plan.blocks)
    place(
      summary,
      block.at,
      block.rows.map((r) => r.map(rawPlan))
    );
  sheets[plan.name] = fill(summary);
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    accentSensitive: true,
    maxRows: 1048576,
    // SUMPRODUCT over comparisons of whole columns, as Excel evaluates it.
    useArrayArithmetic: true,
  });
  return {
    value(a1, sheet = plan.name) {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`No sheet ${sheet}`);
      const { row, col } = parseA1(a1);
      const v = hf.getCellValue({ sheet: id, row: row - 1, col });
      if (v !== null && typeof v === "object") return { error: String(v.value) };
      return v;
    },
    set(a1, sheet, value) {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`No sheet ${sheet}`);
      const { row, col } = parseA1(a1);
      hf.setCellContents({ sheet: id, row: row - 1, col }, raw(value));
    },
    destroy: () => hf.destroy(),
  };
}

/**
 * Every formula cell of the plan whose `result` (the value the core computed, cached by writers) is
 * missing or differs from the engine's value; `checked` counts the formula cells compared.
 */
export function formulaResultMismatches(
  ev: Evaluation,
  plan: SheetPlan
): { mismatches: string[]; checked: number } {
  const mismatches: string[] = [];
  let checked = 0;
  for (const block of plan.blocks) {
    const at = parseA1(block.at);
    block.rows.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (!("formula" in cell)) return;
        checked++;
        const a1 = `${colLetter(at.col + j)}${at.row + i}`;
        const actual = ev.value(a1);
        const expected = cell.result;
        const same =
          typeof expected === "number" && typeof actual === "number"
            ? Math.abs(actual - expected) < 1e-9
            : actual === expected || (expected === "" && actual === null);
        if (!same)
          mismatches.push(
            `${a1} result: engine ${JSON.stringify(actual)}, cached ${JSON.stringify(expected)}`
          );
      })
    );
  }
  return { mismatches, checked };
}
