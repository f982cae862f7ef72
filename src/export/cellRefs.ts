/** A1 references for the writer: 0-based (col, row) ↔ "B12", ranges, sheet-qualified absolute ranges. */
import { columnLetter } from "../template/layout";
import { quoteSheetName } from "../template/sheetNames";
import type { RangeModel } from "./model";

export function cellRef(col: number, row: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeRef(range: RangeModel): string {
  return `${cellRef(range.left, range.top)}:${cellRef(range.right, range.bottom)}`;
}

/** 'GPU Payback'!$B$21:$B$31 */
export function absoluteRangeRef(sheetName: string, range: RangeModel): string {
  const corner = (col: number, row: number): string => `$${columnLetter(col)}$${row + 1}`;
  return `${quoteSheetName(sheetName)}!${corner(range.left, range.top)}:${corner(range.right, range.bottom)}`;
}
