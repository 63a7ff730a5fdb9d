import type { Rollup } from "../core/model";

export interface RollupPreviewProps {
  rollup: Rollup;
  /** Lists the overdue tasks of an area (its id), or of every area (null, the total row). */
  onShowOverdue?: (areaId: string | null) => void;
}
