/**
 * Positions on the template sheet: A1 addresses in the template's convention (1-based rows; the
 * references themselves are src/engine/a1.ts), and the stacks that place one section below another
 * so that no row number is kept by hand.
 */
import { formatCell, parseRange, type CellRange } from "../engine/a1";
import type { CellPlan } from "./types";

/** The A1 address of a 0-based column and a 1-based row, the template's convention: (1, 12) → "B12". */
export const at = (column: number, row: number): string => formatCell(column, row - 1);

/**
 * The data cells of one table column (header row left out), e.g. column 1 of A20:C31 → "B21:B31",
 * for the template's table (range "A20:C31") and the preview's (its rectangle) alike.
 */
export function tableColumnRange(
  table: { readonly range: string | CellRange },
  column: number
): string {
  const { top, left, bottom } =
    typeof table.range === "string" ? parseRange(table.range) : table.range;
  return `${formatCell(left + column, top + 1)}:${formatCell(left + column, bottom)}`;
}

/** Where a section starts: its first row (1-based) and first column (0-based). */
export interface Origin {
  readonly row: number;
  readonly column: number;
}

/** What a section builder returns: its cells and how many rows it takes. */
export interface Block {
  readonly cells: readonly CellPlan[];
  readonly rows: number;
}

/** Sections placed down one band of columns, each below the last with a blank row between. */
export class Stack {
  private next: number;

  constructor(
    firstRow: number,
    readonly column: number
  ) {
    this.next = firstRow;
  }

  /** The first row of the next section. */
  get nextRow(): number {
    return this.next;
  }

  /** Builds a section at the next free row and moves below it. */
  place<T extends Block>(build: (origin: Origin) => T): T {
    const block = build({ row: this.next, column: this.column });
    this.next += block.rows + 1;
    return block;
  }

  /** Keeps `rows` rows for a section built later (one that refers to sections below it). */
  reserve(rows: number): Origin {
    const origin = { row: this.next, column: this.column };
    this.next += rows + 1;
    return origin;
  }
}
