/**
 * What the name box accepts: a cell or a range ("B12", "a1:c3"), on another sheet too
 * ("'GPU Payback'!B12"), or a defined name ("Revenues"), the active sheet's before the workbook's.
 */
import { parseRange, type CellRange } from "../../engine/a1";
import type { HyperFormulaHost } from "../hyperformulaHost";

export interface Reference {
  readonly sheet: string;
  readonly range: CellRange;
}

const RANGE = /^\$?[A-Za-z]{1,3}\$?[1-9][0-9]*(:\$?[A-Za-z]{1,3}\$?[1-9][0-9]*)?$/;

/** "'GPU Payback'!$B$21:$B$31" → sheet and range (undefined when it is not one). */
function sheetRange(text: string, defaultSheet: string): Reference | undefined {
  const bang = text.lastIndexOf("!");
  let sheet = defaultSheet;
  let range = text;
  if (bang !== -1) {
    sheet = text.slice(0, bang);
    range = text.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (!RANGE.test(range)) return undefined;
  return { sheet, range: parseRange(range.replace(/\$/g, "")) };
}

export function resolveReference(host: HyperFormulaHost, typed: string): Reference | undefined {
  const text = typed.trim();
  if (text === "") return undefined;
  const direct = sheetRange(text, host.activeSheet.name);
  if (direct) return host.sheets.some((s) => s.name === direct.sheet) ? direct : undefined;
  const scopes = [host.activeSheet.id, undefined, ...host.sheets.map((s) => s.id)];
  for (const scope of scopes) {
    const named = host.hf.getNamedExpression(text, scope);
    if (named && typeof named.expression === "string") {
      const target = sheetRange(named.expression.replace(/^=/, ""), host.activeSheet.name);
      if (target) return target;
    }
  }
  return undefined;
}
