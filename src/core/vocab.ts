// Statuses, task kinds and header names: canonical Vietnamese values and the aliases we accept.
// The live formulas count only the canonical values, so an alias is read but flagged.
import type { AreaField, Status, TaskField, TaskKind } from "./model";
import { editDistance, looseKey, lowerVi } from "./text";

export const CANONICAL_STATUS: Record<Status, string> = {
  "not-started": "Chưa thực hiện",
  "in-progress": "Đang thực hiện",
  done: "Hoàn thành",
  suspended: "Tạm dừng",
};

export const CANONICAL_KIND: Record<TaskKind, string> = {
  roadmap: "Theo lộ trình",
  recurring: "Thường xuyên",
};

const STATUS_ALIASES: Record<Status, string[]> = {
  "not-started": [
    "Chưa thực hiện",
    "Not started",
    "Chưa bắt đầu",
    "Chưa triển khai",
    "To do",
    "Todo",
    "Pending",
    // wordings used in practice (issue 11)
    "Chưa làm",
    "Chưa thực hiện được",
  ],
  "in-progress": [
    "Đang thực hiện",
    "In progress",
    "Đang triển khai",
    "Ongoing",
    "Doing",
    "WIP",
    "Đang làm",
    "Đang triển khai thực hiện",
  ],
  done: [
    "Hoàn thành",
    "Done",
    "Đã hoàn thành",
    "Completed",
    "Complete",
    "Finished",
    "Xong",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Hoàn thành chậm",
    "Hoàn thành trễ hạn",
    "Đã xong",
    "Đã thực hiện",
  ],
  suspended: [
    "Tạm dừng",
    "Suspended",
    "Tạm hoãn",
    "On hold",
    "Paused",
    "Dừng",
    "Dừng thực hiện",
    "Tạm ngừng",
    "Không thực hiện",
  ],
};

// "Đang thực hiện (80%)": a progress figure in brackets after the status word.
const STATUS_PERCENT = /\s*\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*\)\s*$/;

/** A status text without a bracketed percentage, and that percentage as a fraction (null when none). */
export function splitStatusPercent(text: string): { word: string; percent: number | null } {
  const m = STATUS_PERCENT.exec(text);
  if (!m) return { word: text, percent: null };
  const percent = Number(m[1].replace(",", ".")) / 100;
  return percent <= 1 ? { word: text.slice(0, m.index), percent } : { word: text, percent: null };
}

const KIND_ALIASES: Record<TaskKind, string[]> = {
  roadmap: ["Theo lộ trình", "Roadmap", "Lộ trình", "Có thời hạn", "Scheduled"],
  recurring: ["Thường xuyên", "Recurring", "Định kỳ", "Hằng năm", "Hàng năm", "Ongoing duty"],
};

function aliasIndex<K extends string>(aliases: Record<K, string[]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[])
    for (const a of aliases[key]) index.set(looseKey(a), key);
  return index;
}

const STATUS_INDEX = aliasIndex(STATUS_ALIASES);
const KIND_INDEX = aliasIndex(KIND_ALIASES);

export type VocabParse<K> =
  { kind: "ok"; value: K; canonical: boolean } | { kind: "unknown"; suggestion: K | null };

function parseVocab<K extends string>(
  raw: string,
  index: Map<string, K>,
  canonical: Record<K, string>
): VocabParse<K> {
  const key = looseKey(raw);
  const hit = index.get(key);
  if (hit) {
    // The formulas compare case-insensitively but exactly otherwise (accents, spaces, Unicode form).
    const exact = lowerVi(raw) === lowerVi(canonical[hit]);
    return { kind: "ok", value: hit, canonical: exact };
  }
  let best: K | null = null;
  let bestDistance = Infinity;
  for (const [alias, value] of index) {
    const d = editDistance(key, alias);
    if (d < bestDistance) [best, bestDistance] = [value, d];
  }
  return {
    kind: "unknown",
    suggestion: bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : null,
  };
}

export const parseStatus = (raw: string): VocabParse<Status> =>
  parseVocab(raw, STATUS_INDEX, CANONICAL_STATUS);
export const parseKind = (raw: string): VocabParse<TaskKind> =>
  parseVocab(raw, KIND_INDEX, CANONICAL_KIND);

/** Header names per field, Vietnamese and English; matched with looseKey. Required fields first. */
export const AREA_HEADERS: Record<AreaField, string[]> = {
  id: ["Mã", "ID", "Mã lĩnh vực", "Area ID", "Code"],
  name: ["Lĩnh vực", "Area", "Tên lĩnh vực", "Lĩnh vực công tác", "Work area", "Area name"],
  leadUnit: ["Đơn vị chủ trì", "Lead unit", "Cơ quan chủ trì", "Lead office"],
  order: ["Thứ tự", "Order", "STT", "No."],
  group: ["Nhóm", "Group", "Nhóm lĩnh vực", "Parent area"],
};

export const TASK_HEADERS: Record<TaskField, string[]> = {
  id: ["Mã", "ID", "Mã nhiệm vụ", "Task ID", "Code", "Mã số"],
  area: ["Lĩnh vực", "Area", "Mã lĩnh vực", "Lĩnh vực công tác", "Work area", "Area ID"],
  title: [
    "Nội dung nhiệm vụ",
    "Task",
    "Nhiệm vụ",
    "Nội dung",
    "Title",
    "Task title",
    "Tên nhiệm vụ",
    "Nội dung công việc",
  ],
  kind: ["Loại", "Type", "Loại nhiệm vụ", "Kind", "Task type"],
  unit: [
    "Đơn vị thực hiện",
    "Responsible unit",
    "Đơn vị",
    "Unit",
    // words from real plans (issue 11)
    "Cơ quan chủ trì",
    "Cơ quan thực hiện",
    "Đơn vị chủ trì",
    "Cơ quan, đơn vị chủ trì",
    "Cơ quan chủ trì thực hiện",
  ],
  due: [
    "Thời hạn",
    "Due date",
    "Due",
    "Hạn",
    "Hạn hoàn thành",
    "Deadline",
    "Thời gian hoàn thành",
    "Thời gian thực hiện",
    "Thời hạn hoàn thành",
  ],
  status: [
    "Trạng thái",
    "Status",
    "Tình trạng",
    "Kết quả thực hiện",
    "Tình hình thực hiện",
    "Kết quả",
  ],
  progress: [
    "Tiến độ (%)",
    "Tiến độ",
    "Progress",
    "Progress (%)",
    "% hoàn thành",
    "Tỷ lệ (%)",
    "Tỷ lệ hoàn thành",
    "Tỷ lệ hoàn thành (%)",
  ],
  completedOn: ["Ngày hoàn thành", "Completed on", "Completion date", "Completed", "Done on"],
  notes: ["Ghi chú", "Notes", "Note", "Remarks"],
};

/**
 * Header words of columns that are kept and shown but never read as a field: "STT" is the row
 * number (never an id), "Cơ quan phối hợp" the partner offices. They mark a header row as one.
 */
export const KNOWN_EXTRA_HEADERS = [
  "STT",
  "Số TT",
  "No.",
  "Cơ quan phối hợp",
  "Đơn vị phối hợp",
  "Sản phẩm",
];

export const REQUIRED_AREA_FIELDS: AreaField[] = ["id", "name"];
export const REQUIRED_TASK_FIELDS: TaskField[] = ["id", "area", "title", "status"];
