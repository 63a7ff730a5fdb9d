// The first-run screen and its "what next" steps in a chunk of their own, loaded when the pane shows them
// (once per workbook at most).
import { lazy } from "react";

const load = () => import(/* webpackChunkName: "first-run" */ "./FirstRun");

export const FirstRun = lazy(() => load().then((m) => ({ default: m.FirstRun })));
export const NextSteps = lazy(() => load().then((m) => ({ default: m.NextSteps })));
