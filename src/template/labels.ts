/**
 * The template sheet's words in English and Traditional Chinese. Formulas never change with the
 * language; only these labels do.
 */
import { LANGUAGES, languageFor, type Language, type PresetId, type RuleKind } from "../engine";

export { LANGUAGES, languageFor, type Language };

export interface SheetLabels {
  sheetName: string;
  /**
   * The title follows the sheet's own required revenue R ($B): before + ROUND(R × scale) + after,
   * e.g. "GPU Payback: AI's $" 200 "B Question"; from $1,000B on, in trillions to one decimal,
   * before + ROUND(R ÷ 1000, 1) + trillions ("AI's $1.2T Question"); `plain` where R is an error.
   */
  title: { before: string; scale: number; after: string; trillions: string; plain: string };
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
  /** The note on the preset's headline figures, beside the results. */
  presetNote: Record<PresetId, string>;
  cloudMargin: string;
  life: string;
  rate: string;
  spendGrowth: string;
  revenueGrowth: string;
  cloudMarginInputNote: string;
  lifeNote: string;
  rateNote: string;
  spendGrowthNote: Record<PresetId, string>;
  /** The Name Manager comment of the name over the revenue column. */
  revenuesNameComment: string;
  revenueGrowthNote: Record<PresetId, string>;
  annualRequiredRevenue: string;
  annualRequiredRevenueNote: string;
  paybackYears: string;
  paybackYearsNote: string;
  /** The input check: its label, the text when every input is valid, and the messages. */
  check: string;
  checkOk: string;
  /** "{label} is empty: enter {rule}." */
  checkEmpty: string;
  /** "{label} must be {rule}." */
  checkInvalid: string;
  /** The data validation's input message: "Enter {rule}." */
  validationPrompt: string;
  /** What each kind of input takes, in words. */
  rules: Readonly<Record<RuleKind, string>>;
  /** An input the results take but one result does not: "{label} … {result} needs {rule}." */
  checkNarrower: string;
  /** The result that needs whole years of useful life: the years' charges in service. */
  wholeLifeResult: string;
  lifeGridSection: string;
  lifeGridCorner: string;
  lifeGridNote: string;
  yearsSection: string;
  yearsHint: string;
  year: string;
  yearsSpend: string;
  yearsDataCenterCost: string;
  yearsCharges: string;
  yearsRequired: string;
  yearsIdentified: string;
  yearsGap: string;
  yearsCumulativeGap: string;
  yearsNote: string;
  /** The notes of the native sheet, where no GPU.* function is called: the same arithmetic in words. */
  nativeNotes: { gridNote: string; lifeGridNote: string; yearsNote: string };
  /** Where each year's GPU spend comes from: the input in the preset's year, an essay's figure in another's. */
  yearsSpendNote: Record<PresetId, string>;
  yearsChartTitle: string;
  sourcesSection: string;
}

