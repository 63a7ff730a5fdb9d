// What a refresh result shows, one chunk: the findings and the rollup preview, out of the first paint's
// JavaScript (budget: within 1.5× a bare React + Fluent app).
export { FindingsList } from "./FindingsList";
export { RollupPreview } from "./RollupPreview";
export { OverdueList } from "./OverdueList";
