/**
 * A1 addresses and ranges, 0-based: the one place the preview turns "B12" into a column and a row.
 * No HyperFormula here, so the grid can use it before the engine's chunk has loaded.
 */
import { columnLetter } from "../template/layout";
import { quoteSheetName } from "../template/sheetNames";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B12" → column 1, row 11 (0-based). Throws on anything else. */
export function parseAddress(address: string): { col: number; row: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(match[2]) - 1 };
}

/** Column 1, row 11 (0-based) → "B12". */
export function formatAddress(col: number, row: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A20:C31" → its rectangle. */
export function parseRange(range: string): CellRange {
  const [first, last = first] = range.split(":");
  const a = parseAddress(first);
  const b = parseAddress(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Its rectangle → "A20:C31" ("B6" for one cell). */
export function formatRange(range: CellRange): string {
  const first = formatAddress(range.left, range.top);
  if (range.top === range.bottom && range.left === range.right) return first;
  return `${first}:${formatAddress(range.right, range.bottom)}`;
}

/** "B12" in its normal form (upper case, no $), or undefined when it is not an address. */
export function normalAddress(address: string): string {
  const { col, row } = parseAddress(address);
  return formatAddress(col, row);
}

export function contains(range: CellRange, col: number, row: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** "B21:B31" on sheet "GPU Payback" → 'GPU Payback'!$B$21:$B$31. */
export function absoluteRange(sheetName: string, range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  const corner = (col: number, row: number) => `$${columnLetter(col)}$${row + 1}`;
  return `${quoteSheetName(sheetName)}!${corner(left, top)}:${corner(right, bottom)}`;
}
