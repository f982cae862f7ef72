/**
 * The model after the debate (issue 12): what the article's chain leaves out.
 *   annual charge            = capex ÷ life at rate 0, else capex × rate ÷ (1 − (1 + rate)^−life)
 *                              (Excel's −PMT(rate, life, capex))
 *   annual required revenue  = annual charge of spend × (1 + energy) ÷ (1 − margin) ÷ (1 − cloudMargin)
 *   payback years            = years until cumulative profit (growing by growth a year) covers capex
 *   break-even GPU-hour      = (annual charge of one GPU + opex) ÷ (8,760 × utilization)
 *   charges in service       = each year, the annual charges of every vintage still within its life
 * Each function checks every argument once, before computing, and returns a finite number (or a
 * row/column of them) or throws a PaybackError. Sources of the defaults: ./sources.ts.
 */
import { ARTICLE_DEFAULTS } from "./article";
import { CellErrorValue, PaybackError } from "./errors";
import { CLOUD_MARGIN_WHAT, ENERGY_WHAT, SPEND_WHAT } from "./payback";
import { CAPITAL_DEFAULTS, HOURS_PER_YEAR, PAYBACK_HORIZON_YEARS } from "./sources";
import {
  describe,
  requireFiniteResult,
  requireMargin,
  requireNonNegative,
  requirePositive,
  requireShare,
  requireWholePositive,
} from "./validate";

const CAPEX = "the capital spent, 0 or more (for example 100)";
const LIFE = "the GPUs' useful life in years, above 0 (hyperscalers state 5 to 6)";
const WHOLE_LIFE = "the GPUs' useful life in whole years, 1 or more (hyperscalers state 5 to 6)";
const RATE = "the cost of capital a year, 0 or more (0.08 means 8%; 0 is the article's)";
const PROFIT = "the first year's profit, 0 or more (same units as capex)";
const GROWTH = "the profit's growth a year, 0 or more (0.1 means 10%; default 0)";
const COST = "the price of one GPU in $, 0 or more (for example 30000)";
const UTILIZATION =
  "the share of the year's hours the GPU is sold, above 0% up to 100% (default 100%)";
const OPEX = "the GPU's running cost in $ a year, 0 or more (default 0)";

/**
 * The capital-recovery charge of checked arguments: the one formula, shared by every function.
 * −expm1(−life × log1p(rate)) is 1 − (1 + rate)^−life without the cancellation that would make a
 * tiny rate divide by zero; where it underflows, the charge is capex ÷ life, its limit.
 */
function capitalCharge(capex: number, life: number, rate: number): number {
  const exponent = life * Math.log1p(rate);
  if (!(exponent > 1e-300)) return capex / life;
  return capex * (rate / -Math.expm1(-exponent));
}

/** The yearly capital charge of capex over life years at a cost of capital rate (default 0). */
export function annualCharge(
  capex: number,
  life: number,
  rate: number = CAPITAL_DEFAULTS.rate.value
): number {
  const c = requireNonNegative("capex", capex, CAPEX);
  const l = requirePositive("life", life, LIFE);
  const r = requireNonNegative("rate", rate, RATE);
  return requireFiniteResult(capitalCharge(c, l, r), "The annual charge");
}

/**
 * The revenue needed in each year of the GPUs' life to pay back one year of GPU spend:
 * the annual charge of spend × (1 + energy), ÷ (1 − margin) ÷ (1 − cloudMargin), $B a year.
 */
export function annualRequiredRevenue(
  spend: number,
  life: number,
  energy: number = ARTICLE_DEFAULTS.energy,
  margin: number = ARTICLE_DEFAULTS.margin,
  rate: number = CAPITAL_DEFAULTS.rate.value,
  cloudMargin: number = CAPITAL_DEFAULTS.cloudMargin.value
): number {
  const s = requireNonNegative("spend", spend, SPEND_WHAT);
  const l = requirePositive("life", life, LIFE);
  const e = requireNonNegative("energy", energy, ENERGY_WHAT);
  const m = requireMargin(margin);
  const r = requireNonNegative("rate", rate, RATE);
  const c = requireMargin(cloudMargin, "cloudMargin", CLOUD_MARGIN_WHAT);
  const cost = requireFiniteResult(s * (1 + e), "The data-center cost");
  const charge = requireFiniteResult(capitalCharge(cost, l, r), "The annual charge");
  return requireFiniteResult(charge / (1 - m) / (1 - c), "The annual required revenue");
}

/**
 * The years until the cumulative profit covers capex, when the first year's profit is `profit`
 * and it grows by `growth` a year; interpolated within the year it is covered. Beyond
 * PAYBACK_HORIZON_YEARS (100) it never pays back: a PaybackError of kind "notAvailable" (#N/A).
 */
