/**
 * The preview's workbook as an .xlsx file: GPU.* formulas in their native form (by default; the
 * translator of src/engine/portable; GPU.CHARGES_IN_SERVICE's spill one native formula a year,
 * as "Make this sheet portable" writes it) or as they are, every cached value from HyperFormula.
 * It reads a HyperFormulaHost (type only) and so belongs to the preview bundle and the command
 * line, never to dist/.
 */
import { spilledTranslation, translateFormula } from "../../engine/portable/translate";
import type { HyperFormulaHost } from "../hyperformulaHost";
import { workbookFromHost } from "./fromHost";
import { writeXlsx } from "../../export/xlsx";

/** "native": plain Excel formulas that open anywhere; "gpu": the GPU.* functions (need the add-in). */
export type FormulaForm = "native" | "gpu";
export const FORMULA_FORMS: readonly FormulaForm[] = ["native", "gpu"];

export interface UntranslatedFormula {
  readonly sheet: string;
  readonly formula: string;
  readonly reason: string;
}

export interface ExportedWorkbook {
  readonly bytes: Uint8Array;
  /** GPU.* formulas that have no faithful native form: written as they are. */
  readonly untranslated: readonly UntranslatedFormula[];
}

export interface HostExportOptions {
  readonly formulas?: FormulaForm;
  /** The sheets to write; every sheet if left out. */
  readonly sheets?: readonly string[];
}

/** The host's workbook (every sheet, every edit) as .xlsx. */
export function exportHostXlsx(
  host: HyperFormulaHost,
  options: HostExportOptions = {}
): ExportedWorkbook {
  const untranslated: UntranslatedFormula[] = [];
  let sheet = "";
  const native = (formula: string): string => {
    if (!/GPU/i.test(formula)) return formula; // no GPU.* call can be in it: nothing to read
    const result = translateFormula(`=${formula}`);
    if (result.kind === "native") return result.formula.replace(/^=/, "");
    if (result.kind === "untranslatable")
      untranslated.push({ sheet, formula: `=${formula}`, reason: result.reason });
    return formula;
  };
  const sheets = options.sheets ?? host.sheets.map((view) => view.name);
  const model = workbookFromHost(host, {
    sheets,
    formula: options.formulas === "gpu" ? undefined : native,
    // GPU.CHARGES_IN_SERVICE over a plain row or column: one native formula a year.
    spilled: options.formulas === "gpu" ? undefined : spilledTranslation,
    onSheet: (name) => (sheet = name),
  });
  return { bytes: writeXlsx(model), untranslated };
}
