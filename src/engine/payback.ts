/**
 * The payback chain of "AI's $200B Question":
 *   data-center cost = spend × (1 + energy)
 *   required revenue = data-center cost ÷ (1 − margin) [÷ (1 − cloudMargin), default 0]
 *   gap              = required − identified revenue
 *   coverage         = identified ÷ required
 *   break-even spend = revenue × (1 − margin) ÷ (1 + energy)
 * Every function validates its arguments and returns a finite number or throws a PaybackError.
 */
import { ARTICLE_DEFAULTS } from "./article";
import { CellErrorValue, PaybackError } from "./errors";
import { LIMITS } from "./catalog/rules";
import { CAPITAL_DEFAULTS } from "./sources";
import { describeIn, inBoth } from "./messageText";
import { requireFiniteResult, requireMargin, requireNonNegative } from "./validate";

/** What each shared argument must be, as the error messages say it (also used by ./capital). */
export const SPEND_WHAT = {
  en: "GPU spend in $B, 0 or more (the article: 50)",
  "zh-TW": "GPU 支出（十億美元），0 或以上（文章：50）",
};
export const ENERGY_WHAT = {
  en: `$ of data-center energy per $ of GPU, 0 or more (the article: ${ARTICLE_DEFAULTS.energy})`,
  "zh-TW": `每 1 美元 GPU 的資料中心能源成本（美元），0 或以上（文章：${ARTICLE_DEFAULTS.energy}）`,
};
const REVENUE = { en: "annual revenue in $B, 0 or more", "zh-TW": "年營收（十億美元），0 或以上" };
export const CLOUD_MARGIN_WHAT = {
  en: `the cloud vendor's margin, ${LIMITS.share.phrase.en} (0.3 means 30%; default ${CAPITAL_DEFAULTS.cloudMargin.value})`,
  "zh-TW": `雲端業者的利潤率，${LIMITS.share.phrase["zh-TW"]}（0.3 即 30%；預設 ${CAPITAL_DEFAULTS.cloudMargin.value}）`,
};

const NOT_A_REVENUE_RANGE = {
  en: "range must be a range of cells holding revenues in $B",
  "zh-TW": "營收範圍（range）必須是存放營收（十億美元）的儲存格範圍",
};

/** GPU spend × (1 + energy): what the data centers cost, $B. */
export function dataCenterCost(spend: number, energy: number = ARTICLE_DEFAULTS.energy): number {
  const s = requireNonNegative("spend", spend, SPEND_WHAT);
  const e = requireNonNegative("energy", energy, ENERGY_WHAT);
  return requireFiniteResult(s * (1 + e), { en: "The data-center cost", "zh-TW": "資料中心成本" });
}

/**
 * Data-center cost ÷ (1 − margin) ÷ (1 − cloudMargin): the revenue that pays back one year of GPU
 * spend, $B. The cloud vendor's margin (default 0, which the article leaves out) applies on top.
 */
export function requiredRevenue(
  spend: number,
  energy: number = ARTICLE_DEFAULTS.energy,
  margin: number = ARTICLE_DEFAULTS.margin,
  cloudMargin: number = CAPITAL_DEFAULTS.cloudMargin.value
): number {
  const s = requireNonNegative("spend", spend, SPEND_WHAT);
  const e = requireNonNegative("energy", energy, ENERGY_WHAT);
  const m = requireMargin(margin); // every argument is checked before anything is computed
  const c = requireMargin(cloudMargin, "cloudMargin", CLOUD_MARGIN_WHAT);
  const cost = requireFiniteResult(s * (1 + e), {
    en: "The data-center cost",
    "zh-TW": "資料中心成本",
  });
  return requireFiniteResult(cost / (1 - m) / (1 - c), {
    en: "The required revenue",
    "zh-TW": "所需營收",
  });
}

