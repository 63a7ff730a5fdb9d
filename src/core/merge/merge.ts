// The merge rules: each returned copy's tasks matched to the master's by ID, its update fields
// compared three-way against its snapshot (two-way against the master when it has none), the edits
// of all copies brought together: agreements applied once, disagreements reported as conflicts and
// never applied, structural edits and added or deleted rows reported and never applied.
import type { SheetText } from "../../i18n/sheets";
import { parseA1, toA1 } from "../a1";
import type { Finding } from "../findings";
import type { CellValue, WorkbookGrid } from "../grid";
import type { Model, Task, TaskField } from "../model";
import { findRoleSheet, readModel } from "../read";
import { readSettings } from "../settings";
import { SheetReader } from "../sheet-reader";
import { matchKey } from "../text";
import { CANONICAL_STATUS } from "../vocab";
import { readSnapshot, taskStructure, type Snapshot } from "./snapshot";
import {
  MERGE_SEVERITY,
  STRUCTURAL_FIELDS,
  UPDATE_FIELDS,
  type Conflict,
  type CopyInput,
  type CopyReport,
  type FieldValue,
  type IgnoredEdit,
  type MasterWrite,
  type MergeFinding,
  type MergeFindingCode,
  type MergeFindingParams,
  type MergeResult,
  type ReturnedCopy,
  type UpdateField,
} from "./types";
import { sameValue, structuralKey, updateValue } from "./values";

function mergeFinding<C extends MergeFindingCode>(
  code: C,
  source: string,
  sheet: string,
  cell: string,
  params: MergeFindingParams[C]
): MergeFinding {
  return { code, severity: MERGE_SEVERITY[code], source, sheet, cell, params } as MergeFinding;
}

/** One office's edit of one field, before the copies are brought together. */
interface Proposal {
  source: string;
  office: string;
  value: FieldValue;
  cell: string;
  sheet: string;
  /** The centre changed this field since the copy was shared (three-way only). */
  centreChanged: boolean;
}

/** The master as the merge needs it: tasks by ID key in table order, its grid for the cells' values. */
interface Master {
  model: Model;
  /** The settings' programme; "" where no copy is compared with it (resolving conflicts). */
  programme: string;
  byKey: Map<string, Task>;
  reader: SheetReader | null;
  /** Its tasks' structure fingerprints, each computed once for all the copies. */
  structures: Map<Task, string>;
}

/** Whether two tasks hold the same structural fields, as structuralKey reads them (so the same fingerprint). */
const sameStructuralFields = (a: Task, b: Task): boolean =>
  a.title === b.title &&
  a.unit === b.unit &&
  a.kind === b.kind &&
  a.due === b.due &&
  (a.areaId ?? a.areaText) === (b.areaId ?? b.areaText);

/**
 * A copy's task's structure fingerprint: most tasks of a returned copy hold the master's structural
 * fields unchanged, and their fingerprint is then the master task's, computed once for all the copies.
 */
function structureOf(master: Master, task: Task, mine: Task): string {
  if (!sameStructuralFields(task, mine)) return taskStructure(task);
  let structure = master.structures.get(mine);
  if (structure === undefined) {
    structure = taskStructure(mine);
    master.structures.set(mine, structure);
  }
  return structure;
}

function indexTasks(tasks: Task[]): Map<string, Task> {
  const byKey = new Map<string, Task>();
  for (const task of tasks) {
    const key = matchKey(task.id);
    if (key !== "" && !byKey.has(key)) byKey.set(key, task);
  }
  return byKey;
}

function readMaster(grid: WorkbookGrid, programme = ""): Master {
  const { model } = readModel(grid);
  const sheet = model.tasksTable ? findRoleSheet(grid, [model.tasksTable.sheet]) : null;
  return {
    model,
    programme,
    byKey: indexTasks(model.tasks),
    reader: sheet ? new SheetReader(sheet) : null,
    structures: new Map(),
  };
}

/** Cells of the copy's tasks sheet that the reader could not read (an edit there is not applied). */
const UNREADABLE: ReadonlySet<Finding["code"]> = new Set([
  "unknown-status",
  "invalid-date",
  "invalid-progress",
  "cell-error",
]);

/** What one copy contributes: its edits by master task key and field, and what it had ignored. */
interface CopyOutcome {
  report: CopyReport;
  proposals: Map<string, Proposal>;
  ignored: IgnoredEdit[];
  findings: MergeFinding[];
}

const proposalKey = (taskKey: string, field: UpdateField): string => `${taskKey}\u0000${field}`;

