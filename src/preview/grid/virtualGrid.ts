/**
 * The grid, virtual: one scroller over a canvas the size of the whole sheet, in which only the
 * cells in view (and a few around them) exist as elements. Scrolling reuses them; an edit repaints
 * only the rows the host reported as changed. Headers stay in place with position: sticky. A text
 * runs on over the empty cells to its right as in Excel, but never takes their clicks: the cell
 * under the pointer is found from the coordinates (cellAtClient), and the overflow ignores the pointer.
 */
import { formatCell, parseCell, parseRange, type CellRange } from "../../engine/a1";
import type { DisplayValue } from "../format";
import type { Language } from "../../engine";
import { cellFormat, type CellFormat, type SheetView } from "../sheetRecord";
import { applyStyle, cellLook, type TableRole } from "./cellStyle";
import { element, place } from "./dom";
import { GridHeaders, type Shown } from "./headers";
import { SheetCharts } from "./sheetCharts";
import { COLUMN_HEADER_PX, ROW_HEADER_PX, ROW_PX, sheetGeometry, type Geometry } from "./geometry";
import type { Cell } from "./selection";

/** What the grid shows: the active sheet's records and values (the host, or nothing yet). */
export interface GridSource {
  readonly sheet: SheetView | undefined;
  valueAt(col: number, row: number): DisplayValue;
  extent(): { rows: number; columns: number };
}

const OVERSCAN_ROWS = 6;
const OVERSCAN_COLUMNS = 2;
/** How far (columns) a text may run on over empty cells. */
const MAX_OVERFLOW_COLUMNS = 26; // as many as the sheet keeps spare past its used ones
const CELL_PADDING_PX = 8;
const key = (col: number, row: number) => row * 16384 + col;

/** Where the scroller is (px, scaled by the zoom) and how much of the sheet it shows. */
interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

function tableRole(sheet: SheetView | undefined, col: number, row: number): TableRole {
  const range = sheet?.table?.range;
  if (!range || row < range.top || row > range.bottom || col < range.left || col > range.right)
    return undefined;
  if (row === range.top) return "table-header";
  return (row - range.top) % 2 === 1 ? "table-band" : "table-row";
}

export class VirtualGrid {
  readonly canvas: HTMLDivElement;
  /** Holds the cells, the selection, the chart and the editor (positions in grid px). */
  readonly layer: HTMLDivElement;
  private readonly heads: GridHeaders;
  private readonly rangeBox: HTMLDivElement;
  private readonly activeBox: HTMLDivElement;
  private readonly pointBox: HTMLDivElement;
  private readonly charts: SheetCharts;
  private source?: GridSource;
  private tooltipLanguage: Language = "en";
  geometry: Geometry = sheetGeometry(undefined, { rows: 0, columns: 0 });
  private readonly cells = new Map<number, HTMLDivElement>();
  private readonly pool: HTMLDivElement[] = [];
  /** What each cell element shows now (see paint). */
  private readonly drawn = new WeakMap<HTMLDivElement, string>();
  /** The sheet's used rows and columns: cells past them are empty without asking the engine. */
  private used = { rows: 0, columns: 0 };
  private shown: Shown = { first: 0, last: -1, left: 0, right: -1 };
  private zoomFactor = 1;
  /** The scroller as measured at the start of a relayout (see relayout); undefined otherwise. */
  private port?: Viewport;
  private selection: CellRange = { top: 0, left: 0, bottom: 0, right: 0 };
  private activeCell: Cell = { col: 0, row: 0 };

  constructor(readonly scroller: HTMLElement) {
    this.canvas = element("div", "sheet-canvas");
    this.heads = new GridHeaders();
    this.layer = element("div", "grid-layer");
    this.charts = new SheetCharts(this.layer);
    this.rangeBox = element("div", "selection-range");
    this.activeBox = element("div", "selection-active");
    this.pointBox = element("div", "point-range");
    this.pointBox.hidden = true;
    this.layer.append(this.rangeBox, this.activeBox, this.pointBox);
    this.canvas.append(this.heads.columnStrip, this.heads.rowStrip, this.layer);
    scroller.append(this.canvas);
    scroller.addEventListener("scroll", () => this.renderVisible(), { passive: true });
  }

