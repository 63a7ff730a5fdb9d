// The table's rows: which area, group or total each sheet row holds, and how rows are numbered.
import type { AreaRollup, Rollup } from "../model";
import { ROWS } from "./layout";

export type SummaryRow =
  | { kind: "group"; row: number; label: string; name: string; areaRows: number[] }
  | { kind: "area"; row: number; label: string; area: AreaRollup; topLevel: boolean }
  | { kind: "total"; row: number };

export type AreaRow = Extract<SummaryRow, { kind: "area" }>;

/**
 * The table's rows: groups (I, II, …) with their areas (1, 2, …) in the order the first area of each
 * group appears; areas without a group stand at the top level (numbered I, II, … among the groups when
 * groups exist, else 1, 2, …); the total row last.
 */
export function summaryRows(rollup: Rollup): SummaryRow[] {
  const hasGroups = rollup.areas.some((a) => a.group !== "");
  const rows = hasGroups ? groupedRows(rollup) : flatRows(rollup);
  rows.push({ kind: "total", row: ROWS.firstData + rows.length });
  return rows;
}

function flatRows(rollup: Rollup): SummaryRow[] {
  return rollup.areas.map((area, i) => ({
    kind: "area",
    row: ROWS.firstData + i,
    label: String(i + 1),
    area,
    topLevel: true,
  }));
}

function groupedRows(rollup: Rollup): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const emitted = new Set<string>();
  let row = ROWS.firstData;
  let top = 0;
  for (const area of rollup.areas) {
    if (area.group === "") {
      rows.push({ kind: "area", row: row++, label: roman(++top), area, topLevel: true });
      continue;
    }
    if (emitted.has(area.group)) continue;
    emitted.add(area.group);
    const members = rollup.areas.filter((a) => a.group === area.group);
    const groupRow = row++;
    const areaRows = members.map((_, i) => groupRow + 1 + i);
    rows.push({ kind: "group", row: groupRow, label: roman(++top), name: area.group, areaRows });
    members.forEach((member, i) =>
      rows.push({ kind: "area", row: row++, label: String(i + 1), area: member, topLevel: false })
    );
  }
  return rows;
}

export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      s += letters;
      n -= value;
    }
  }
  return s;
}

/** Consecutive runs of rows as ranges of one column, e.g. [11,12,13,15] → "D11:D13,D15". */
export function runsOf(column: string, rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const from = sorted[start];
      const to = sorted[i - 1];
      parts.push(from === to ? `${column}${from}` : `${column}${from}:${column}${to}`);
      start = i;
    }
  }
  return parts.join(",");
}
