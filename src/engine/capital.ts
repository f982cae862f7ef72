/**
 * The model after the debate: what the article's chain leaves out.
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
import { LIMITS } from "./catalog/rules";
import { CAPITAL_DEFAULTS, HOURS_PER_YEAR, PAYBACK_HORIZON_YEARS } from "./sources";
import { describeIn, inBoth } from "./messageText";
import {
  requireFiniteResult,
  requireMargin,
  requireNonNegative,
  requirePositive,
  requireShare,
  requireWholePositive,
} from "./validate";

const CAPEX = {
  en: "the capital spent, 0 or more (for example 100)",
  "zh-TW": "投入的資本，0 或以上（例如 100）",
};
const LIFE = {
  en: "the GPUs' useful life in years, above 0 (hyperscalers state 5 to 6)",
  "zh-TW": "GPU 的使用年限（年），大於 0（大型雲端業者申報 5 至 6 年）",
};
const WHOLE_LIFE = {
  en: "the GPUs' useful life in whole years, 1 or more (hyperscalers state 5 to 6)",
  "zh-TW": "GPU 的使用年限（整數年），1 或以上（大型雲端業者申報 5 至 6 年）",
};
const RATE = {
  en: "the cost of capital a year, 0 or more (0.08 means 8%; 0 is the article's)",
  "zh-TW": "每年的資金成本，0 或以上（0.08 即 8%；文章的算法為 0）",
};
const PROFIT = {
  en: "the first year's profit, 0 or more (same units as capex)",
  "zh-TW": "第一年的利潤，0 或以上（單位與資本支出相同）",
};
const GROWTH = {
  en: `the profit's growth a year, 0 or more (0.1 means 10%; default ${CAPITAL_DEFAULTS.growth.value})`,
  "zh-TW": `利潤每年的成長率，0 或以上（0.1 即 10%；預設 ${CAPITAL_DEFAULTS.growth.value}）`,
};
const COST = {
  en: "the price of one GPU in $, 0 or more (for example 30000)",
  "zh-TW": "一顆 GPU 的價格（美元），0 或以上（例如 30000）",
};
const UTILIZATION = {
  en: `the share of the year's hours the GPU is sold, ${LIMITS.fraction.phrase.en} (default ${CAPITAL_DEFAULTS.utilization.value * 100}%)`,
  "zh-TW": `GPU 一年中售出時數的比例，${LIMITS.fraction.phrase["zh-TW"]}（預設 ${CAPITAL_DEFAULTS.utilization.value * 100}%）`,
};
const ANNUAL_CHARGE_WHAT = { en: "The annual charge", "zh-TW": "年度費用" };
const OPEX = {
  en: `the GPU's running cost in $ a year, 0 or more (default ${CAPITAL_DEFAULTS.opex.value})`,
  "zh-TW": `GPU 每年的營運成本（美元），0 或以上（預設 ${CAPITAL_DEFAULTS.opex.value}）`,
};

/**
 * The capital-recovery charge of checked arguments: the one formula, shared by every function.
 * −expm1(−life × log1p(rate)) is 1 − (1 + rate)^−life without the cancellation that would make a
 * tiny rate divide by zero; where it underflows, the charge is capex ÷ life, its limit.
 */
function capitalCharge(capex: number, life: number, rate: number): number {
  if (capex === 0) return 0; // nothing to recover, whatever the rate and life (never 0 × ∞)
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
  return requireFiniteResult(capitalCharge(c, l, r), ANNUAL_CHARGE_WHAT);
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
  const cost = requireFiniteResult(s * (1 + e), {
    en: "The data-center cost",
    "zh-TW": "資料中心成本",
  });
  const charge = requireFiniteResult(capitalCharge(cost, l, r), ANNUAL_CHARGE_WHAT);
  return requireFiniteResult(charge / (1 - m) / (1 - c), {
    en: "The annual required revenue",
    "zh-TW": "每年所需營收",
  });
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
      return requireFiniteResult(year - 1 + (c - covered) / yearProfit, {
        en: "The payback",
        "zh-TW": "回收年數",
      });
    covered += yearProfit;
    yearProfit *= 1 + g;
  }
  throw new PaybackError(
    {
      en:
        `capex is never paid back within ${PAYBACK_HORIZON_YEARS} years: ${PAYBACK_HORIZON_YEARS} years of ` +
        `profit cover ${formatShare(covered / c)} of it. Raise profit or growth, or lower capex`,
      "zh-TW":
        `資本支出（capex）在 ${PAYBACK_HORIZON_YEARS} 年內都無法回收：${PAYBACK_HORIZON_YEARS} 年的利潤只涵蓋其中的 ` +
        `${formatShare(covered / c)}。請提高利潤或成長率，或降低資本支出`,
    },
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
  const charge = requireFiniteResult(capitalCharge(c, l, r), ANNUAL_CHARGE_WHAT);
  return requireFiniteResult((charge + o) / (HOURS_PER_YEAR * u), {
    en: "The break-even price",
    "zh-TW": "損益兩平價格",
  });
}

