/** One line of a section: a label, a value or formula beside it, and a note after that. */
import { at, type Origin } from "../layout";
import type { CellPlan } from "../types";

export interface Line {
  readonly cells: readonly CellPlan[];
  /** The address of the value or formula. */
  readonly address: string;
}

/** Where the value of the line `offset` rows below the section's first row goes. */
export function valueAddress(origin: Origin, offset: number): string {
  return at(origin.column + 1, origin.row + offset);
}

/** The line `offset` rows below the section's first row: label, cell and note side by side. */
export function line(
  origin: Origin,
  offset: number,
  label: string,
  cell: Omit<CellPlan, "address">,
  note?: string
): Line {
  const row = origin.row + offset;
  const address = valueAddress(origin, offset);
  const cells: CellPlan[] = [
    { address: at(origin.column, row), value: label, style: "label" },
    { address, ...cell },
  ];
  if (note !== undefined)
    cells.push({ address: at(origin.column + 2, row), value: note, style: "note" });
  return { cells, address };
}

/** A section heading in the first column, with an optional hint two columns on. */
export function heading(origin: Origin, title: string, hint?: string): CellPlan[] {
  const cells: CellPlan[] = [
    { address: at(origin.column, origin.row), value: title, style: "section" },
  ];
  if (hint !== undefined)
    cells.push({ address: at(origin.column + 2, origin.row), value: hint, style: "note" });
  return cells;
}
