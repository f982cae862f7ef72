/**
 * The template sheet's words in English and Traditional Chinese. Formulas never change with the
 * language; only these labels do.
 */
import { LANGUAGES, type Language, type PresetId } from "../engine";

export { LANGUAGES, type Language };

/** Picks the template language from Office's display language (e.g. "zh-TW", "zh-HK", "en-US"). */
export function languageFor(displayLanguage: string | null | undefined): Language {
  const tag = (displayLanguage ?? "").toLowerCase();
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? "zh-TW" : "en";
}

export interface SheetLabels {
  sheetName: string;
  title: Record<PresetId, string>;
  source: Record<PresetId, string>;
  method: string;
  inputs: string;
  inputsHint: string;
  spend: string;
  energy: string;
  margin: string;
  spendNote: Record<PresetId, string>;
  energyNote: string;
  marginNote: string;
  results: string;
  dataCenterCost: string;
  requiredRevenue: string;
  identifiedRevenue: string;
  gap: string;
  coverage: string;
  breakevenSpend: string;
  dataCenterCostNote: string;
  requiredRevenueNote: string;
  identifiedRevenueNote: string;
  gapNote: string;
  coverageNote: string;
  breakevenSpendNote: string;
  cloudMarginNote: string;
  tableSection: string;
  tableHint: string;
  company: string;
  revenue: string;
  basis: string;
  /** Company names and bases by the engine's English text; missing entries keep the English. */
  translations: Readonly<Record<string, string>>;
  gridSection: string;
  gridCorner: string;
  gridNote: string;
  chartTitle: string;
}

export const LABELS: Readonly<Record<Language, SheetLabels>> = {
  en: {
    sheetName: "GPU Payback",
    title: {
      sept2023: "GPU Payback: AI's $200B Question",
      june2024: "GPU Payback: AI's $600B Question (June 2024 update)",
    },
    source: {
      sept2023: 'Source: David Cahn, "AI\'s $200B Question", Sequoia Capital, September 2023',
      june2024: 'Source: David Cahn, "AI\'s $600B Question", Sequoia Capital, June 20, 2024',
    },
    method:
      "Method: GPU spend × (1 + energy) = data-center cost; ÷ (1 − end-customer margin) = revenue required to pay it back; − identified AI revenue = the gap.",
    inputs: "Inputs",
    inputsHint: "Edit the shaded cells: every result is a live formula over them.",
    spend: "GPU spend ($B)",
    energy: "Energy ($ per GPU $)",
    margin: "End-customer margin",
    spendNote: {
      sept2023: "Nvidia's run-rate GPU revenue by year end (a conservative analyst estimate)",
      june2024: "Nvidia's data-center run-rate revenue forecast",
    },
    energyNote: "Every $1 spent on GPUs needs about $1 of data-center energy cost",
    marginNote: "The GPU's end user (a startup, an app company) must earn a margin too",
    results: "Results",
    dataCenterCost: "Data-center cost ($B)",
    requiredRevenue: "Required revenue ($B)",
    identifiedRevenue: "Identified AI revenue ($B)",
    gap: "Gap ($B)",
    coverage: "Coverage",
    breakevenSpend: "Break-even GPU spend ($B)",
    dataCenterCostNote: "GPU spend × (1 + energy)",
    requiredRevenueNote: "Data-center cost ÷ (1 − margin): revenue needed per year of GPU spend",
    identifiedRevenueNote: "The sum of the company table",
    gapNote: "Required revenue − identified AI revenue",
    coverageNote: "Identified ÷ required revenue",
    breakevenSpendNote: "The GPU spend that the identified revenue pays back",
    cloudMarginNote:
      "The article: this leaves out any margin for the cloud vendors, so the true requirement is higher.",
    tableSection: "Company AI revenue",
    tableHint: "An Excel table: add, remove or edit rows and the results follow.",
    company: "Company",
    revenue: "AI revenue ($B)",
    basis: "Basis in the article",
    translations: {},
    gridSection: "Sensitivity: required revenue ($B)",
    gridCorner: "GPU spend ↓ / margin →",
    gridNote: "Each cell is =GPU.REQUIRED_REVENUE(spend, energy input, margin).",
    chartTitle: "Required vs identified AI revenue ($B)",
  },
  "zh-TW": {
    sheetName: "GPU 回本試算",
    title: {
      sept2023: "GPU 回本試算：AI 的 2000 億美元問題",
      june2024: "GPU 回本試算：AI 的 6000 億美元問題（2024 年 6 月更新）",
    },
    source: {
      sept2023: "資料來源：David Cahn，〈AI's $200B Question〉，Sequoia Capital，2023 年 9 月",
      june2024:
        "資料來源：David Cahn，〈AI's $600B Question〉，Sequoia Capital，2024 年 6 月 20 日",
    },
    method:
      "方法：GPU 支出 × (1 + 能源) = 資料中心成本；÷ (1 − 終端客戶利潤率) = 回本所需營收；− 已確認的 AI 營收 = 缺口。",
    inputs: "輸入",
    inputsHint: "請編輯有底色的儲存格：所有結果都是引用它們的即時公式。",
    spend: "GPU 支出（十億美元）",
    energy: "能源（每 1 美元 GPU）",
    margin: "終端客戶利潤率",
    spendNote: {
      sept2023: "Nvidia 年底的 GPU 營收年化值（保守的分析師估計）",
      june2024: "Nvidia 資料中心營收年化預測",
    },
    energyNote: "每花 1 美元買 GPU，約需 1 美元的資料中心能源成本",
    marginNote: "GPU 的終端使用者（新創、應用公司）也必須賺取利潤",
    results: "結果",
    dataCenterCost: "資料中心成本（十億美元）",
    requiredRevenue: "回本所需營收（十億美元）",
    identifiedRevenue: "已確認的 AI 營收（十億美元）",
    gap: "營收缺口（十億美元）",
    coverage: "覆蓋率",
    breakevenSpend: "損益兩平 GPU 支出（十億美元）",
    dataCenterCostNote: "GPU 支出 × (1 + 能源)",
    requiredRevenueNote: "資料中心成本 ÷ (1 − 利潤率)：每年 GPU 支出所需的營收",
    identifiedRevenueNote: "下方公司表格的合計",
    gapNote: "回本所需營收 − 已確認的 AI 營收",
    coverageNote: "已確認營收 ÷ 所需營收",
    breakevenSpendNote: "已確認營收足以回本的 GPU 支出",
    cloudMarginNote: "文章指出：此計算未計入雲端業者的利潤，實際所需營收更高。",
    tableSection: "各公司 AI 營收",
    tableHint: "這是 Excel 表格：新增、刪除或修改列，結果會隨之更新。",
    company: "公司",
    revenue: "AI 營收（十億美元）",
    basis: "文章依據",
    translations: {
      "Other (not itemised)": "其他（未逐項列出）",
      Assumed: "假設",
      "Reported by The Information (about $1B a year)": "The Information 報導（每年約 10 億美元）",
      "Microsoft expects about $10B a year from Copilot and similar products":
        "微軟預期 Copilot 等產品每年約帶來 100 億美元",
      "The article's stated total ($75B) less the companies it names ($61B)":
        "文章所述總額（750 億美元）減去其列名公司（610 億美元）",
    },
    gridSection: "敏感度分析：回本所需營收（十億美元）",
    gridCorner: "GPU 支出 ↓ / 利潤率 →",
    gridNote: "每格皆為 =GPU.REQUIRED_REVENUE(支出, 能源輸入, 利潤率)。",
    chartTitle: "所需營收 vs 已確認營收（十億美元）",
  },
};
