/**
 * A1 references, in one place: column letters and indexes, cells and ranges as text, and sheet
 * names quoted for a formula. Columns and rows are 0-based, as @borgar/fx's ranges are
 * ({ top, left, bottom, right }); text is Excel's A1 form, upper case, with $ where asked.
 *
 * Ranges and sheet-qualified references are read by @borgar/fx (parseA1Ref): $
 * anchors, either case, corners in any order, and Excel's grid (A to XFD, rows 1 to 1,048,576;
 * XFE1 and A1048577 are refused). Letters are written by its toCol, bounds checked here first (it
 * returns garbage beyond XFD), and read by its fromCol. Where this file reads by hand, the
 * function says why (parseCell, readsAsCell). Decisions and measurements: docs/references.md.
 */
import { fromCol, parseA1Ref, stringifyA1Ref, toCol } from "@borgar/fx";
import { EXCEL_LIMITS } from "./excelLimits";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One cell, 0-based. */
export interface Cell {
  readonly col: number;
  readonly row: number;
}

const COLUMNS = EXCEL_LIMITS.columns;
const ROWS = EXCEL_LIMITS.rows;

function checkCell(col: number, row: number): void {
  if (!(col >= 0 && col < COLUMNS && Math.floor(col) === col)) {
    throw new RangeError(`Not a column index: ${col} (0 is A; 16383 is XFD, Excel's last column)`);
  }
  if (!(row >= 0 && row < ROWS && Math.floor(row) === row)) {
    throw new RangeError(`Not a row index: ${row} (0 is row 1; Excel's last row is 1048576)`);
  }
}

/**
 * Letters by column, made once each: the writer and the grid ask per cell, and a look-up here took
 * formatting 1M cells from ~100 to ~60 ms against ~85 ms for the hand-written loop it replaced.
 */
const LETTERS: string[] = [];
const lettersOf = (index: number): string => (LETTERS[index] ??= toCol(index));

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(index: number): string {
  checkCell(index, 0);
  return lettersOf(index);
}

/** The 0-based index of column letters, in either case: A → 0, AA → 26, XFD → 16383. */
export function columnIndex(letters: string): number {
  const index = /^[A-Za-z]{1,3}$/.test(letters) ? fromCol(letters) : -1;
  if (index < 0 || index >= COLUMNS) {
    throw new RangeError(`Not a column: ${letters} (A to XFD)`);
  }
  return index;
}

/** The A1 address of a 0-based column and row: (1, 11) → "B12" (two numbers: called per cell). */
export function formatCell(col: number, row: number): string {
  checkCell(col, row);
  return lettersOf(col) + String(row + 1);
}

/** The absolute form: (1, 6) → "$B$7". */
export function absoluteCell(col: number, row: number): string {
  return anchoredCell(col, row, { col: true, row: true });
}

/**
 * "B12", "$b$12" → column 1, row 11 (0-based). Throws on anything else, a range included. Reads
 * the form only (1 to 3 letters, a row from 1): XFE1 or A1048577 read as just past Excel's grid,
 * where a caller refuses them in the user's words (the preview: "past the last row"). Hand-written
 * for that reason: @borgar/fx's parser refuses them as no reference at all.
 */
export function parseCell(address: string): Cell {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { col: fromCol(match[1]), row: Number(match[2]) - 1 };
}

/** "B12" in its normal form: upper case, no $. Throws when it is not an address. */
export function normalCell(address: string): string {
  const { col, row } = parseCell(address);
  return formatCell(col, row);
}

/** "$B$7" from "B7" (or "$B7", "b7"). */
export function absolute(address: string): string {
  const { col, row } = parseCell(address);
  return absoluteCell(col, row);
}

/**
 * "A20:C31", "C31:A20" or "B6" → its rectangle. A whole column or row (A:A, 3:3) has no corner,
 * a sheet-qualified reference is not a range of this sheet: both refused.
 */
export function parseRange(text: string): CellRange {
  const read = readRange(text);
  if (read === undefined) throw new Error(`Not a cell or range address: ${text}`);
  return read.range;
}

/**
 * A range behind a sheet name or not: "'GPU Payback'!$A$12:$B$14" → sheet "GPU Payback" and its
 * rectangle, "B2:C3" → no sheet; undefined for anything else (a defined name, a whole column,
 * another workbook's [Book1]Sheet1!A1, a name that needs quotes written without them).
 */
export function readSheetRange(text: string): { sheet?: string; range: CellRange } | undefined {
  const parsed = parseA1Ref(text.trim(), { allowNamed: false });
  const range = parsed && "range" in parsed ? parsed.range : undefined;
  if (range === undefined || range.top === null || range.left === null || range.trim) return;
  const context = parsed?.context ?? [];
  if (context.length > 1) return undefined;
  const { top, left, bottom, right } = range;
  const sheet = context[0];
  return { sheet, range: { top, left, bottom: bottom ?? top, right: right ?? left } };
}

/** The rectangle of a range behind a sheet name or not (readSheetRange); throws on anything else. */
export function parseSheetRange(text: string): CellRange {
  const read = readSheetRange(text);
  if (read === undefined) throw new Error(`Not a cell or range address: ${text}`);
  return read.range;
}

/** Which sides of a range carry a $: "$F$25:M25" → top and left. */
export interface Anchors {
  readonly top: boolean;
  readonly left: boolean;
  readonly bottom: boolean;
  readonly right: boolean;
}

