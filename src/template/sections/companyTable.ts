/** The company table: the preset's AI revenue by company, and the name over its revenue column. */
import type { CompanyRevenue } from "../../engine";
import type { SheetLabels } from "../labels";
import { at, type Block, type Origin } from "../layout";
import { MONEY_FORMAT } from "../styles";
import type { NamePlan, TablePlan } from "../types";
import { heading } from "./line";

/** The name that the formulas use for the table's revenue column. */
export const REVENUES_NAME = "Revenues";
export const TABLE_NAME = "GpuPaybackRevenue";

export interface CompanyTableBlock extends Block {
  readonly table: TablePlan;
  readonly names: readonly NamePlan[];
}

/** The table of the preset's identified revenue: the article's companies, or one sourced figure. */
export function companyTableSection(
  origin: Origin,
  text: SheetLabels,
  revenues: readonly CompanyRevenue[]
): CompanyTableBlock {
  const translate = (english: string): string => text.translations[english] ?? english;
  const { row, column } = origin;
  const headerRow = row + 1;
  const lastRow = headerRow + revenues.length;
  const revenueColumn = 1;
  const table: TablePlan = {
    name: TABLE_NAME,
    range: `${at(column, headerRow)}:${at(column + 2, lastRow)}`,
    headers: [text.company, text.revenue, text.basis],
    rows: revenues.map((r) => [translate(r.company), r.revenue, translate(r.basis)]),
    columnFormats: [undefined, MONEY_FORMAT, undefined],
    revenueColumn,
    style: "TableStyleMedium2",
  };
  const names: NamePlan[] = [
    {
      name: REVENUES_NAME,
      range: `${at(column + revenueColumn, headerRow + 1)}:${at(column + revenueColumn, lastRow)}`,
      tableColumn: revenueColumn,
      comment: text.revenuesNameComment,
    },
  ];
  return {
    cells: heading(origin, text.tableSection, text.tableHint),
    rows: lastRow - row + 1,
    table,
    names,
  };
}
