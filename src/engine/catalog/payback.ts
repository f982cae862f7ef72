/** The payback chain: DATACENTER_COST, REQUIRED_REVENUE and the way back, BREAKEVEN_SPEND. */
import { defineFunction } from "./define";
import { TOO_LARGE } from "./errorTexts";
import { CLOUD_MARGIN, ENERGY, MARGIN, SPEND } from "./parameters";
import type { Localized } from "./types";

const NEGATIVE_SPEND_OR_ENERGY: Localized = {
  en: "#VALUE! when spend or energy is negative or not a number, with a message such as “spend must be 0 or more: GPU spend in $B, 0 or more (the article: 50) (got -50)”.",
  "zh-TW":
    "spend 或 energy 為負數或不是數字時為 #VALUE!，訊息例如「spend must be 0 or more: …(got -50)」。",
};
const MARGIN_OUT_OF_RANGE: Localized = {
  en: "#VALUE! when margin is below 0% or 100% and above: =GPU.REQUIRED_REVENUE(50, 1, 50) says “margin must be below 100% (0.5 means 50%); got 50”.",
  "zh-TW":
    "margin 低於 0% 或達 100% 以上時為 #VALUE!：=GPU.REQUIRED_REVENUE(50, 1, 50) 的訊息是「margin must be below 100% (0.5 means 50%); got 50」。",
};

export const DATACENTER_COST = /* @__PURE__ */ defineFunction("DATACENTER_COST", {
  parameters: { spend: SPEND, energy: ENERGY },
  description: {
    en: "Data-center cost in $B: GPU spend × (1 + energy). The article: 50 × (1 + 1) = 100.",
    "zh-TW": "資料中心成本（十億美元）：GPU 支出 × (1 + 能源)。文章：50 × (1 + 1) = 100。",
  },
  formula: {
    en: "data-center cost = spend × (1 + energy)",
    "zh-TW": "資料中心成本 = 支出 × (1 + 能源)",
  },
  returns: { en: "The data-center cost in $B.", "zh-TW": "資料中心成本（十億美元）。" },
  examples: [
    { formula: "=GPU.DATACENTER_COST(50,1)", result: { en: "100", "zh-TW": "100" } },
    {
      formula: "=GPU.DATACENTER_COST(50)",
      result: { en: "100 (50 × (1 + 1))", "zh-TW": "100（50 × (1 + 1)）" },
    },
    { formula: "=GPU.DATACENTER_COST(50,0.5)", result: { en: "75", "zh-TW": "75" } },
  ],
  errors: [NEGATIVE_SPEND_OR_ENERGY, TOO_LARGE],
});

export const REQUIRED_REVENUE = /* @__PURE__ */ defineFunction("REQUIRED_REVENUE", {
  parameters: { spend: SPEND, energy: ENERGY, margin: MARGIN, cloudMargin: CLOUD_MARGIN },
  description: {
    en: "Revenue in $B that pays back a year of GPU spend: spend × (1 + energy) ÷ (1 − margin), and ÷ (1 − cloudMargin) for a cloud vendor's margin (default 0). The article: 200.",
    "zh-TW":
      "回本一年 GPU 支出所需的營收（十億美元）：支出 × (1 + 能源) ÷ (1 − 利潤率)，若有雲端業者利潤率再 ÷ (1 − 雲端利潤率)（預設 0）。文章：200。",
  },
  formula: {
    en: "required revenue = spend × (1 + energy) ÷ (1 − margin) ÷ (1 − cloudMargin)",
    "zh-TW": "所需營收 = 支出 × (1 + 能源) ÷ (1 − 利潤率) ÷ (1 − 雲端利潤率)",
  },
  returns: { en: "The required revenue in $B.", "zh-TW": "所需營收（十億美元）。" },
  examples: [
    { formula: "=GPU.REQUIRED_REVENUE(50,1,50%)", result: { en: "200", "zh-TW": "200" } },
    {
      formula: "=GPU.REQUIRED_REVENUE(50)",
      result: {
        en: "200 (the article's $200B question)",
        "zh-TW": "200（文章的 2000 億美元問題）",
      },
    },
    {
      formula: "=GPU.REQUIRED_REVENUE(150)",
      result: {
        en: "600 (the June 2024 update, AI's $600B Question)",
        "zh-TW": "600（2024 年 6 月更新〈AI's $600B Question〉）",
      },
    },
    {
      formula: "=GPU.REQUIRED_REVENUE(50,1,50%,30%)",
      result: {
        en: "285.7142857142857 (200 ÷ 0.7): with a 30% cloud vendor's margin on top",
        "zh-TW": "285.7142857142857（200 ÷ 0.7）：再加上 30% 的雲端業者利潤率",
      },
    },
  ],
  errors: [
    NEGATIVE_SPEND_OR_ENERGY,
    MARGIN_OUT_OF_RANGE,
    {
      en: "#VALUE! when cloudMargin is below 0% or 100% and above: =GPU.REQUIRED_REVENUE(50, 1, 50%, 1) says “cloudMargin must be below 100% (0.5 means 50%); got 1”.",
      "zh-TW":
        "cloudMargin 低於 0% 或達 100% 以上時為 #VALUE!：=GPU.REQUIRED_REVENUE(50, 1, 50%, 1) 的訊息是「cloudMargin must be below 100% (0.5 means 50%); got 1」。",
    },
    {
      en: "#NUM! when the result is too large for Excel to hold, e.g. =GPU.REQUIRED_REVENUE(1E308, 1E308, 50%).",
      "zh-TW": "結果大到 Excel 無法存放時為 #NUM!，例如 =GPU.REQUIRED_REVENUE(1E308, 1E308, 50%)。",
    },
  ],
});

export const BREAKEVEN_SPEND = /* @__PURE__ */ defineFunction("BREAKEVEN_SPEND", {
  parameters: {
    revenue: {
      label: { en: "revenue", "zh-TW": "營收" },
      description: {
        en: "Annual revenue in $B, 0 or more.",
        "zh-TW": "年營收（十億美元），0 或以上。",
      },
    },
    energy: ENERGY,
    margin: MARGIN,
  },
  description: {
    en: "The GPU spend in $B that a given annual revenue pays back: revenue × (1 − margin) ÷ (1 + energy). The article: 75 pays back 18.75.",
    "zh-TW":
      "一年營收足以回本的 GPU 支出（十億美元）：營收 × (1 − 利潤率) ÷ (1 + 能源)。文章：75 可回本 18.75。",
  },
  formula: {
    en: "break-even spend = revenue × (1 − margin) ÷ (1 + energy)",
    "zh-TW": "損益兩平支出 = 營收 × (1 − 利潤率) ÷ (1 + 能源)",
  },
  returns: { en: "The break-even GPU spend in $B.", "zh-TW": "損益兩平的 GPU 支出（十億美元）。" },
  examples: [
    {
      formula: "=GPU.BREAKEVEN_SPEND(75,1,50%)",
      result: {
        en: "18.75: the article's $75B of revenue pays back $18.75B of GPUs a year",
        "zh-TW": "18.75：文章的 750 億美元營收每年可回本 187.5 億美元的 GPU",
      },
    },
    { formula: "=GPU.BREAKEVEN_SPEND(200,1,50%)", result: { en: "50", "zh-TW": "50" } },
  ],
  errors: [
    {
      en: "#VALUE! when revenue or energy is negative or not a number, or margin is below 0% or 100% and above.",
      "zh-TW": "revenue 或 energy 為負數或不是數字，或 margin 低於 0% 或達 100% 以上時為 #VALUE!。",
    },
  ],
});
