/**
 * Where each row and column of a sheet lies, in CSS px at 100% zoom: offsets from the top-left of
 * the grid (headers included), the cell under a point, and the rows and columns in view. Pure
 * numbers, no DOM: the virtual grid renders only what visibleCells() returns.
 */
import { STYLES } from "../../template/styles";
import { columnIndex, columnLetters, parseCell } from "../../engine/a1";
import type { SheetView } from "../sheetRecord";

/** Row height in CSS px (Excel's 15 pt rows are 20 px). */
export const ROW_PX = 22;
export const ROW_HEADER_PX = 48;
export const COLUMN_HEADER_PX = 22;
/** A new sheet shows at least this much, as Excel does. */
const MIN_ROWS = 100;
const MIN_COLUMNS = 26;
/**
 * Empty rows and columns past the used ones, to type into; the columns also give a long text
 * (a source with its address) room to run on to its end, as on Excel's 16,384 columns.
 */
const SPARE_ROWS = 50;
const SPARE_COLUMNS = 26;
/** Excel's default column width, in points. */
export const DEFAULT_COLUMN_POINTS = 48;

export const pointsToPx = (points: number): number => Math.round((points * 4) / 3);

/** The last index i with offsets[i] <= position (offsets ascending). */
function indexAt(offsets: ArrayLike<number>, count: number, position: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface Span {
  readonly first: number;
  readonly last: number;
}

export class Geometry {
  /** Left edge of each column (px); one more entry for the right edge of the last. */
  readonly columnOffsets: Float64Array;
  /** Top edge of each row (px); one more entry for the bottom edge of the last. */
  readonly rowOffsets: Float64Array;

  constructor(
    readonly rows: number,
    readonly columns: number,
    columnWidth: (col: number) => number,
    rowHeight: (row: number) => number
  ) {
    this.columnOffsets = new Float64Array(columns + 1);
    this.columnOffsets[0] = ROW_HEADER_PX;
    for (let c = 0; c < columns; c++)
      this.columnOffsets[c + 1] = this.columnOffsets[c] + columnWidth(c);
    this.rowOffsets = new Float64Array(rows + 1);
    this.rowOffsets[0] = COLUMN_HEADER_PX;
    for (let r = 0; r < rows; r++) this.rowOffsets[r + 1] = this.rowOffsets[r] + rowHeight(r);
  }

  get width(): number {
    return this.columnOffsets[this.columns];
  }

  get height(): number {
    return this.rowOffsets[this.rows];
  }

  /** The cell's box (px). */
  box(col: number, row: number): { left: number; top: number; width: number; height: number } {
    const left = this.columnOffsets[col];
    const top = this.rowOffsets[row];
    return {
      left,
      top,
      width: this.columnOffsets[col + 1] - left,
      height: this.rowOffsets[row + 1] - top,
    };
  }

  /** The cell under a point of the grid (px from its top-left corner), clamped to the sheet. */
  cellAt(x: number, y: number): { col: number; row: number } {
    return {
      col: indexAt(this.columnOffsets, this.columns, x),
      row: indexAt(this.rowOffsets, this.rows, y),
    };
  }

  /** The rows whose boxes meet [top, bottom) (px). */
  rowsIn(top: number, bottom: number): Span {
    return {
      first: indexAt(this.rowOffsets, this.rows, top),
      last: indexAt(this.rowOffsets, this.rows, Math.max(top, bottom - 1)),
    };
  }

  /** The columns whose boxes meet [left, right) (px). */
  columnsIn(left: number, right: number): Span {
    return {
      first: indexAt(this.columnOffsets, this.columns, left),
      last: indexAt(this.columnOffsets, this.columns, Math.max(left, right - 1)),
    };
  }
}

/** The geometry of a sheet: its used cells, its chart and room to type past them. */
export function sheetGeometry(
  sheet: SheetView | undefined,
  extent: { rows: number; columns: number }
): Geometry {
  let rows = Math.max(MIN_ROWS, extent.rows + SPARE_ROWS);
  let columns = Math.max(MIN_COLUMNS, extent.columns + SPARE_COLUMNS);
  for (const chart of sheet?.charts ?? []) {
    const corner = parseCell(chart.bottomRight);
    rows = Math.max(rows, corner.row + 4);
    columns = Math.max(columns, corner.col + 2);
  }
  // Rows grow to fit their largest font (the title, the section headings), as Excel's do.
  const tall = new Map<number, number>();
  for (const [address, format] of sheet?.formats ?? []) {
    const fontSize = format.style ? STYLES[format.style].fontSize : undefined;
    if (!fontSize) continue;
    const { row } = parseCell(address);
    tall.set(row, Math.max(tall.get(row) ?? ROW_PX, Math.round(pointsToPx(fontSize) * 1.4)));
  }
  const widths = sheet?.columnWidths;
  return new Geometry(
    rows,
    columns,
    (c) => pointsToPx(widths?.get(columnLetters(c)) ?? DEFAULT_COLUMN_POINTS),
    (r) => tall.get(r) ?? ROW_PX
  );
}

/** The columns a sheet uses (values, widths, chart): what "fit width" zooms to. */
export function usedColumns(
  sheet: SheetView | undefined,
  extent: { rows: number; columns: number }
): number {
  let used = extent.columns;
  for (const letter of sheet?.columnWidths.keys() ?? [])
    used = Math.max(used, columnIndex(letter) + 1);
  for (const chart of sheet?.charts ?? [])
    used = Math.max(used, parseCell(chart.bottomRight).col + 1);
  return Math.max(1, used);
}
