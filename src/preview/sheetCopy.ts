/**
 * "Make this sheet portable" on a copy, as Excel's Worksheet.copy makes it: the copy's cells (with
 * the native formulas already in place), its sheet-scoped names pointing at the copy, and its
 * record (formats, widths, the table under a name of its own, the charts). The copy's formulas are
 * the source's text, so the source's translation is the copy's, as in Excel. The host records the
 * copy as one change of its history.
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import type { FormulaCell } from "../engine/portable/translate";
import { quoteSheetName, uniqueSheetName, uniqueTableName } from "../template";
import { formatCell, parseCell } from "../engine/a1";
import type { SheetView } from "./sheetRecord";

export interface SheetCopy {
  /** The copy's cells, rows of cells, the converted formulas written in. */
  readonly content: RawCellContent[][];
  /** The copy's sheet-scoped names and their expressions (pointing at the copy). */
  readonly names: ReadonlyArray<readonly [string, string]>;
}

/** Every formula on a sheet, by A1 address. */
export function formulaCells(hf: HyperFormula, sheet: number): FormulaCell[] {
  const cells: FormulaCell[] = [];
  hf.getSheetFormulas(sheet).forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula !== undefined) cells.push({ address: formatCell(c, r), formula });
    })
  );
  return cells;
}

/**
 * A sheet's cells as typed, rows of cells: cells an array formula spills into hold its values, not
 * content of their own, so they are left empty (written back, they would block the array).
 */
export function ownContents(hf: HyperFormula, sheet: number): RawCellContent[][] {
  return hf.getSheetSerialized(sheet).map((row, r) =>
    row.map((cell, c) => {
      if (cell === null || (typeof cell === "string" && cell.startsWith("="))) return cell;
      const address = { sheet, col: c, row: r };
      const spilled = hf.isCellPartOfArray(address) && hf.getCellFormula(address) === undefined;
      return spilled ? null : cell;
    })
  );
}

/**
 * The contents and names of a copy of `source` named `name`, with `converted` formulas written in.
 * Cells a formula spills into hold its values, not content of their own: left empty.
 */
export function sheetCopy(
  hf: HyperFormula,
  source: SheetView,
  name: string,
  converted: readonly FormulaCell[]
): SheetCopy {
  const content = ownContents(hf, source.id);
  for (const cell of converted) {
    const { col, row } = parseCell(cell.address);
    while (content.length <= row) content.push([]);
    const cells = content[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = cell.formula;
  }
  const prefix = `${quoteSheetName(source.name)}!`;
  const names = hf.listNamedExpressions(source.id).map((named) => {
    const expression = String(hf.getNamedExpressionFormula(named, source.id) ?? "");
    return [named, expression.split(prefix).join(`${quoteSheetName(name)}!`)] as const;
  });
  return { content, names };
}

/** How many HyperFormula undo steps addSheetCopy takes: the new sheet, then one batch. */
export const SHEET_COPY_STEPS = 2;

/** Adds a copy of `source` (named "Name (2)") with `converted` formulas written in. */
export function addSheetCopy(
  hf: HyperFormula,
  source: SheetView,
  converted: readonly FormulaCell[]
): { id: number; name: string } {
  const name = hf.addSheet(uniqueSheetName(source.name, hf.getSheetNames()));
  const id = hf.getSheetId(name) as number;
  const copy = sheetCopy(hf, source, name, converted);
  hf.batch(() => {
    for (const [named, expression] of copy.names) hf.addNamedExpression(named, expression, id);
    hf.setSheetContent(id, copy.content);
  });
  return { id, name };
}

/** The copy's record: the source's formats, widths, names and charts; its table renamed. */
export function copiedRecord(
  source: SheetView,
  id: number,
  name: string,
  sheets: readonly SheetView[]
): SheetView {
  const tables = sheets.flatMap((sheet) => (sheet.table ? [sheet.table.name] : []));
  const table = source.table && {
    ...source.table,
    name: uniqueTableName(source.table.name, tables),
  };
  return { ...source, id, name, table };
}
