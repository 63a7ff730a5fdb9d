// One input table's frame: its sheet, its location and the findings about its structure (missing
// sheet, missing columns). Legacy TCVN3/VNI text in the given fields (issue 6) gets a warning with a
// fix per cell, and the reader returned sees the converted Unicode text, so an area typed in TCVN3 on
// both sheets still matches.
import { toA1 } from "../a1";
import { finding, type Finding } from "../findings";
import type { WorkbookGrid } from "../grid";
import { convertLegacyCells } from "../legacy";
import type { ColumnRef, TableLocation } from "../model";
import { SheetReader } from "../sheet-reader";
import type { HeaderIndex } from "./header";
import { locateInputTable } from "./locate";
import { findRoleSheet } from "./sheets";

/** What reading one input table needs to know about it. */
export interface TableSpec<F extends string> {
  candidates: string[];
  index: HeaderIndex<F>;
  required: F[];
  labels: Record<F, string[]>;
  legacyFields: readonly F[];
}

export interface Frame<F extends string> {
  reader: SheetReader;
  location: TableLocation<F>;
}

export function readFrame<F extends string>(
  grid: WorkbookGrid,
  spec: TableSpec<F>,
  findings: Finding[]
): Frame<F> | null {
  const sheet = findRoleSheet(grid, spec.candidates);
  if (!sheet) {
    findings.push(
      finding("missing-sheet", spec.candidates[0], "A1", { expected: spec.candidates[0] })
    );
    return null;
  }
  const reader = new SheetReader(sheet);
  const location = locateInputTable(reader, sheet, spec.index, spec.required);
  const missing = reportMissingColumns(reader, location, spec, findings);
  if (!location || missing) return null;
  return {
    reader: convertLegacyCells(reader, location, spec.legacyFields, findings),
    location,
  };
}

/** The header's first cell, or the sheet's first cell when no header was found. */
function headerCell<F extends string>(
  reader: SheetReader,
  location: TableLocation<F> | null
): string {
  if (!location) return toA1(reader.firstRow, reader.firstCol);
  const first = Math.min(
    ...Object.values<ColumnRef | undefined>(location.columns).map((c) => c!.index)
  );
  return toA1(location.headerRow, first);
}

/** Reports each required field without a column at the header; true when any is missing. */
function reportMissingColumns<F extends string>(
  reader: SheetReader,
  location: TableLocation<F> | null,
  spec: TableSpec<F>,
  findings: Finding[]
): boolean {
  const cell = headerCell(reader, location);
  const missing = spec.required.filter((field) => !location?.columns[field]);
  for (const field of missing) {
    findings.push(
      finding("missing-column", reader.name, cell, {
        column: spec.labels[field][0],
        table: spec.candidates[0],
      })
    );
  }
  return missing.length > 0;
}
