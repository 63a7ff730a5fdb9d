// The refresh's progress bar (with its motion package) is only seen while a refresh runs: its own chunk,
// loaded when the refresh starts (budget: the first paint's JavaScript within 1.5× a bare React +
// Fluent app).
export { ProgressBar } from "@fluentui/react-components";