function refused(source: string, findings: MergeFinding[]): CopyOutcome {
  return {
    report: { source, mode: "refused", office: "", sharedOn: null },
    proposals: new Map(),
    ignored: [],
    findings,
  };
}

function readCopy(t: SheetText, master: Master, copy: ReturnedCopy): CopyOutcome {
  const { source } = copy;
  const { model, findings: readFindings } = readModel(copy.grid);
  const table = model.tasksTable;
  if (!table) {
    const sheet = copy.grid.sheets[0]?.name ?? "";
    return refused(source, [mergeFinding("merge-no-tasks", source, sheet, "A1", { file: source })]);
  }
  const snapshot = readSnapshot(copy.grid);
  const copyTasks = model.tasks;
  if (!copyTasks.some((t) => master.byKey.has(matchKey(t.id)))) {
    const programme = snapshot?.meta.programme ?? readSettings(t, copy.grid).settings.programme;
    return refused(source, [
      mergeFinding("merge-other-programme", source, table.sheet, "A1", { file: source, programme }),
    ]);
  }
  const outcome: CopyOutcome = {
    report: {
      source,
      mode: snapshot ? "three-way" : "two-way",
      office: snapshot?.meta.office ?? "",
      sharedOn: snapshot?.meta.sharedOn ?? null,
    },
    proposals: new Map(),
    ignored: [],
    findings: [],
  };
  const headerCell = toA1(table.headerRow, table.columns.id!.index);
  if (!snapshot) {
    outcome.findings.push(
      mergeFinding("merge-two-way", source, table.sheet, headerCell, { file: source })
    );
  } else if (matchKey(snapshot.meta.programme) !== matchKey(master.programme)) {
    outcome.findings.push(
      mergeFinding("merge-programme-differs", source, snapshot.sheet, "B2", {
        file: source,
        programme: snapshot.meta.programme,
        master: master.programme,
      })
    );
  }
  const fields = UPDATE_FIELDS.filter((field) => {
    if (table.columns[field]) return true;
    if (master.model.tasksTable?.columns[field]) {
      const column = master.model.tasksTable.columns[field]!.header;
      outcome.findings.push(
        mergeFinding("merge-column-missing", source, table.sheet, headerCell, {
          file: source,
          column,
        })
      );
    }
    return false;
  });
  const unreadable = new Set(
    readFindings.filter((f) => f.sheet === table.sheet && UNREADABLE.has(f.code)).map((f) => f.cell)
  );
  const ignore = (edit: Omit<IgnoredEdit, "source">): void => {
    outcome.ignored.push({ source, ...edit });
  };
  const cellOf = (task: Task, field: TaskField): string =>
    toA1(task.row, (table.columns[field] ?? table.columns.id!).index);

  const seen = new Set<string>();
  for (const task of copyTasks) {
    const key = matchKey(task.id);
    if (key === "") continue;
    if (seen.has(key)) {
      ignore({
        task: task.id,
        field: null,
        reason: "duplicate-id",
        sheet: table.sheet,
        cell: cellOf(task, "id"),
      });
      continue;
    }
    seen.add(key);
    const mine = master.byKey.get(key);
    if (!mine) {
      ignore({
        task: task.id,
        field: null,
        reason: "unknown-task",
        sheet: table.sheet,
        cell: cellOf(task, "id"),
      });
      continue;
    }
    const shared = snapshot?.tasks.get(key);
    if (!shared || shared.structure !== structureOf(master, task, mine)) {
      for (const field of STRUCTURAL_FIELDS) {
        if (!table.columns[field] || !master.model.tasksTable?.columns[field]) continue;
        if (structuralKey(task, field) !== structuralKey(mine, field)) {
          ignore({
            task: mine.id,
            field,
            reason: "structural",
            sheet: table.sheet,
            cell: cellOf(task, field),
          });
        }
      }
    }
    for (const field of fields) {
      const value = updateValue(task, field);
      const base = shared ? shared.values[field] : updateValue(mine, field);
      // The cell's address only where it is needed: most fields of most tasks are as shared.
      if (unreadable.size > 0 && unreadable.has(cellOf(task, field))) {
        const cell = cellOf(task, field);
        ignore({ task: mine.id, field, reason: "invalid-value", sheet: table.sheet, cell });
        continue;
      }
      if (sameValue(field, base, value)) continue; // the office did not touch it
      const cell = cellOf(task, field);
      if (shared && snapshot!.meta.office !== "" && !shared.own) {
        ignore({ task: mine.id, field, reason: "other-office", sheet: table.sheet, cell });
        continue;
      }
      const current = updateValue(mine, field);
      if (sameValue(field, current, value)) continue; // the master already holds it
      outcome.proposals.set(proposalKey(key, field), {
        source,
        office: outcome.report.office,
        value,
        cell,
        sheet: table.sheet,
        centreChanged: shared !== undefined && !sameValue(field, shared.values[field], current),
      });
    }
  }
  reportDeletedRows(master, snapshot, seen, table, outcome, source);
  return outcome;
}

