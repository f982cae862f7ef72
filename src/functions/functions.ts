/*
 * The GPU.* custom functions: Excel's thin host over the function catalog (src/engine/catalog).
 * The namespace GPU comes from the manifest; the ids below are what follows "GPU.".
 * custom-functions-metadata-plugin reads the JSDoc to write functions.json and appends
 * CustomFunctions.associate to this bundle, so nothing else may import this file. A test holds
 * functions.json to the catalog: ids, parameter names and order, optional flags, dimensionality
 * and the English descriptions.
 *
 * What arrives from Excel, and what this file does with it:
 * - an omitted optional argument is null: the engine takes the article's value;
 * - an empty referenced cell is 0 on Excel desktop and null on the web (office-js #4702): with
 *   @requiresParameterAddresses the web's null comes with the cell's address, and the catalog's
 *   one rule for blanks (argumentValue) makes it 0 as on desktop;
 * - an error value in an argument: Excel returns it without calling the function (the metadata
 *   does not ask to capture calculation errors); should one arrive anyway, the catalog's mapping
 *   passes on its own code when a function may return it, #VALUE! otherwise.
 * Every failure leaves as a CustomFunctions.Error with a code Excel accepts from a function.
 */
/* global CustomFunctions */
import {
  argumentValue,
  functionSpec,
  sheetErrorFor,
  type OutputErrorCode,
  type SheetResult,
} from "../engine";

const ERROR_CODES: Readonly<Record<OutputErrorCode, CustomFunctions.ErrorCode>> = {
  "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
  "#N/A": CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
  "#NULL!": CustomFunctions.ErrorCode.nullReference,
  "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
};

/** The code of an error value Excel handed in (a CustomFunctions.Error-like object). */
function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The catalog's function as Excel calls it: arguments through the rule for blanks, the engine's
 * errors as CustomFunctions.Error.
 */
function excelFunction(id: string) {
  const { compute } = functionSpec(id);
  return (args: unknown[], invocation?: CustomFunctions.Invocation): SheetResult => {
    const addresses = invocation?.parameterAddresses;
    const values = args.map((value, i) => argumentValue(value, Boolean(addresses?.[i])));
    try {
      return compute(...values);
    } catch (error) {
      const { code, message } = sheetErrorFor(error, codeOf);
      throw new CustomFunctions.Error(ERROR_CODES[code], message);
    }
  };
}

const DATACENTER_COST = excelFunction("DATACENTER_COST");
const REQUIRED_REVENUE = excelFunction("REQUIRED_REVENUE");
const GAP = excelFunction("GAP");
const COVERAGE = excelFunction("COVERAGE");
const BREAKEVEN_SPEND = excelFunction("BREAKEVEN_SPEND");
const ARTICLE_TABLE = excelFunction("ARTICLE_TABLE");

/**
 * Data-center cost in $B: GPU spend × (1 + energy). The article: 50 × (1 + 1) = 100.
 * @customfunction DATACENTER_COST
 * @helpurl https://localhost:3000/help.html#datacenter_cost
 * @requiresParameterAddresses
 * @param spend GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns The data-center cost in $B.
 */
export function datacenterCost(
  spend: number,
  energy?: number,
  invocation?: CustomFunctions.Invocation
): number {
  return DATACENTER_COST([spend, energy], invocation) as number;
}

/**
 * Revenue in $B that pays back a year of GPU spend: spend × (1 + energy) ÷ (1 − margin). The article: 200.
 * @customfunction REQUIRED_REVENUE
 * @helpurl https://localhost:3000/help.html#required_revenue
 * @requiresParameterAddresses
 * @param spend GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [margin] The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns The required revenue in $B.
 */
export function requiredRevenue(
  spend: number,
  energy?: number,
  margin?: number,
  invocation?: CustomFunctions.Invocation
): number {
  return REQUIRED_REVENUE([spend, energy, margin], invocation) as number;
}

/**
 * The revenue gap in $B: required revenue minus the revenues in a range (summed like SUM: text, blanks and booleans are skipped). The article: 200 − 75 = 125.
 * @customfunction GAP
 * @helpurl https://localhost:3000/help.html#gap
 * @requiresParameterAddresses
 * @param {any[][]} range The identified AI revenues in $B: the revenue column or the whole company table.
 * @param [required] The required revenue in $B, 0 or more. Default 200, the article's figure.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns The gap in $B (negative when the revenues exceed the requirement).
 */
export function gap(
  range: any[][],
  required?: number,
  invocation?: CustomFunctions.Invocation
): number {
  return GAP([range, required], invocation) as number;
}

/**
 * The share of the required revenue that the revenues in a range cover. The article: 75 ÷ 200 = 37.5%.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help.html#coverage
 * @requiresParameterAddresses
 * @param {any[][]} range The identified AI revenues in $B: the revenue column or the whole company table.
 * @param [required] The required revenue in $B, above 0. Default 200, the article's figure.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns The coverage as a fraction (0.375 = 37.5%).
 */
export function coverage(
  range: any[][],
  required?: number,
  invocation?: CustomFunctions.Invocation
): number {
  return COVERAGE([range, required], invocation) as number;
}

/**
 * The GPU spend in $B that a given annual revenue pays back: revenue × (1 − margin) ÷ (1 + energy). The article: 75 pays back 18.75.
 * @customfunction BREAKEVEN_SPEND
 * @helpurl https://localhost:3000/help.html#breakeven_spend
 * @requiresParameterAddresses
 * @param revenue Annual revenue in $B, 0 or more.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [margin] The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns The break-even GPU spend in $B.
 */
export function breakevenSpend(
  revenue: number,
  energy?: number,
  margin?: number,
  invocation?: CustomFunctions.Invocation
): number {
  return BREAKEVEN_SPEND([revenue, energy, margin], invocation) as number;
}

/**
 * The article's company-revenue table, spilled: a header row and a row per company of company, AI revenue ($B) and basis. Totals $75B.
 * @customfunction ARTICLE_TABLE
 * @helpurl https://localhost:3000/help.html#article_table
 * @returns {any[][]} The table: Company, AI revenue ($B), Basis in the article.
 */
export function articleTable(): any[][] {
  return ARTICLE_TABLE([]) as any[][];
}
