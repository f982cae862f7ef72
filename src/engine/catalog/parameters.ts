/**
 * The arguments that several functions share, described once: spend, energy, margin, revenue
 * ranges and the required revenue.
 */
import type { ParameterSpec } from "./types";

export const SPEND: ParameterSpec = {
  name: "spend",
  kind: "number",
  optional: false,
  label: { en: "spend", "zh-TW": "GPU支出" },
  description: {
    en: "GPU spend in $B a year, 0 or more. The article: 50; the June 2024 update: 150.",
    "zh-TW": "每年的 GPU 支出（十億美元），0 或以上。文章：50；2024 年 6 月更新：150。",
  },
  allowed: { en: "a number, 0 or more", "zh-TW": "0 或以上的數字" },
};

export const ENERGY: ParameterSpec = {
  name: "energy",
  kind: "number",
  optional: true,
  label: { en: "energy", "zh-TW": "能源" },
  description: {
    en: "$ of data-center energy cost per $ of GPU, 0 or more. Default 1.",
    "zh-TW": "每 1 美元 GPU 所需的資料中心能源成本（美元），0 或以上。預設 1。",
  },
  allowed: { en: "a number, 0 or more", "zh-TW": "0 或以上的數字" },
  defaultText: "1",
};

export const MARGIN: ParameterSpec = {
  name: "margin",
  kind: "number",
  optional: true,
  label: { en: "margin", "zh-TW": "利潤率" },
  description: {
    en: "The end customer's margin, from 0% to below 100% (0.5 or 50%). Default 50%.",
    "zh-TW": "終端客戶的利潤率，0% 以上、未滿 100%（0.5 或 50%）。預設 50%。",
  },
  allowed: {
    en: "from 0% up to, not including, 100%: type 50% or 0.5",
    "zh-TW": "0% 以上、未滿 100%：輸入 50% 或 0.5",
  },
  defaultText: "50%",
};

export const REVENUES: ParameterSpec = {
  name: "range",
  kind: "range",
  optional: false,
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

export const REQUIRED: ParameterSpec = {
  name: "required",
  kind: "number",
  optional: true,
  label: { en: "required", "zh-TW": "所需營收" },
  description: {
    en: "The required revenue in $B, 0 or more. Default 200, the article's figure.",
    "zh-TW": "回本所需營收（十億美元），0 或以上。預設 200，即文章的數字。",
  },
  allowed: { en: "a number, 0 or more", "zh-TW": "0 或以上的數字" },
  defaultText: "200",
};