  /** The language of the cells' tooltips (an error's message); the cells in view say it again. */
  get language(): Language {
    return this.tooltipLanguage;
  }

  set language(language: Language) {
    if (language === this.tooltipLanguage) return;
    this.tooltipLanguage = language;
    for (let row = this.shown.first; row <= this.shown.last; row++) this.paintRow(row);
  }

  get zoom(): number {
    return this.zoomFactor;
  }

  set zoom(value: number) {
    // The same zoom again (a sheet shown at the zoom it fits): nothing to lay out or paint again.
    if (value === this.zoomFactor) return;
    this.zoomFactor = value;
    this.canvas.style.zoom = String(value);
    this.renderVisible();
  }

  /** The number of rows in view (PageUp/PageDown move by it). */
  get pageRows(): number {
    const { first, last } = this.viewRows();
    return Math.max(1, last - first - 1);
  }

  /**
   * Shows a sheet (or the empty grid): new geometry, every cell in view painted afresh, `reveal`
   * (the sheet's active cell) scrolled into view. `zoomFor` picks the zoom for the new geometry
   * and the scroller's width before anything is painted, so that the cells are laid out and
   * painted once (setting the zoom afterwards paints them again).
   */
  show(
    source: GridSource | undefined,
    zoomFor?: (geometry: Geometry, viewWidth: number) => number,
    reveal?: Cell
  ): void {
    this.source = source;
    this.relayout(zoomFor, reveal);
  }

  /**
   * Recomputes the sheet's size (rows added or removed) and repaints what is in view. The
   * scroller's position and size are read once, first: with no read after a write, the browser
   * lays the new cells out once, for the next frame (each read after a write made it lay out
   * everything there and then: 25–30 ms for a template sheet in view). The reading stays true:
   * a new sheet scrolls to its active cell (`reveal`, inside the new canvas), and otherwise the
   * canvas only grows here (update), so the browser has no position to pull back.
   */
  relayout(zoomFor?: (geometry: Geometry, viewWidth: number) => number, reveal?: Cell): void {
    this.port = this.measure();
    try {
      this.layOut(zoomFor, reveal);
    } finally {
      this.port = undefined;
    }
  }

  private layOut(zoomFor?: (geometry: Geometry, viewWidth: number) => number, reveal?: Cell): void {
    const source = this.source;
    this.used = source?.extent() ?? { rows: 0, columns: 0 };
    this.geometry = sheetGeometry(source?.sheet, this.used);
    const g = this.geometry;
    if (zoomFor) {
      this.zoomFactor = zoomFor(g, this.port?.width ?? 0);
      this.canvas.style.zoom = String(this.zoomFactor);
    }
    this.canvas.style.width = `${g.width}px`;
    this.canvas.style.height = `${g.height}px`;
    this.heads.reset(g);
    for (const cell of this.cells.values()) this.recycle(cell);
    this.cells.clear();
    this.shown = { first: 0, last: -1, left: 0, right: -1 };
    if (reveal) this.scrollTo(this.scrollFor(reveal));
    this.charts.place(this.source, (range) => this.rangeBoxOf(range));
    this.renderVisible();
    this.placeSelection();
  }

  /** Repaints the cells of the rows where these addresses are (text overflow is per row). */
  update(addresses: readonly string[]): void {
    const extent = this.source?.extent();
    if (extent) this.used = extent;
    if (
      extent &&
      (extent.rows + 10 > this.geometry.rows || extent.columns + 2 > this.geometry.columns)
    ) {
      this.relayout();
      return;
    }
    const rows = new Set<number>();
    const chartRows = (this.source?.sheet?.charts ?? []).flatMap((chart) =>
      [chart.sourceRange, chart.categoriesRange ?? chart.sourceRange].map(parseRange)
    );
    let chartChanged = false;
    for (const address of addresses) {
      const { row } = parseCell(address);
      if (row >= this.shown.first && row <= this.shown.last) rows.add(row);
      if (chartRows.some((r) => row >= r.top && row <= r.bottom)) chartChanged = true;
    }
    for (const row of rows) this.paintRow(row);
    if (chartChanged) this.charts.draw(this.source);
  }

