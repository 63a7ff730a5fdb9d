// The first-run screen's state: the way chosen (an empty template by default: the sample is never
// chosen for the user), and the import's read and review. Reading writes nothing; only the confirm does.
import { useState } from "react";
import type { AppendixImport } from "../../core/import/appendix";
import { tellError } from "../hostError";
import { usePane } from "../PaneContext";
import type {
  DeadlineCounts,
  FirstRunProps,
  ImportPhase,
  ReviewArea,
  StartWay,
} from "./FirstRun.types";

/** The review's areas in the list's order, each with its task count. */
export function reviewAreas(imported: AppendixImport): ReviewArea[] {
  return imported.areas.map((a) => ({
    id: a.id,
    name: a.name,
    lead: a.lead,
    tasks: imported.tasks.filter((t) => t.area === a.id).length,
  }));
}

/** How many deadlines became dates, how many are recurring duties, how many gave no deadline. */
export function deadlineCounts(imported: AppendixImport): DeadlineCounts {
  const dated = imported.tasks.filter((t) => t.due !== null).length;
  const recurring = imported.tasks.filter((t) => t.kind === "recurring").length;
  return { dated, recurring, unread: imported.tasks.length - dated - recurring };
}

export function useFirstRun({ onCreateTemplate, onImport }: FirstRunProps) {
  const { services, lang, tr } = usePane();
  const [way, setWay] = useState<StartWay>("empty");
  const [phase, setPhase] = useState<ImportPhase>({ kind: "idle" });

  /** Reads a sheet (the active one when none is named) as a list; nothing is written. */
  const read = async (sheet?: string) => {
    if (!services.readList) return;
    setPhase({ kind: "reading", sheet });
    try {
      setPhase({ kind: "read", read: await services.readList(sheet) });
    } catch (error) {
      const told = tellError(error);
      setPhase({
        kind: "failed",
        message: tr("pane.start.readFailed", { message: tr(told.reason) }),
        detail: told.detail,
      });
    }
  };

  const onWayChange = (next: StartWay) => {
    setWay(next);
    // Choosing the import reads the sheet the user is on: the list is most often the one open.
    if (next === "import" && (phase.kind === "idle" || phase.kind === "failed")) void read();
  };

  const onCreate = () => {
    if (way === "import") return;
    onCreateTemplate(way === "sample");
  };

  const imported = phase.kind === "read" ? phase.read.imported : null;
  const onConfirm = () => {
    if (imported && imported.tasks.length > 0) onImport(imported);
  };
  // Back to the choice as it was at first: nothing read, the empty template chosen.
  const onCancel = () => {
    setPhase({ kind: "idle" });
    setWay("empty");
  };

  return {
    lang,
    tr,
    way,
    phase,
    imported,
    canImport: services.readList !== undefined && services.createFromList !== undefined,
    onWayChange,
    onRead: (sheet: string) => void read(sheet),
    onCreate,
    onConfirm,
    onCancel,
  };
}
