/**
 * The grid's column letters and row numbers: a sticky strip of each, holding the headers of the
 * cells in view only, those of the selection marked as Excel marks them.
 */
import { columnLetters } from "../../engine/a1";
import type { CellRange } from "../../engine/a1";
import { element, place } from "./dom";
import { COLUMN_HEADER_PX, ROW_HEADER_PX, type Geometry } from "./geometry";

/** The rows and columns in view (inclusive), as the grid has rendered them. */
export interface Shown {
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly right: number;
}

export class GridHeaders {
  /** The corner and the column letters (sticky at the top). */
  readonly columnStrip: HTMLDivElement;
  /** The row numbers (sticky at the left). */
  readonly rowStrip: HTMLDivElement;
  private readonly columns: HTMLDivElement;
  /** By id: "c3" for column D, "r9" for row 10. */
  private readonly heads = new Map<string, HTMLDivElement>();

  constructor() {
    this.columnStrip = element("div", "grid-column-heads");
    this.columnStrip.append(element("div", "grid-corner"));
    this.columns = element("div", "grid-heads-strip");
    this.columnStrip.append(this.columns);
    this.rowStrip = element("div", "grid-row-heads");
  }

  /** A new sheet: no header kept, the row strip as tall as the sheet. */
  reset(geometry: Geometry): void {
    this.rowStrip.style.height = `${geometry.height - COLUMN_HEADER_PX}px`;
    for (const head of this.heads.values()) head.remove();
    this.heads.clear();
  }

  /** Makes the headers of what is shown exist, and only those; marks the selection's. */
  render(geometry: Geometry, shown: Shown, selection: CellRange): void {
    const wanted = new Set<string>();
    for (let col = shown.left; col <= shown.right; col++) {
      wanted.add(`c${col}`);
      this.ensure(`c${col}`, () => this.columnHead(geometry, col));
    }
    for (let row = shown.first; row <= shown.last; row++) {
      wanted.add(`r${row}`);
      this.ensure(`r${row}`, () => this.rowHead(geometry, row));
    }
    for (const [id, head] of this.heads) {
      if (!wanted.has(id)) {
        head.remove();
        this.heads.delete(id);
      }
    }
    this.mark(selection);
  }

  /** Marks the headers of the selected rows and columns. */
  mark(selection: CellRange): void {
    const r = selection;
    for (const [id, head] of this.heads) {
      const index = Number(id.slice(1));
      const on =
        id[0] === "c" ? index >= r.left && index <= r.right : index >= r.top && index <= r.bottom;
      head.classList.toggle("header-active", on);
    }
  }

  private ensure(id: string, make: () => HTMLDivElement): void {
    if (!this.heads.has(id)) this.heads.set(id, make());
  }

  private columnHead(geometry: Geometry, col: number): HTMLDivElement {
    const head = element("div", "column-header", columnLetters(col));
    head.dataset.column = columnLetters(col);
    const box = geometry.box(col, 0);
    place(head, { left: box.left, top: 0, width: box.width, height: COLUMN_HEADER_PX });
    this.columns.append(head);
    return head;
  }

  private rowHead(geometry: Geometry, row: number): HTMLDivElement {
    const head = element("div", "row-header", String(row + 1));
    head.dataset.row = String(row + 1);
    const box = geometry.box(0, row);
    place(head, {
      left: 0,
      top: box.top - COLUMN_HEADER_PX,
      width: ROW_HEADER_PX,
      height: box.height,
    });
    head.style.lineHeight = `${box.height - 1}px`;
    this.rowStrip.append(head);
    return head;
  }
}
