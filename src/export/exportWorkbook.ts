/**
 * The preview's workbook as an .xlsx file: GPU.* formulas in their native form (by default; the
 * translator of src/engine/portable) or as they are, every cached value from HyperFormula. It reads
 * a HyperFormulaHost (type only) and so belongs to the preview bundle and the command line, never
 * to dist/.
 */
import { spilledTranslation, translateFormula } from "../engine/portable/translate";
import type { HyperFormulaHost } from "../preview/hyperformulaHost";
import { cellRef } from "./cellRefs";
import { workbookFromHost, type FromHostOptions } from "./fromHost";
import { writeXlsx } from "./xlsx";

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
  /** Data validation by sheet name (the host keeps none). */
  readonly validations?: FromHostOptions["validations"];
}

/**
 * A sheet's spilled GPU.* formulas that have a native form only cell by cell
 * (GPU.CHARGES_IN_SERVICE), as formulas without "=" by A1 address: the anchor and every cell it
 * spills into, as "Make this sheet portable" writes them.
 */
function spilledCells(host: HyperFormulaHost, sheet: string): Map<string, string> {
  const cells = new Map<string, string>();
  host.hf.getSheetFormulas(host.sheet(sheet).id).forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === undefined || !/GPU/i.test(formula)) return;
      if (translateFormula(formula).kind !== "untranslatable") return;
      const address = cellRef(c, r);
      for (const cell of spilledTranslation({ address, formula }) ?? [])
        cells.set(cell.address, cell.formula.replace(/^=/, ""));
    })
  );
  return cells;
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
    validations: options.validations,
    onSheet: (name) => (sheet = name),
    cellFormulas: options.formulas === "gpu" ? undefined : (name) => spilledCells(host, name),
  });
  return { bytes: writeXlsx(model), untranslated };
}
