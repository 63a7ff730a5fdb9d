// Optional features this Excel lacks (ExcelApi older than 1.6-1.9), asked once on mount: the pane
// names them under the header.
import { useEffect, useState } from "react";
import type { Feature } from "../office/features";
import type { PaneServices } from "./PaneServices.types";

export function useMissingFeatures(services: PaneServices): Feature[] {
  const [missing, setMissing] = useState<Feature[]>([]);

  useEffect(() => {
    let live = true;
    services.missingFeatures?.().then(
      (list) => live && setMissing(list),
      () => undefined // the refresh reports a host that cannot run at all
    );
    return () => {
      live = false;
    };
  }, [services]);

  return missing;
}
