// Errors a workbook host reports in terms the user can act on. Adapters throw HostError with a
// reason; the use-cases turn it into a "host-error" finding instead of a crash.
import { AddinError } from "../core/errors";

export type HostErrorReason =
  | "protected" // a sheet we must write is protected
  | "cell-edit" // Excel is in cell-edit mode and refuses API calls
  | "read-only" // the workbook was opened read-only
  | "too-large" // a request passed the host's payload limit
  | "not-supported" // the host lacks a requirement set we need
  | "unreadable" // the file cannot be read (CLI)
  | "unknown";

export class HostError extends AddinError {
  override readonly name = "HostError";

  constructor(
    readonly reason: HostErrorReason,
    readonly detail: string,
    options?: { cause?: unknown }
  ) {
    super("The workbook host refused", { reason, detail }, options);
  }

  get key() {
    return `host.${this.reason}` as const;
  }
}
