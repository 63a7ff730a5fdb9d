// The bench's Office request figures as Microsoft's own Excel client builds them (issue 16 §4): each
// refresh runs through tests/office-client/harness.ts (the @microsoft/office-js Excel script in jsdom,
// answered by the Excel double's server) and counts syncs, actions, object paths and request and
// response bytes of the client's JSON in UTF-8. The reference, measured in the same run on the same
// refresh, is the double's own estimate of those bytes; the ratio says how far that estimate is off.
import { refresh } from "../../src/app/use-cases";
import { OfficeWorkbookHost } from "../../src/office/host";
import { workbookFromGrid } from "../../src/testing/excel-double";
import { seedGrid } from "../../samples/source";
import { clientHost, totals } from "../../tests/office-client/harness";
import { benchGrid, REPORT } from "./data";

export interface ClientFigures {
  syncs: number;
  actions: number;
  objectPaths: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
  /** The double's own estimates of the same refresh's bytes (the reference). */
  doubleRequestBytes: number;
  doubleResponseBytes: number;
}

/** One refresh of `tasks` generated tasks (or the seed sample when null) through the real client. */
export async function refreshThroughClient(
  tasks: number | null,
  platform: "PC" | "OfficeOnline"
): Promise<ClientFigures> {
  const grid = tasks === null ? seedGrid() : benchGrid(tasks);
  const host = clientHost(workbookFromGrid(grid), { platform });
  const result = await refresh(new OfficeWorkbookHost(host.env), { lang: "vi", today: REPORT });
  const errors = result.findings.filter((f) => f.code === "host-error");
  if (errors.length > 0)
    throw new Error(`client refresh of ${tasks ?? "seed"} failed: ${JSON.stringify(errors[0])}`);
  const t = totals(host.syncs);
  return {
    syncs: t.syncs,
    actions: t.actions,
    objectPaths: host.syncs.reduce((n, s) => n + s.objectPaths, 0),
    requestBytes: t.requestBytes,
    responseBytes: t.responseBytes,
    largestRequest: t.largestRequest,
    largestResponse: t.largestResponse,
    doubleRequestBytes: host.double.syncs.reduce((n, s) => n + s.requestBytes, 0),
    doubleResponseBytes: host.double.syncs.reduce((n, s) => n + s.responseBytes, 0),
  };
}
