// Setting the workbook up: whether it has no input sheet yet (the workbook's answer on mount, then what
// each refresh found), the template or the imported list that creates the sheets, and the next steps
// shown once the first-run screen made them (issue 17 §5).
import { useEffect, useState } from "react";
import type { RefreshResult } from "../app/ports";
import type { AppendixImport } from "../core/import/appendix";
import type { Lang } from "../core/model";
import type { Settings } from "../core/settings";
import type { AppState, Started } from "./App.types";
import type { PaneServices } from "./PaneServices.types";
import type { UseNotices } from "./useNotices";
import type { UseWorkbookChange } from "./useWorkbookChange";

export interface WorkbookSetupOptions {
  services: PaneServices;
  lang: Lang;
  result: RefreshResult | null;
  adopt: (settings: Settings) => void;
  notices: Pick<UseNotices, "announce">;
  change: UseWorkbookChange["apply"];
}

export type UseWorkbookSetup = Pick<
  AppState,
  "firstRun" | "started" | "needsTemplate" | "onCreateTemplate" | "onImport" | "onDismissNext"
>;

export function useWorkbookSetup({
  services,
  lang,
  result,
  adopt,
  notices: { announce },
  change,
}: WorkbookSetupOptions): UseWorkbookSetup {
  // Whether the workbook has no input sheet yet (null until asked).
  const [setup, setSetup] = useState<boolean | null>(null);
  const [started, setStarted] = useState<Started | null>(null);

  useEffect(() => {
    let live = true;
    services.needsSetup?.().then(
      (needed) => live && setSetup(needed),
      () => undefined // the refresh reports a host that cannot be read
    );
    return () => {
      live = false;
    };
  }, [services]);

  const unset = result?.findings.some((f) => f.code === "no-input-sheets") ?? false;
  // Until a refresh says otherwise, the workbook's own answer; after one, what it found.
  const firstRun = result ? unset : setup === true;

  /** The sheets are made: the first-run screen gives way, the new settings sheet is read. */
  const madeSheets = async () => {
    setSetup(false);
    adopt(await services.readSettings());
  };

  const createTemplate = (withSample: boolean) =>
    change("pane.template.failed", async () => {
      const sheets = await services.createTemplate(withSample, lang);
      announce({ kind: "text", key: "pane.template.created" });
      if (firstRun) setStarted({ way: withSample ? "sample" : "empty", sheets });
      await madeSheets();
    });

  const importList = async (imported: AppendixImport) => {
    const createFromList = services.createFromList;
    if (!createFromList) return;
    await change("pane.start.failed", async () => {
      const sheets = await createFromList.call(services, imported, lang);
      announce({ kind: "text", key: "pane.start.created" });
      setStarted({ way: "import", sheets });
      await madeSheets();
    });
  };

  return {
    firstRun,
    started,
    // One input sheet of two missing: the template fills in the other (the first-run screen has both).
    needsTemplate: !firstRun && (result?.findings.some((f) => f.code === "missing-sheet") ?? false),
    onCreateTemplate: (withSample) => void createTemplate(withSample),
    onImport: (imported) => void importList(imported),
    onDismissNext: () => setStarted(null),
  };
}
