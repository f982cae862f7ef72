/** What scripts/export.js needs, bundled by webpack.cli.config.js into dist-cli/export.js. */
export { parseExportArgs } from "./cli";
export { exportTemplateXlsx } from "./exportTemplate";
