// The share pane in a chunk of its own, loaded when the pane first shows it.
import { lazy } from "react";

export const SharePanel = lazy(() =>
  import(/* webpackChunkName: "share-pane" */ "./SharePanel").then((m) => ({
    default: m.SharePanel,
  }))
);
