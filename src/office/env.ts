// The few Office globals the adapter needs, behind one seam: the real Office.js at run time, the
// Excel double in tests and in the preview. Nothing else in src/office reads Office or Excel globals.

export interface OfficeEnv {
  /** Excel.run. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.platform as a string ("PC", "Mac", "OfficeOnline", ...). */
  platform: string;
  /** Office.context.document.mode is ReadOnly. */
  readOnly: boolean;
  /** Office.context.document's file access, where the host has it (the share reads the file's bytes). */
  files?: DocumentFiles;
}

/** What an Office async call hands its callback (Office.AsyncResult, as far as the adapter reads it). */
export interface AsyncOutcome<T> {
  /** status is Office.AsyncResultStatus.Succeeded. */
  ok: boolean;
  value: T;
  error?: { code?: number; name?: string; message?: string };
}

/** One slice of the file: for the compressed type, its bytes as an array of numbers (Office.Slice). */
export interface DocumentSlice {
  data: ArrayLike<number> | ArrayBuffer;
  index: number;
  size: number;
}

/** The document's file, open until closed (Office.File). */
export interface DocumentFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncOutcome<DocumentSlice>) => void): void;
  closeAsync(callback?: (result: AsyncOutcome<void>) => void): void;
}

export interface DocumentFiles {
  /** Office.context.document.getFileAsync(Office.FileType.Compressed, options, callback). */
  getCompressedFile(
    options: { sliceSize: number },
    callback: (result: AsyncOutcome<DocumentFile>) => void
  ): void;
}

/** The real host; call only after Office.onReady. */
export function officeEnv(): OfficeEnv {
  const ctx = Office.context;
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => !!ctx.requirements?.isSetSupported(name, version),
    platform: String(ctx.platform ?? ""),
    readOnly: ctx.document?.mode === Office.DocumentMode.ReadOnly,
    files:
      typeof ctx.document?.getFileAsync === "function"
        ? {
            getCompressedFile: (options, callback) =>
              ctx.document.getFileAsync(Office.FileType.Compressed, options, (r) =>
                callback({ ...outcome(r), value: r.value && documentFile(r.value) })
              ),
          }
        : undefined,
  };
}

function outcome<T>(r: Office.AsyncResult<T>): AsyncOutcome<T> {
  return { ok: r.status === Office.AsyncResultStatus.Succeeded, value: r.value, error: r.error };
}

function documentFile(file: Office.File): DocumentFile {
  return {
    size: file.size,
    sliceCount: file.sliceCount,
    getSliceAsync: (index, callback) => file.getSliceAsync(index, (r) => callback(outcome(r))),
    closeAsync: (callback) => file.closeAsync((r) => callback?.(outcome(r))),
  };
}
