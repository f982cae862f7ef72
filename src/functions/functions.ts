/*
 * The GPU.* custom functions: Excel's thin host over the function catalog (src/engine/catalog).
 * The namespace GPU comes from the manifest; the ids below are what follows "GPU.".
 * custom-functions-metadata-plugin reads the JSDoc to write functions.json and appends
 * CustomFunctions.associate to this bundle, so nothing else may import this file. Tests hold
 * functions.json to the catalog (ids, parameter names and order, optional flags, dimensionality
 * and the English descriptions) and this JSDoc to it and to the metadata table, every "Default …"
 * and limit included (test/functions/jsdoc.test.ts). A new function: docs/adding-a-function.md.
 *
 * What arrives from Excel, and what this file does with it:
 * - an omitted optional argument is null: the engine takes the article's value;
 * - an empty referenced cell is 0 on Excel desktop and null on the web (office-js #4702): with
 *   @requiresParameterAddresses the web's null comes with the cell's address, and the catalog's
 *   one rule for blanks (argumentValue) makes it 0 as on desktop. Parameter addresses are
 *   CustomFunctionsRuntime 1.3; the manifest still asks for 1.2 only, because Excel on the web
 *   (the one host that passes null) always runs the current runtime, and a desktop Excel with
 *   1.2 alone passes 0 for an empty cell by itself. Microsoft documents requiresParameterAddresses
 *   with a matrix result only, so a function that gives one value returns a 1 × 1 matrix, which
 *   Excel shows as the value;
 * - an error value in an argument: Excel returns it without calling the function (the metadata
 *   does not ask to capture calculation errors); should one arrive anyway, the catalog's mapping
 *   passes on its own code when a function may return it, #VALUE! otherwise.
 * Every failure leaves as a CustomFunctions.Error with a code Excel accepts from a function.
 */
/* global CustomFunctions */
import {
  FUNCTION_IDS,
  argumentValue,
  languageFor,
  sheetErrorFor,
  sheetFunctions,
  type FunctionId,
  type Language,
  type OutputErrorCode,
  type SheetResult,
  type SheetScalar,
} from "../engine";

/**
 * Excel's error code for the catalog's. Read when an error is thrown, not when the bundle loads:
 * outside a custom-functions runtime (the task pane page in a browser) CustomFunctions.ErrorCode
 * does not exist, and the bundle must still load without an error.
 */
function errorCode(code: OutputErrorCode): CustomFunctions.ErrorCode {
  const codes: Readonly<Record<OutputErrorCode, CustomFunctions.ErrorCode>> = {
    "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
    "#N/A": CustomFunctions.ErrorCode.notAvailable,
    "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
    "#NULL!": CustomFunctions.ErrorCode.nullReference,
    "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
  };
  return codes[code];
}

/** An address Excel gives for an argument that is a cell or range: Sheet1!B8, 'My sheet'!$B$8:$C$9. */
const CELL_ADDRESS = /(^|!)\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** True when the argument refers to a cell (a literal or a left-out argument has no such address). */
function refersToCell(address: string | undefined): boolean {
  return typeof address === "string" && CELL_ADDRESS.test(address);
}

/**
 * The language of Excel's messages: Office's display language where the shared runtime has it
 * (read when an error is thrown, as Office loads beside this bundle), English elsewhere (a
 * custom-functions runtime without Office, a browser page).
 */
function messageLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageFor(office?.context?.displayLanguage);
}

/** The code of an error value Excel handed in (a CustomFunctions.Error-like object). */
function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The catalog's function as Excel calls it: arguments through the rule for blanks, the engine's
 * errors as CustomFunctions.Error. It calls the engine's sheetFunctions[id], which is the catalog
 * entry's compute (test/engine/catalog.test.ts holds them to it), with the defaults of the metadata
 * table (src/engine/catalog/signatures.ts, which carries no texts), rather than reading the entry:
 * that keeps the catalog's descriptions in both languages out of functions.js (about 14 KB with
 * the engine's messages in both languages, instead of 34 KB with the capital functions;
 * `npm run bench`). A message is said in Office's display language (messageLanguage).
 */
function excelFunction(id: FunctionId) {
  const compute: (...args: unknown[]) => SheetResult = sheetFunctions[id];
  return (args: unknown[], invocation?: CustomFunctions.Invocation): SheetScalar[][] => {
    const addresses = invocation?.parameterAddresses;
    const values = args.map((value, i) => argumentValue(value, refersToCell(addresses?.[i])));
    try {
      const result = compute(...values);
      // One value as a 1 × 1 matrix: Excel shows it as the value, and parameter addresses are
      // delivered only to functions whose result is a matrix (custom-functions-json.md).
      return typeof result === "number" ? [[result]] : result;
    } catch (error) {
      const { code, message, texts } = sheetErrorFor(error, codeOf);
      throw new CustomFunctions.Error(errorCode(code), texts?.[messageLanguage()] ?? message);
    }
  };
}

type ExcelFunction = ReturnType<typeof excelFunction>;

