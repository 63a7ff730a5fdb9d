/* eslint-disable no-undef */
// The bare React + Fluent v9 reference app, bundled the way webpack.config.js bundles the task pane:
// production mode, ts-loader transpile-only with "module": "esnext" (tree shaking), no source maps.
// The output directory comes from the command line (--output-path), a temp dir in `npm run bench`.
const path = require("path");

module.exports = {
  mode: "production",
  devtool: false,
  context: path.resolve(__dirname, "../.."),
  entry: { bare: path.resolve(__dirname, "bare-app/index.tsx") },
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
