/** The revenue side: GAP and COVERAGE over a range of revenues, and the article's table itself. */
import { COMPANY_REVENUES } from "../article";
import { ARTICLE_TABLE_HEADERS } from "../sheetFunctions";
import { defineFunction } from "./define";
import { RANGE_ERRORS_PASS } from "./errorTexts";
import { REQUIRED, REQUIRED_ABOVE_ZERO, REVENUES } from "./parameters";
import type { Localized } from "./types";

const NEGATIVE_REVENUE: Localized = {
  en: "#VALUE! when the range holds a negative revenue; the message says where, e.g. “range must hold revenues of 0 or more: row 2, column 1 of the range has -5”.",
  "zh-TW":
    "範圍內有負的營收時為 #VALUE!；訊息會指出位置，例如「range must hold revenues of 0 or more: row 2, column 1 of the range has -5」。",
};

export const GAP = /* @__PURE__ */ defineFunction("GAP", {
  parameters: { range: REVENUES, required: REQUIRED },
  description: {
    en: "The revenue gap in $B: required revenue minus the revenues in a range (summed like SUM: text, blanks and booleans are skipped). The article: 200 − 75 = 125.",
    "zh-TW":
      "營收缺口（十億美元）：所需營收減去範圍內的營收（像 SUM 一樣加總，略過文字、空白與布林值）。文章：200 − 75 = 125。",
  },
  formula: { en: "gap = required − SUM(range)", "zh-TW": "缺口 = 所需營收 − SUM(範圍)" },
  returns: {
    en: "The gap in $B (negative when the revenues exceed the requirement).",
    "zh-TW": "缺口（十億美元；營收超過所需時為負數）。",
  },
  examples: [
    { formula: "=GPU.GAP(GPU.ARTICLE_TABLE(),200)", result: { en: "125", "zh-TW": "125" } },
    {
      formula: "=GPU.GAP(A1#)",
      result: {
        en: "125 (200 − 75) with =GPU.ARTICLE_TABLE() in A1: the header and the text columns are skipped",
        "zh-TW": "125（200 − 75），A1 為 =GPU.ARTICLE_TABLE() 時：標題列與文字欄會略過",
      },
    },
    {
      formula: "=GPU.GAP(A1#,GPU.REQUIRED_REVENUE(150))",
      result: {
        en: "525 (600 − 75 on the 2023 table; the essay calls the gap about $500B)",
        "zh-TW": "525（以 2023 年的表格計算 600 − 75；文章稱缺口約 5000 億美元）",
      },
    },
  ],
  errors: [
    NEGATIVE_REVENUE,
    {
      en: "#VALUE! when required is negative or not a number.",
      "zh-TW": "required 為負數或不是數字時為 #VALUE!。",
    },
    RANGE_ERRORS_PASS,
    {
      en: "#NUM! when the revenues add up to more than Excel can hold.",
      "zh-TW": "營收加總大到 Excel 無法存放時為 #NUM!。",
    },
  ],
});

export const COVERAGE = /* @__PURE__ */ defineFunction("COVERAGE", {
  parameters: { range: REVENUES, required: REQUIRED_ABOVE_ZERO },
  description: {
    en: "The share of the required revenue that the revenues in a range cover. The article: 75 ÷ 200 = 37.5%.",
    "zh-TW": "範圍內的營收占所需營收的比例。文章：75 ÷ 200 = 37.5%。",
  },
  formula: { en: "coverage = SUM(range) ÷ required", "zh-TW": "覆蓋率 = SUM(範圍) ÷ 所需營收" },
  returns: {
    en: "The coverage as a fraction (0.375 = 37.5%).",
    "zh-TW": "覆蓋率，以小數表示（0.375 = 37.5%）。",
  },
  examples: [
    {
      formula: "=GPU.COVERAGE(GPU.ARTICLE_TABLE(),200)",
      result: { en: "0.375 (37.5%)", "zh-TW": "0.375（37.5%）" },
    },
    {
      formula: "=GPU.COVERAGE(A1#,600)",
      result: { en: "0.125, shown as 12.5%", "zh-TW": "0.125，顯示為 12.5%" },
    },
  ],
  errors: [
    NEGATIVE_REVENUE,
    {
      en: "#VALUE! when required is 0, negative or not a number: “required must be above 0 to compute coverage (the article: 200)”.",
      "zh-TW":
        "required 為 0、負數或不是數字時為 #VALUE!：「required must be above 0 to compute coverage (the article: 200)」。",
    },
    RANGE_ERRORS_PASS,
  ],
});

export const ARTICLE_TABLE = /* @__PURE__ */ defineFunction("ARTICLE_TABLE", {
  parameters: {},
  description: {
    en: "The article's company-revenue table, spilled: a header row and a row per company of company, AI revenue ($B) and basis. Totals $75B.",
    "zh-TW":
      "文章的各公司營收表，向下及向右溢出：標題列加每家公司一列（公司、AI 營收、依據），合計 750 億美元。",
  },
  returns: {
    en: "The table: Company, AI revenue ($B), Basis in the article.",
    "zh-TW": "表格：公司、AI 營收（十億美元）、文章依據。",
  },
  examples: [
    {
      formula: "=GPU.ARTICLE_TABLE()",
      result: {
        en: `${COMPANY_REVENUES.length + 1} rows × ${ARTICLE_TABLE_HEADERS.length} columns`,
        "zh-TW": `${COMPANY_REVENUES.length + 1} 列 × ${ARTICLE_TABLE_HEADERS.length} 欄`,
      },
    },
  ],
  errors: [
    {
      en: "#SPILL! (from Excel) when any of the cells it spills into is not empty.",
      "zh-TW": "要溢出的儲存格中有任何一格不是空的時，Excel 會顯示 #SPILL!。",
    },
  ],
  spillSize: () => ({ rows: COMPANY_REVENUES.length + 1, columns: ARTICLE_TABLE_HEADERS.length }),
});