  /** The cell under a pointer position (client px). */
  cellAtClient(clientX: number, clientY: number): Cell {
    const rect = this.canvas.getBoundingClientRect();
    const z = this.zoomFactor;
    return this.geometry.cellAt((clientX - rect.left) / z, (clientY - rect.top) / z);
  }

  /** Draws the selection: the range, the active cell, the headers of its rows and columns. */
  select(range: CellRange, active: Cell): void {
    this.selection = range;
    this.activeCell = active;
    this.placeSelection();
  }

  /** Outlines the range a formula being typed points at (point mode), or hides it. */
  showPoint(range: CellRange | undefined): void {
    this.pointBox.hidden = !range;
    if (range) place(this.pointBox, this.rangeBoxOf(range));
  }

  /** Scrolls so that the cell is in view (below the headers). */
  scrollIntoView(cell: Cell): void {
    this.scrollTo(this.scrollFor(cell));
    this.renderVisible();
  }

  /** The scroll position (px) that brings the cell into view with the least movement. */
  private scrollFor(cell: Cell): { top: number; left: number } {
    const z = this.zoomFactor;
    const box = this.geometry.box(cell.col, cell.row);
    const view = this.view;
    const top = (box.top - COLUMN_HEADER_PX) * z;
    const bottom = (box.top + box.height) * z;
    const left = (box.left - ROW_HEADER_PX) * z;
    const right = (box.left + box.width) * z;
    return {
      top: top < view.top ? top : bottom > view.top + view.height ? bottom - view.height : view.top,
      left:
        left < view.left ? left : right > view.left + view.width ? right - view.width : view.left,
    };
  }

  /** Scrolls there, writing only what changes (a write makes the browser lay out at once). */
  private scrollTo(position: { top: number; left: number }): void {
    const view = this.view;
    if (position.top !== view.top) this.scroller.scrollTop = position.top;
    if (position.left !== view.left) this.scroller.scrollLeft = position.left;
    if (this.port) this.port = { ...this.port, ...position };
  }

  /** The element of a cell when it is rendered. */
  cellElement(col: number, row: number): HTMLDivElement | undefined {
    return this.cells.get(key(col, row));
  }

  /** The scroller's position and size (px), as the browser has laid it out. */
  private measure(): Viewport {
    const s = this.scroller;
    return { top: s.scrollTop, left: s.scrollLeft, width: s.clientWidth, height: s.clientHeight };
  }

  /**
   * The scroller as read at the start of a relayout, or now; a scroller not laid out yet (0 × 0)
   * counts as a small window.
   */
  private get view(): Viewport {
    const { top, left, width, height } = this.port ?? this.measure();
    return { top, left, width: width || 1000, height: height || 600 };
  }

  private viewRows() {
    const z = this.zoomFactor;
    const view = this.view;
    return this.geometry.rowsIn(view.top / z, (view.top + view.height) / z);
  }

  /** Makes the cells in view (plus a margin) exist, and only those. */
  renderVisible(): void {
    const g = this.geometry;
    const z = this.zoomFactor;
    const view = this.view;
    const rows = this.viewRows();
    const cols = g.columnsIn(view.left / z, (view.left + view.width) / z);
    const first = Math.max(0, rows.first - OVERSCAN_ROWS);
    const last = Math.min(g.rows - 1, rows.last + OVERSCAN_ROWS);
    const left = Math.max(0, cols.first - OVERSCAN_COLUMNS);
    const right = Math.min(g.columns - 1, cols.last + OVERSCAN_COLUMNS);
    const old = this.shown;
    if (old.first === first && old.last === last && old.left === left && old.right === right)
      return;
    for (const [k, cell] of this.cells) {
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      if (row < first || row > last || col < left || col > right) {
        this.recycle(cell);
        this.cells.delete(k);
      }
    }
    this.shown = { first, last, left, right };
    for (let row = first; row <= last; row++) {
      if (row >= old.first && row <= old.last && left >= old.left && right <= old.right) continue;
      this.paintRow(row);
    }
    this.heads.render(this.geometry, this.shown, this.selection);
  }

