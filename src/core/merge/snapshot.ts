// What a shared copy remembers of the day it left: an add-in-owned hidden sheet holding, by task ID,
// the update fields as shared, a fingerprint of each task's structural fields, whether the task is the
// office's own, and the programme's identity. Plain cell values (text and numbers) on a hidden
// worksheet survive Excel (desktop and web) and LibreOffice saves alike, where custom XML parts,
// document properties and veryHidden state are not all kept by every host; the sheet is also readable
// by any user who unhides it. The merge compares against it (three-way).
import type { MergeText } from "../../i18n/merge";
import { colLetter } from "../a1";
import type { WorkbookGrid } from "../grid";
import type { Model, Status, Task } from "../model";
import type { PlanCell, SheetPlan } from "../plan";
import { SheetReader } from "../sheet-reader";
import { cleanText, looseKey, matchKey } from "../text";
import { CANONICAL_STATUS, parseStatus } from "../vocab";
import { STRUCTURAL_FIELDS, UPDATE_FIELDS, type FieldValue, type UpdateField } from "./types";
import { fingerprint, structureFingerprint } from "./values";

/** The first cell of the sheet: how a snapshot is recognised, whatever its tab is called. */
export const SNAPSHOT_MARKER = "TDNV-SNAPSHOT";
const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_MARK = "TDNV_Snapshot";
/** Tab names (Vietnamese first); a renamed tab is still found by its marker. */
export const SNAPSHOT_SHEET = { vi: "Bản chụp chia sẻ", en: "Share snapshot" } as const;

/** Who the copy was made for and from what. */
export interface SnapshotMeta {
  /** The programme's name and period from the settings sheet. */
  programme: string;
  period: string;
  /** The day the copy was shared, as an Excel serial. */
  sharedOn: number;
  /** The office the copy was made for. */
  office: string;
  /** Whether offices were the areas' lead units or the tasks' responsible units. */
  by: "lead" | "unit";
  /** Fingerprint of the programme's task IDs when shared (a copy of another programme has another). */
  idsFingerprint: string;
}

export interface SnapshotTask {
  id: string;
  /** 1-based row on the snapshot sheet. */
  row: number;
  values: Record<UpdateField, FieldValue>;
  structure: string;
  own: boolean;
}

export interface Snapshot {
  sheet: string;
  meta: SnapshotMeta;
  /** By the task ID's match key. */
  tasks: Map<string, SnapshotTask>;
}

const META_LABELS = ["Chương trình", "Kỳ", "Ngày chia sẻ", "Đơn vị", "Chia theo", "Mã bộ nhiệm vụ"];
const META_FIRST_ROW = 2;
const HEADER_ROW = 10;
const HEADERS = [
  "Mã",
  "Trạng thái",
  "Tiến độ",
  "Ngày hoàn thành",
  "Ghi chú",
  "Cấu trúc",
  "Của đơn vị",
];

/** Fingerprint of a set of task IDs, independent of their order. */
export function idsFingerprint(ids: readonly string[]): string {
  return fingerprint([...new Set(ids.map(matchKey))].sort().join("\u001f"));
}

/** A task's structure fingerprint, as the snapshot stores it and the merge recomputes it. */
export const taskStructure = (task: Task): string => structureFingerprint(task, STRUCTURAL_FIELDS);

function snapshotRow(task: Task, own: boolean): PlanCell[] {
  const status = task.status === null ? "" : CANONICAL_STATUS[task.status];
  return [
    { value: task.id },
    { value: status },
    { value: task.progress },
    { value: task.completedOn },
    { value: task.notes },
    { value: taskStructure(task) },
    { value: own ? 1 : "" },
  ];
}

/** The snapshot sheet of a copy made for one office: `own` says which tasks are that office's. */
export function snapshotSheetPlan(
  t: MergeText,
  meta: SnapshotMeta,
  model: Model,
  own: (task: Task) => boolean
): SheetPlan {
  const metaValues = [
    meta.programme,
    meta.period,
    meta.sharedOn,
    meta.office,
    meta.by,
    meta.idsFingerprint,
  ];
  const last = HEADER_ROW + model.tasks.length;
  return {
    name: SNAPSHOT_SHEET.vi,
    role: "snapshot",
    ownerMark: SNAPSHOT_MARK,
    hidden: true,
    blocks: [
      { at: "A1", rows: [[{ value: SNAPSHOT_MARKER }, { value: SNAPSHOT_VERSION }]] },
      {
        at: `A${META_FIRST_ROW}`,
        rows: META_LABELS.map((label, i) => [{ value: label }, { value: metaValues[i] }]),
      },
      {
        at: "A8",
        rows: [
          [
            {
              value: `${t("vi", "snapshot.hint")} / ${t("en", "snapshot.hint")}`,
            },
          ],
        ],
      },
      { at: `A${HEADER_ROW}`, rows: [HEADERS.map((h) => ({ value: h }))] },
      { at: `A${HEADER_ROW + 1}`, rows: model.tasks.map((t) => snapshotRow(t, own(t))) },
    ],
    styles: [{ range: `A${HEADER_ROW}:G${HEADER_ROW}`, style: { bold: true } }],
    merges: [],
    columnWidths: { A: 16, B: 18, C: 10, D: 16, E: 30, F: 12, G: 10 },
    rowHeights: {},
    conditionalFormats: [],
    charts: [],
    extent: `A1:${colLetter(HEADERS.length - 1)}${Math.max(last, HEADER_ROW)}`,
  };
}

function readValue(field: UpdateField, raw: string | number | boolean): FieldValue {
  if (raw === "" || typeof raw === "boolean") return null;
  switch (field) {
    case "status": {
      const parsed = parseStatus(cleanText(raw));
      return parsed.kind === "ok" ? (parsed.value as Status) : null;
    }
    case "progress":
    case "completedOn":
      return typeof raw === "number" ? raw : null;
    case "notes": {
      const text = cleanText(raw);
      return text === "" ? null : text;
    }
  }
}

/** The snapshot of a copy, found by the marker in A1 of any sheet; null when the copy has none. */
export function readSnapshot(grid: WorkbookGrid): Snapshot | null {
  const sheet = grid.sheets.find((s) => {
    const reader = new SheetReader(s);
    return reader.value(1, 0) === SNAPSHOT_MARKER;
  });
  if (!sheet) return null;
  const reader = new SheetReader(sheet);
  const metaAt = (i: number) => reader.value(META_FIRST_ROW + i, 1);
  const sharedOn = metaAt(2);
  const meta: SnapshotMeta = {
    programme: cleanText(metaAt(0)),
    period: cleanText(metaAt(1)),
    sharedOn: typeof sharedOn === "number" ? sharedOn : 0,
    office: cleanText(metaAt(3)),
    by: looseKey(metaAt(4)) === "unit" ? "unit" : "lead",
    idsFingerprint: cleanText(metaAt(5)),
  };
  const tasks = new Map<string, SnapshotTask>();
  for (let row = HEADER_ROW + 1; row <= reader.lastRow; row++) {
    const id = cleanText(reader.value(row, 0));
    const key = id === "" ? "" : matchKey(id);
    if (id === "" || tasks.has(key)) continue;
    const values = {} as Record<UpdateField, FieldValue>;
    UPDATE_FIELDS.forEach(
      (field, i) => (values[field] = readValue(field, reader.value(row, i + 1)))
    );
    tasks.set(key, {
      id,
      row,
      values,
      structure: cleanText(reader.value(row, 5)),
      own: cleanText(reader.value(row, 6)) !== "",
    });
  }
  return { sheet: sheet.name, meta, tasks };
}
