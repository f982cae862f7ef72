/** The chart of required revenue, identified revenue and the gap. */
import type { SheetLabels } from "../labels";
import { at, columnIndex, type Block, type Origin } from "../layout";
import type { ChartPlan } from "../types";
import type { ResultAddresses } from "./results";

/** The chart's size in columns and rows. */
export const CHART_COLUMNS = 7;
export const CHART_ROWS = 16;

export interface ChartBlock extends Block {
  readonly chart: ChartPlan;
}

/** The label column is the one left of the results' values. */
function labelOf(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return at(columnIndex(match[1]) - 1, Number(match[2]));
}

export function chartSection(
  origin: Origin,
  text: SheetLabels,
  results: ResultAddresses
): ChartBlock {
  const { row, column } = origin;
  return {
    cells: [],
    rows: CHART_ROWS,
    chart: {
      type: "ColumnClustered",
      title: text.chartTitle,
      sourceRange: `${labelOf(results.requiredRevenue)}:${results.gap}`,
      topLeft: at(column, row),
      bottomRight: at(column + CHART_COLUMNS - 1, row + CHART_ROWS - 1),
    },
  };
}
