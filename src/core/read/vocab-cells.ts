// Cells whose text names something: the area (by id or name) and the kind and status words.
// The live formulas count exact text only, so a value read after normalising or as an alias is
// read but flagged, with the exact text to use.
import { finding, type CellChange, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { Area, Status, TaskField } from "../model";
import { lowerVi, matchKey } from "../text";
import { parseStatus, splitStatusPercent, type VocabParse } from "../vocab";
import { normalisedFinding, textCell, type Column, type TableCells, type TextCell } from "./cells";

/** An area cell's verdict: the area it names, and the exact text the formulas need when typed otherwise. */
export interface AreaCell extends TextCell {
  area: Area | null;
  retype: string | null;
}

/** Area lookup by the match key of its id and of its name. */
export interface AreaIndex {
  byId: Map<string, Area>;
  byName: Map<string, Area>;
}

export function areaIndex(areas: Area[]): AreaIndex {
  return {
    byId: new Map(areas.map((a) => [matchKey(a.id), a])),
    byName: new Map(areas.map((a) => [matchKey(a.name), a])),
  };
}

export function classifyArea(raw: CellValue, { byId, byName }: AreaIndex): AreaCell {
  const cell = textCell(raw);
  if (cell.text === "") return { ...cell, area: null, retype: null };
  const key = matchKey(cell.text);
  const idHit = byId.get(key);
  const area = idHit ?? byName.get(key) ?? null;
  if (!area) return { ...cell, area, retype: null };
  const exact = idHit ? area.id : area.name;
  return { ...cell, area, retype: lowerVi(String(raw)) !== lowerVi(exact) ? exact : null };
}

/**
 * The task's area cell: by id, else by name; unknown areas are errors, and a match that needed
 * normalising (NFD, tone placement, spaces) is flagged with the exact text to use.
 */
export function readAreaCell(
  cells: TableCells<TaskField>,
  area: AreaCell,
  findings: Finding[]
): string {
  const column = cells.columns.area;
  const areaText = cells.checked(column, area, true);
  if (areaText !== "" && !area.area) {
    findings.push(finding("unknown-area", cells.sheet, cells.cell(column), { area: areaText }));
  } else if (area.retype !== null) {
    findings.push(
      normalisedFinding(cells.sheet, cells.cell(column), String(area.raw), area.retype)
    );
  }
  return areaText;
}

/** A kind or status cell's verdict: the parsed value and the text as typed (for findings). */
export interface VocabCell<K> extends TextCell {
  parsed: VocabParse<K> | null;
  typed: string;
}

export function classifyVocab<K>(
  raw: CellValue,
  parse: (text: string) => VocabParse<K>
): VocabCell<K> {
  const cell = textCell(raw);
  return { ...cell, parsed: cell.text === "" ? null : parse(cell.text), typed: String(raw) };
}

/** A status cell's verdict, with the progress a bracketed percentage gives ("Đang thực hiện (80%)"). */
export interface StatusCell extends VocabCell<Status> {
  percent: number | null;
}

export function classifyStatus(raw: CellValue): StatusCell {
  const cell = textCell(raw);
  const { word, percent } = splitStatusPercent(cell.text);
  const parsed = cell.text === "" ? null : parseStatus(word);
  // With its percentage the cell is not the canonical word the formulas count.
  const split = percent !== null && parsed?.kind === "ok";
  return {
    ...cell,
    parsed: split ? { ...parsed, canonical: false } : parsed,
    typed: String(raw),
    percent: split ? percent : null,
  };
}

function vocabFix(
  sheet: string,
  cell: string,
  from: string,
  to: string,
  more: CellChange[] = []
): Finding["fix"] {
  return { label: "fix.replace", changes: [{ sheet, cell, from, to }, ...more] };
}

/** Whether a status cell holds text the live formulas do not count: anything but a standard word as is. */
export function notStandardWord<K>(cell: VocabCell<K>): boolean {
  const { parsed, text, typed } = cell;
  return parsed !== null && !(parsed.kind === "ok" && parsed.canonical && typed === text);
}

/** Reads a kind or status cell; aliases are read but flagged, unknown values reported. */
export function readVocab<K extends string>(
  cells: TableCells<TaskField>,
  column: Column,
  code: "unknown-kind" | "unknown-status",
  cell: VocabCell<K>,
  canonicalOf: Record<K, string>,
  findings: Finding[],
  /** Other cells the alias fix also changes (the progress a status word carried). */
  more: CellChange[] = []
): K | null {
  const { parsed, text, typed } = cell;
  if (parsed === null) return null;
  const sheet = cells.sheet;
  const at = cells.cell(column);
  if (parsed.kind === "ok") {
    if (!parsed.canonical || typed !== text) {
      const canonical = canonicalOf[parsed.value];
      findings.push(
        finding(
          "alias-not-counted",
          sheet,
          at,
          { value: typed, canonical },
          vocabFix(sheet, at, typed, canonical, more)
        )
      );
    }
    return parsed.value;
  }
  const fix = parsed.suggestion
    ? vocabFix(sheet, at, typed, canonicalOf[parsed.suggestion])
    : undefined;
  findings.push(finding(code, sheet, at, { value: text }, fix));
  return null;
}
