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
}

/** The real host; call only after Office.onReady. */
export function officeEnv(): OfficeEnv {
  const ctx = Office.context;
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => !!ctx.requirements?.isSetSupported(name, version),
    platform: String(ctx.platform ?? ""),
    readOnly: ctx.document?.mode === Office.DocumentMode.ReadOnly,
  };
}
