// Fluent's dark theme, for a dark Office only: a chunk of its own (issue 7).
export { webDarkTheme } from "@fluentui/react-components";
