/* eslint-disable no-undef */
// The core benchmark (core-run.ts) bundled the way webpack.config.js bundles the pane's core chunk:
// production mode (modules concatenated into one scope, minified), ts-loader transpile-only with
// "module": "esnext", no source maps; for Node. The output directory comes from --output-path.
const path = require("path");

module.exports = {
  mode: "production",
  devtool: false,
  target: "node",
  context: path.resolve(__dirname, "../.."),
  entry: { "core-run": path.resolve(__dirname, "core-run.ts") },
  output: { filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { noEmit: false, module: "esnext", sourceMap: false },
          },
        },
      },
    ],
  },
  performance: { hints: false },
};
