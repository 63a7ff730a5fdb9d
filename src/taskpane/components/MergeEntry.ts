// The merge review in a chunk of its own, loaded when the pane first shows it.
import { lazy } from "react";

export const MergePanel = lazy(() =>
  import(/* webpackChunkName: "merge-review" */ "./MergePanel").then((m) => ({
    default: m.MergePanel,
  }))
);
