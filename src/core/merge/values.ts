// Field values as the merge compares them: read from a task after the reader's normalisation,
// so "Đã hoàn thành" and "Hoàn thành", 80 and "80%", NFD and NFC text, stray spaces, all compare equal.
import { isoFromSerial } from "../dates";
import type { Status, Task } from "../model";
import { cleanText, matchKey, unifyTonePlacement } from "../text";
import { CANONICAL_STATUS } from "../vocab";
import type { FieldValue, StructuralField, UpdateField } from "./types";

/** A task's update field, normalised; empty text reads as null so "" and a missing cell are the same. */
export function updateValue(task: Task, field: UpdateField): FieldValue {
  switch (field) {
    case "status":
      return task.status;
    case "progress":
      return task.progress;
    case "completedOn":
      return task.completedOn;
    case "notes":
      return task.notes === "" ? null : task.notes;
  }
}

const notesKey = (text: string): string => unifyTonePlacement(cleanText(text));

/** Whether two values of a field mean the same (progress to 1e-9, dates to the minute, text after cleaning). */
export function sameValue(field: UpdateField, a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true; // most cells of a returned copy are as shared: no cleaning needed
  if (a === null || b === null) return false;
  switch (field) {
    case "status":
      return a === b;
    case "progress":
      return Math.abs((a as number) - (b as number)) < 1e-9;
    case "completedOn":
      return Math.round((a as number) * 1440) === Math.round((b as number) * 1440);
    case "notes":
      return notesKey(String(a)) === notesKey(String(b));
  }
}

/** A value as the CLI's JSON gives it: canonical status text, progress 0..1, dates "YYYY-MM-DD". */
export function encodeValue(field: UpdateField, value: FieldValue): string | number | null {
  if (value === null) return null;
  if (field === "status") return CANONICAL_STATUS[value as Status];
  if (field === "completedOn") return isoFromSerial(value as number);
  if (field === "progress") return Math.round((value as number) * 1e9) / 1e9;
  return String(value);
}

/**
 * matchKey remembered by text: a merge compares the same titles, areas and units once per copy, and the
 * key's locale-aware lower-casing is the costliest step of a merge of large copies.
 */
const keys = new Map<string, string>();
function cachedKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 200_000) keys.clear();
    key = matchKey(text);
    keys.set(text, key);
  }
  return key;
}

/** A structural field's comparison key: equal when the copy did not really change it. */
export function structuralKey(task: Task, field: StructuralField): string {
  switch (field) {
    case "area":
      return cachedKey(task.areaId ?? task.areaText);
    case "title":
      return cachedKey(task.title);
    case "kind":
      return task.kind ?? "";
    case "unit":
      return cachedKey(task.unit);
    case "due":
      return task.due === null ? "" : String(Math.round(task.due * 1440));
  }
}

/** 32-bit FNV-1a as 8 hex digits: a short fingerprint, not a secret. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The fingerprint of a task's structural fields, kept in the snapshot to tell an office's edit from the centre's. */
export function structureFingerprint(task: Task, fields: readonly StructuralField[]): string {
  return fingerprint(fields.map((f) => structuralKey(task, f)).join("\u001f"));
}
