/**
 * The selection as Excel keeps it: an anchor (where it began) and an active cell (where it ends),
 * the range between them, and the moves of the keyboard (arrows, Ctrl+arrows to the edge of the
 * data, Home, End, Ctrl+Home, Ctrl+End, PageUp, PageDown). Pure: the cell contents come in through
 * `isEmpty`, the sheet's size through `limits`.
 */
import type { CellRange } from "../../engine/a1";

export interface Cell {
  readonly col: number;
  readonly row: number;
}

export interface Selection {
  readonly anchor: Cell;
  readonly active: Cell;
}

export function single(cell: Cell): Selection {
  return { anchor: cell, active: cell };
}

/** The rectangle between the anchor and the active cell. */
export function selectedRange(selection: Selection): CellRange {
  const { anchor, active } = selection;
  return {
    top: Math.min(anchor.row, active.row),
    left: Math.min(anchor.col, active.col),
    bottom: Math.max(anchor.row, active.row),
    right: Math.max(anchor.col, active.col),
  };
}

export interface Limits {
  readonly rows: number;
  readonly columns: number;
}

export type IsEmpty = (col: number, row: number) => boolean;

const clamp = (value: number, max: number) => Math.min(Math.max(0, value), max - 1);

/**
 * Ctrl+arrow from a cell, as Excel moves: from a filled cell with a filled neighbour, to the last
 * filled cell of that run; otherwise to the next filled cell; to the sheet's edge when there is none.
 */
export function dataEdge(
  from: Cell,
  dc: number,
  dr: number,
  isEmpty: IsEmpty,
  limits: Limits
): Cell {
  const inside = (c: Cell) =>
    c.col >= 0 && c.row >= 0 && c.col < limits.columns && c.row < limits.rows;
  const step = (c: Cell): Cell => ({ col: c.col + dc, row: c.row + dr });
  let cell = from;
  let next = step(cell);
  if (!inside(next)) return cell;
  const filled = (c: Cell) => !isEmpty(c.col, c.row);
  if (filled(cell) && filled(next)) {
    while (inside(next) && filled(next)) {
      cell = next;
      next = step(cell);
    }
    return cell;
  }
  cell = next;
  while (!filled(cell)) {
    next = step(cell);
    if (!inside(next)) return cell;
    cell = next;
  }
  return cell;
}

/** The cell a navigation key leads to, or undefined when the key is not a move. */
export function moveTarget(
  key: string,
  ctrl: boolean,
  from: Cell,
  context: { isEmpty: IsEmpty; limits: Limits; used: Limits; pageRows: number }
): Cell | undefined {
  const { limits, used } = context;
  const by = (dc: number, dr: number): Cell =>
    ctrl
      ? dataEdge(from, dc, dr, context.isEmpty, limits)
      : { col: clamp(from.col + dc, limits.columns), row: clamp(from.row + dr, limits.rows) };
  switch (key) {
    case "ArrowUp":
      return by(0, -1);
    case "ArrowDown":
      return by(0, 1);
    case "ArrowLeft":
      return by(-1, 0);
    case "ArrowRight":
      return by(1, 0);
    case "Home":
      return ctrl ? { col: 0, row: 0 } : { col: 0, row: from.row };
    case "End":
      // Ctrl+End: the last used cell; End: the last used column of this row's data.
      if (ctrl) return { col: Math.max(0, used.columns - 1), row: Math.max(0, used.rows - 1) };
      return { col: lastFilledColumn(from.row, used.columns, context.isEmpty), row: from.row };
    case "PageDown":
      return { col: from.col, row: clamp(from.row + context.pageRows, limits.rows) };
    case "PageUp":
      return { col: from.col, row: clamp(from.row - context.pageRows, limits.rows) };
    default:
      return undefined;
  }
}

function lastFilledColumn(row: number, columns: number, isEmpty: IsEmpty): number {
  for (let col = columns - 1; col > 0; col--) if (!isEmpty(col, row)) return col;
  return 0;
}
