// The error both .xlsx readers (read.ts over ExcelJS, grid-read.ts over JSZip) throw for a file that is not
// a readable workbook; on its own so the light reader does not load ExcelJS to name it.
import { AddinError } from "../core/errors";

export type XlsxReadReason = "not-found" | "is-directory" | "unreadable" | "not-xlsx";

/** A file that cannot be read as a workbook: which file and why, without a stack trace for users. */
export class XlsxReadError extends AddinError {
  override readonly name = "XlsxReadError";

  constructor(
    readonly file: string,
    readonly reason: XlsxReadReason,
    readonly detail: string
  ) {
    super("Cannot read the workbook", { file, reason, detail });
  }

  get key() {
    return `cli.error.read.${this.reason}` as const;
  }
}
