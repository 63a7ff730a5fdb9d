// The merge's public entry: the rules, the snapshot a shared copy carries, the value encodings.
export * from "./types";
export { applyWrites, mergeCopies, resolveConflicts, type ConflictChoice } from "./merge";
export { displayValue, findLogSheet, LOG_MARK, mergeFindingMessage, mergeLogPlan } from "./log";
export {
  idsFingerprint,
  readSnapshot,
  snapshotSheetPlan,
  taskStructure,
  SNAPSHOT_MARK,
  SNAPSHOT_MARKER,
  SNAPSHOT_SHEET,
  type Snapshot,
  type SnapshotMeta,
  type SnapshotTask,
} from "./snapshot";
export { encodeValue, sameValue, updateValue } from "./values";
