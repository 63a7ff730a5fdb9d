// A sheet being laid out: cells by address, styles in order, merges and row heights. Each lay-out step
// writes into it; the index turns it into the plan's rectangular blocks.
import { colIndex, colLetter } from "../a1";
import type { CellStyle, PlanCell, RangeStyle, SheetPlan } from "../plan";
import { LAST_COL } from "./layout";

export class SheetDraft {
  readonly cells = new Map<string, PlanCell>();
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(col: string, row: number, cell: PlanCell): void {
    this.cells.set(`${col}${row}`, cell);
  }

  /** A formula cell carrying the result the core computed for it (a constant cell stays as it is). */
  computed(col: string, row: number, cell: PlanCell, result: string | number | boolean): void {
    this.put(col, row, "formula" in cell ? { formula: cell.formula, result } : cell);
  }

  /** A text constant, in NFC. */
  text(col: string, row: number, value: string): void {
    this.put(col, row, { value: value.normalize("NFC") });
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  /** Cells grouped into rectangles: the title and table as one block, the chart data as another. */
  blocks(): SheetPlan["blocks"] {
    const byBlock = new Map<string, { minR: number; maxR: number; minC: number; maxC: number }>();
    for (const a1 of this.cells.keys()) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const c = colIndex(m[1]);
      const r = Number(m[2]);
      const block = c <= colIndex(LAST_COL) ? "table" : "chart";
      const b = byBlock.get(block) ?? { minR: r, maxR: r, minC: c, maxC: c };
      b.minR = Math.min(b.minR, r);
      b.maxR = Math.max(b.maxR, r);
      b.minC = Math.min(b.minC, c);
      b.maxC = Math.max(b.maxC, c);
      byBlock.set(block, b);
    }
    return [...byBlock.values()].map((b) => {
      const rows: PlanCell[][] = [];
      for (let r = b.minR; r <= b.maxR; r++) {
        const row: PlanCell[] = [];
        for (let c = b.minC; c <= b.maxC; c++)
          row.push(this.cells.get(`${colLetter(c)}${r}`) ?? { value: null });
        rows.push(row);
      }
      return { at: `${colLetter(b.minC)}${b.minR}`, rows };
    });
  }
}
