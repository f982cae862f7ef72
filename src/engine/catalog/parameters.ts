/**
 * The words of the arguments that several functions share, written once: spend, energy, margin,
 * revenue ranges, the required revenue, the useful life, the cost of capital and capex. Their
 * names, defaults and limits are the metadata table's (./signatures.ts).
 */
import type { ParameterTexts } from "./types";

export const SPEND: ParameterTexts = {
  label: { en: "spend", "zh-TW": "GPU支出" },
  description: {
    en: "GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.",
    "zh-TW": "每年的 GPU 支出（十億美元），0 或以上。文章：50；2024 年 6 月更新：150。",
  },
};

export const ENERGY: ParameterTexts = {
  label: { en: "energy", "zh-TW": "能源" },
  description: {
    en: "$ of data-center energy cost per $ of GPU, 0 or more.",
    "zh-TW": "每 1 美元 GPU 所需的資料中心能源成本（美元），0 或以上。",
  },
};

export const MARGIN: ParameterTexts = {
  label: { en: "margin", "zh-TW": "利潤率" },
  description: {
    en: "The end customer's margin, from 0% to below 100% (0.5 or 50%).",
    "zh-TW": "終端客戶的利潤率，0% 以上、未滿 100%（0.5 或 50%）。",
  },
  hint: { en: "type 50% or 0.5", "zh-TW": "輸入 50% 或 0.5" },
};

export const REVENUES: ParameterTexts = {
  label: { en: "range", "zh-TW": "營收範圍" },
  description: {
    en: "The identified AI revenues in $B: the revenue column or the whole company table.",
    "zh-TW": "已確認的 AI 營收（十億美元）：營收欄或整個公司表格。",
  },
  allowed: {
    en: "a range; numbers 0 or more are added up, text, TRUE/FALSE and blank cells are skipped, as SUM does",
    "zh-TW": "一個範圍；加總 0 或以上的數字，文字、TRUE/FALSE 與空白儲存格會像 SUM 一樣略過",
  },
};

/** The article's figure, after a default of 200. */
const ARTICLE_FIGURE = { en: "the article's figure", "zh-TW": "即文章的數字" };

export const REQUIRED: ParameterTexts = {
  label: { en: "required", "zh-TW": "所需營收" },
  description: {
    en: "The required revenue in $B, 0 or more.",
    "zh-TW": "回本所需營收（十億美元），0 或以上。",
  },
  defaultNote: ARTICLE_FIGURE,
};

/** COVERAGE divides by it: above 0. */
export const REQUIRED_ABOVE_ZERO: ParameterTexts = {
  ...REQUIRED,
  description: {
    en: "The required revenue in $B, above 0.",
    "zh-TW": "回本所需營收（十億美元），大於 0。",
  },
};

export const CLOUD_MARGIN: ParameterTexts = {
  label: { en: "cloudMargin", "zh-TW": "雲端利潤率" },
  description: {
    en: "The cloud vendor's margin, applied on top of the end customer's, from 0% to below 100%.",
    "zh-TW": "雲端業者的利潤率，另外加在終端客戶的利潤率之上，0% 以上、未滿 100%。",
  },
  defaultNote: {
    en: "as in the article, which leaves it out",
    "zh-TW": "與文章相同（文章未計入）",
  },
  hint: { en: "type 30% or 0.3", "zh-TW": "輸入 30% 或 0.3" },
};

export const LIFE: ParameterTexts = {
  label: { en: "life", "zh-TW": "使用年限" },
  description: {
    en: "The GPUs' useful life in years, above 0. Hyperscalers state 5 to 6 years for servers; the short-life argument says 2 to 3 for AI chips.",
    "zh-TW":
      "GPU 的使用年限（年），大於 0。大型雲端業者的伺服器採 5 至 6 年；短壽命論點認為 AI 晶片只有 2 至 3 年。",
  },
};

export const RATE: ParameterTexts = {
  label: { en: "rate", "zh-TW": "資金成本" },
  description: {
    en: "The cost of capital a year, 0 or more (8% or 0.08).",
    "zh-TW": "每年的資金成本，0 或以上（8% 或 0.08）。",
  },
  defaultNote: {
    en: "the article's arithmetic, which charges nothing for capital",
    "zh-TW": "即文章的算法（不計資金成本）",
  },
  hint: { en: "type 8% or 0.08", "zh-TW": "輸入 8% 或 0.08" },
};

export const CAPEX: ParameterTexts = {
  label: { en: "capex", "zh-TW": "資本支出" },
  description: {
    en: "The capital spent, 0 or more: for example 100 ($B of data-center cost).",
    "zh-TW": "投入的資本，0 或以上：例如 100（十億美元的資料中心成本）。",
  },
};
