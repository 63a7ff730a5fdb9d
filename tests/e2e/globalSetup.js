/* eslint-disable no-undef */
// Builds the preview page before the end-to-end tests (the pane bundle comes from `npm run build`,
// which npm run test:e2e runs first; it is built here too when missing).
const { ensureBuilt } = require("../../scripts/preview.js");

module.exports = async () => {
  ensureBuilt({ rebuildPreview: true });
};
