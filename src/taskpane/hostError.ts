// A failure as the pane tells it: a sentence from the catalogue (the host's reason where the adapter
// gave one, else "unknown error") and the raw text kept apart, for the details toggle.
import { HostError } from "../app/errors";
import type { MessageKey } from "../i18n/pane";

export interface ToldError {
  /** The reason's catalogue entry, e.g. host.protected ("the sheet is protected..."). */
  reason: MessageKey;
  /** What the host or the system said, untranslated. */
  detail: string;
}

export function tellError(error: unknown): ToldError {
  const reason = error instanceof HostError ? error.reason : "unknown";
  const detail =
    error instanceof HostError
      ? error.detail
      : error instanceof Error
        ? error.message
        : String(error);
  return { reason: `host.${reason}`, detail };
}
