/**
 * The capital model: what the article's chain leaves out. The yearly capital charge
 * over a useful life at a cost of capital, the revenue needed each year, the years to pay back,
 * the break-even price of a GPU-hour, and the charges of every year's spend still in service.
 * Sources of every default: src/engine/sources.ts.
 */
import { defineFunction } from "./define";
import { TOO_LARGE } from "./errorTexts";
import { CAPEX, CLOUD_MARGIN, ENERGY, LIFE, MARGIN, RATE, SPEND } from "./parameters";
import type { CellsSize, Localized } from "./types";
const LIFE_ERROR: Localized = {
  en: "#VALUE! when life is 0 or less or not a number: “life must be above 0: the GPUs' useful life in years, above 0 (hyperscalers state 5 to 6) (got 0)”.",
  "zh-TW":
    "life 為 0 以下或不是數字時為 #VALUE!：「life must be above 0: the GPUs' useful life in years, above 0 (hyperscalers state 5 to 6) (got 0)」。",
};
const RATE_ERROR: Localized = {
  en: "#VALUE! when rate is negative or not a number.",
  "zh-TW": "rate 為負數或不是數字時為 #VALUE!。",
};

export const ANNUAL_CHARGE = /* @__PURE__ */ defineFunction("ANNUAL_CHARGE", {
  parameters: { capex: CAPEX, life: LIFE, rate: RATE },
  description: {
    en: "The yearly capital charge of capex over a useful life of life years at a cost of capital rate: capex ÷ life at rate 0, otherwise Excel's −PMT(rate, life, capex).",
    "zh-TW":
      "資本支出在 life 年使用年限內、資金成本為 rate 時的每年資本費用：rate 為 0 時為資本支出 ÷ 年限，否則等於 Excel 的 −PMT(rate, life, capex)。",
  },
  formula: {
    en: "annual charge = capex ÷ life (rate 0); capex × rate ÷ (1 − (1 + rate)^−life)",
    "zh-TW": "每年費用 = 資本支出 ÷ 年限（rate 為 0）；資本支出 × rate ÷ (1 − (1 + rate)^−年限)",
  },
  returns: {
    en: "The charge a year, in the units of capex.",
    "zh-TW": "每年的費用，單位同資本支出。",
  },
  examples: [
    {
      formula: "=GPU.ANNUAL_CHARGE(100,5)",
      result: { en: "20 (100 ÷ 5)", "zh-TW": "20（100 ÷ 5）" },
    },
    {
      formula: "=GPU.ANNUAL_CHARGE(100,5,10%)",
      result: {
        en: "26.379748079474535, as =-PMT(10%,5,100)",
        "zh-TW": "26.379748079474535，同 =-PMT(10%,5,100)",
      },
    },
  ],
  errors: [
    {
      en: "#VALUE! when capex is negative or not a number.",
      "zh-TW": "capex 為負數或不是數字時為 #VALUE!。",
    },
    LIFE_ERROR,
    RATE_ERROR,
    TOO_LARGE,
  ],
});

export const ANNUAL_REQUIRED_REVENUE = /* @__PURE__ */ defineFunction("ANNUAL_REQUIRED_REVENUE", {
  parameters: {
    spend: SPEND,
    life: LIFE,
    energy: ENERGY,
    margin: MARGIN,
    rate: RATE,
    cloudMargin: CLOUD_MARGIN,
  },
  description: {
    en: "The revenue in $B needed in each year of the GPUs' life to pay back one year of GPU spend: the annual charge of spend × (1 + energy), ÷ (1 − margin) ÷ (1 − cloudMargin). The article over 4 years: 50.",
    "zh-TW":
      "在 GPU 使用年限內每年需要多少營收（十億美元）才能回本一年的 GPU 支出：支出 × (1 + 能源) 的每年費用 ÷ (1 − 利潤率) ÷ (1 − 雲端利潤率)。文章的數字分 4 年：50。",
  },
  formula: {
    en: "annual required revenue = ANNUAL_CHARGE(spend × (1 + energy), life, rate) ÷ (1 − margin) ÷ (1 − cloudMargin)",
    "zh-TW":
      "每年所需營收 = ANNUAL_CHARGE(支出 × (1 + 能源), 年限, 資金成本) ÷ (1 − 利潤率) ÷ (1 − 雲端利潤率)",
  },
  returns: {
    en: "The required revenue in $B a year.",
    "zh-TW": "每年所需營收（十億美元）。",
  },
  examples: [
    {
      formula: "=GPU.ANNUAL_REQUIRED_REVENUE(50,4)",
      result: {
        en: "50: the article's 200 spread over 4 years",
        "zh-TW": "50：文章的 200 分攤到 4 年",
      },
    },
    {
      formula: "=GPU.ANNUAL_REQUIRED_REVENUE(150,5,1,50%,10%)",
      result: {
        en: "158.2784884768472: the June 2024 spend over 5 years at a 10% cost of capital",
        "zh-TW": "158.2784884768472：2024 年 6 月的支出，5 年、資金成本 10%",
      },
    },
  ],
  errors: [
    {
      en: "#VALUE! when spend or energy is negative, life is 0 or less, rate is negative, or margin or cloudMargin is below 0% or 100% and above; the message names the argument.",
      "zh-TW":
        "spend 或 energy 為負數、life 為 0 以下、rate 為負數，或 margin、cloudMargin 低於 0% 或達 100% 以上時為 #VALUE!；訊息會指出是哪個引數。",
    },
    TOO_LARGE,
  ],
});

