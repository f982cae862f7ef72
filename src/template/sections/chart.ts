/**
 * The charts: required revenue, identified revenue and the gap as columns; required against
 * identified revenue by year as lines.
 */
import type { SheetLabels } from "../labels";
import { formatCell, parseCell } from "../../engine/a1";
import { at, type Block, type Origin } from "../layout";
import type { ChartPlan, YearsPlan } from "../types";
import type { ResultAddresses } from "./results";
import { FIRST_YEAR, LAST_YEAR } from "./years";

/** Each chart's size: as wide as the years above it (their label column and one a year). */
export const CHART_COLUMNS = 1 + (LAST_YEAR - FIRST_YEAR + 1);
export const CHART_ROWS = 16;

export interface ChartBlock extends Block {
  readonly chart: ChartPlan;
}

/** The cell one column to the left: where a value's label is. */
function leftOf(address: string): string {
  const { col, row } = parseCell(address);
  return formatCell(col - 1, row);
}

function place(origin: Origin): Pick<ChartPlan, "topLeft" | "bottomRight"> {
  return {
    topLeft: at(origin.column, origin.row),
    bottomRight: at(origin.column + CHART_COLUMNS - 1, origin.row + CHART_ROWS - 1),
  };
}

/** Required revenue, identified revenue and the gap: the results' labels and values. */
export function resultsChartSection(
  origin: Origin,
  text: SheetLabels,
  results: ResultAddresses
): ChartBlock {
  return {
    cells: [],
    rows: CHART_ROWS,
    chart: {
      type: "ColumnClustered",
      title: text.chartTitle,
      sourceRange: `${leftOf(results.requiredRevenue)}:${results.gap}`,
      seriesBy: "Columns",
      showLegend: false,
      showValues: true,
      ...place(origin),
    },
  };
}

/** Required against identified revenue by year, named by their labels, over the years. */
export function yearsChartSection(origin: Origin, text: SheetLabels, years: YearsPlan): ChartBlock {
  const [first] = years.rows.required.split(":");
  const [, last] = years.rows.identified.split(":");
  return {
    cells: [],
    rows: CHART_ROWS,
    chart: {
      type: "Line",
      title: text.yearsChartTitle,
      sourceRange: `${leftOf(first)}:${last}`,
      seriesBy: "Rows",
      categoriesRange: years.yearsRange,
      showLegend: true,
      showValues: false,
      ...place(origin),
    },
  };
}