export function paybackYears(
  capex: number,
  profit: number,
  growth: number = CAPITAL_DEFAULTS.growth.value
): number {
  const c = requireNonNegative("capex", capex, CAPEX);
  const p = requireNonNegative("profit", profit, PROFIT);
  const g = requireNonNegative("growth", growth, GROWTH);
  if (c === 0) return 0;
  let covered = 0;
  let yearProfit = p;
  for (let year = 1; year <= PAYBACK_HORIZON_YEARS; year++) {
    if (covered + yearProfit >= c)
      return requireFiniteResult(year - 1 + (c - covered) / yearProfit, "The payback");
    covered += yearProfit;
    yearProfit *= 1 + g;
  }
  throw new PaybackError(
    `capex is never paid back within ${PAYBACK_HORIZON_YEARS} years: ${PAYBACK_HORIZON_YEARS} years of ` +
      `profit cover ${formatShare(covered / c)} of it. Raise profit or growth, or lower capex`,
    "notAvailable",
    "profit"
  );
}

/** 0.4321 → "43.2%", for messages. */
function formatShare(share: number): string {
  return `${Math.floor(share * 1000) / 10}%`;
}

/**
 * The price of a GPU-hour, in $, at which one GPU costing `cost` dollars pays back over its life:
 * (annual charge + opex) ÷ (8,760 × utilization).
 */
export function breakevenGpuHour(
  cost: number,
  life: number,
  utilization: number = CAPITAL_DEFAULTS.utilization.value,
  rate: number = CAPITAL_DEFAULTS.rate.value,
  opex: number = CAPITAL_DEFAULTS.opex.value
): number {
  const c = requireNonNegative("cost", cost, COST);
  const l = requirePositive("life", life, LIFE);
  const u = requireShare("utilization", utilization, UTILIZATION);
  const r = requireNonNegative("rate", rate, RATE);
  const o = requireNonNegative("opex", opex, OPEX);
  const charge = requireFiniteResult(capitalCharge(c, l, r), "The annual charge");
  return requireFiniteResult((charge + o) / (HOURS_PER_YEAR * u), "The break-even price");
}

/**
 * The yearly spend in a row or a column, as numbers: blanks, text and booleans count as no spend
 * (as SUM); an error value in a cell is passed on; a negative number is named by its year.
 */
function spendOfEachYear(spendByYear: ReadonlyArray<ReadonlyArray<unknown>>): {
  spends: number[];
  across: boolean;
} {
  const notARange = "spendByYear must be a row or a column of yearly GPU spend in $B";
  if (!Array.isArray(spendByYear) || spendByYear.length === 0) {
    throw new PaybackError(notARange, "value", "spendByYear");
  }
  let columns = 0;
  for (const row of spendByYear) {
    if (!Array.isArray(row)) throw new PaybackError(notARange, "value", "spendByYear");
    columns = Math.max(columns, row.length);
  }
  if (columns === 0) throw new PaybackError(notARange, "value", "spendByYear");
  const rows = spendByYear.length;
  if (rows > 1 && columns > 1) {
    throw new PaybackError(
      `spendByYear must be one row or one column of yearly GPU spend (got ${rows} rows × ${columns} columns): select a single row or column`,
      "value",
      "spendByYear"
    );
  }
  const across = rows === 1;
  const cells: unknown[] = across ? [...spendByYear[0]] : spendByYear.map((row) => row[0]);
  const spends = cells.map((cell, index) => {
    if (typeof cell === "number") {
      if (cell >= 0 && cell !== Infinity) return cell + 0;
      throw new PaybackError(
        `spendByYear must hold GPU spends of 0 or more: year ${index + 1} has ${describe(cell)}`,
        "value",
        "spendByYear"
      );
    }
    if (cell !== null && typeof cell === "object") throw new CellErrorValue(cell);
    return 0; // blank, text or boolean: no spend that year
  });
  return { spends, across };
}

/**
 * For yearly GPU spend in a row or a column, the same shape back: in each year, the total annual
 * charge of every earlier or same year's data-center cost (spend × (1 + energy)) still within its
 * life of whole years. ({50, 150, 150}, 2) → {50, 200, 300}.
 */
export function chargesInService(
  spendByYear: ReadonlyArray<ReadonlyArray<unknown>>,
  life: number,
  energy: number = ARTICLE_DEFAULTS.energy,
  rate: number = CAPITAL_DEFAULTS.rate.value
): number[][] {
  const { spends, across } = spendOfEachYear(spendByYear);
  const l = requireWholePositive("life", life, WHOLE_LIFE);
  const e = requireNonNegative("energy", energy, ENERGY_WHAT);
  const r = requireNonNegative("rate", rate, RATE);
  const years = spends.length;
  const inService = new Array<number>(years).fill(0);
  spends.forEach((spend, vintage) => {
    if (spend === 0) return;
    const cost = requireFiniteResult(spend * (1 + e), "The data-center cost");
    const charge = requireFiniteResult(capitalCharge(cost, l, r), "The annual charge");
    const end = Math.min(years, vintage + l); // the vintage's last year in service is vintage + life − 1
    for (let year = vintage; year < end; year++) inService[year] += charge;
  });
  const totals = inService.map((total) => requireFiniteResult(total, "The charges in service"));
  return across ? [totals] : totals.map((total) => [total]);
}
