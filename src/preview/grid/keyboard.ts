/**
 * The grid's keys, as Excel's: arrows (Shift extends, Ctrl goes to the edge of the data), Home,
 * End, Ctrl+Home, Ctrl+End, PageUp, PageDown, Tab, Enter (moves down), F2 (edits), Delete (clears
 * the selection), Backspace (empties and edits), Ctrl/Cmd+Z undo, Ctrl+Y / Ctrl+Shift+Z redo,
 * Ctrl+A (the used range), and any character starts typing into the active cell.
 */
import type { WorkbookView } from "../workbook";
import { moveTarget, single } from "./selection";

/** Cmd on macOS, Ctrl elsewhere; either is accepted, as browsers on macOS report both. */
const command = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;

function undoRedo(view: WorkbookView, event: KeyboardEvent): boolean {
  if (!command(event) || event.altKey) return false;
  const key = event.key.toLowerCase();
  if (key === "z" && !event.shiftKey) view.undo();
  else if (key === "y" || (key === "z" && event.shiftKey)) view.redo();
  else return false;
  event.preventDefault();
  return true;
}

function move(view: WorkbookView, event: KeyboardEvent): boolean {
  const host = view.host;
  const g = view.grid.geometry;
  const extent = host?.extent() ?? { rows: 0, columns: 0 };
  const target = moveTarget(event.key, command(event), view.selection.active, {
    isEmpty: (col, row) => {
      const value = host?.valueAt(col, row);
      return value === null || value === undefined || value === "";
    },
    limits: { rows: g.rows, columns: g.columns },
    used: extent,
    pageRows: view.grid.pageRows,
  });
  if (!target) return false;
  event.preventDefault();
  if (event.shiftKey) view.select({ anchor: view.selection.anchor, active: target });
  else view.select(single(target));
  return true;
}

export function onGridKeyDown(view: WorkbookView, event: KeyboardEvent): void {
  if (view.editor.editing || event.target !== view.scroller) return;
  if (undoRedo(view, event) || move(view, event)) return;
  const { active } = view.selection;
  if (command(event) && event.key.toLowerCase() === "a") {
    event.preventDefault();
    const extent = view.host?.extent() ?? { rows: 1, columns: 1 };
    view.select({
      anchor: { col: 0, row: 0 },
      active: { col: Math.max(0, extent.columns - 1), row: Math.max(0, extent.rows - 1) },
    });
    return;
  }
  if (command(event) || event.altKey) return; // copy, cut, paste: grid/clipboard
  switch (event.key) {
    case "Tab":
      event.preventDefault();
      view.select(single({ col: active.col + (event.shiftKey ? -1 : 1), row: active.row }));
      return;
    case "Enter":
      event.preventDefault();
      view.select(single({ col: active.col, row: active.row + (event.shiftKey ? -1 : 1) }));
      return;
    case "F2":
      event.preventDefault();
      view.startEdit(view.editTextOf(active), false);
      return;
    case "Delete":
      event.preventDefault();
      view.clearSelection();
      return;
    case "Backspace":
      event.preventDefault();
      view.startEdit("", true);
      return;
    default:
      if (event.key.length === 1) {
        // Typing replaces the cell's content, as in Excel.
        event.preventDefault();
        view.startEdit(event.key, true);
      }
  }
}

/**
 * Ctrl/Cmd+Z and Ctrl+Y from anywhere on the page that is not a text field (after a click on the
 * pane's Insert, say): the workbook's undo, as in Excel. Text fields keep their own undo.
 */
export function attachPageUndo(view: WorkbookView): void {
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (!target || target === view.scroller || view.editor.editing) return;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    undoRedo(view, event);
  });
}
