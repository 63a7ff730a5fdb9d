/* eslint-disable no-undef */
// The core benchmark (core-run.ts) bundled as the pane's core chunk is: the same production build as the
// bare reference app (webpack.bare.js, which follows webpack.config.js: modules concatenated into one
// scope, ts-loader transpile-only with "module": "esnext", no source maps), for Node.
// The output directory comes from the command line (--output-path), a temp dir in `npm run bench`.
const path = require("path");
const bare = require("./webpack.bare.js");

module.exports = {
  ...bare,
  target: "node",
  entry: { "core-run": path.resolve(__dirname, "core-run.ts") },
};
