import type { Rollup } from "../core/model";

export interface RollupPreviewProps {
  rollup: Rollup;
}
