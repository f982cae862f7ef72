/**
 * Writes a TemplatePlan into an empty HyperFormula sheet in one batch (one undo step): the cells,
 * the company table as plain cells, the sheet-scoped names over its columns. Returns the sheet's
 * record (formats, widths, table, chart) for the host to keep.
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import type { TemplatePlan } from "../template";
import { excelNumbers } from "./excelNumbers";
import { absoluteRange, formatCell, normalCell, parseCell, parseRange } from "../engine/a1";
import { newSheetRecord, tableColumnRange, type CellFormat, type SheetView } from "./sheetRecord";

/** A text value written so that HyperFormula keeps it as text ("50%" stays text, not 0.5). */
function asText(value: string): string {
  return `'${value}`;
}

export function templateSheet(
  hf: HyperFormula,
  id: number,
  name: string,
  plan: TemplatePlan
): SheetView {
  const formats = new Map<string, CellFormat>();
  const content: RawCellContent[][] = [];
  const put = (address: string, value: RawCellContent): void => {
    const { col, row } = parseCell(address);
    while (content.length <= row) content.push([]);
    content[row][col] = value;
  };
  for (const cell of plan.cells) {
    const formula = cell.formula === undefined ? undefined : excelNumbers(cell.formula);
    const value = formula ?? (typeof cell.value === "string" ? asText(cell.value) : cell.value);
    put(cell.address, value ?? null);
    if (cell.numberFormat !== undefined || cell.style !== undefined || cell.validation) {
      const address = normalCell(cell.address);
      formats.set(address, {
        numberFormat: cell.numberFormat,
        style: cell.style,
        validation: cell.validation && { plan: cell.validation, address },
      });
    }
  }
  const tableRange = parseRange(plan.table.range);
  plan.table.headers.forEach((header, j) => {
    put(formatCell(tableRange.left + j, tableRange.top), asText(header));
  });
  // The data rows take the table's column formats (sheetRecord.cellFormat): none stored per cell.
  plan.table.rows.forEach((cells, i) => {
    const row = tableRange.top + 1 + i;
    while (content.length <= row) content.push([]);
    cells.forEach((value, j) => {
      content[row][tableRange.left + j] = typeof value === "string" ? asText(value) : value;
    });
  });
  const table = {
    name: plan.table.name,
    range: {
      ...tableRange,
      bottom: Math.max(tableRange.bottom, tableRange.top + plan.table.rows.length),
    },
    columnFormats: plan.table.columnFormats,
    style: plan.table.style,
  };
  const tableNames = plan.names.map((named) => ({ name: named.name, column: named.tableColumn }));
  hf.batch(() => {
    hf.setSheetContent(
      id,
      content.map((row) => Array.from(row, (v) => v ?? null))
    );
    for (const named of plan.names) {
      const range = tableColumnRange(table, named.tableColumn);
      hf.addNamedExpression(named.name, `=${absoluteRange(name, range)}`, id);
    }
  });
  return {
    ...newSheetRecord(id, name),
    formats,
    columnWidths: new Map(plan.columnWidths.map((w) => [w.column, w.points])),
    table,
    tableNames,
    charts: plan.charts,
  };
}
