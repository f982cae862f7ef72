/**
 * Positions on the template sheet: column letters, A1 addresses, and the stacks that place one
 * section below another so that no row number is kept by hand.
 */
import type { CellPlan, TablePlan } from "./types";

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column index of letters: A → 0, Z → 25, AA → 26 (the inverse of columnLetter). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The A1 address of a 0-based column and a 1-based row: (1, 12) → "B12". */
export const at = (column: number, row: number): string => `${columnLetter(column)}${row}`;

/** The absolute form of an A1 address: "B7" → "$B$7". */
export function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** The data cells of one table column (header row left out), e.g. column 1 of A20:C31 → "B21:B31". */
export function tableColumnRange(table: TablePlan, column: number): string {
  const match = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(table.range);
  if (!match) throw new Error(`Not a table range: ${table.range}`);
  const letter = columnLetter(columnIndex(match[1]) + column);
  return `${letter}${Number(match[2]) + 1}:${letter}${match[3]}`;
}

/**
 * The smallest range that holds every address and range given: ["B3", "E5:F9"] → "B3:F9", the
 * rows and columns a section covers on the sheet.
 */
export function rangeAround(places: readonly string[]): string {
  const corners = places.flatMap((place) => place.split(":"));
  const parsed = corners.map((address) => {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
    if (!match) throw new Error(`Not an A1 address: ${address}`);
    return { column: columnIndex(match[1]), row: Number(match[2]) };
  });
  if (parsed.length === 0) throw new Error("A section with no cells has no range");
  const columns = parsed.map((p) => p.column);
  const rows = parsed.map((p) => p.row);
  return `${at(Math.min(...columns), Math.min(...rows))}:${at(Math.max(...columns), Math.max(...rows))}`;
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