export const PAYBACK_YEARS = /* @__PURE__ */ defineFunction("PAYBACK_YEARS", {
  parameters: {
    capex: CAPEX,
    profit: {
      label: { en: "profit", "zh-TW": "利潤" },
      description: {
        en: "The first year's profit, 0 or more, in the units of capex.",
        "zh-TW": "第一年的利潤，0 或以上，單位同資本支出。",
      },
    },
    growth: {
      label: { en: "growth", "zh-TW": "成長率" },
      description: {
        en: "The profit's growth a year, 0 or more (10% or 0.1).",
        "zh-TW": "利潤每年的成長率，0 或以上（10% 或 0.1）。",
      },
      hint: { en: "type 10% or 0.1", "zh-TW": "輸入 10% 或 0.1" },
    },
  },
  description: {
    en: "The years until the cumulative profit covers capex, when the first year's profit grows by growth a year; interpolated within the last year. #N/A when it never pays back within 100 years.",
    "zh-TW":
      "累計利潤足以抵銷資本支出所需的年數；第一年的利潤每年以 growth 成長，最後一年按比例計算。100 年內無法回本時為 #N/A。",
  },
  formula: {
    en: "the n where profit × (1 + (1 + growth) + … + (1 + growth)^(n−1)) reaches capex",
    "zh-TW": "利潤 × (1 + (1 + 成長率) + … + (1 + 成長率)^(n−1)) 達到資本支出時的 n",
  },
  returns: { en: "The payback in years.", "zh-TW": "回本年數。" },
  examples: [
    {
      formula: "=GPU.PAYBACK_YEARS(100,25)",
      result: { en: "4 (25 a year)", "zh-TW": "4（每年 25）" },
    },
    {
      formula: "=GPU.PAYBACK_YEARS(100,10,50%)",
      result: {
        en: "4.37037037037037: 10 + 15 + 22.5 + 33.75, then 18.75 of year 5's 50.625",
        "zh-TW": "4.37037037037037：10 + 15 + 22.5 + 33.75，再加第 5 年 50.625 中的 18.75",
      },
    },
  ],
  errors: [
    {
      en: "#N/A when the profit never covers capex within 100 years, with a message that says how much it covers: “capex is never paid back within 100 years: …”.",
      "zh-TW":
        "100 年內利潤仍不足以抵銷資本支出時為 #N/A，訊息會說明已抵銷多少：「capex is never paid back within 100 years: …」。",
    },
    {
      en: "#VALUE! when capex, profit or growth is negative or not a number.",
      "zh-TW": "capex、profit 或 growth 為負數或不是數字時為 #VALUE!。",
    },
  ],
});

export const BREAKEVEN_GPU_HOUR = /* @__PURE__ */ defineFunction("BREAKEVEN_GPU_HOUR", {
  parameters: {
    cost: {
      label: { en: "cost", "zh-TW": "GPU價格" },
      description: {
        en: "The price of one GPU in $, 0 or more (for example 30000).",
        "zh-TW": "一顆 GPU 的價格（美元），0 或以上（例如 30000）。",
      },
    },
    life: LIFE,
    utilization: {
      label: { en: "utilization", "zh-TW": "使用率" },
      description: {
        en: "The share of the year's 8,760 hours the GPU is sold, above 0% up to 100%.",
        "zh-TW": "一年 8,760 小時中 GPU 售出的比例，大於 0%、最多 100%。",
      },
      hint: MARGIN.hint,
    },
    rate: RATE,
    opex: {
      label: { en: "opex", "zh-TW": "營運成本" },
      description: {
        en: "The GPU's running cost in $ a year (power, hosting), 0 or more.",
        "zh-TW": "GPU 每年的營運成本（美元；電力、託管），0 或以上。",
      },
    },
  },
  description: {
    en: "The price per GPU-hour, in $, at which one GPU costing cost dollars pays back: (annual charge + opex) ÷ (8,760 × utilization).",
    "zh-TW":
      "一顆價格為 cost 美元的 GPU 回本所需的每 GPU 小時價格（美元）：(每年費用 + 營運成本) ÷ (8,760 × 使用率)。",
  },
  formula: {
    en: "break-even GPU-hour = (ANNUAL_CHARGE(cost, life, rate) + opex) ÷ (8,760 × utilization)",
    "zh-TW":
      "損益兩平 GPU 小時價格 = (ANNUAL_CHARGE(價格, 年限, 資金成本) + 營運成本) ÷ (8,760 × 使用率)",
  },
  returns: { en: "The price of a GPU-hour in $.", "zh-TW": "每 GPU 小時的價格（美元）。" },
  examples: [
    {
      formula: "=GPU.BREAKEVEN_GPU_HOUR(30000,4)",
      result: {
        en: "0.8561643835616438: 7,500 a year over 8,760 hours",
        "zh-TW": "0.8561643835616438：每年 7,500 分攤到 8,760 小時",
      },
    },
    {
      formula: "=GPU.BREAKEVEN_GPU_HOUR(30000,4,50%)",
      result: {
        en: "1.7123287671232876: sold half the time",
        "zh-TW": "1.7123287671232876：一半時間售出",
      },
    },
  ],
  errors: [
    {
      en: "#VALUE! when cost, rate or opex is negative, life is 0 or less, or utilization is 0% or less or above 100%; the message names the argument.",
      "zh-TW":
        "cost、rate 或 opex 為負數，life 為 0 以下，或 utilization 為 0% 以下或超過 100% 時為 #VALUE!；訊息會指出是哪個引數。",
    },
    TOO_LARGE,
  ],
});

