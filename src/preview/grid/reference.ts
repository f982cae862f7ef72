/**
 * What the name box accepts: a cell or a range ("B12", "a1:c3"), on another sheet too
 * ("'GPU Payback'!B12"), or a defined name ("Revenues"), the active sheet's before the workbook's.
 */
import { readSheetRange, type CellRange } from "../../engine/a1";
import type { HyperFormulaHost } from "../hyperformulaHost";

export interface Reference {
  readonly sheet: string;
  readonly range: CellRange;
}

/** "'GPU Payback'!$B$21:$B$31" → sheet and range (undefined when it is not one). */
function sheetRange(text: string, defaultSheet: string): Reference | undefined {
  const read = readSheetRange(text);
  return read && { sheet: read.sheet ?? defaultSheet, range: read.range };
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