/** A range as parseRange reads it and its $ anchors (for a formula that copies them), or undefined. */
export function readRange(text: string): { range: CellRange; anchors: Anchors } | undefined {
  // parseA1Ref, not parseA1Range: that one reads "A2:B" as A2 and leaves the rest unread.
  const ref = parseA1Ref(text.trim(), { allowNamed: false });
  if (ref === undefined || !("range" in ref) || (ref.context ?? []).length > 0) return undefined;
  const parsed = ref.range;
  if (parsed.trim !== undefined) return undefined;
  const { top, left, bottom, right } = parsed;
  if (top === null || left === null) return undefined;
  return {
    range: { top, left, bottom: bottom ?? top, right: right ?? left },
    anchors: {
      top: parsed.$top === true,
      left: parsed.$left === true,
      bottom: parsed.$bottom === true,
      right: parsed.$right === true,
    },
  };
}

/** A cell's address with the $ anchors asked: (5, 24, { col: true }) → "$F25". */
export function anchoredCell(
  col: number,
  row: number,
  anchor: { col: boolean; row: boolean }
): string {
  checkCell(col, row);
  return `${anchor.col ? "$" : ""}${lettersOf(col)}${anchor.row ? "$" : ""}${row + 1}`;
}

/** Its rectangle → "A20:C31" ("B6" for one cell). */
export function formatRange(range: CellRange): string {
  const first = formatCell(range.left, range.top);
  if (range.top === range.bottom && range.left === range.right) return first;
  return `${first}:${formatCell(range.right, range.bottom)}`;
}

/** Whether a cell lies in the range. */
export function rangeContains(range: CellRange, col: number, row: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/**
 * The smallest range that holds every address and range given, always with both corners:
 * ["B3", "E5:F9"] → "B3:F9", ["B3"] → "B3:B3" (the rows and columns a section covers on the sheet).
 */
export function rangeAround(places: readonly string[]): string {
  if (places.length === 0) throw new Error("A section with no cells has no range");
  const ranges = places.map(parseRange);
  const top = Math.min(...ranges.map((r) => r.top));
  const left = Math.min(...ranges.map((r) => r.left));
  const bottom = Math.max(...ranges.map((r) => r.bottom));
  const right = Math.max(...ranges.map((r) => r.right));
  return `${formatCell(left, top)}:${formatCell(right, bottom)}`;
}

/**
 * Whether a name reads as a cell in Excel's grid (case ignored): B12, xfd1048576, A01. Hand-written
 * rather than parseA1Range: Excel reads A01 as A1, where @borgar/fx refuses a leading zero.
 */
export function readsAsCell(name: string): boolean {
  const match = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (!match) return false;
  const row = Number(match[2]);
  return fromCol(match[1]) < COLUMNS && row >= 1 && row <= ROWS;
}

/** R, C, R1, C1, R1C1, RC... (case ignored): the name would read as an R1C1 reference. */
export function readsAsR1C1(name: string): boolean {
  return /^(r[0-9]*)?(c[0-9]*)?$/i.test(name);
}

/** TRUE or FALSE in any case: a formula reads them as the logical values. */
export function isLogicalName(name: string): boolean {
  return /^(true|false)$/i.test(name);
}

/** What the preview's HyperFormula reads unquoted (it refuses 繁體中文!A1 and Sheet.1!A1). */
const UNQUOTED = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether Excel needs the name quoted, by @borgar/fx's rules (spaces, a leading digit, A1, TRUE...). */
const excelQuotes = (name: string): boolean =>
  stringifyA1Ref({ context: [name], range: { top: 0, left: 0 } }).startsWith("'");

/**
 * A sheet name as a formula writes it: 'GPU Payback (2)', 'O''Brien', 'Q1', '2024', Sheet1.
 * Excel leaves a name of letters (any script), digits, _ and . unquoted when it does not start
 * with a digit or read as a reference or TRUE/FALSE (@borgar/fx follows it), and reads any name
 * quoted. The preview's HyperFormula reads only ASCII letters, digits and _ unquoted: so every
 * other name is quoted, '繁體中文' and 'Sheet.1' included.
 */
export function quoteSheetName(name: string): string {
  const plain =
    UNQUOTED.test(name) &&
    !excelQuotes(name) &&
    !readsAsCell(name) &&
    !readsAsR1C1(name) &&
    !isLogicalName(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula wrote it, read back: 'O''Brien' → O'Brien, Data → Data. */
export function unquoteSheetName(written: string): string {
  const quoted = written.length > 1 && written.startsWith("'") && written.endsWith("'");
  return quoted ? written.slice(1, -1).replace(/''/g, "'") : written;
}

/** The sheet part of a reference: "'GPU Payback'!" ("Data!" where no quotes are needed). */
export const sheetPrefix = (sheetName: string): string => `${quoteSheetName(sheetName)}!`;

/** "B21:B31" (or its rectangle) on sheet "GPU Payback" → 'GPU Payback'!$B$21:$B$31; one cell: $A$1:$A$1. */
export function absoluteRange(sheetName: string, range: CellRange | string): string {
  const { top, left, bottom, right } = typeof range === "string" ? parseRange(range) : range;
  return `${sheetPrefix(sheetName)}${absoluteCell(left, top)}:${absoluteCell(right, bottom)}`;
}
