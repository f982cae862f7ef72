/**
 * Whether Excel would take a typed formula: read with @borgar/fx's tokenizer and parser (Excel's
 * grammar, spilled ranges and structured references included). Excel refuses `=SUM(1,`, `=(1`,
 * `=1+` and a number past a double's range (`=1E+309`) with "There's a problem with this
 * formula"; HyperFormula would keep them as #ERROR! cells, which an .xlsx file cannot hold as
 * formulas. A formula Excel reads and HyperFormula does not (`=A1 B1`) is taken.
 */
import { parse, tokenize } from "@borgar/fx";

/** True when the formula (starting with "=") is one Excel's grammar reads. */
export function excelReads(formula: string): boolean {
  try {
    const tokens = tokenize(formula, { mergeRefs: true, negativeNumbers: false });
    for (const token of tokens) {
      if (String(token.type) === "number" && !Number.isFinite(Number(token.value))) return false;
    }
    parse(tokens, { permitArrayRanges: true, permitArrayCalls: true });
    return true;
  } catch {
    return false;
  }
}
