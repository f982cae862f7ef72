/**
 * The in-cell editor: an input over the cell being edited. Opened by typing (Enter mode: an arrow
 * key ends the edit and moves, as in Excel) or by F2 / a double click (Edit mode: arrows move the
 * caret). In a formula, arrows and clicks point at cells instead (PointMode).
 */
import { element, place } from "./dom";
import { PointMode } from "./pointMode";
import type { Cell } from "./selection";

export interface EditorActions {
  /** The edit ends with this text; then the selection moves by (dc, dr). */
  commit(cell: Cell, text: string, dc: number, dr: number): void;
  cancel(): void;
  /** The text changed (the formula bar mirrors it; the grid outlines the pointed range). */
  changed(text: string): void;
  /** An arrow in point mode: the grid moves the point from the cell (Shift: extends it). */
  arrow(key: string, shift: boolean): void;
}

const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

export class CellEditor {
  readonly input: HTMLInputElement;
  readonly pointMode: PointMode;
  private cell?: Cell;
  /** Enter mode (opened by typing): arrow keys commit and move. */
  private enterMode = false;

  constructor(
    private readonly layer: HTMLElement,
    private readonly actions: EditorActions
  ) {
    this.input = element("input", "cell-editor");
    this.input.spellcheck = false;
    this.pointMode = new PointMode(this.input);
    this.input.addEventListener("keydown", (event) => this.onKeyDown(event));
    this.input.addEventListener("input", () => this.actions.changed(this.input.value));
    this.input.addEventListener("pointed", () => this.actions.changed(this.input.value));
    // Focus going elsewhere (the pane, the formula bar) ends the edit, keeping the text.
    this.input.addEventListener("blur", () => this.commit());
  }

  get editing(): Cell | undefined {
    return this.cell;
  }

  open(
    cell: Cell,
    box: { left: number; top: number; width: number; height: number },
    text: string,
    label: string,
    enterMode: boolean
  ): void {
    this.cell = cell;
    this.enterMode = enterMode;
    this.pointMode.reset();
    place(this.input, box);
    this.input.style.width = "";
    this.input.style.minWidth = `${box.width}px`;
    this.input.value = text;
    this.input.setAttribute("aria-label", label);
    this.layer.append(this.input);
    this.input.focus({ preventScroll: true });
    this.input.setSelectionRange(text.length, text.length);
    this.actions.changed(text);
  }

  /** Ends the edit keeping the text; the selection moves by (dc, dr). */
  commit(dc = 0, dr = 0): void {
    const cell = this.cell;
    if (!cell) return;
    this.close();
    this.actions.commit(cell, this.input.value, dc, dr);
  }

  cancel(): void {
    if (!this.cell) return;
    this.close();
    this.actions.cancel();
  }

  private close(): void {
    this.cell = undefined;
    this.pointMode.reset();
    this.input.remove();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // The editor sits inside the grid: its keys are its own, not the grid's.
    event.stopPropagation();
    if (event.key === "Enter") {
      event.preventDefault();
      this.commit(0, event.shiftKey ? -1 : 1);
    } else if (event.key === "Tab") {
      event.preventDefault();
      this.commit(event.shiftKey ? -1 : 1, 0);
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.cancel();
    } else if (ARROWS.has(event.key) && !event.ctrlKey && !event.metaKey) {
      if (this.pointMode.active) {
        event.preventDefault();
        this.actions.arrow(event.key, event.shiftKey);
      } else if (this.enterMode) {
        event.preventDefault();
        const dc = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : 0;
        const dr = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
        this.commit(dc, dr);
      }
    } else if (event.key === "F2") {
      event.preventDefault();
      this.enterMode = !this.enterMode;
    }
  }
}
