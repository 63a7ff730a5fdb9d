/* eslint-disable no-undef */
// Builds the preview page (npm run preview): the in-browser workbook and its view. It reuses the add-in's
// webpack.config.js for loaders and resolution; the pane itself is the production bundle from `npm run build`,
// served unchanged beside this page. Output: dist-preview/ (its own folder: the add-in build cleans dist/).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("./webpack.config.js");

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || "production";
  const base = await addinConfig({ ...env, WEBPACK_BUILD: true }, { ...options, mode });
  return {
    mode,
    devtool: false,
    entry: { preview: "./src/preview/index.tsx" },
    output: { path: path.resolve(__dirname, "dist-preview"), clean: true, filename: "[name].js" },
    resolve: base.resolve,
    module: base.module,
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] })],
  };
};
