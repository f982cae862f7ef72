/**
 * Excel's limits on what a cell and a sheet can hold (engine/excelLimits.ts), checked before the
 * preview hands anything to HyperFormula: a block that does not fit on the sheet, a formula too
 * long or nested too deep (HyperFormula's parser overflows the stack far below what it would
 * need), a text constant or a cell too long. A refusal names the first offending cell.
 */
import type { RawCellContent } from "hyperformula";
import { EXCEL_LIMITS } from "../engine/excelLimits";
import { formatCell } from "../engine/a1";
import { excelReads } from "./formulaSyntax";
import { RefusedOperation, type RefusalReason } from "./refusal";

/** The widest row of a block (no spread: a block of 125,000 rows would overflow the stack). */
export function blockWidth(block: ReadonlyArray<ReadonlyArray<unknown>>): number {
  let width = 1;
  for (const row of block) if (row.length > width) width = row.length;
  return width;
}

/** The deepest parenthesis and the longest text constant of a formula, strings and quoted names skipped. */
export function formulaShape(formula: string): { depth: number; longestText: number } {
  let depth = 0;
  let deepest = 0;
  let longestText = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string or a quoted sheet name: to its closing quote, a doubled quote being one.
      let length = 0;
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] !== ch) length++;
        else if (formula[j + 1] === ch) {
          length++;
          j++;
        } else break;
      }
      if (ch === '"' && length > longestText) longestText = length;
      i = j;
    } else if (ch === "(") deepest = Math.max(deepest, ++depth);
    else if (ch === ")") depth = Math.max(0, depth - 1);
  }
  return { depth: deepest, longestText };
}

/** Why Excel would not take this typed content into a cell, or undefined when it would. */
export function cellProblem(content: RawCellContent): RefusalReason | undefined {
  if (typeof content !== "string") return undefined;
  if (!content.startsWith("=")) {
    return content.length > EXCEL_LIMITS.cellText ? "cellText" : undefined;
  }
  if (content.length - 1 > EXCEL_LIMITS.formulaLength) return "formulaLength";
  const { depth, longestText } = formulaShape(content);
  if (depth > EXCEL_LIMITS.nesting) return "nesting";
  if (longestText > EXCEL_LIMITS.formulaText) return "formulaText";
  return excelReads(content) ? undefined : "syntax";
}

/** Refuses a block whose corner at `at` puts it past the sheet's last row or column. */
export function checkFits(at: { col: number; row: number }, rows: number, columns: number): void {
  if (at.row + rows > EXCEL_LIMITS.rows) throw new RefusedOperation("rows");
  if (at.col + columns > EXCEL_LIMITS.columns) throw new RefusedOperation("columns");
}

/** Refuses, before anything is written, a block Excel would not take (the first cell named). */
export function checkBlock(
  at: { col: number; row: number },
  block: ReadonlyArray<ReadonlyArray<RawCellContent>>
): void {
  checkFits(at, block.length, blockWidth(block));
  for (let i = 0; i < block.length; i++) {
    const row = block[i];
    for (let j = 0; j < row.length; j++) {
      const reason = cellProblem(row[j]);
      if (reason) {
        throw new RefusedOperation(reason, { address: formatCell(at.col + j, at.row + i) });
      }
    }
  }
}
