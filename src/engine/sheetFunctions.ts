/**
 * The GPU.* functions as a spreadsheet calls them, once for every host: an omitted optional
 * argument arrives as null (Excel) or undefined and takes the article's value; a range arrives as
 * rows of cells. Hosts (the Excel custom functions, the preview's HyperFormula plugin) only
 * translate arguments in and errors out.
 */
import { ARTICLE_DEFAULTS, COMPANY_REVENUES } from "./article";
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
import { CAPITAL_DEFAULTS } from "./sources";

/** An optional argument: null or undefined when the user left it out. */
export type Optional<T> = T | null | undefined;
/** A range of cells as a spreadsheet passes it: rows of numbers, text, booleans, blanks. */
export type Cells = ReadonlyArray<ReadonlyArray<unknown>>;

/** The article's required revenue ($200B): GAP's and COVERAGE's default. */
export const ARTICLE_REQUIRED_REVENUE = /* @__PURE__ */ requiredRevenue(
  ARTICLE_DEFAULTS.spend,
  ARTICLE_DEFAULTS.energy,
  ARTICLE_DEFAULTS.margin
);

/** GPU.ARTICLE_TABLE's header row. */
export const ARTICLE_TABLE_HEADERS = [
  "Company",
  "AI revenue ($B)",
  "Basis in the article",
] as const;

export const sheetFunctions = {
  DATACENTER_COST: (spend: number, energy?: Optional<number>): number =>
    dataCenterCost(spend, energy ?? ARTICLE_DEFAULTS.energy),

  REQUIRED_REVENUE: (
    spend: number,
    energy?: Optional<number>,
    margin?: Optional<number>,
    cloudMargin?: Optional<number>
  ): number =>
    requiredRevenue(
      spend,
      energy ?? ARTICLE_DEFAULTS.energy,
      margin ?? ARTICLE_DEFAULTS.margin,
      cloudMargin ?? CAPITAL_DEFAULTS.cloudMargin.value
    ),

  GAP: (range: Cells, required?: Optional<number>): number =>
    gap(identifiedRevenue(range), required ?? ARTICLE_REQUIRED_REVENUE),

  COVERAGE: (range: Cells, required?: Optional<number>): number => {
    const identified = identifiedRevenue(range);
    return coverage(identified, checkRequired(required ?? ARTICLE_REQUIRED_REVENUE));
  },

  BREAKEVEN_SPEND: (
    revenue: number,
    energy?: Optional<number>,
    margin?: Optional<number>
  ): number =>
    breakevenSpend(revenue, energy ?? ARTICLE_DEFAULTS.energy, margin ?? ARTICLE_DEFAULTS.margin),

  /** The article's company table with its header row: 13 rows of company, revenue, basis. */
  ARTICLE_TABLE: (): Array<Array<string | number>> => [
    [...ARTICLE_TABLE_HEADERS],
    ...COMPANY_REVENUES.map((row) => [row.company, row.revenue, row.basis]),
  ],

  ANNUAL_CHARGE: (capex: number, life: number, rate?: Optional<number>): number =>
    annualCharge(capex, life, rate ?? CAPITAL_DEFAULTS.rate.value),

  ANNUAL_REQUIRED_REVENUE: (
    spend: number,
    life: number,
    energy?: Optional<number>,
    margin?: Optional<number>,
    rate?: Optional<number>,
    cloudMargin?: Optional<number>
  ): number =>
    annualRequiredRevenue(
      spend,
      life,
      energy ?? ARTICLE_DEFAULTS.energy,
      margin ?? ARTICLE_DEFAULTS.margin,
      rate ?? CAPITAL_DEFAULTS.rate.value,
      cloudMargin ?? CAPITAL_DEFAULTS.cloudMargin.value
    ),

  PAYBACK_YEARS: (capex: number, profit: number, growth?: Optional<number>): number =>
    paybackYears(capex, profit, growth ?? CAPITAL_DEFAULTS.growth.value),

  BREAKEVEN_GPU_HOUR: (
    cost: number,
    life: number,
    utilization?: Optional<number>,
    rate?: Optional<number>,
    opex?: Optional<number>
  ): number =>
    breakevenGpuHour(
      cost,
      life,
      utilization ?? CAPITAL_DEFAULTS.utilization.value,
      rate ?? CAPITAL_DEFAULTS.rate.value,
      opex ?? CAPITAL_DEFAULTS.opex.value
    ),

  /** A row or a column of yearly spend in; the same shape out. */
  CHARGES_IN_SERVICE: (
    spendByYear: Cells,
    life: number,
    energy?: Optional<number>,
    rate?: Optional<number>
  ): number[][] =>
    chargesInService(
      spendByYear,
      life,
      energy ?? ARTICLE_DEFAULTS.energy,
      rate ?? CAPITAL_DEFAULTS.rate.value
    ),
} as const;

export type SheetFunctionId = keyof typeof sheetFunctions;
