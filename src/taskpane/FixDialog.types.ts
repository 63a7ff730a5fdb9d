import type { Finding } from "../core/findings";

export interface FixDialogProps {
  /** The finding whose fix is offered; the dialog is closed when null. */
  finding: Finding | null;
  onConfirm: (finding: Finding) => void;
  onCancel: () => void;
}
