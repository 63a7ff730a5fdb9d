// Office.js errors in terms the user can act on (HostError, src/app/errors.ts): the use-cases turn
// them into "host-error" findings.
import { HostError, type HostErrorReason } from "../app/errors";

/** Excel's error codes (OfficeExtension.Error.code) and what they mean for us. */
const BY_CODE: Record<string, HostErrorReason> = {
  InvalidOperationInCellEditMode: "cell-edit",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  PayloadTooLarge: "too-large",
  ApiNotFound: "not-supported",
};

/** Maps anything thrown by Excel.run to a HostError; AccessDenied is read-only or a protected sheet. */
export function toHostError(
  error: unknown,
  hint: { readOnly?: boolean; sheet?: string } = {}
): HostError {
  if (error instanceof HostError) return error;
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : String(error);
  let reason: HostErrorReason = BY_CODE[code] ?? "unknown";
  if (code === "AccessDenied") reason = hint.readOnly ? "read-only" : "protected";
  // Missing APIs on old hosts surface as TypeErrors ("x is not a function").
  if (reason === "unknown" && error instanceof TypeError) reason = "not-supported";
  const where = hint.sheet ? ` [${hint.sheet}]` : "";
  return new HostError(reason, `${code ? `${code}: ` : ""}${message}${where}`, { cause: error });
}
