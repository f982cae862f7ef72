/**
 * The GPU.* functions as a spreadsheet calls them, once for every host: an omitted optional
 * argument arrives as null (Excel) or undefined and takes its default from the catalog's metadata
 * table (./catalog/signatures.ts); a range arrives as rows of cells. Hosts (the Excel custom
 * functions, the preview's HyperFormula plugin) only translate arguments in and errors out.
 */
import { COMPANY_REVENUES } from "./article";
import {
  annualCharge,
  annualRequiredRevenue,
  breakevenGpuHour,
  chargesInService,
  paybackYears,
} from "./capital";
import {
  breakevenSpend,
  checkRequired,
  coverage,
  dataCenterCost,
  gap,
  identifiedRevenue,
  requiredRevenue,
} from "./payback";
import { FUNCTION_IDS, SIGNATURES, parametersOf, type FunctionId } from "./catalog/signatures";
import type { SheetResult, SheetScalar } from "./catalog/types";

/** An optional argument: null or undefined when the user left it out. */
export type Optional<T> = T | null | undefined;
/** A range of cells as a spreadsheet passes it: rows of numbers, text, booleans, blanks. */
export type Cells = ReadonlyArray<ReadonlyArray<unknown>>;

/** GPU.ARTICLE_TABLE's header row. */
export const ARTICLE_TABLE_HEADERS = [
  "Company",
  "AI revenue ($B)",
  "Basis in the article",
] as const;

/** What GPU.<id> gives a cell: one number, or the rows of a spilled array. */
export type ResultOf<Id extends FunctionId> = (typeof SIGNATURES)[Id]["result"] extends "number"
  ? number
  : SheetScalar[][];

/**
 * The engine's math of each function, every argument given (the defaults are filled in from the
 * table before it is called). A function missing here is a compile error.
 */
const MATH: { readonly [Id in FunctionId]: (...args: never[]) => ResultOf<Id> } = {
  DATACENTER_COST: dataCenterCost,
  REQUIRED_REVENUE: requiredRevenue,
  GAP: (range: Cells, required: number) => gap(identifiedRevenue(range), required),
  COVERAGE: (range: Cells, required: number) => {
    const identified = identifiedRevenue(range);
    return coverage(identified, checkRequired(required));
  },
  BREAKEVEN_SPEND: breakevenSpend,
  /** The article's company table with its header row: 13 rows of company, revenue, basis. */
  ARTICLE_TABLE: () => [
    [...ARTICLE_TABLE_HEADERS],
    ...COMPANY_REVENUES.map((row) => [row.company, row.revenue, row.basis]),
  ],
  ANNUAL_CHARGE: annualCharge,
  ANNUAL_REQUIRED_REVENUE: annualRequiredRevenue,
  PAYBACK_YEARS: paybackYears,
  BREAKEVEN_GPU_HOUR: breakevenGpuHour,
  /** A row or a column of yearly spend in; the same shape out. */
  CHARGES_IN_SERVICE: chargesInService,
};

export type SheetFunction<Id extends FunctionId> = (...args: unknown[]) => ResultOf<Id>;

/** The most parameters a GPU.* function has: the wrapper below takes that many positionally. */
const MOST_PARAMETERS = 6;

/**
 * GPU.<id>'s math with each omitted argument (null or undefined) taking the table's default.
 * Positional parameters rather than rest and spread: this runs once per cell, and the rest/spread
 * form measured 126 against 85 ns a call of REQUIRED_REVENUE (docs/bench.md).
 */
function withDefaults<Id extends FunctionId>(id: Id): SheetFunction<Id> {
  const defaults = parametersOf(id).map((parameter) => parameter.default);
  if (defaults.length > MOST_PARAMETERS) {
    throw new Error(
      `GPU.${id} has ${defaults.length} parameters; sheetFunctions.ts takes ${MOST_PARAMETERS}`
    );
  }
  const math = MATH[id] as (...args: unknown[]) => ResultOf<Id>;
  const or = (given: unknown, i: number): unknown =>
    (given === null || given === undefined) && defaults[i] !== undefined ? defaults[i] : given;
  return (a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown, f?: unknown) =>
    math(or(a, 0), or(b, 1), or(c, 2), or(d, 3), or(e, 4), or(f, 5));
}

export const sheetFunctions = Object.fromEntries(
  FUNCTION_IDS.map((id) => [id, withDefaults(id)])
) as { readonly [Id in FunctionId]: SheetFunction<Id> };

export type SheetFunctionId = FunctionId;
export type { SheetResult };
