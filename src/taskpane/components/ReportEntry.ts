// The report part in a chunk of its own, loaded when a refresh result first carries a report.
import { lazy } from "react";

export const ReportPanel = lazy(() =>
  import(/* webpackChunkName: "report" */ "./ReportPanel").then((m) => ({
    default: m.ReportPanel,
  }))
);
