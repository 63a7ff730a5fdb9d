// One base for the errors the add-in throws on purpose (a refusal, a host failure, a file it cannot
// read, arguments it cannot use). Each names itself, carries its context as fields, and says in its
// message what failed and with what, the way ky's HTTPError does ("Request failed with status code
// 404: GET /x"). What the user reads comes from the catalogue (`key` and `params`, in their language);
// `message` is for logs and never shown as is.
import type { MessageKey } from "../i18n";

/** The facts an error carries: the file, the sheet, the reason. Empty values are left out of the message. */
export type ErrorContext = Readonly<Record<string, string | number | undefined>>;

/** "What failed (file: a.xlsx, reason: not-found)": the summary, then each fact that has a value. */
function withContext(what: string, context: ErrorContext): string {
  const facts = Object.entries(context)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([name, value]) => `${name}: ${value}`);
  return facts.length > 0 ? `${what} (${facts.join(", ")})` : what;
}

export abstract class AddinError extends Error {
  abstract override readonly name: string;
  /** The catalogue message the user reads. */
  abstract readonly key: MessageKey;

  protected constructor(
    what: string,
    readonly context: ErrorContext,
    options?: { cause?: unknown }
  ) {
    super(withContext(what, context), options);
  }

  /** The parameters of the user's message: the context, as text. */
  get params(): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.context).map(([name, value]) => [
        name,
        value === undefined ? "" : String(value),
      ])
    );
  }
}
