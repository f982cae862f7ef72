/** A1 references for the writer: 0-based (col, row) ↔ "B12", ranges, sheet-qualified absolute ranges. */
import { parseA1Range } from "@borgar/fx";
import { columnLetter } from "../template/layout";
import { quoteSheetName } from "../template/sheetNames";
import type { RangeModel } from "./model";

export function cellRef(col: number, row: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B6" or "A20:C31" → its rectangle (0-based); throws on anything else. */
export function parseRangeRef(ref: string): RangeModel {
  const range = parseA1Range(ref);
  const { top, left, bottom, right } = range ?? {};
  // A whole column or row (A:A, 3:3) has no corner: not an address a cell or rule sits at.
  if (typeof top !== "number" || typeof left !== "number") {
    throw new Error(`Not a cell or range address: ${ref}`);
  }
  return { top, left, bottom: bottom ?? top, right: right ?? left };
}

export function rangeRef(range: RangeModel): string {
  return `${cellRef(range.left, range.top)}:${cellRef(range.right, range.bottom)}`;
}

/** 'GPU Payback'!$B$21:$B$31 */
export function absoluteRangeRef(sheetName: string, range: RangeModel): string {
  const corner = (col: number, row: number): string => `$${columnLetter(col)}$${row + 1}`;
  return `${quoteSheetName(sheetName)}!${corner(range.left, range.top)}:${corner(range.right, range.bottom)}`;
}
