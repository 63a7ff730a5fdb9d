// How the pane finds the in-browser workbook of `npm run preview`. The preview page (src/preview) loads
// the production pane in an iframe and publishes an Excel.run over the typed Excel double on its own
// window. The pane uses it only when Office says it is not in Excel, so the real Office path is unchanged.

import type { OfficeEnv } from "../office/env";

/** What the preview page publishes as window[PREVIEW_BRIDGE_KEY]: the adapter's Office seam, over the double. */
export interface PreviewBridge extends OfficeEnv {
  /** Stands in for Office.context.displayLanguage, e.g. "vi-VN". */
  displayLanguage: string;
}

export const PREVIEW_BRIDGE_KEY = "__tienDoPreview";

/** The bridge from the parent window when the pane runs inside the preview page, else null. */
export function findPreviewBridge(win: Window = window): PreviewBridge | null {
  try {
    if (win.parent === win) return null;
    const bridge = (win.parent as unknown as Record<string, unknown>)[PREVIEW_BRIDGE_KEY];
    return bridge && typeof (bridge as PreviewBridge).run === "function"
      ? (bridge as PreviewBridge)
      : null;
  } catch {
    // A cross-origin parent (Excel on the web hosts the pane this way) throws on access: not the preview.
    return null;
  }
}
