// The merge review's props and the use-cases it needs from the host (issue 13).
import type { Conflict, ConflictChoice, MergeResult } from "../../core/merge";
import type { Lang } from "../../core/model";
import type { MergeApplied, MergeReview, ReturnedFile } from "../../office/merge";

export type { MergeApplied, MergeReview, ReturnedFile };

/** The merge use-cases over the open workbook (src/office/merge.ts in Excel and in the preview). */
export interface MergeServices {
  /** Reads the open workbook and the returned files, and merges them for review; writes nothing. */
  review(files: ReturnedFile[]): Promise<MergeReview>;
  /** Writes what the review showed plus the chosen conflicts, and appends the log. */
  apply(review: MergeReview, choices: ConflictChoice[], lang: Lang): Promise<MergeApplied>;
}

export interface MergePanelProps {
  /** Called after the changes were written, so the pane refreshes the summary. */
  onMerged: () => void;
  disabled?: boolean;
}

export type MergePhase =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "review"; review: MergeReview }
  | { kind: "writing"; review: MergeReview }
  | { kind: "done"; applied: MergeApplied }
  | { kind: "failed"; message: string };

/** What the review shows for one returned file. */
export interface FileGroup {
  source: string;
  office: string;
  mode: MergeResult["copies"][number]["mode"];
  changes: MergeResult["applied"];
  ignored: MergeResult["ignored"];
  findings: MergeResult["findings"];
}

/** One conflict's choice: keep the master ("") or take one source's value. */
export interface ConflictFieldProps {
  conflict: Conflict;
  /** The office each returned file was shared with ("" when unknown). */
  offices: Map<string, string>;
  value: string;
  onChange: (source: string) => void;
  disabled: boolean;
}
