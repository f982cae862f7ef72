/*
 * The GPU.* custom functions: Excel's thin host over the payback engine.
 * The namespace GPU comes from the manifest; the ids below are what follows "GPU.".
 * custom-functions-metadata-plugin reads the JSDoc to write functions.json and appends
 * CustomFunctions.associate to this bundle, so nothing else may import this file.
 * Excel passes null for an omitted optional argument: sheetFunctions (the engine) applies the
 * article's defaults, as it does for every host.
 */
/* global CustomFunctions */
import { CellErrorValue, PaybackError, sheetFunctions } from "../engine";

/** Runs an engine call and turns its errors into Excel's: #VALUE! with the engine's message, #NUM! for overflow. */
function excel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CellErrorValue) throw error.value; // an error value in an input stays an error
    if (error instanceof PaybackError) {
      const code =
        error.kind === "number"
          ? CustomFunctions.ErrorCode.invalidNumber
          : CustomFunctions.ErrorCode.invalidValue;
      throw new CustomFunctions.Error(code, error.message);
    }
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `GPU Payback could not compute this: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

/**
 * Data-center cost in $B: GPU spend × (1 + energy). The article: 50 × (1 + 1) = 100.
 * @customfunction DATACENTER_COST
 * @helpurl https://localhost:3000/help.html#datacenter_cost
 * @param spend GPU spend in $B a year, 0 or more. The article: 50.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @returns The data-center cost in $B.
 */
export function datacenterCost(spend: number, energy?: number): number {
  return excel(() => sheetFunctions.DATACENTER_COST(spend, energy));
}

/**
 * Revenue in $B that pays back a year of GPU spend: spend × (1 + energy) ÷ (1 − margin). The article: 200.
 * @customfunction REQUIRED_REVENUE
 * @helpurl https://localhost:3000/help.html#required_revenue
 * @param spend GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [margin] The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.
 * @returns The required revenue in $B.
 */
export function requiredRevenueFn(spend: number, energy?: number, margin?: number): number {
  return excel(() => sheetFunctions.REQUIRED_REVENUE(spend, energy, margin));
}

/**
 * The revenue gap in $B: required revenue minus the revenues in a range (summed like SUM: text, blanks and booleans are skipped). The article: 200 − 75 = 125.
 * @customfunction GAP
 * @helpurl https://localhost:3000/help.html#gap
 * @param {any[][]} range The identified AI revenues in $B: the revenue column or the whole company table.
 * @param [required] The required revenue in $B, 0 or more. Default 200, the article's figure.
 * @returns The gap in $B (negative when the revenues exceed the requirement).
 */
export function gapFn(range: any[][], required?: number): number {
  return excel(() => sheetFunctions.GAP(range, required));
}

/**
 * The share of the required revenue that the revenues in a range cover. The article: 75 ÷ 200 = 37.5%.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help.html#coverage
 * @param {any[][]} range The identified AI revenues in $B: the revenue column or the whole company table.
 * @param [required] The required revenue in $B, above 0. Default 200, the article's figure.
 * @returns The coverage as a fraction (0.375 = 37.5%).
 */
export function coverageFn(range: any[][], required?: number): number {
  return excel(() => sheetFunctions.COVERAGE(range, required));
}

/**
 * The GPU spend in $B that a given annual revenue pays back: revenue × (1 − margin) ÷ (1 + energy). The article: 75 pays back 18.75.
 * @customfunction BREAKEVEN_SPEND
 * @helpurl https://localhost:3000/help.html#breakeven_spend
 * @param revenue Annual revenue in $B, 0 or more.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [margin] The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.
 * @returns The break-even GPU spend in $B.
 */
export function breakevenSpendFn(revenue: number, energy?: number, margin?: number): number {
  return excel(() => sheetFunctions.BREAKEVEN_SPEND(revenue, energy, margin));
}

/**
 * The article's company-revenue table, spilled: a header row and 12 rows of company, AI revenue ($B) and basis. Totals $75B.
 * @customfunction ARTICLE_TABLE
 * @helpurl https://localhost:3000/help.html#article_table
 * @returns {any[][]} The table: Company, AI revenue ($B), Basis in the article.
 */
export function articleTable(): any[][] {
  return sheetFunctions.ARTICLE_TABLE();
}
