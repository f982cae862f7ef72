/**
 * Point mode, as in Excel: while a formula is being typed and the caret stands where a reference
 * may go (after "=", "(", ",", an operator), clicking a cell or pressing an arrow key writes that
 * cell's reference at the caret instead of ending the edit; Shift (or a drag) makes it a range.
 * The next arrow replaces the reference just written, so the user can walk to the cell they mean.
 */
import { formatRange, type CellRange } from "../../engine/a1";
import { selectedRange, type Cell } from "./selection";

/** Characters after which a reference may be typed. */
const OPENERS = new Set(["=", "(", ",", ";", "+", "-", "*", "/", "^", "&", "<", ">", ":", "%"]);

interface Written {
  readonly start: number;
  readonly end: number;
  readonly anchor: Cell;
  readonly active: Cell;
}

export class PointMode {
  private written?: Written;

  constructor(private readonly input: HTMLInputElement) {
    input.addEventListener("input", () => (this.written = undefined));
  }

  /** True when the input holds a formula and its caret stands where a reference may go. */
  get active(): boolean {
    const { value, selectionStart, selectionEnd } = this.input;
    if (!value.startsWith("=") || selectionStart === null || selectionStart !== selectionEnd)
      return false;
    if (this.written && this.written.end === selectionStart) return true;
    const before = value.slice(0, selectionStart).trimEnd();
    return before.length > 0 && OPENERS.has(before[before.length - 1]);
  }

  /** The range the reference written last points at, for the grid to outline. */
  get range(): CellRange | undefined {
    return this.written && selectedRange(this.written);
  }

  /** The cell an arrow key moves the point from: the last one written, else `from`. */
  pointedCell(from: Cell): Cell {
    return this.written?.active ?? from;
  }

  pointedAnchor(from: Cell): Cell {
    return this.written?.anchor ?? from;
  }

  /** Writes (or rewrites) the reference to anchor..active at the caret. */
  point(anchor: Cell, active: Cell): void {
    const input = this.input;
    const caret = input.selectionStart ?? input.value.length;
    const start = this.written && this.written.end === caret ? this.written.start : caret;
    const reference = formatRange(selectedRange({ anchor, active }));
    input.value = input.value.slice(0, start) + reference + input.value.slice(caret);
    const end = start + reference.length;
    input.setSelectionRange(end, end);
    this.written = { start, end, anchor, active };
    input.dispatchEvent(new Event("pointed", { bubbles: false }));
  }

  /** Forgets the last reference (the edit ended). */
  reset(): void {
    this.written = undefined;
  }
}
