// The share pane's props and the use-cases it needs from the host (issue 13, "Chia sẻ cho đơn vị").
import type { Lang } from "../../core/model";
import type { ShareBy } from "../../core/share";
import type { ShareProgress, ShareSupport } from "../../office/share";
import type { SharedCopy } from "../../xlsx/share-copies";

export type { SharedCopy, ShareProgress, ShareSupport };

/** The share use-cases over the open workbook (src/office/share.ts in Excel). */
export interface ShareServices {
  /** What this host allows: reading the open file's bytes, and a download from the pane. */
  support(): Promise<ShareSupport>;
  /** Reads the open workbook and builds each office's copy (the CLI's code); writes nothing. */
  build(
    by: ShareBy,
    lang: Lang,
    onProgress: (progress: ShareProgress) => void
  ): Promise<SharedCopy[]>;
}

export interface SharePanelProps {
  disabled?: boolean;
}

/** A built copy as the pane offers it: a Blob URL for its download link. */
export interface OfferedCopy {
  copy: SharedCopy;
  url: string;
}

export type SharePhase =
  | { kind: "idle" }
  | { kind: "working"; progress: ShareProgress | null }
  | { kind: "done"; copies: OfferedCopy[] }
  | { kind: "failed"; message: string };

/** Why the pane cannot share on this host, or null when it can. */
export type ShareBlock = "no-read" | "no-download" | null;