  private recycle(cell: HTMLDivElement): void {
    cell.remove();
    if (this.pool.length < 2000) this.pool.push(cell);
  }

  /** Paints every shown cell of a row (a text's overflow depends on its neighbours). */
  private paintRow(row: number): void {
    const { left, right } = this.shown;
    for (let col = left; col <= right; col++) {
      let cell = this.cells.get(key(col, row));
      if (!cell) {
        cell = this.pool.pop() ?? element("div");
        const box = this.geometry.box(col, row);
        place(cell, box);
        // The text on the bottom line of a taller row, as in Excel.
        cell.style.paddingTop = box.height > ROW_PX ? `${box.height - ROW_PX}px` : "";
        cell.dataset.address = formatCell(col, row);
        this.layer.append(cell);
        this.cells.set(key(col, row), cell);
      }
      this.paint(cell, col, row);
    }
  }

  private valueAt(col: number, row: number): DisplayValue {
    if (!this.source || col >= this.used.columns || row >= this.used.rows) return null;
    return this.source.valueAt(col, row);
  }

  private isEmptyAt(col: number, row: number): boolean {
    const value = this.valueAt(col, row);
    return value === null || value === undefined || value === "";
  }

  private paint(cell: HTMLDivElement, col: number, row: number): void {
    const sheet = this.source?.sheet;
    const value = this.valueAt(col, row);
    const format: CellFormat = sheet ? cellFormat(sheet, col, row) : {};
    const look = cellLook(value, format, tableRole(sheet, col, row), this.language);
    let className = look.className;
    if (col === this.activeCell.col && row === this.activeCell.row) className += " selected";
    const overflow = look.overflows ? this.overflowWidth(col, row) : 0;
    if (overflow > 0) className += " overflow";
    // A recycled element often shows the same thing already (an empty cell): no DOM writes then.
    const drawn = `${className}|${format.style ?? ""}|${overflow}|${look.error ?? ""}|${look.text}`;
    if (this.drawn.get(cell) === drawn) return;
    this.drawn.set(cell, drawn);
    applyStyle(cell, look.style);
    if (overflow > 0) {
      // As wide as the text, at most the empty cells': over them it hides their gridlines, as
      // Excel's text does, unless the cell has a fill of its own (which does not run on).
      const covers = !look.style?.fill && !className.includes("table-");
      const text = element("span", covers ? "overflow-text covers" : "overflow-text", look.text);
      text.style.maxWidth = `${overflow}px`;
      cell.replaceChildren(text);
    } else {
      cell.textContent = look.text;
    }
    cell.className = className;
    if (look.error) cell.title = look.error;
    else cell.removeAttribute("title");
  }

  /** The width (px) a text may take over the empty cells to its right; 0 when it has none. */
  private overflowWidth(col: number, row: number): number {
    let last = col;
    const limit = Math.min(this.geometry.columns - 1, col + MAX_OVERFLOW_COLUMNS);
    while (last < limit && this.isEmptyAt(last + 1, row)) last++;
    if (last === col) return 0;
    const offsets = this.geometry.columnOffsets;
    return offsets[last + 1] - offsets[col] - CELL_PADDING_PX;
  }

  private rangeBoxOf(range: CellRange) {
    const g = this.geometry;
    const bottom = Math.min(range.bottom, g.rows - 1);
    const right = Math.min(range.right, g.columns - 1);
    const top = g.rowOffsets[range.top];
    const left = g.columnOffsets[range.left];
    return {
      left,
      top,
      width: g.columnOffsets[right + 1] - left,
      height: g.rowOffsets[bottom + 1] - top,
    };
  }

  private placeSelection(): void {
    const { col, row } = this.activeCell;
    if (row >= this.geometry.rows || col >= this.geometry.columns) return;
    place(this.rangeBox, this.rangeBoxOf(this.selection));
    const single =
      this.selection.top === this.selection.bottom && this.selection.left === this.selection.right;
    this.rangeBox.hidden = single;
    place(this.activeBox, this.geometry.box(col, row));
    for (const cell of this.layer.querySelectorAll(".cell.selected"))
      cell.classList.remove("selected");
    this.cells.get(key(col, row))?.classList.add("selected");
    this.heads.mark(this.selection);
  }
}