/** Every catalog function as Excel calls it, by id: a misspelt id is a compile error. */
const EXCEL = Object.fromEntries(FUNCTION_IDS.map((id) => [id, excelFunction(id)])) as Readonly<
  Record<FunctionId, ExcelFunction>
>;

/**
 * Data-center cost in $B: GPU spend × (1 + energy). The article: 50 × (1 + 1) = 100.
 * @customfunction DATACENTER_COST
 * @helpurl https://localhost:3000/help.html#datacenter_cost
 * @requiresParameterAddresses
 * @param spend GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The data-center cost in $B (one value, as a 1 × 1 matrix).
 */
export function datacenterCost(
  spend: number,
  energy?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.DATACENTER_COST([spend, energy], invocation) as number[][];
}

/**
 * Revenue in $B that pays back a year of GPU spend: spend × (1 + energy) ÷ (1 − margin), and ÷ (1 − cloudMargin) for a cloud vendor's margin (default 0). The article: 200.
 * @customfunction REQUIRED_REVENUE
 * @helpurl https://localhost:3000/help.html#required_revenue
 * @requiresParameterAddresses
 * @param spend GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [margin] The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.
 * @param [cloudMargin] The cloud vendor's margin, applied on top of the end customer's, from 0% to below 100%. Default 0%, as in the article, which leaves it out.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The required revenue in $B (one value, as a 1 × 1 matrix).
 */
export function requiredRevenue(
  spend: number,
  energy?: number,
  margin?: number,
  cloudMargin?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.REQUIRED_REVENUE([spend, energy, margin, cloudMargin], invocation) as number[][];
}

/**
 * The revenue gap in $B: required revenue minus the revenues in a range (summed like SUM: text, blanks and booleans are skipped). The article: 200 − 75 = 125.
 * @customfunction GAP
 * @helpurl https://localhost:3000/help.html#gap
 * @requiresParameterAddresses
 * @param {any[][]} range The identified AI revenues in $B: the revenue column or the whole company table.
 * @param [required] The required revenue in $B, 0 or more. Default 200, the article's figure.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The gap in $B (negative when the revenues exceed the requirement) (one value, as a 1 × 1 matrix).
 */
export function gap(
  range: any[][],
  required?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.GAP([range, required], invocation) as number[][];
}

/**
 * The share of the required revenue that the revenues in a range cover. The article: 75 ÷ 200 = 37.5%.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help.html#coverage
 * @requiresParameterAddresses
 * @param {any[][]} range The identified AI revenues in $B: the revenue column or the whole company table.
 * @param [required] The required revenue in $B, above 0. Default 200, the article's figure.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The coverage as a fraction (0.375 = 37.5%) (one value, as a 1 × 1 matrix).
 */
