// The parts of the pane that the first paint does not need, each loaded from the add-in's own origin
// when it is first shown (budget: the JavaScript loaded at start within 1.5× a bare React + Fluent app).
// A part that shows after a refresh starts loading with the refresh, so it is there when the result is.
import { lazy } from "react";

const loadResults = () => import(/* webpackChunkName: "results" */ "./results");
const loadFixDialog = () => import(/* webpackChunkName: "fix-dialog" */ "./FixDialog");
const loadTemplatePanel = () => import(/* webpackChunkName: "template-panel" */ "./TemplatePanel");
const loadSettingsForm = () => import(/* webpackChunkName: "settings" */ "./SettingsForm");
const loadProgress = () => import(/* webpackChunkName: "progress" */ "./progress");
const loadNoticeBar = () => import(/* webpackChunkName: "notice" */ "./NoticeBar");

export const FindingsList = lazy(() => loadResults().then((m) => ({ default: m.FindingsList })));
export const RollupPreview = lazy(() => loadResults().then((m) => ({ default: m.RollupPreview })));
export const OverdueList = lazy(() => loadResults().then((m) => ({ default: m.OverdueList })));
export const FixDialog = lazy(() => loadFixDialog().then((m) => ({ default: m.FixDialog })));
export const TemplatePanel = lazy(() =>
  loadTemplatePanel().then((m) => ({ default: m.TemplatePanel }))
);
export const SettingsForm = lazy(() =>
  loadSettingsForm().then((m) => ({ default: m.SettingsForm }))
);
export const ProgressBar = lazy(() => loadProgress().then((m) => ({ default: m.ProgressBar })));
export const NoticeBar = lazy(() => loadNoticeBar().then((m) => ({ default: m.NoticeBar })));

/** Starts loading what a refresh shows; a failed load is left to the part's own load to retry. */
export function preloadRefreshParts(): void {
  loadProgress().catch(() => undefined);
  loadResults().catch(() => undefined);
}