/** One row or one column in, the same shape out; anything else is an error in one cell. */
function sameShape(sizes: readonly CellsSize[]): CellsSize {
  const range = sizes[0];
  if (range && (range.rows === 1 || range.columns === 1)) return range;
  return { rows: 1, columns: 1 };
}

export const CHARGES_IN_SERVICE = /* @__PURE__ */ defineFunction("CHARGES_IN_SERVICE", {
  parameters: {
    spendByYear: {
      label: { en: "spendByYear", "zh-TW": "各年GPU支出" },
      description: {
        en: "Yearly GPU spend in $B, one row or one column (a cell a year); blanks and text count as no spend.",
        "zh-TW": "每年的 GPU 支出（十億美元），一列或一欄（每年一格）；空白與文字視為沒有支出。",
      },
      allowed: {
        en: "one row or one column; numbers 0 or more, text, TRUE/FALSE and blank cells count as no spend, as SUM does",
        "zh-TW": "一列或一欄；0 或以上的數字，文字、TRUE/FALSE 與空白儲存格像 SUM 一樣視為沒有支出",
      },
    },
    life: {
      ...LIFE,
      description: {
        en: "The GPUs' useful life in whole years, 1 or more. Hyperscalers state 5 to 6.",
        "zh-TW": "GPU 的使用年限（整數年），1 或以上。大型雲端業者採 5 至 6 年。",
      },
    },
    energy: ENERGY,
    rate: RATE,
  },
  description: {
    en: "For a row or a column of yearly GPU spend, the same shape back: in each year, the annual charges of every earlier or same year's data-center cost (spend × (1 + energy)) still within its life.",
    "zh-TW":
      "輸入一列或一欄的每年 GPU 支出，傳回相同形狀：每一年仍在使用年限內的各年資料中心成本（支出 × (1 + 能源)）之每年費用合計。",
  },
  formula: {
    en: "charges in year t = Σ ANNUAL_CHARGE(spend of year v × (1 + energy), life, rate) for t − life < v ≤ t",
    "zh-TW":
      "第 t 年的費用 = Σ ANNUAL_CHARGE(第 v 年支出 × (1 + 能源), 年限, 資金成本)，t − 年限 < v ≤ t",
  },
  returns: {
    en: "The charges in service in $B, one a year, in the shape of spendByYear.",
    "zh-TW": "每年仍在使用中的費用（十億美元），形狀同 spendByYear。",
  },
  examples: [
    {
      formula: "=GPU.CHARGES_IN_SERVICE({50,150,150},2)",
      result: {
        en: "50, 200, 300: year 1's data-center cost of 100 is charged 50 in years 1 and 2; years 2 and 3 cost 300 each, charged 150 a year",
        "zh-TW":
          "50、200、300：第 1 年的資料中心成本 100 在第 1、2 年各計 50；第 2、3 年各為 300，每年各計 150",
      },
    },
  ],
  errors: [
    {
      en: "#VALUE! when spendByYear has several rows and several columns: “spendByYear must be one row or one column of yearly GPU spend (got 3 rows × 2 columns) …”.",
      "zh-TW":
        "spendByYear 有多列且多欄時為 #VALUE!：「spendByYear must be one row or one column of yearly GPU spend (got 3 rows × 2 columns) …」。",
    },
    {
      en: "#VALUE! when a spend is negative (the message names its year), life is not a whole number of 1 or more, or energy or rate is negative.",
      "zh-TW":
        "有負的支出（訊息會指出是第幾年）、life 不是 1 以上的整數，或 energy、rate 為負數時為 #VALUE!。",
    },
    {
      en: "An error in spendByYear (#N/A, #DIV/0!, …) comes back unchanged, as it would from SUM.",
      "zh-TW": "spendByYear 內的錯誤值（#N/A、#DIV/0! 等）會原樣傳回，和 SUM 一樣。",
    },
    TOO_LARGE,
  ],
  spillSize: sameShape,
});