export const LABELS: Readonly<Record<Language, SheetLabels>> = {
  en: {
    sheetName: "GPU Payback",
    title: {
      before: "GPU Payback: AI's $",
      scale: 1,
      after: "B Question",
      trillions: "T Question",
      plain: "GPU Payback",
    },
    source: {
      sept2023: 'Source: David Cahn, "AI\'s $200B Question", Sequoia Capital, September 2023',
      june2024: 'Source: David Cahn, "AI\'s $600B Question", Sequoia Capital, June 20, 2024',
      may2026:
        'Sources: Nvidia\'s results, 20 May 2026, as reported by Lets Data Science and Novara News; Exponential View, "The State of the AI Economy", 25 June 2026; by the method of David Cahn, "AI\'s $600B Question", June 20, 2024',
    },
    method:
      "Method: GPU spend × (1 + energy) = data-center cost; ÷ (1 − end-customer margin) = revenue required to pay it back; − identified AI revenue = the gap.",
    inputs: "Inputs",
    inputsHint: "Edit the shaded cells: every result is a live formula over them.",
    spend: "GPU spend ($B)",
    energy: "Energy ($ per GPU $)",
    margin: "End-customer margin",
    spendNote: {
      sept2023: "Nvidia's run-rate GPU revenue by year end, an estimate (Cahn, Sept 2023)",
      june2024: "Nvidia's data-center run-rate revenue forecast (Cahn, June 2024)",
      may2026: "Nvidia's $75.2B data-center quarter to 26 Apr 2026 × 4 (reported 20 May 2026)",
    },
    energyNote: "Every $1 on GPUs needs about $1 of data-center energy (Cahn, Sept 2023)",
    marginNote: "The GPU's end user must earn a margin too (Cahn, Sept 2023)",
    results: "Results",
    dataCenterCost: "Data-center cost ($B)",
    requiredRevenue: "Required revenue ($B)",
    identifiedRevenue: "Identified AI revenue ($B)",
    gap: "Gap ($B)",
    coverage: "Coverage",
    breakevenSpend: "Break-even GPU spend ($B)",
    dataCenterCostNote: "GPU spend × (1 + energy)",
    requiredRevenueNote: "Data-center cost ÷ (1 − margin) ÷ (1 − cloud margin): lifetime revenue",
    identifiedRevenueNote: "The sum of the company table, at the foot of the sheet",
    gapNote: "Required revenue − identified AI revenue",
    coverageNote: "Identified ÷ required revenue",
    breakevenSpendNote: "The GPU spend that the identified revenue pays back",
    cloudMarginNote:
      "The article leaves out any margin for the cloud vendors: set the cloud margin above 0% to add it.",
    tableSection: "Company AI revenue",
    tableHint: "An Excel table: add, remove or edit rows and the results follow.",
    company: "Company",
    revenue: "AI revenue ($B)",
    basis: "Basis in the article",
    translations: {},
    gridSection: "Sensitivity: required revenue ($B)",
    gridCorner: "GPU spend ↓ / margin →",
    gridNote: "Each cell is =GPU.REQUIRED_REVENUE(spend, energy, margin, cloud margin).",
    chartTitle: "Required vs identified AI revenue ($B)",
    presetNote: {
      sept2023: "The essay: identified revenue of only $75B leaves a gap of at least $125B.",
      june2024:
        "The essay calls the gap about $500B (a round figure); on the 2023 table the sheet computes $525B.",
      may2026:
        "The essay's method on 2026 figures: $1,203.2B required against Exponential View's $175B run-rate.",
    },
    cloudMargin: "Cloud margin",
    life: "Useful life (years)",
    rate: "Cost of capital",
    spendGrowth: "GPU spend growth a year",
    revenueGrowth: "AI revenue growth a year",
    cloudMarginInputNote: "Left out by the article (Cahn, 2023): 0% keeps its figures",
    lifeNote: "Server lives 5–6 years (10-Ks, 2022–25); AI chips 2–3 years (Burry, undated)",
    rateNote: "0% as in the article (Cahn, 2023); above 0 the yearly charge is Excel's −PMT",
    revenuesNameComment: "The AI revenue column of the company table",
    spendGrowthNote: {
      sept2023: "After 2024: the year before × (1 + growth); 0% holds $150B (Cahn, 2024)",
      june2024: "After 2024: the year before × (1 + growth); 0% holds $150B (Cahn, 2024)",
      may2026:
        "2025, and from 2027: year before × (1 + growth); 2026: the spend (Nvidia, May 2026)",
    },
    revenueGrowthNote: {
      sept2023: "After 2023: the year before × (1 + growth); 0% holds $75B (Cahn, 2023)",
      june2024: "After 2023: the year before × (1 + growth); 0% holds $75B (Cahn, 2023)",
      may2026:
        "2023: $75B (Cahn, 2023); 2026: the table (Exponential View, June 2026); else growth",
    },
    annualRequiredRevenue: "Annual required revenue ($B)",
    annualRequiredRevenueNote:
      "Each year of the GPUs' life: the yearly capital charge ÷ both margins",
    paybackYears: "Payback (years)",
    paybackYearsNote: "Years for identified revenue × (1 − margin) to repay the data-center cost",
    check: "Input check",
    checkOk: "✓ Every input is valid.",
    checkEmpty: "{label} is empty: enter {rule}.",
    checkInvalid: "{label} must be {rule}.",
    validationPrompt: "Enter {rule}.",
    rules: {
      nonNegative: "a number, 0 or more",
      share: "a percentage from 0% to below 100%",
      positive: "a number above 0",
      wholeYears: "a whole number of years, 1 or more",
      fraction: "a percentage above 0% up to 100%",
    },
    checkNarrower: "{label} is not a whole number: the results use it, but {result} needs {rule}.",
    wholeLifeResult: "“Charges in service” in Over the years",
    lifeGridSection: "Sensitivity: annual required revenue ($B)",
    lifeGridCorner: "Useful life ↓ / margin →",
    lifeGridNote:
      "Each cell is GPU.ANNUAL_REQUIRED_REVENUE(spend, life, energy, margin, rate, cloud margin).",
    yearsSection: "Over the years ($B)",
    yearsHint: "GPU spend cells can be overwritten",
    year: "Year",
    yearsSpend: "GPU spend",
    yearsDataCenterCost: "Data-center cost",
    yearsCharges: "Charges in service",
    yearsRequired: "Revenue required that year",
    yearsIdentified: "Identified AI revenue",
    yearsGap: "Gap",
    yearsCumulativeGap: "Cumulative gap",
    yearsNote:
      "Charges in service: each year's data-center cost spread over its useful life (GPU.CHARGES_IN_SERVICE).",
    nativeNotes: {
      gridNote:
        "Each cell is spend × (1 + energy) ÷ (1 − margin) ÷ (1 − cloud margin), in native formulas.",
      lifeGridNote:
        "Each cell is the yearly capital charge of spend × (1 + energy) over the life at the cost of capital (Excel's −PMT; ÷ life at 0%), ÷ (1 − margin) ÷ (1 − cloud margin).",
      yearsNote:
        "Charges in service: each year's data-center cost spread over its useful life; each cell adds the years still within it.",
    },
    yearsSpendNote: {
      sept2023:
        "GPU spend: 2023 is the GPU spend input; 2024 is the June 2024 essay's $150B (Cahn, June 2024), yours to overwrite; later years grow by the spend growth.",
      june2024:
        "GPU spend: 2024 is the GPU spend input; 2023 is the September 2023 essay's $50B (Cahn, Sept 2023), yours to overwrite; later years grow by the spend growth.",
      may2026:
        "GPU spend: 2026 is the GPU spend input; 2023 and 2024 are the essays' $50B and $150B (Cahn, Sept 2023, June 2024), yours to overwrite; 2025 and later grow by the spend growth.",
    },
    yearsChartTitle: "Required vs identified AI revenue by year ($B)",
    sourcesSection: "Sources named in the notes",
  },
  "zh-TW": {
    sheetName: "GPU 回本試算",
    title: {
      before: "GPU 回本試算：AI 的 ",
      scale: 10,
      after: " 億美元問題",
      trillions: " 兆美元問題",
      plain: "GPU 回本試算",
    },
    source: {
      sept2023: "資料來源：David Cahn，〈AI's $200B Question〉，Sequoia Capital，2023 年 9 月",
      june2024:
        "資料來源：David Cahn，〈AI's $600B Question〉，Sequoia Capital，2024 年 6 月 20 日",
      may2026:
        "資料來源：Nvidia 財報，2026 年 5 月 20 日，Lets Data Science 與 Novara News 報導；Exponential View，〈The State of the AI Economy〉，2026 年 6 月 25 日；方法依 David Cahn，〈AI's $600B Question〉，2024 年 6 月 20 日",
    },
    method:
      "方法：GPU 支出 × (1 + 能源) = 資料中心成本；÷ (1 − 終端客戶利潤率) = 回本所需營收；− 已確認的 AI 營收 = 缺口。",
    inputs: "輸入",
    inputsHint: "請編輯有底色的儲存格：所有結果都是引用它們的即時公式。",
    spend: "GPU 支出（十億美元）",
    energy: "能源（每 1 美元 GPU）",
    margin: "終端客戶利潤率",
    spendNote: {
      sept2023: "Nvidia 年底的 GPU 營收年化值，分析師估計（Cahn，2023 年 9 月）",
      june2024: "Nvidia 資料中心營收年化預測（Cahn，2024 年 6 月）",
      may2026:
        "Nvidia 截至 2026 年 4 月 26 日單季資料中心營收 752 億美元 × 4（據報導，2026 年 5 月 20 日）",
    },
    energyNote: "每花 1 美元買 GPU，約需 1 美元的資料中心能源成本（Cahn，2023 年 9 月）",
    marginNote: "GPU 的終端使用者也必須賺取利潤（Cahn，2023 年 9 月）",
    results: "結果",
    dataCenterCost: "資料中心成本（十億美元）",
    requiredRevenue: "回本所需營收（十億美元）",
    identifiedRevenue: "已確認的 AI 營收（十億美元）",
    gap: "營收缺口（十億美元）",
    coverage: "覆蓋率",
    breakevenSpend: "損益兩平 GPU 支出（十億美元）",
    dataCenterCostNote: "GPU 支出 × (1 + 能源)",
    requiredRevenueNote: "資料中心成本 ÷ (1 − 利潤率) ÷ (1 − 雲端利潤率)：終身所需營收",
    identifiedRevenueNote: "工作表最下方公司表格的合計",
    gapNote: "回本所需營收 − 已確認的 AI 營收",
    coverageNote: "已確認營收 ÷ 所需營收",
    breakevenSpendNote: "已確認營收足以回本的 GPU 支出",
    cloudMarginNote: "文章未計入雲端業者的利潤：將雲端利潤率設為高於 0% 即可計入。",
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
      "Assumed; named in the author's June 2024 restatement, left out of the translation":
        "假設；作者於 2024 年 6 月的重述中列名，中文譯本未列",
      "The article's stated total ($75B) less the companies it names ($71B)":
        "文章所述總額（750 億美元）減去其列名公司（710 億美元）",
      "End customers' generative-AI spend (de-duplicated, outside China)":
        "終端客戶的生成式 AI 支出（去除重複、不含中國）",
      "Exponential View, annualised run-rate above $175B (25 June 2026)":
        "Exponential View，年化超過 1750 億美元（2026 年 6 月 25 日）",
    },
    gridSection: "敏感度分析：回本所需營收（十億美元）",
    gridCorner: "GPU 支出 ↓ / 利潤率 →",
    gridNote: "每格皆為 =GPU.REQUIRED_REVENUE(支出, 能源, 利潤率, 雲端利潤率)。",
    chartTitle: "所需營收 vs 已確認營收（十億美元）",
    presetNote: {
      sept2023: "原文：已確認營收僅 750 億美元，缺口至少 1250 億美元。",
      june2024: "原文稱缺口約 5000 億美元（取整數）；以 2023 年表格，本表算得 5250 億美元。",
      may2026:
        "以原文方法套用 2026 年數字：所需 12032 億美元，對照 Exponential View 的年化 1750 億美元。",
    },
    cloudMargin: "雲端利潤率",
    life: "使用年限（年）",
    rate: "資金成本",
    spendGrowth: "GPU 支出年增率",
    revenueGrowth: "AI 營收年增率",
    cloudMarginInputNote: "原文（Cahn，2023）未計入：0% 即原文數字",
    lifeNote: "伺服器 5–6 年（各大雲端業者 10-K，2022–25 年）；AI 晶片 2–3 年（Burry，未註明日期）",
    rateNote: "0% 即原文（Cahn，2023）算法；高於 0 時為 Excel 的 −PMT",
    revenuesNameComment: "公司表格的 AI 營收欄",
    spendGrowthNote: {
      sept2023: "2024 年後：前一年 × (1 + 年增率)；0% 維持 1500 億（Cahn，2024）",
      june2024: "2024 年後：前一年 × (1 + 年增率)；0% 維持 1500 億（Cahn，2024）",
      may2026:
        "2025 年及 2027 年起：前一年 × (1 + 年增率)；2026 年即支出輸入（Nvidia，2026 年 5 月）",
    },
    revenueGrowthNote: {
      sept2023: "2023 年後：前一年 × (1 + 年增率)；0% 維持 750 億（Cahn，2023）",
      june2024: "2023 年後：前一年 × (1 + 年增率)；0% 維持 750 億（Cahn，2023）",
      may2026:
        "2023 年 750 億（Cahn，2023）；2026 年取表格（Exponential View，2026 年 6 月）；其餘依年增率",
    },
    annualRequiredRevenue: "每年所需營收（十億美元）",
    annualRequiredRevenueNote: "GPU 使用年限內每年：每年資本費用 ÷ 兩層利潤率",
    paybackYears: "回本年數",
    paybackYearsNote: "已確認營收 × (1 − 利潤率) 償還資料中心成本所需年數",
    check: "輸入檢查",
    checkOk: "✓ 所有輸入皆有效。",
    checkEmpty: "{label}為空白：請輸入 {rule}。",
    checkInvalid: "{label}必須是 {rule}。",
    validationPrompt: "請輸入 {rule}。",
    rules: {
      nonNegative: "0 或以上的數字",
      share: "0% 以上、未滿 100% 的百分比",
      positive: "大於 0 的數字",
      wholeYears: "1 以上的整數年數",
      fraction: "大於 0%、最多 100% 的百分比",
    },
    checkNarrower: "{label}不是整數：結果可以使用，但{result}需要 {rule}。",
    wholeLifeResult: "「逐年試算」的「在役資本費用」",
    lifeGridSection: "敏感度分析：每年所需營收（十億美元）",
    lifeGridCorner: "使用年限 ↓ / 利潤率 →",
    lifeGridNote:
      "每格皆為 GPU.ANNUAL_REQUIRED_REVENUE(支出, 年限, 能源, 利潤率, 資金成本, 雲端利潤率)。",
    yearsSection: "逐年試算（十億美元）",
    yearsHint: "GPU 支出各格皆可覆寫",
    year: "年份",
    yearsSpend: "GPU 支出",
    yearsDataCenterCost: "資料中心成本",
    yearsCharges: "在役資本費用",
    yearsRequired: "當年所需營收",
    yearsIdentified: "已確認的 AI 營收",
    yearsGap: "缺口",
    yearsCumulativeGap: "累計缺口",
    yearsNote: "在役資本費用：每年的資料中心成本依使用年限分攤（GPU.CHARGES_IN_SERVICE）。",
    nativeNotes: {
      gridNote: "每格皆為 支出 × (1 + 能源) ÷ (1 − 利潤率) ÷ (1 − 雲端利潤率)（原生公式）。",
      lifeGridNote:
        "每格皆為 支出 × (1 + 能源) 在使用年限內依資金成本計算的每年資本費用（即 Excel 的 −PMT；資金成本 0% 時為 ÷ 年限），再 ÷ (1 − 利潤率) ÷ (1 − 雲端利潤率)。",
      yearsNote: "在役資本費用：每年的資料中心成本依使用年限分攤；每格加總仍在年限內的各年。",
    },
    yearsSpendNote: {
      sept2023:
        "GPU 支出：2023 年取自 GPU 支出輸入；2024 年為 2024 年 6 月文章的 1,500 億美元（Cahn，2024 年 6 月），可覆寫；之後各年依支出成長率成長。",
      june2024:
        "GPU 支出：2024 年取自 GPU 支出輸入；2023 年為 2023 年 9 月文章的 500 億美元（Cahn，2023 年 9 月），可覆寫；之後各年依支出成長率成長。",
      may2026:
        "GPU 支出：2026 年取自 GPU 支出輸入；2023、2024 年為兩篇文章的 500 億與 1,500 億美元（Cahn，2023 年 9 月、2024 年 6 月），可覆寫；2025 年起依支出成長率成長。",
    },
    yearsChartTitle: "逐年所需營收 vs 已確認營收（十億美元）",
    sourcesSection: "附註所引資料來源",
  },
};