export function coverage(
  range: any[][],
  required?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.COVERAGE([range, required], invocation) as number[][];
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
 * @returns {number[][]} The break-even GPU spend in $B (one value, as a 1 × 1 matrix).
 */
export function breakevenSpend(
  revenue: number,
  energy?: number,
  margin?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.BREAKEVEN_SPEND([revenue, energy, margin], invocation) as number[][];
}

/**
 * The article's company-revenue table, spilled: a header row and a row per company of company, AI revenue ($B) and basis. Totals $75B.
 * @customfunction ARTICLE_TABLE
 * @helpurl https://localhost:3000/help.html#article_table
 * @returns {any[][]} The table: Company, AI revenue ($B), Basis in the article.
 */
export function articleTable(): any[][] {
  return EXCEL.ARTICLE_TABLE([]) as any[][];
}

/**
 * The yearly capital charge of capex over a useful life of life years at a cost of capital rate: capex ÷ life at rate 0, otherwise Excel's −PMT(rate, life, capex).
 * @customfunction ANNUAL_CHARGE
 * @helpurl https://localhost:3000/help.html#annual_charge
 * @requiresParameterAddresses
 * @param capex The capital spent, 0 or more: for example 100 ($B of data-center cost).
 * @param life The GPUs' useful life in years, above 0. Hyperscalers state 5 to 6 years for servers; the short-life argument says 2 to 3 for AI chips.
 * @param [rate] The cost of capital a year, 0 or more (8% or 0.08). Default 0, the article's arithmetic, which charges nothing for capital.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The charge a year, in the units of capex (one value, as a 1 × 1 matrix).
 */
export function annualCharge(
  capex: number,
  life: number,
  rate?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.ANNUAL_CHARGE([capex, life, rate], invocation) as number[][];
}

/**
 * The revenue in $B needed in each year of the GPUs' life to pay back one year of GPU spend: the annual charge of spend × (1 + energy), ÷ (1 − margin) ÷ (1 − cloudMargin). The article over 4 years: 50.
 * @customfunction ANNUAL_REQUIRED_REVENUE
 * @helpurl https://localhost:3000/help.html#annual_required_revenue
 * @requiresParameterAddresses
 * @param spend GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.
 * @param life The GPUs' useful life in years, above 0. Hyperscalers state 5 to 6 years for servers; the short-life argument says 2 to 3 for AI chips.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [margin] The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.
 * @param [rate] The cost of capital a year, 0 or more (8% or 0.08). Default 0, the article's arithmetic, which charges nothing for capital.
 * @param [cloudMargin] The cloud vendor's margin, applied on top of the end customer's, from 0% to below 100%. Default 0%, as in the article, which leaves it out.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The required revenue in $B a year (one value, as a 1 × 1 matrix).
 */
export function annualRequiredRevenue(
  spend: number,
  life: number,
  energy?: number,
  margin?: number,
  rate?: number,
  cloudMargin?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.ANNUAL_REQUIRED_REVENUE(
    [spend, life, energy, margin, rate, cloudMargin],
    invocation
  ) as number[][];
}

/**
 * The years until the cumulative profit covers capex, when the first year's profit grows by growth a year; interpolated within the last year. #N/A when it never pays back within 100 years.
 * @customfunction PAYBACK_YEARS
 * @helpurl https://localhost:3000/help.html#payback_years
 * @requiresParameterAddresses
 * @param capex The capital spent, 0 or more: for example 100 ($B of data-center cost).
 * @param profit The first year's profit, 0 or more, in the units of capex.
 * @param [growth] The profit's growth a year, 0 or more (10% or 0.1). Default 0.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The payback in years (one value, as a 1 × 1 matrix).
 */
export function paybackYears(
  capex: number,
  profit: number,
  growth?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.PAYBACK_YEARS([capex, profit, growth], invocation) as number[][];
}

/**
 * The price per GPU-hour, in $, at which one GPU costing cost dollars pays back: (annual charge + opex) ÷ (8,760 × utilization).
 * @customfunction BREAKEVEN_GPU_HOUR
 * @helpurl https://localhost:3000/help.html#breakeven_gpu_hour
 * @requiresParameterAddresses
 * @param cost The price of one GPU in $, 0 or more (for example 30000).
 * @param life The GPUs' useful life in years, above 0. Hyperscalers state 5 to 6 years for servers; the short-life argument says 2 to 3 for AI chips.
 * @param [utilization] The share of the year's 8,760 hours the GPU is sold, above 0% up to 100%. Default 100%.
 * @param [rate] The cost of capital a year, 0 or more (8% or 0.08). Default 0, the article's arithmetic, which charges nothing for capital.
 * @param [opex] The GPU's running cost in $ a year (power, hosting), 0 or more. Default 0.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {number[][]} The price of a GPU-hour in $ (one value, as a 1 × 1 matrix).
 */
export function breakevenGpuHour(
  cost: number,
  life: number,
  utilization?: number,
  rate?: number,
  opex?: number,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return EXCEL.BREAKEVEN_GPU_HOUR([cost, life, utilization, rate, opex], invocation) as number[][];
}

/**
 * For a row or a column of yearly GPU spend, the same shape back: in each year, the annual charges of every earlier or same year's data-center cost (spend × (1 + energy)) still within its life.
 * @customfunction CHARGES_IN_SERVICE
 * @helpurl https://localhost:3000/help.html#charges_in_service
 * @requiresParameterAddresses
 * @param {any[][]} spendByYear Yearly GPU spend in $B, one row or one column (a cell a year); blanks and text count as no spend.
 * @param life The GPUs' useful life in whole years, 1 or more. Hyperscalers state 5 to 6.
 * @param [energy] $ of data-center energy cost per $ of GPU, 0 or more. Default 1.
 * @param [rate] The cost of capital a year, 0 or more (8% or 0.08). Default 0, the article's arithmetic, which charges nothing for capital.
 * @param invocation Where the arguments come from (tells an empty cell from a left-out argument).
 * @returns {any[][]} The charges in service in $B, one a year, in the shape of spendByYear.
 */
export function chargesInService(
  spendByYear: any[][],
  life: number,
  energy?: number,
  rate?: number,
  invocation?: CustomFunctions.Invocation
): any[][] {
  return EXCEL.CHARGES_IN_SERVICE([spendByYear, life, energy, rate], invocation) as any[][];
}

/**
 * The JSDoc'd wrapper of each catalog function: a function added to the catalog without one here
 * is a compile error (custom-functions-metadata reads only the JSDoc above).
 */
export const WRAPPERS: Readonly<Record<FunctionId, (...args: never[]) => unknown>> = {
  DATACENTER_COST: datacenterCost,
  REQUIRED_REVENUE: requiredRevenue,
  GAP: gap,
  COVERAGE: coverage,
  BREAKEVEN_SPEND: breakevenSpend,
  ARTICLE_TABLE: articleTable,
  ANNUAL_CHARGE: annualCharge,
  ANNUAL_REQUIRED_REVENUE: annualRequiredRevenue,
  PAYBACK_YEARS: paybackYears,
  BREAKEVEN_GPU_HOUR: breakevenGpuHour,
  CHARGES_IN_SERVICE: chargesInService,
};
