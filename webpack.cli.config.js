/*
 * Builds the command line's exporter (npm run export, scripts/export.js) into dist-cli/: the
 * argument parser and the template's .xlsx writer as one CommonJS file for node, so a run starts
 * at once instead of compiling TypeScript. Packages stay in node_modules (required at run time),
 * except numfmt, whose package names a CommonJS file it does not ship (its ES build is bundled).
 * HyperFormula (GPL) is required from node_modules, never copied into dist/.
 */
const path = require("path");

module.exports = () => ({
  target: "node20",
  mode: "none",
  devtool: false,
  entry: { export: "./src/cli/exportEntry.ts" },
  output: {
    path: path.resolve(__dirname, "dist-cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
    compareBeforeEmit: false, // every build rewrites every file: scripts/export.js tells a stale one by its date
  },
  resolve: {
    extensions: [".ts", ".js"],
    alias: { numfmt$: path.resolve(__dirname, "node_modules/numfmt/dist/index.mjs") },
  },
  externalsType: "commonjs",
  externals: [
    ({ request }, callback) =>
      /^[a-z@][^:]*$/i.test(request) && !/^numfmt/.test(request)
        ? callback(null, request)
        : callback(),
  ],
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { onlyCompileBundledFiles: true, transpileOnly: true },
        },
      },
    ],
  },
  performance: { hints: false },
});
