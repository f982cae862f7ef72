/**
 * The task pane's function reference: every GPU.* function, its syntax, what it does in both
 * languages, and an example that reproduces one of the article's figures. This list is the pane's
 * one source; a test checks it against the functions.json that the build writes from
 * src/functions/functions.ts (same functions, same parameters) and runs every example through
 * the built functions bundle.
 */
import type { Language } from "../template";

export interface FunctionReference {
  /** The id after "GPU.", as in functions.json. */
  readonly id: string;
  /** How it is called; optional parameters in brackets, as Excel shows them. */
  readonly syntax: string;
  readonly description: Readonly<Record<Language, string>>;
  /** A formula that works in any cell: it needs nothing on the sheet. */
  readonly example: string;
  /** What the example shows, as Excel formats it. */
  readonly result: Readonly<Record<Language, string>>;
}

export const FUNCTION_REFERENCE: readonly FunctionReference[] = [
  {
    id: "DATACENTER_COST",
    syntax: "GPU.DATACENTER_COST(spend, [energy])",
    description: {
      en: "What the data centers cost, $B: GPU spend × (1 + energy).",
      "zh-TW": "資料中心成本（十億美元）：GPU 支出 × (1 + 能源)。",
    },
    example: "=GPU.DATACENTER_COST(50,1)",
    result: { en: "100", "zh-TW": "100" },
  },
  {
    id: "REQUIRED_REVENUE",
    syntax: "GPU.REQUIRED_REVENUE(spend, [energy], [margin])",
    description: {
      en: "The revenue, $B, that pays back a year of GPU spend: data-center cost ÷ (1 − margin).",
      "zh-TW": "回本一年 GPU 支出所需的營收（十億美元）：資料中心成本 ÷ (1 − 利潤率)。",
    },
    example: "=GPU.REQUIRED_REVENUE(50,1,50%)",
    result: { en: "200", "zh-TW": "200" },
  },
  {
    id: "GAP",
    syntax: "GPU.GAP(range, [required])",
    description: {
      en: "Required revenue minus the revenues in a range, $B (text and blanks are skipped, as SUM does).",
      "zh-TW": "所需營收減去範圍內的營收（十億美元），文字與空白會像 SUM 一樣略過。",
    },
    example: "=GPU.GAP(GPU.ARTICLE_TABLE(),200)",
    result: { en: "125", "zh-TW": "125" },
  },
  {
    id: "COVERAGE",
    syntax: "GPU.COVERAGE(range, [required])",
    description: {
      en: "The share of the required revenue that the revenues in a range cover.",
      "zh-TW": "範圍內的營收占所需營收的比例。",
    },
    example: "=GPU.COVERAGE(GPU.ARTICLE_TABLE(),200)",
    result: { en: "0.375 (37.5%)", "zh-TW": "0.375（37.5%）" },
  },
  {
    id: "BREAKEVEN_SPEND",
    syntax: "GPU.BREAKEVEN_SPEND(revenue, [energy], [margin])",
    description: {
      en: "The GPU spend, $B, that a year's revenue pays back: revenue × (1 − margin) ÷ (1 + energy).",
      "zh-TW": "一年營收足以回本的 GPU 支出（十億美元）：營收 × (1 − 利潤率) ÷ (1 + 能源)。",
    },
    example: "=GPU.BREAKEVEN_SPEND(75,1,50%)",
    result: { en: "18.75", "zh-TW": "18.75" },
  },
  {
    id: "ARTICLE_TABLE",
    syntax: "GPU.ARTICLE_TABLE()",
    description: {
      en: "The article's company-revenue table, spilled below and to the right: a header and 12 rows totalling $75B.",
      "zh-TW": "文章的各公司營收表，向下及向右溢出：標題列加 12 列，合計 750 億美元。",
    },
    example: "=GPU.ARTICLE_TABLE()",
    result: { en: "13 rows × 3 columns", "zh-TW": "13 列 × 3 欄" },
  },
];
