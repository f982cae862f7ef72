/**
 * What scripts/export.js needs, bundled by webpack.cli.config.js into dist-cli/export.js. The
 * writer and HyperFormula load only for an export (a chunk of their own), so --help and a refused
 * argument answer without them.
 */
import type { TemplateExportOptions } from "./exportTemplate";
import type { ExportedWorkbook } from "../preview/xlsx/exportWorkbook";

export { parseExportArgs } from "./exportArgs";

export async function exportTemplateXlsx(
  options: TemplateExportOptions
): Promise<ExportedWorkbook> {
  const { exportTemplateXlsx: write } = await import(
    /* webpackChunkName: "template" */ "./exportTemplate"
  );
  return write(options);
}