/**
 * The refusal of a negative or infinite spend in year `year` (1-based). Built here, not in the
 * loop over the years: an arrow function there would hold the loop's variables, and V8 would
 * then allocate them anew for every year, slowing the loop about threefold.
 */
function negativeSpend(year: number, cell: number): PaybackError {
  return new PaybackError(
    inBoth((language) =>
      language === "zh-TW"
        ? `各年GPU支出（spendByYear）中的 GPU 支出必須為 0 或以上：第 ${year} 年為 ${describeIn(cell, language)}`
        : `spendByYear must hold GPU spends of 0 or more: year ${year} has ${describeIn(cell, language)}`
    ),
    "value",
    "spendByYear"
  );
}

/**
 * The yearly spend in a row or a column, as numbers: blanks, text and booleans count as no spend
 * (as SUM); an error value in a cell is passed on; a negative number is named by its year.
 */
function spendOfEachYear(spendByYear: ReadonlyArray<ReadonlyArray<unknown>>): {
  spends: Float64Array;
  across: boolean;
} {
  const notARange = {
    en: "spendByYear must be a row or a column of yearly GPU spend in $B",
    "zh-TW": "各年GPU支出（spendByYear）必須是一列或一欄的每年 GPU 支出（十億美元）",
  };
  if (!Array.isArray(spendByYear) || spendByYear.length === 0) {
    throw new PaybackError(notARange, "value", "spendByYear");
  }
  let columns = 0;
  for (const row of spendByYear) {
    if (!Array.isArray(row)) throw new PaybackError(notARange, "value", "spendByYear");
    columns = Math.max(columns, row.length);
  }
  const rows = spendByYear.length;
  if (columns === 0) throw new PaybackError(notARange, "value", "spendByYear");
  if (rows > 1 && columns > 1) {
    throw new PaybackError(
      {
        en: `spendByYear must be one row or one column of yearly GPU spend (got ${rows} rows × ${columns} columns): select a single row or column`,
        "zh-TW": `各年GPU支出（spendByYear）必須是一列或一欄的每年 GPU 支出（目前為 ${rows} 列 × ${columns} 欄）：請只選取一列或一欄`,
      },
      "value",
      "spendByYear"
    );
  }
  const across = rows === 1;
  const years = across ? spendByYear[0].length : rows;
  const spends = new Float64Array(years); // 0 where a year has no number: no spend
  for (let year = 0; year < years; year++) {
    const cell = across ? spendByYear[0][year] : spendByYear[year][0];
    if (typeof cell === "number") {
      if (!(cell >= 0 && cell !== Infinity)) {
        throw negativeSpend(year + 1, cell);
      }
      spends[year] = cell;
    } else if (cell !== null && typeof cell === "object") {
      throw new CellErrorValue(cell);
    }
  }
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
  const charges = new Float64Array(spends.length);
  for (let year = 0; year < spends.length; year++) {
    const cost = requireFiniteResult(spends[year] * (1 + e), {
      en: "The data-center cost",
      "zh-TW": "資料中心成本",
    });
    charges[year] = requireFiniteResult(capitalCharge(cost, l, r), ANNUAL_CHARGE_WHAT);
  }
  const totals = windowSums(charges, l);
  const out: number[] = new Array<number>(totals.length);
  for (let year = 0; year < totals.length; year++) {
    out[year] = requireFiniteResult(totals[year], {
      en: "The charges in service",
      "zh-TW": "使用中的年度費用",
    });
  }
  if (across) return [out];
  const column: number[][] = new Array<number[]>(out.length);
  for (let year = 0; year < out.length; year++) column[year] = [out[year]];
  return column;
}

/**
 * The sums of values[t − width + 1 … t] (clipped at the start) for every t, in O(n) whatever the
 * width: a window is a suffix of one block of `width` values plus a prefix of the next, so
 * nothing is ever subtracted: no cancellation, and a window of zeros sums to exactly 0.
 */
function windowSums(values: Float64Array, width: number): Float64Array {
  const n = values.length;
  const prefix = new Float64Array(n);
  for (let i = 0, inBlock = 0; i < n; i++, inBlock = inBlock + 1 === width ? 0 : inBlock + 1) {
    prefix[i] = inBlock === 0 ? values[i] : prefix[i - 1] + values[i];
  }
  if (width >= n) return prefix;
  const suffix = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const blockEnd = i % width === width - 1 || i === n - 1;
    suffix[i] = blockEnd ? values[i] : values[i] + suffix[i + 1];
  }
  const sums = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const start = t - width + 1;
    sums[t] = start <= 0 || start % width === 0 ? prefix[t] : suffix[start] + prefix[t];
  }
  return sums;
}
