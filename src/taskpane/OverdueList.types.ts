import type { OverdueTask } from "../app/ports";

export interface OverdueListProps {
  /** The area's name, or null for every area (the total row). */
  areaName: string | null;
  tasks: OverdueTask[];
  onSelect: (task: OverdueTask) => void;
  onClose: () => void;
  disabled?: boolean;
}
