// The merge review's state: the files chosen, the review, the user's choice per conflict, the write.
import { useState } from "react";
import type { ConflictChoice, MergeResult, UpdateField } from "../../core/merge";
import { errorMessage } from "../format";
import { usePane } from "../PaneContext";
import type { FileGroup, MergePanelProps, MergePhase, ReturnedFile } from "./MergePanel.types";

export const conflictKey = (task: string, field: UpdateField): string => `${task}\u0000${field}`;

/** The review grouped by returned file, in the order the files were chosen; tasks in table order. */
export function groupByFile(result: MergeResult): FileGroup[] {
  return result.copies.map((copy) => ({
    source: copy.source,
    office: copy.office,
    mode: copy.mode,
    changes: result.applied.filter((a) => a.sources.includes(copy.source)),
    ignored: result.ignored.filter((i) => i.source === copy.source),
    findings: result.findings.filter((f) => f.source === copy.source),
  }));
}

async function readFiles(list: FileList | File[]): Promise<ReturnedFile[]> {
  return Promise.all(
    [...list].map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() }))
  );
}

export function useMergePanel({ onMerged }: MergePanelProps) {
  const { services, lang, tr } = usePane();
  const merge = services.merge;
  const [phase, setPhase] = useState<MergePhase>({ kind: "idle" });
  /** The chosen source per conflict; "" keeps the master's value (the default: nothing unchosen is written). */
  const [choices, setChoices] = useState<Record<string, string>>({});

  const fail = (error: unknown) =>
    setPhase({
      kind: "failed",
      message: tr("merge.pane.failed", { message: errorMessage(error) }),
    });

  const onFiles = async (list: FileList | null) => {
    if (!merge || !list || list.length === 0) return;
    setPhase({ kind: "reading" });
    setChoices({});
    try {
      setPhase({ kind: "review", review: await merge.review(await readFiles(list)) });
    } catch (error) {
      fail(error);
    }
  };

  const onChoose = (task: string, field: UpdateField, source: string) =>
    setChoices((c) => ({ ...c, [conflictKey(task, field)]: source }));

  const picked = (): ConflictChoice[] =>
    phase.kind === "review"
      ? phase.review.result.conflicts.map((c) => ({
          task: c.task,
          field: c.field,
          source: choices[conflictKey(c.task, c.field)] || null,
        }))
      : [];

  const toWrite =
    phase.kind === "review"
      ? phase.review.result.applied.length + picked().filter((c) => c.source !== null).length
      : 0;

  const onConfirm = async () => {
    if (!merge || phase.kind !== "review") return;
    const { review } = phase;
    setPhase({ kind: "writing", review });
    try {
      const applied = await merge.apply(review, picked(), lang);
      setPhase({ kind: "done", applied });
      onMerged();
    } catch (error) {
      fail(error);
    }
  };

  const onCancel = () => {
    setPhase({ kind: "idle" });
    setChoices({});
  };

  return {
    available: merge !== undefined,
    phase,
    choices,
    toWrite,
    onFiles,
    onChoose,
    onConfirm,
    onCancel,
    lang,
    tr,
  };
}