/** Tasks the copy held when shared (or, two-way, the master's tasks) that are missing from it. */
function reportDeletedRows(
  master: Master,
  snapshot: Snapshot | null,
  seen: Set<string>,
  table: NonNullable<Model["tasksTable"]>,
  outcome: CopyOutcome,
  source: string
): void {
  if (snapshot) {
    for (const [key, shared] of snapshot.tasks) {
      const mine = master.byKey.get(key);
      if (mine && !seen.has(key)) {
        outcome.ignored.push({
          task: mine.id,
          field: null,
          source,
          reason: "deleted-row",
          sheet: snapshot.sheet,
          cell: toA1(shared.row, 0),
        });
      }
    }
    return;
  }
  const cell = toA1(table.headerRow, table.columns.id!.index);
  for (const [key, mine] of master.byKey) {
    if (!seen.has(key))
      outcome.ignored.push({
        task: mine.id,
        field: null,
        source,
        reason: "deleted-row",
        sheet: table.sheet,
        cell,
      });
  }
}

/** Whether the master keeps progress as percents (80) rather than fractions (0.8). */
function progressInPercent(master: Master): boolean {
  const ref = master.model.tasksTable?.columns.progress;
  if (!ref || !master.reader) return false;
  return master.model.tasks.some((t) => {
    const raw = master.reader!.value(t.row, ref.index);
    return typeof raw === "number" && raw > 1;
  });
}

/** The value to write into the master's cell, in the master's own convention. */
function cellValue(
  field: UpdateField,
  value: FieldValue,
  percent: boolean
): string | number | null {
  if (value === null) return null;
  if (field === "status") return CANONICAL_STATUS[value as keyof typeof CANONICAL_STATUS];
  if (field === "progress") {
    const n = value as number;
    return percent ? Math.round(n * 100 * 1e9) / 1e9 : n;
  }
  return value;
}

/**
 * Merges returned copies into the master. Pure: the master's grid and each copy's grid (or why it
 * could not be read) in, the applied changes, conflicts, ignored edits, findings and the master's
 * cells to write out. Copies are taken in the order given; the order changes only the order of lists.
 */
export function mergeCopies(
  t: SheetText,
  masterGrid: WorkbookGrid,
  copies: readonly CopyInput[]
): MergeResult {
  const master = readMaster(masterGrid, readSettings(t, masterGrid).settings.programme);
  const outcomes = copies.map((copy) =>
    "refused" in copy
      ? refused(copy.source, [
          mergeFinding("merge-unreadable", copy.source, "", "", {
            file: copy.source,
            reason: copy.refused,
            detail: copy.detail,
          }),
        ])
      : readCopy(t, master, copy)
  );
  const result: MergeResult = {
    applied: [],
    conflicts: [],
    ignored: outcomes.flatMap((o) => o.ignored),
    findings: outcomes.flatMap((o) => o.findings),
    copies: outcomes.map((o) => o.report),
    writes: [],
  };
  const table = master.model.tasksTable;
  if (!table) return result;
  const percent = progressInPercent(master);
  // Only the tasks some copy proposes a change to, still in the master's order.
  const proposed = new Set<string>();
  for (const o of outcomes)
    for (const p of o.proposals.keys()) proposed.add(p.slice(0, p.lastIndexOf("\u0000")));
  for (const [key, mine] of master.byKey) {
    if (!proposed.has(key)) continue;
    for (const field of UPDATE_FIELDS) {
      const proposals = outcomes
        .map((o) => o.proposals.get(proposalKey(key, field)))
        .filter((p): p is Proposal => p !== undefined);
      if (proposals.length === 0) continue;
      const column = table.columns[field];
      if (!column) {
        for (const p of proposals)
          result.ignored.push({
            task: mine.id,
            field,
            source: p.source,
            reason: "no-column",
            sheet: p.sheet,
            cell: p.cell,
          });
        continue;
      }
      const masterCell = { sheet: table.sheet, cell: toA1(mine.row, column.index) };
      const from = updateValue(mine, field);
      const agreed = proposals.every((p) => sameValue(field, p.value, proposals[0].value));
      if (!agreed || proposals.some((p) => p.centreChanged)) {
        result.conflicts.push(conflictOf(mine, field, from, proposals, masterCell));
        continue;
      }
      result.applied.push({
        task: mine.id,
        field,
        from,
        to: proposals[0].value,
        sources: proposals.map((p) => p.source),
        offices: proposals.map((p) => p.office),
        cells: proposals.map((p) => ({ source: p.source, sheet: p.sheet, cell: p.cell })),
        masterCell,
      });
      const raw: CellValue = master.reader?.value(mine.row, column.index) ?? "";
      result.writes.push({
        ...masterCell,
        field,
        from: raw,
        to: cellValue(field, proposals[0].value, percent),
      });
    }
  }
  return result;
}

