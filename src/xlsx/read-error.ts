// The error both .xlsx readers (read.ts over ExcelJS, grid-read.ts over JSZip) throw for a file that is not
// a readable workbook; on its own so the light reader does not load ExcelJS to name it.
export type XlsxReadReason = "not-found" | "is-directory" | "unreadable" | "not-xlsx";

/** A file that cannot be read as a workbook: which file and why, without a stack trace for users. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";

  constructor(
    readonly file: string,
    readonly reason: XlsxReadReason,
    readonly detail: string
  ) {
    super(`${file}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}
