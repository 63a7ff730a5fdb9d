// Sharing with the offices, planned in the core: which offices there are (the areas' lead units or the
// tasks' responsible units), which tasks are each office's, the file name of its copy, the cells it may
// edit (the update fields of its own tasks), the filter that shows its tasks, and the snapshot it carries.
import type { MergeText } from "../../i18n/merge";
import { toA1 } from "../a1";
import type { Model, Task } from "../model";
import type { SheetPlan } from "../plan";
import type { Settings } from "../settings";
import { matchKey } from "../text";
import { idsFingerprint, snapshotSheetPlan } from "../merge/snapshot";
import { UPDATE_FIELDS } from "../merge/types";

export type ShareBy = "lead" | "unit";

export interface OfficeCopy {
  office: string;
  /** ASCII-safe file name, unique among the copies, e.g. "ban-tuyen-giao-tinh-uy.xlsx". */
  fileName: string;
  tasks: Task[];
  /** Cells of the tasks sheet this office may edit: the update fields of its own tasks. */
  editable: string[];
  /** The autoFilter: the column (0-based sheet index) and the texts that show this office's tasks. */
  filter: { column: number; values: string[] };
  snapshot: SheetPlan;
}

/** "Ban Tuyên giáo Tỉnh ủy" → "ban-tuyen-giao-tinh-uy": accents dropped, đ → d, other signs → "-". */
function asciiName(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug === "" ? "don-vi" : slug;
}

/** Each task's office: its area's lead unit, or its own responsible unit. */
function officeOf(model: Model, by: ShareBy): (task: Task) => string {
  const lead = new Map(model.areas.map((a) => [a.id, a.leadUnit]));
  return by === "lead"
    ? (t) => (t.areaId === null ? "" : (lead.get(t.areaId) ?? ""))
    : (t) => t.unit;
}

/** The offices with their tasks, in the order their first task appears; tasks without an office are in none. */
function officesOf(model: Model, by: ShareBy): { office: string; tasks: Task[] }[] {
  const of = officeOf(model, by);
  const groups = new Map<string, { office: string; tasks: Task[] }>();
  for (const task of model.tasks) {
    const office = of(task);
    if (office === "") continue;
    const key = matchKey(office);
    const group = groups.get(key) ?? { office, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** One copy per office: what each holds and may change. Empty when the model has no tasks table. */
export function planShare(
  t: MergeText,
  model: Model,
  settings: Settings,
  by: ShareBy,
  sharedOn: number
): OfficeCopy[] {
  const table = model.tasksTable;
  if (!table) return [];
  const ids = idsFingerprint(model.tasks.map((t) => t.id));
  const used = new Set<string>();
  const filterField = by === "lead" ? "area" : "unit";
  const filterColumn = table.columns[filterField] ?? table.columns.id!;
  return officesOf(model, by).map(({ office, tasks }) => {
    let stem = asciiName(office);
    for (let i = 2; used.has(stem); i++) stem = `${asciiName(office)}-${i}`;
    used.add(stem);
    const own = new Set(tasks);
    const editable = tasks.flatMap((t) =>
      UPDATE_FIELDS.map((f) => table.columns[f])
        .filter((c) => c !== undefined)
        .map((c) => toA1(t.row, c!.index))
    );
    const values = [...new Set(tasks.map((t) => (filterField === "area" ? t.areaText : t.unit)))];
    const meta = {
      programme: settings.programme,
      period: settings.period,
      sharedOn,
      office,
      by,
      idsFingerprint: ids,
    };
    return {
      office,
      fileName: `${stem}.xlsx`,
      tasks,
      editable,
      filter: { column: filterColumn.index, values },
      snapshot: snapshotSheetPlan(t, meta, model, (task) => own.has(task)),
    };
  });
}
