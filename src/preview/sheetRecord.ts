/**
 * What the preview keeps beside HyperFormula for each sheet (HyperFormula stores values and
 * formulas only): number formats and styles, column widths, the company table's extent, the chart.
 * Records are immutable: a change makes a new record, so that undo can put back the old one and
 * the saved workbook can be written from a consistent state. No DOM, no HyperFormula here.
 */
import type { ChartPlan, StyleName, ValidationPlan } from "../template";
import { formatCell, parseCell, parseRange, type CellRange } from "../engine/a1";

/** The data rows' range of one table column, e.g. "B21:B31": the template's, for the preview's table too. */
export { tableColumnRange } from "../template/layout";

/** How one cell looks, kept beside HyperFormula (which stores values and formulas only). */
export interface CellFormat {
  readonly numberFormat?: string;
  readonly style?: StyleName;
  /** An input cell's rule (Excel's data validation), kept for the .xlsx the preview writes. */
  readonly validation?: CellValidation;
}

/**
 * The template's rule for an input cell, and the address it was planned for: a custom rule's
 * formula refers to that address, and follows the cell (relatively) where it moved since.
 */
export interface CellValidation {
  readonly plan: ValidationPlan;
  readonly address: string;
}

/** The company table as the preview keeps it: a header row over data rows that can grow. */
export interface TableView {
  readonly name: string;
  /** The whole table, header row included. */
  readonly range: CellRange;
  readonly columnFormats: ReadonlyArray<string | undefined>;
  readonly style: string;
}

/** A sheet-scoped name over one column of the table's data rows (grown with the table). */
export interface TableName {
  readonly name: string;
  readonly column: number;
}

/** One sheet of the workbook, as the page renders it. */
export interface SheetView {
  readonly id: number;
  readonly name: string;
  /** Number formats and styles by A1 address ("B12"); the table's data rows take its column formats. */
  readonly formats: ReadonlyMap<string, CellFormat>;
  /** Column widths in points by column letter; other columns have the default width. */
  readonly columnWidths: ReadonlyMap<string, number>;
  readonly table?: TableView;
  readonly tableNames: readonly TableName[];
  readonly charts: readonly ChartPlan[];
}

export function newSheetRecord(id: number, name: string): SheetView {
  return { id, name, formats: new Map(), columnWidths: new Map(), tableNames: [], charts: [] };
}

/** A cell's format: its own, else its table column's (a row the table grew into keeps $B). */
export function cellFormat(sheet: SheetView, col: number, row: number): CellFormat {
  const own = sheet.formats.get(formatCell(col, row));
  if (own) return own;
  const table = sheet.table;
  if (!table || row <= table.range.top || row > table.range.bottom) return {};
  if (col < table.range.left || col > table.range.right) return {};
  const numberFormat = table.columnFormats[col - table.range.left];
  return numberFormat === undefined ? {} : { numberFormat };
}

/**
 * The table after a block was written at rows top..bottom, columns left..right: a block that
 * starts on the row just under the table and overlaps its columns joins the table (as typing
 * under an Excel table does). Undefined when the table does not change.
 */
export function grownTable(table: TableView | undefined, block: CellRange): TableView | undefined {
  if (!table || block.top !== table.range.bottom + 1) return undefined;
  if (block.right < table.range.left || block.left > table.range.right) return undefined;
  return { ...table, range: { ...table.range, bottom: block.bottom } };
}

/** Shifts a row index for `count` rows inserted (count > 0) or deleted (count < 0) at `at`. */
function shiftRow(row: number, at: number, count: number): number | undefined {
  if (row < at) return row;
  if (count < 0 && row < at - count) return undefined; // deleted
  return row + count;
}

function shiftedAddress(address: string, at: number, count: number): string | undefined {
  const { col, row } = parseCell(address);
  const shifted = shiftRow(row, at, count);
  return shifted === undefined ? undefined : formatCell(col, shifted);
}

function shiftedTable(table: TableView, at: number, count: number): TableView | undefined {
  const { top, bottom } = table.range;
  if (at <= top) {
    // Rows above the table (or the header row itself deleted: the table goes).
    if (count < 0 && at - count > top) return undefined;
    return { ...table, range: { ...table.range, top: top + count, bottom: bottom + count } };
  }
  if (at > bottom + (count > 0 ? 1 : 0)) return table;
  // Inside the table (or inserted just under it): the table grows or shrinks with its rows.
  const removed = count < 0 ? Math.min(-count, bottom - at + 1) : -count;
  const newBottom = Math.max(top, bottom - removed);
  return { ...table, range: { ...table.range, bottom: newBottom } };
}

function shiftedRange(range: string, at: number, count: number): string | undefined {
  const r = parseRange(range);
  const top = shiftRow(r.top, at, count);
  const bottom = shiftRow(r.bottom, at, count);
  if (top === undefined || bottom === undefined) return undefined;
  return `${formatCell(r.left, top)}:${formatCell(r.right, bottom)}`;
}

function shiftedChart(chart: ChartPlan, at: number, count: number): ChartPlan | undefined {
  const sourceRange = shiftedRange(chart.sourceRange, at, count);
  const categoriesRange = chart.categoriesRange && shiftedRange(chart.categoriesRange, at, count);
  const topLeft = shiftedAddress(chart.topLeft, at, count);
  const bottomRight = shiftedAddress(chart.bottomRight, at, count);
  if (!sourceRange || !topLeft || !bottomRight) return undefined;
  if (chart.categoriesRange && !categoriesRange) return undefined;
  return { ...chart, sourceRange, categoriesRange, topLeft, bottomRight };
}

/** The record after rows were inserted (count > 0) or deleted (count < 0) at row `at`. */
export function shiftedRows(sheet: SheetView, at: number, count: number): SheetView {
  const formats = new Map<string, CellFormat>();
  for (const [address, format] of sheet.formats) {
    const moved = shiftedAddress(address, at, count);
    if (moved) formats.set(moved, format);
  }
  const table = sheet.table && shiftedTable(sheet.table, at, count);
  const charts = sheet.charts.flatMap((chart) => shiftedChart(chart, at, count) ?? []);
  return { ...sheet, formats, table, tableNames: table ? sheet.tableNames : [], charts };
}

/** The record after the cells of `source` moved by (dc, dr): their formats go with them. */
export function movedFormats(
  sheet: SheetView,
  source: CellRange,
  dc: number,
  dr: number
): SheetView {
  const formats = new Map(sheet.formats);
  const moved: Array<[string, CellFormat]> = [];
  for (const [address, format] of sheet.formats) {
    const { col, row } = parseCell(address);
    if (row < source.top || row > source.bottom || col < source.left || col > source.right)
      continue;
    formats.delete(address);
    moved.push([formatCell(col + dc, row + dr), format]);
  }
  for (const [address, format] of moved) formats.set(address, format);
  return { ...sheet, formats };
}
