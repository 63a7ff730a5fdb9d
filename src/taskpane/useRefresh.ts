// The refresh as a small state machine: idle -> running (with the current step) -> done | failed.
// A second run while one is in flight is ignored, whatever the button's state.
import { useCallback, useRef, useState } from "react";
import type { RefreshResult, RefreshStep } from "../app/ports";
import type { Lang } from "../core/model";
import { errorMessage } from "./format";
import type { PaneServices } from "./PaneServices.types";

export type RefreshState =
  | { status: "idle" }
  | { status: "running"; step: RefreshStep; last: RefreshResult | null }
  | { status: "done"; result: RefreshResult }
  | { status: "failed"; message: string; error: unknown; last: RefreshResult | null };

export interface UseRefresh {
  state: RefreshState;
  /** The latest result, kept on screen while the next refresh runs or after it fails. */
  result: RefreshResult | null;
  running: boolean;
  run: (options: { reportDate: number | undefined; lang: Lang }) => Promise<RefreshResult | null>;
}

function lastResult(state: RefreshState): RefreshResult | null {
  if (state.status === "done") return state.result;
  if (state.status === "idle") return null;
  return state.last;
}

export function useRefresh(services: PaneServices): UseRefresh {
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const inFlight = useRef(false);
  const latest = useRef<RefreshResult | null>(null);

  const run = useCallback(
    async ({ reportDate, lang }: { reportDate: number | undefined; lang: Lang }) => {
      if (inFlight.current) return null;
      inFlight.current = true;
      const last = latest.current;
      setState({ status: "running", step: "reading", last });
      try {
        const result = await services.refresh({
          reportDate,
          lang,
          today: services.today(),
          onProgress: (step) => setState((s) => (s.status === "running" ? { ...s, step } : s)),
        });
        latest.current = result;
        setState({ status: "done", result });
        return result;
      } catch (error) {
        setState({ status: "failed", message: errorMessage(error), error, last });
        return null;
      } finally {
        inFlight.current = false;
      }
    },
    [services]
  );

  return { state, result: lastResult(state), running: state.status === "running", run };
}
