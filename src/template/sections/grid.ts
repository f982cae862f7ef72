/**
 * The sensitivity grids: a figure by one input down the rows and the margin across the columns,
 * each cell a formula over its row and column headers and the other inputs.
 * - required revenue by GPU spend × margin;
 * - annual required revenue by useful life × margin.
 */
import { USEFUL_LIVES, gpuFormula } from "../../engine";
import type { SheetLabels } from "../labels";
import { absolute, anchoredCell } from "../../engine/a1";
import { at, type Block, type Origin } from "../layout";
import { MONEY_FORMAT, YEARS_FORMAT } from "../styles";
import type { CellPlan, GridPlan } from "../types";
import type { InputAddresses } from "./inputs";

/** GPU spend rows and margin columns of the sensitivity grid. */
export const GRID_SPENDS: readonly number[] = [25, 50, 100, 150, 200, 300];
export const GRID_MARGINS: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7];
/** The useful lives of the second grid: the short-life argument's 3 to the hyperscalers' 6. */
export const GRID_LIVES: readonly number[] = USEFUL_LIVES;

export interface GridBlock extends Block {
  readonly grid: GridPlan;
}

/** One grid: its words, its row headers, and the formula of a cell given its row and column. */
interface GridSpec {
  readonly rowsVary: GridPlan["rowsVary"];
  readonly rows: readonly number[];
  readonly rowFormat: string;
  readonly section: string;
  readonly corner: string;
  readonly note: string;
  readonly formula: (rowCell: string, marginCell: string) => string;
}

function gridSection(origin: Origin, spec: GridSpec): GridBlock {
  const { row: top, column: left } = origin;
  const headerRow = top + 1;
  const cells: CellPlan[] = [
    { address: at(left, top), value: spec.section, style: "section" },
    { address: at(left, headerRow), value: spec.corner, style: "gridHeader" },
  ];
  GRID_MARGINS.forEach((margin, j) => {
    cells.push({
      address: at(left + 1 + j, headerRow),
      value: margin,
      numberFormat: "0%",
      style: "gridHeader",
    });
  });
  spec.rows.forEach((value, i) => {
    const row = headerRow + 1 + i;
    cells.push({
      address: at(left, row),
      value,
      numberFormat: spec.rowFormat,
      style: "gridHeader",
    });
    GRID_MARGINS.forEach((_, j) => {
      const rowCell = anchoredCell(left, row - 1, { col: true, row: false });
      const marginCell = anchoredCell(left + 1 + j, headerRow - 1, { col: false, row: true });
      cells.push({
        address: at(left + 1 + j, row),
        formula: spec.formula(rowCell, marginCell),
        numberFormat: MONEY_FORMAT,
        style: "grid",
      });
    });
  });
  const lastRow = headerRow + spec.rows.length;
  const lastColumn = left + GRID_MARGINS.length;
  cells.push({ address: at(left, lastRow + 1), value: spec.note, style: "note" });
  return {
    cells,
    rows: lastRow + 1 - top + 1,
    grid: {
      rowsVary: spec.rowsVary,
      range: `${at(left, headerRow)}:${at(lastColumn, lastRow)}`,
      valuesRange: `${at(left + 1, headerRow + 1)}:${at(lastColumn, lastRow)}`,
      rows: spec.rows,
      margins: GRID_MARGINS,
    },
  };
}

/** Required revenue by GPU spend × margin, at the energy and cloud margin inputs. */
export function spendGridSection(
  origin: Origin,
  text: SheetLabels,
  input: InputAddresses
): GridBlock {
  const [energy, cloudMargin] = [input.energy, input.cloudMargin].map(absolute);
  return gridSection(origin, {
    rowsVary: "spend",
    rows: GRID_SPENDS,
    rowFormat: MONEY_FORMAT,
    section: text.gridSection,
    corner: text.gridCorner,
    note: text.gridNote,
    formula: (spend, margin) => gpuFormula("REQUIRED_REVENUE", spend, energy, margin, cloudMargin),
  });
}

/** Annual required revenue by useful life × margin, at every other input. */
export function lifeGridSection(
  origin: Origin,
  text: SheetLabels,
  input: InputAddresses
): GridBlock {
  const [spend, energy, rate, cloudMargin] = [
    input.spend,
    input.energy,
    input.rate,
    input.cloudMargin,
  ].map(absolute);
  return gridSection(origin, {
    rowsVary: "life",
    rows: GRID_LIVES,
    rowFormat: YEARS_FORMAT,
    section: text.lifeGridSection,
    corner: text.lifeGridCorner,
    note: text.lifeGridNote,
    formula: (life, margin) =>
      gpuFormula("ANNUAL_REQUIRED_REVENUE", spend, life, energy, margin, rate, cloudMargin),
  });
}
