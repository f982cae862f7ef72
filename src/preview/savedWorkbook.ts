/**
 * The workbook as the browser stores it between visits: every sheet's cells as typed (formulas,
 * values, text), the sheet-scoped names, and the side data of each sheet. Plain data (structured
 * clone / JSON safe). readSaved() checks what storage gave back and says what is wrong with it.
 */
import type { ChartPlan, StyleName } from "../template";
import type { CellFormat, SheetView, TableView } from "./sheetRecord";

/** A cell's content as HyperFormula serialises it ("=A1*2", 150, "'50%", true, null). */
export type SavedCell = string | number | boolean | null;

export interface SavedSheet {
  readonly name: string;
  readonly cells: SavedCell[][];
  readonly formats: Array<[string, CellFormat]>;
  readonly columnWidths: Array<[string, number]>;
  readonly table?: TableView;
  readonly tableNames: Array<{ name: string; column: number }>;
  readonly charts: ChartPlan[];
}

export interface SavedName {
  readonly name: string;
  readonly expression: string;
  /** The index of the sheet the name belongs to; undefined for a workbook-wide name. */
  readonly sheet?: number;
}

export const SAVED_FORMAT = "gpu-payback-workbook";
export const SAVED_VERSION = 1;

export interface SavedWorkbook {
  readonly format: typeof SAVED_FORMAT;
  readonly version: typeof SAVED_VERSION;
  readonly sheets: SavedSheet[];
  readonly names: SavedName[];
  readonly active: number;
  readonly selected: string;
}

export function savedSheet(sheet: SheetView, cells: SavedCell[][]): SavedSheet {
  return {
    name: sheet.name,
    cells,
    formats: Array.from(sheet.formats),
    columnWidths: Array.from(sheet.columnWidths),
    table: sheet.table,
    tableNames: sheet.tableNames.map((t) => ({ ...t })),
    charts: [...sheet.charts],
  };
}

/** A sheet's record read back from its saved form (`record`: the new empty sheet's). */
export function sheetFromSaved(record: SheetView, s: SavedSheet): SheetView {
  return {
    ...record,
    formats: new Map(s.formats),
    columnWidths: new Map(s.columnWidths),
    // JSON keeps an absent column format as null: read back as absent.
    table: s.table && {
      ...s.table,
      columnFormats: s.table.columnFormats.map((f) => f ?? undefined),
    },
    tableNames: s.tableNames,
    charts: s.charts,
  };
}

/** The workbook's names as saved: a sheet-scoped name keeps its sheet's index in tab order. */
export function savedNames(
  names: ReadonlyArray<{ name: string; expression: unknown; scope?: number }>,
  sheets: readonly SheetView[]
): SavedName[] {
  return names.map((named) => ({
    name: named.name,
    expression: String(named.expression),
    sheet:
      named.scope === undefined ? undefined : sheets.findIndex((sheet) => sheet.id === named.scope),
  }));
}

const STYLE_NAMES: readonly StyleName[] = [
  "title",
  "subtitle",
  "note",
  "section",
  "label",
  "input",
  "result",
  "gridHeader",
  "grid",
];

function fail(what: string): never {
  throw new Error(`the stored workbook is unreadable: ${what}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function checkCell(value: unknown): void {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return;
  fail("a cell holds neither a value nor a formula");
}

function checkSheet(sheet: unknown, index: number): void {
  if (!isRecord(sheet)) fail(`sheet ${index + 1} is not a sheet`);
  if (typeof sheet.name !== "string" || sheet.name === "") fail(`sheet ${index + 1} has no name`);
  if (!Array.isArray(sheet.cells)) fail(`sheet "${sheet.name}" has no cells`);
  for (const row of sheet.cells) {
    if (!Array.isArray(row)) fail(`sheet "${sheet.name}" has a row that is not a list`);
    row.forEach(checkCell);
  }
  if (!Array.isArray(sheet.formats) || !Array.isArray(sheet.columnWidths))
    fail(`sheet "${sheet.name}" has no formats or column widths`);
  for (const entry of sheet.formats) {
    const style = Array.isArray(entry) && isRecord(entry[1]) ? entry[1].style : undefined;
    if (style !== undefined && !STYLE_NAMES.includes(style as StyleName))
      fail(`sheet "${sheet.name}" names an unknown style`);
  }
  if (!Array.isArray(sheet.tableNames)) fail(`sheet "${sheet.name}" has no table names`);
  if (!Array.isArray(sheet.charts)) fail(`sheet "${sheet.name}" has no list of charts`);
}

/** The stored value as a SavedWorkbook; throws an Error saying what is wrong with it. */
export function readSaved(data: unknown): SavedWorkbook {
  if (!isRecord(data) || data.format !== SAVED_FORMAT) fail("it is not a GPU Payback workbook");
  if (data.version !== SAVED_VERSION) fail(`version ${String(data.version)} is not known`);
  if (!Array.isArray(data.sheets) || data.sheets.length === 0) fail("it has no sheets");
  data.sheets.forEach(checkSheet);
  if (!Array.isArray(data.names)) fail("its names are missing");
  if (typeof data.active !== "number" || !(data.active in data.sheets))
    fail("its active sheet is missing");
  if (typeof data.selected !== "string") fail("its selected cell is missing");
  return data as unknown as SavedWorkbook;
}
