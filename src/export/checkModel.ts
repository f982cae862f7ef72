/**
 * The writer's check of its model before it writes a byte: anything Excel would have to "repair"
 * is refused with a WorkbookRefusal that names the place and the limit (refusal.ts): sheet names,
 * cells beyond the grid, numbers that are not finite, texts and formulas over Excel's lengths,
 * header cells of a table that are not its column names, error values a file cannot hold, long
 * number formats and data-validation texts. Names and tables: checkNames.ts.
 */
import { EXCEL_LIMITS } from "../engine/excelLimits";
import { formatCell, quoteSheetName } from "../engine/a1";
import { isValidSheetName } from "../template/sheetNames";
import { checkNames } from "./checkNames";
import { checkFormula } from "./formulaLimits";
import {
  isErrorValue,
  type CellModel,
  type RangeModel,
  type SheetModel,
  type TableModel,
  type ValidationModel,
  type WorkbookModel,
} from "./model";
import { REFUSAL, refuse, type TextField } from "./refusal";
import { hasForbiddenCharacter } from "./xml";

/** The error values a spreadsheet file may hold (ECMA-376 ST_CellType e). */
export const FILE_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);
/** Excel's limits on a data validation's texts and on a number format's code. */
const VALIDATION_LIMITS: Readonly<Record<Exclude<TextField, "numberFormat">, number>> = {
  title: 32,
  prompt: 255,
  error: 225,
  rule: 255,
};
const NUMBER_FORMAT_LIMIT = 255;

const inGrid = (row: number, col: number): boolean =>
  Number.isInteger(row) &&
  Number.isInteger(col) &&
  row >= 0 &&
  col >= 0 &&
  row < EXCEL_LIMITS.rows &&
  col < EXCEL_LIMITS.columns;

/** Where a cell is, for a refusal: Sheet!B7, or Sheet!R0C3 off Excel's grid (where A1 has no name). */
const placeOf = (sheet: string, col: number, row: number): string =>
  inGrid(row, col) ? `${sheet}!${formatCell(col, row)}` : `${sheet}!R${row + 1}C${col + 1}`;

function checkRange(at: string, range: RangeModel): void {
  if (!inGrid(range.top, range.left) || !inGrid(range.bottom, range.right)) {
    refuse(REFUSAL.outsideGrid(at));
  }
}

function checkValue(at: string, value: CellModel["value"]): void {
  if (typeof value === "number" && !Number.isFinite(value)) refuse(REFUSAL.notFinite(at, value));
  if (typeof value === "string" && value.length > EXCEL_LIMITS.cellText) {
    refuse(REFUSAL.cellText(at, value.length));
  }
  if (value !== null && isErrorValue(value) && !FILE_ERRORS.has(value.error)) {
    refuse(REFUSAL.errorValue(at, value.error));
  }
}

function checkCell(sheet: string, cell: CellModel): void {
  const at = placeOf(sheet, cell.col, cell.row);
  if (!inGrid(cell.row, cell.col)) refuse(REFUSAL.outsideGrid(at));
  checkValue(at, cell.value);
  if (cell.formula !== undefined) checkFormula(at, cell.formula);
  if (cell.arrayRange !== undefined) checkRange(at, cell.arrayRange);
  const format = cell.numberFormat ?? "";
  if (format.length > NUMBER_FORMAT_LIMIT) {
    refuse(REFUSAL.textLength(at, "numberFormat", format.length, NUMBER_FORMAT_LIMIT));
  }
}

/** A table's header cells are text constants, each its column's name (Excel's rule). */
function checkHeaders(
  sheet: string,
  table: TableModel,
  cells: ReadonlyMap<string, CellModel>
): void {
  checkRange(`${sheet}!${table.name}`, table.range);
  table.columns.forEach((name, i) => {
    const col = table.range.left + i;
    const cell = cells.get(formatCell(col, table.range.top));
    if (cell?.formula !== undefined || (cell?.value ?? name) !== name) {
      refuse(REFUSAL.headerFormula(`${sheet}!${formatCell(col, table.range.top)}`));
    }
  });
}

function checkValidation(sheet: string, validation: ValidationModel): void {
  const at = placeOf(sheet, validation.range.left, validation.range.top);
  checkRange(at, validation.range);
  const texts: Record<keyof typeof VALIDATION_LIMITS, string> = {
    title: validation.title,
    prompt: validation.prompt,
    error: validation.error,
    rule: validation.formula,
  };
  for (const [field, max] of Object.entries(VALIDATION_LIMITS)) {
    const text = texts[field as keyof typeof VALIDATION_LIMITS];
    if (text.length > max) refuse(REFUSAL.textLength(at, field as TextField, text.length, max));
  }
}

function checkSheet(sheet: SheetModel): void {
  if (!isValidSheetName(sheet.name) || hasForbiddenCharacter(sheet.name)) {
    refuse(REFUSAL.sheetName(sheet.name));
  }
  const where = quoteSheetName(sheet.name);
  const cells = new Map<string, CellModel>();
  for (const cell of sheet.cells) {
    checkCell(where, cell);
    cells.set(formatCell(cell.col, cell.row), cell);
  }
  for (const table of sheet.tables) checkHeaders(where, table, cells);
  for (const validation of sheet.validations ?? []) checkValidation(where, validation);
}

/** Throws a WorkbookRefusal at the first thing Excel would have to repair; returns when none. */
export function checkWorkbook(model: WorkbookModel): void {
  if (model.sheets.length === 0) refuse(REFUSAL.noSheet());
  const sheetNames = new Set<string>();
  for (const sheet of model.sheets) {
    checkSheet(sheet);
    const key = sheet.name.toLowerCase();
    if (sheetNames.has(key)) refuse(REFUSAL.sameSheetName(sheet.name));
    sheetNames.add(key);
  }
  checkNames(model);
}
