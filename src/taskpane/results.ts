// What a refresh result shows, one chunk: the findings and the rollup preview (issue 7).
export { FindingsList } from "./FindingsList";
export { RollupPreview } from "./RollupPreview";
export { OverdueList } from "./OverdueList";
