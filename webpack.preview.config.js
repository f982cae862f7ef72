/*
 * Builds the preview (npm run preview / npm run build:preview): the real task pane beside a
 * workbook grid over HyperFormula, into dist-preview/. HyperFormula is GPL-licensed, so it is bundled
 * here only; webpack.config.js (the add-in, dist/) never includes src/preview.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { HelpPagePlugin } = require("./scripts/build/helpPages");

module.exports = (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: { preview: "./src/preview/preview.ts" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: "[name].js",
      // HyperFormula and the pane load as a second chunk, after the grid has painted.
      chunkFilename: "[name].js",
      clean: true,
      compareBeforeEmit: false, // every build rewrites every file: the tests tell a stale build by its dates
    },
    resolve: {
      extensions: [".ts", ".js"],
      // numfmt 4.0.1 as ES modules, so that webpack drops what the preview does not use (22 KB)
      alias: { numfmt$: path.resolve(__dirname, "node_modules/numfmt/dist/index.mjs") },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    performance: { hints: false },
    // HyperFormula (and what it needs) in a chunk of its own, named for the benchmark's baseline.
    optimization: {
      splitChunks: {
        cacheGroups: {
          defaultVendors: { test: /node_modules/, name: "hyperformula", chunks: "async" },
        },
      },
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].css" }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-32.png", to: "assets/[name][ext]" },
          // The help pages (help.html, help.zh-TW.html) the pane links to, as the add-in serves them.
          { from: "src/help/help.css", to: "help.css" },
          // HyperFormula's licence travels with the bundle that contains it (GPL v3).
          { from: "node_modules/hyperformula/LICENSE.txt", to: "licenses/hyperformula.txt" },
        ],
      }),
      new HelpPagePlugin(),
    ],
  };
};
