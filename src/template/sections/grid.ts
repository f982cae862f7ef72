/** The sensitivity grid: required revenue by GPU spend (rows) and margin (columns). */
import type { SheetLabels } from "../labels";
import { absolute, at, columnLetter, type Block, type Origin } from "../layout";
import { MONEY_FORMAT } from "../styles";
import type { CellPlan, GridPlan } from "../types";
import type { InputAddresses } from "./inputs";

/** GPU spend rows and margin columns of the sensitivity grid. */
export const GRID_SPENDS: readonly number[] = [25, 50, 100, 150, 200, 300];
export const GRID_MARGINS: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7];

export interface GridBlock extends Block {
  readonly grid: GridPlan;
}

export function gridSection(origin: Origin, text: SheetLabels, input: InputAddresses): GridBlock {
  const { row: top, column: left } = origin;
  const headerRow = top + 1;
  const cells: CellPlan[] = [
    { address: at(left, top), value: text.gridSection, style: "section" },
    { address: at(left, headerRow), value: text.gridCorner, style: "gridHeader" },
  ];
  GRID_MARGINS.forEach((margin, j) => {
    cells.push({
      address: at(left + 1 + j, headerRow),
      value: margin,
      numberFormat: "0%",
      style: "gridHeader",
    });
  });
  GRID_SPENDS.forEach((spend, i) => {
    const row = headerRow + 1 + i;
    cells.push({
      address: at(left, row),
      value: spend,
      numberFormat: MONEY_FORMAT,
      style: "gridHeader",
    });
    GRID_MARGINS.forEach((_, j) => {
      const spendCell = `$${columnLetter(left)}${row}`;
      const marginCell = `${columnLetter(left + 1 + j)}$${headerRow}`;
      cells.push({
        address: at(left + 1 + j, row),
        formula: `=GPU.REQUIRED_REVENUE(${spendCell},${absolute(input.energy)},${marginCell})`,
        numberFormat: MONEY_FORMAT,
        style: "grid",
      });
    });
  });
  const lastRow = headerRow + GRID_SPENDS.length;
  const lastColumn = left + GRID_MARGINS.length;
  cells.push({ address: at(left, lastRow + 1), value: text.gridNote, style: "note" });
  return {
    cells,
    rows: lastRow + 1 - top + 1,
    grid: {
      range: `${at(left, headerRow)}:${at(lastColumn, lastRow)}`,
      valuesRange: `${at(left + 1, headerRow + 1)}:${at(lastColumn, lastRow)}`,
      spends: GRID_SPENDS,
      margins: GRID_MARGINS,
    },
  };
}
