/**
 * The pointer on the grid: a click selects the cell under the pointer (found from coordinates,
 * so a neighbour's overflowing text never takes the click), Shift+click extends the selection,
 * a drag selects a range, a double click edits. While a formula is typed (point mode), a click
 * or a drag writes the reference instead.
 */
import { columnIndex } from "../../engine/a1";
import type { WorkbookView } from "../workbook";
import { single, type Cell } from "./selection";

export function attachMouse(view: WorkbookView): void {
  const { scroller, grid, editor, formulaBar } = view;
  let dragging: ((cell: Cell) => void) | undefined;

  const onMove = (event: MouseEvent) => {
    if (!dragging) return;
    dragging(grid.cellAtClient(event.clientX, event.clientY));
  };
  const onUp = () => {
    dragging = undefined;
    document.removeEventListener("mousemove", onMove);
    document.removeEventListener("mouseup", onUp);
  };
  const drag = (step: (cell: Cell) => void) => {
    dragging = step;
    document.addEventListener("mousemove", onMove);
    document.addEventListener("mouseup", onUp);
  };

  scroller.addEventListener("mousedown", (event) => {
    if (event.button !== 0 && event.button !== 2) return;
    const target = event.target as HTMLElement;
    if (event.button === 0 && !editor.editing && selectHeader(view, target)) {
      event.preventDefault();
      view.focusGrid();
      return;
    }
    if (target === editor.input || !grid.layer.contains(target) || target.closest(".chart-box"))
      return;
    const cell = grid.cellAtClient(event.clientX, event.clientY);
    if (event.button === 2) {
      // A right click inside the selection keeps it (the context menu acts on it).
      const r = view.selection;
      const inside =
        cell.col >= Math.min(r.anchor.col, r.active.col) &&
        cell.col <= Math.max(r.anchor.col, r.active.col) &&
        cell.row >= Math.min(r.anchor.row, r.active.row) &&
        cell.row <= Math.max(r.anchor.row, r.active.row);
      if (!inside && !editor.editing) view.select(single(cell), false);
      return;
    }
    // Point mode: a formula being typed in the cell editor or the formula bar.
    const pointing = editor.editing
      ? editor.pointMode
      : document.activeElement === formulaBar.input
        ? formulaBar.pointMode
        : undefined;
    if (pointing?.active) {
      event.preventDefault();
      pointing.point(cell, cell);
      grid.showPoint(pointing.range);
      drag((to) => {
        pointing.point(cell, to);
        grid.showPoint(pointing.range);
      });
      return;
    }
    if (editor.editing) editor.commit();
    event.preventDefault();
    // Keep keyboard focus on the grid so that typing edits the selected cell.
    view.focusGrid();
    if (event.shiftKey) view.select({ anchor: view.selection.anchor, active: cell }, false);
    else view.select(single(cell), false);
    const anchor = view.selection.anchor;
    drag((to) => view.select({ anchor, active: to }, false));
  });

  scroller.addEventListener("dblclick", (event) => {
    const target = event.target as HTMLElement;
    if (target === editor.input || !grid.layer.contains(target)) return;
    const cell = grid.cellAtClient(event.clientX, event.clientY);
    view.select(single(cell), false);
    view.startEdit(view.editTextOf(cell), false);
  });
}

/** A click on a row or column header selects the whole row or column, as in Excel. */
function selectHeader(view: WorkbookView, target: HTMLElement): boolean {
  const { rows, columns } = view.grid.geometry;
  const row = target.closest<HTMLElement>(".row-header")?.dataset.row;
  if (row) {
    const r = Number(row) - 1;
    view.select({ anchor: { col: columns - 1, row: r }, active: { col: 0, row: r } }, false);
    return true;
  }
  const column = target.closest<HTMLElement>(".column-header")?.dataset.column;
  if (column) {
    const c = columnIndex(column);
    view.select({ anchor: { col: c, row: rows - 1 }, active: { col: c, row: 0 } }, false);
    return true;
  }
  return false;
}
