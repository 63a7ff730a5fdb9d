// The merge of returned copies into the master, as data: what is applied, what conflicts, what is
// ignored and why, and findings about the files themselves. No Office, file system or node types.
import type { CellValue, WorkbookGrid } from "../grid";
import type { Status, TaskField } from "../model";

/** What an office reports: the only fields a merge ever writes into the master. */
export type UpdateField = "status" | "progress" | "completedOn" | "notes";
export const UPDATE_FIELDS: readonly UpdateField[] = ["status", "progress", "completedOn", "notes"];

/** The centre's fields: reported when a copy edits them, never applied. */
export type StructuralField = "area" | "title" | "kind" | "unit" | "due";
export const STRUCTURAL_FIELDS: readonly StructuralField[] = [
  "area",
  "title",
  "kind",
  "unit",
  "due",
];

/**
 * An update field's value after the reader's normalisation: a status, progress as a fraction 0..1,
 * a completion date as an Excel serial, notes as clean text; null when empty.
 */
export type FieldValue = Status | number | string | null;

/** A returned file the host read into a grid. `source` names it (the file's base name). */
export interface ReturnedCopy {
  source: string;
  grid: WorkbookGrid;
}

/** Why a host could not read a returned file at all. */
export type RefusalReason = "not-found" | "is-directory" | "unreadable" | "not-xlsx";

/** A returned file the host could not read: it contributes nothing, with a finding. */
export interface RefusedCopy {
  source: string;
  refused: RefusalReason;
  detail: string;
}

export type CopyInput = ReturnedCopy | RefusedCopy;

/** Where an edit sits in the returned file (or, for a deleted row, in its snapshot). */
export interface SourceCell {
  source: string;
  sheet: string;
  cell: string;
}

export interface AppliedChange {
  task: string;
  field: UpdateField;
  from: FieldValue;
  to: FieldValue;
  /** Every copy that set this value (two offices that agree are both named), in the order given. */
  sources: string[];
  /** The offices those copies were shared with, where their snapshots say ("" when unknown). */
  offices: string[];
  cells: SourceCell[];
  /** The master's cell this change writes. */
  masterCell: { sheet: string; cell: string };
}

export interface Conflict {
  task: string;
  field: UpdateField;
  master: FieldValue;
  values: { source: string; value: FieldValue; cell: string }[];
  masterCell: { sheet: string; cell: string };
}

/**
 * Why an edit was not applied:
 * - "structural": a structural field (area, title, kind, unit, due date) was edited;
 * - "unknown-task": the copy has a task ID the master does not have (a row added in the copy);
 * - "deleted-row": a task of the master (or of the copy's snapshot) is missing from the copy;
 * - "duplicate-id": a second row in the copy with the same task ID (only the first is read);
 * - "invalid-value": the copy's cell could not be read (an unknown status, a bad date or progress);
 * - "other-office": the copy changed a task its snapshot says belongs to another office;
 * - "no-column": the master has no column for this update field, so there is nowhere to write it.
 */
export type IgnoreReason =
  | "structural"
  | "unknown-task"
  | "deleted-row"
  | "duplicate-id"
  | "invalid-value"
  | "other-office"
  | "no-column";

export interface IgnoredEdit {
  task: string;
  /** The field edited; null for a whole row (an added or deleted task). */
  field: TaskField | null;
  source: string;
  reason: IgnoreReason;
  sheet: string;
  cell: string;
  /** The copy's value as typed, where there is one (for the review). */
  value?: CellValue;
}

/** Parameters of each merge finding; the catalogues' `merge.finding.<code>` messages use the same names. */
export interface MergeFindingParams {
  /** The file could not be read as a workbook (missing, a directory, not an .xlsx). */
  "merge-unreadable": { file: string; reason: RefusalReason; detail: string };
  /** A workbook without a readable tasks table: not a copy of a programme. */
  "merge-no-tasks": { file: string };
  /** No task ID in common with the master: a copy of another programme. */
  "merge-other-programme": { file: string; programme: string };
  /** The copy's snapshot names another programme, though some task IDs match. */
  "merge-programme-differs": { file: string; programme: string; master: string };
  /** No snapshot: compared with the master (two-way), so a centre change since sharing looks like an edit. */
  "merge-two-way": { file: string };
  /** An update column missing from the copy: that field is not read from it. */
  "merge-column-missing": { file: string; column: string };
}

export type MergeFindingCode = keyof MergeFindingParams;

interface MergeFindingOf<C extends MergeFindingCode> {
  code: C;
  severity: "error" | "warning";
  /** The returned file it is about. */
  source: string;
  sheet: string;
  cell: string;
  params: MergeFindingParams[C];
}

export type MergeFinding = { [C in MergeFindingCode]: MergeFindingOf<C> }[MergeFindingCode];

export const MERGE_SEVERITY: { [C in MergeFindingCode]: "error" | "warning" } = {
  "merge-unreadable": "error",
  "merge-no-tasks": "error",
  "merge-other-programme": "error",
  "merge-programme-differs": "warning",
  "merge-two-way": "warning",
  "merge-column-missing": "warning",
};

/** How one returned file took part. */
export interface CopyReport {
  source: string;
  /** "three-way" against its snapshot, "two-way" against the master, "refused" when it contributed nothing. */
  mode: "three-way" | "two-way" | "refused";
  /** The office the snapshot names, "" when unknown. */
  office: string;
  /** The report date of the snapshot (share date) as a serial, when known. */
  sharedOn: number | null;
}

/** One cell of the master's tasks sheet to write: the applied value in the master's own convention. */
export interface MasterWrite {
  sheet: string;
  cell: string;
  field: UpdateField;
  /** What the cell holds now (for a confirmed write that checks it first). */
  from: CellValue;
  /** null clears the cell; dates are serials; progress follows the master's column (0.8 or 80). */
  to: string | number | null;
}

export interface MergeResult {
  applied: AppliedChange[];
  conflicts: Conflict[];
  ignored: IgnoredEdit[];
  findings: MergeFinding[];
  copies: CopyReport[];
  /** The cells of the master the applied changes write (conflicting cells are never among them). */
  writes: MasterWrite[];
}