function conflictOf(
  task: Task,
  field: UpdateField,
  master: FieldValue,
  proposals: Proposal[],
  masterCell: { sheet: string; cell: string }
): Conflict {
  return {
    task: task.id,
    field,
    master,
    values: proposals.map((p) => ({ source: p.source, value: p.value, cell: p.cell })),
    masterCell,
  };
}

/** The user's pick for one conflict: the source whose value wins, or null to keep the master's. */
export interface ConflictChoice {
  task: string;
  field: UpdateField;
  source: string | null;
}

/**
 * The merge after the user resolved conflicts: each chosen conflict becomes an applied change (named
 * after the chosen source) with its write; a conflict kept as the master's, or not chosen, stays a
 * conflict and writes nothing. Pure, like mergeCopies.
 */
export function resolveConflicts(
  masterGrid: WorkbookGrid,
  result: MergeResult,
  choices: readonly ConflictChoice[]
): MergeResult {
  const master = readMaster(masterGrid);
  const percent = progressInPercent(master);
  const chosen = (c: Conflict) =>
    choices.find((k) => k.task === c.task && k.field === c.field && k.source !== null);
  const office = new Map(result.copies.map((c) => [c.source, c.office]));
  const resolved: MergeResult = {
    ...result,
    applied: [...result.applied],
    writes: [...result.writes],
    conflicts: [],
  };
  for (const conflict of result.conflicts) {
    const pick = chosen(conflict);
    const value = pick ? conflict.values.find((v) => v.source === pick.source) : undefined;
    const task = master.byKey.get(matchKey(conflict.task));
    const column = master.model.tasksTable?.columns[conflict.field];
    if (!value || !task || !column) {
      resolved.conflicts.push(conflict);
      continue;
    }
    resolved.applied.push({
      task: conflict.task,
      field: conflict.field,
      from: conflict.master,
      to: value.value,
      sources: [value.source],
      offices: [office.get(value.source) ?? ""],
      cells: [{ source: value.source, sheet: conflict.masterCell.sheet, cell: value.cell }],
      masterCell: conflict.masterCell,
    });
    resolved.writes.push({
      ...conflict.masterCell,
      field: conflict.field,
      from: master.reader?.value(task.row, column.index) ?? "",
      to: cellValue(conflict.field, value.value, percent),
    });
  }
  return resolved;
}

/** The master's grid with the merge's writes applied: what the refreshed rollup is computed from. */
export function applyWrites(grid: WorkbookGrid, writes: readonly MasterWrite[]): WorkbookGrid {
  if (writes.length === 0) return grid;
  const sheets = grid.sheets.map((sheet) => {
    const mine = writes.filter((w) => w.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const reader = new SheetReader(sheet);
    const values = sheet.values.map((r) => [...r]);
    const numberFormats = sheet.numberFormats?.map((r) => [...r]);
    for (const w of mine) {
      const { row, col } = parseA1(w.cell);
      const r = row - reader.firstRow;
      const c = col - reader.firstCol;
      if (r < 0 || c < 0) continue; // outside the loaded range: cannot be a task's cell
      while (values.length <= r) values.push([]);
      while (values[r].length <= c) values[r].push("");
      values[r][c] = w.to ?? "";
      if (w.field === "completedOn" && numberFormats) {
        while (numberFormats.length <= r) numberFormats.push([]);
        numberFormats[r][c] = "dd/mm/yyyy";
      }
    }
    return { ...sheet, values, ...(numberFormats ? { numberFormats } : {}) };
  });
  return { ...grid, sheets };
}
