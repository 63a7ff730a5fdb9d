// Fluent's dark theme, for a dark Office only: a chunk of its own, out of the first paint's JavaScript
// (budget: within 1.5× a bare React + Fluent app, npm run bench).
export { webDarkTheme } from "@fluentui/react-components";