/** The article's required revenue ($200B): GAP's and COVERAGE's default. */
export const ARTICLE_REQUIRED_REVENUE = /* @__PURE__ */ requiredRevenue(
  ARTICLE_DEFAULTS.spend,
  ARTICLE_DEFAULTS.energy,
  ARTICLE_DEFAULTS.margin
);
const REQUIRED = {
  en: `the revenue required in $B, 0 or more (the article: ${ARTICLE_REQUIRED_REVENUE})`,
  "zh-TW": `所需營收（十億美元），0 或以上（文章：${ARTICLE_REQUIRED_REVENUE}）`,
};

/** The GPU spend that a given revenue pays back: revenue × (1 − margin) ÷ (1 + energy), $B. */
export function breakevenSpend(
  revenue: number,
  energy: number = ARTICLE_DEFAULTS.energy,
  margin: number = ARTICLE_DEFAULTS.margin
): number {
  const r = requireNonNegative("revenue", revenue, REVENUE);
  const e = requireNonNegative("energy", energy, ENERGY_WHAT);
  const m = requireMargin(margin);
  return requireFiniteResult((r * (1 - m)) / (1 + e), {
    en: "The break-even spend",
    "zh-TW": "損益兩平的 GPU 支出",
  });
}

/** Validates a required-revenue argument (0 or more). */
export function checkRequired(required: number): number {
  return requireNonNegative("required", required, REQUIRED);
}

/** Required minus identified revenue, $B: what is still missing (negative when revenue exceeds it). */
export function gap(identified: number, required: number): number {
  const i = requireNonNegative("identified revenue", identified, REVENUE);
  return requireFiniteResult(checkRequired(required) - i, { en: "The gap", "zh-TW": "缺口" });
}

/** Identified ÷ required revenue: the share of the requirement already covered (0.375 = 37.5%). */
export function coverage(identified: number, required: number): number {
  const i = requireNonNegative("identified revenue", identified, REVENUE);
  const r = checkRequired(required);
  if (r === 0) {
    throw new PaybackError(
      {
        en: `required must be above 0 to compute coverage (the article: ${ARTICLE_REQUIRED_REVENUE})`,
        "zh-TW": `所需營收（required）必須大於 0 才能計算覆蓋率（文章：${ARTICLE_REQUIRED_REVENUE}）`,
      },
      "value",
      "required"
    );
  }
  return requireFiniteResult(i / r, { en: "The coverage", "zh-TW": "覆蓋率" });
}

/**
 * The refusal of a negative or infinite revenue at `row`, `column` (1-based) of the range. Built
 * here, not in the loop over the cells: an arrow function there would hold the loop's variables,
 * and V8 would then allocate them anew for every cell, slowing the sum about threefold.
 */
function negativeRevenue(row: number, column: number, value: number): PaybackError {
  return new PaybackError(
    inBoth((language) =>
      language === "zh-TW"
        ? `營收範圍（range）中的營收必須為 0 或以上：範圍的第 ${row} 列、第 ${column} 欄為 ${describeIn(value, language)}`
        : `range must hold revenues of 0 or more: row ${row}, column ${column} of the range has ${describeIn(value, language)}`
    ),
    "value",
    "range"
  );
}

/**
 * The identified revenue in a range, summed like Excel's SUM: numbers count; text, booleans and
 * blanks (null, undefined, "") are skipped. A negative or non-finite number is rejected; a cell
 * that holds an error value (any object) throws CellErrorValue carrying it, so hosts pass it on.
 */
export function identifiedRevenue(cells: ReadonlyArray<ReadonlyArray<unknown>>): number {
  if (!Array.isArray(cells)) {
    throw new PaybackError(NOT_A_REVENUE_RANGE, "value", "range");
  }
  let total = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!Array.isArray(row)) {
      throw new PaybackError(NOT_A_REVENUE_RANGE, "value", "range");
    }
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "number") {
        if (value >= 0 && value !== Infinity) {
          total += value;
        } else {
          throw negativeRevenue(r + 1, c + 1, value);
        }
      } else if (value !== null && typeof value === "object") {
        throw new CellErrorValue(value);
      }
    }
  }
  return requireFiniteResult(total, { en: "The sum of the revenues", "zh-TW": "營收合計" });
}
