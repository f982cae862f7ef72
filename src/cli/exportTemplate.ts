/**
 * The template sheet alone, as the pane inserts it (native formulas by default), as an .xlsx
 * file: written into a fresh HyperFormula workbook (which computes the cached values), then
 * exported. For the command line.
 */
import type { PresetId } from "../engine";
import { HyperFormulaHost } from "../preview/hyperformulaHost";
import { buildTemplatePlan, type Language } from "../template";
import {
  exportHostXlsx,
  type ExportedWorkbook,
  type FormulaForm,
} from "../preview/xlsx/exportWorkbook";

export interface TemplateExportOptions {
  readonly preset?: PresetId;
  readonly language?: Language;
  readonly formulas?: FormulaForm;
}

export async function exportTemplateXlsx(
  options: TemplateExportOptions = {}
): Promise<ExportedWorkbook> {
  const host = new HyperFormulaHost();
  // The native template is the pane's own (its formulas translated, a check cell beside the inputs).
  const plan = buildTemplatePlan({
    preset: options.preset,
    language: options.language,
    formulas: options.formulas ?? "native",
  });
  const name = await host.pane.insertTemplate(plan);
  // The sheet's record keeps the inputs' data validation: the same rules as the preview's download.
  return exportHostXlsx(host, { formulas: options.formulas, sheets: [name] });
}
