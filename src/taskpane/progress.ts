// The refresh's progress bar (with its motion package) is only seen while a refresh runs: its own chunk,
// loaded when the refresh starts (issue 7).
export { ProgressBar } from "@fluentui/react-components";
