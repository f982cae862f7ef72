/**
 * The words of "The debate since" in English and Traditional Chinese: the section's headers and,
 * for each analysis of src/engine/debate.ts, who, when, its inputs in a few words, its headline
 * where it is a sentence, and the line on any difference. Figures only as each analysis
 * published them (src/engine/debate.ts, its sources in src/engine/sources.ts).
 */
import type { AnalysisId, Language } from "../engine";

export interface AnalysisWords {
  readonly who: string;
  readonly when: string;
  /** Their inputs in a few words, in the order of the input cells. */
  readonly inputs: string;
  /** The headline where it is a sentence rather than a figure. */
  readonly headline?: string;
  /** The line on the difference between their figure and the reproduction, or on what it means. */
  readonly difference: string;
}

export interface DebateLabels {
  readonly section: string;
  readonly hint: string;
  readonly headers: {
    readonly who: string;
    readonly when: string;
    readonly address: string;
    readonly words: string;
    readonly inputs: string;
    readonly headline: string;
    readonly reproduced: string;
    readonly also: string;
    readonly difference: string;
  };
  readonly analyses: Readonly<Record<AnalysisId, AnalysisWords>>;
  /** J.P. Morgan's implied life where the yearly revenue never repays the capex at the rate. */
  readonly neverRepaid: string;
}

export const DEBATE_LABELS: Readonly<Record<Language, DebateLabels>> = {
  en: {
    section: "The debate since",
    hint: "Published analyses, reproduced live: change an input cell and its figures follow.",
    headers: {
      who: "Analysis",
      when: "Published",
      address: "Address",
      words: "Their inputs",
      inputs: "Inputs (cells) →",
      headline: "Their headline",
      reproduced: "Reproduced",
      also: "And",
      difference: "Difference",
    },
    neverRepaid: "Never: the revenue a year must exceed rate × capex",
    analyses: {
      essay2023: {
        who: 'David Cahn, Sequoia Capital, "AI\'s $200B Question"',
        when: "September 2023",
        inputs: "$50B GPUs; $1 energy per $; 50% margin; $75B identified",
        difference:
          "Reproduced: REQUIRED_REVENUE = $200B; GAP against the $75B identified = $125B, the essay's gap.",
      },
      essay2024: {
        who: 'David Cahn, Sequoia Capital, "AI\'s $600B Question"',
        when: "June 20, 2024",
        inputs: "$150B run-rate; $1 energy per $; 50% margin; the 2023 table's $75B",
        difference:
          'The essay calls the gap "about $500B" (a round figure); on the 2023 table the sheet computes $600B − $75B = $525B.',
      },
      bain2025: {
        who: "Bain & Company, Technology Report 2025 (as reported by Cybernews)",
        when: "23 September 2025",
        inputs: "$500B data-center capex a year by 2030; the essay's ×2 and 50%; $800B short",
        difference:
          "The same 4× multiple as the essay's; $800B short of $2,000B leaves $1,200B identified (And).",
      },
      jpMorgan2025: {
        who: "J.P. Morgan research (as reported by Tom's Hardware and InvestorsObserver)",
        when: "November 2025",
        inputs: "$650B revenue a year; $5T capex through 2030; a 10% return",
        difference:
          "Reproduced: the life NPER(10%, −650, 5,000) ≈ 15.4 years, at which ANNUAL_CHARGE(5,000, life, 10%) = $650B (And); hyperscalers state 5 to 6 years.",
      },
      exponentialView2026: {
        who: 'Exponential View, "The State of the AI Economy"',
        when: "25 June 2026",
        inputs: "Q1 2026 generative-AI sales $25B; that quarter's depreciation $21B",
        headline: "Revenue exceeds the depreciation it runs on",
        difference:
          "Reproduced: COVERAGE of the quarter's charge, 25 ÷ 21 ≈ 119%; a quarter's depreciation, not the essay's lifetime requirement.",
      },
      bigTechCapex2026: {
        who: "Big Tech capex guidance: Alphabet, Amazon, Meta, Microsoft (Bloomberg, as reported by Business Standard)",
        when: "6 February 2026",
        inputs: "Amazon about $200B, Alphabet $175–185B, Meta $115–135B, Microsoft not guided",
        difference: "Context for the spend inputs, not a payback claim: nothing to reproduce.",
      },
      today2026: {
        who: "Today's figure by the essay's method (the May 2026 preset)",
        when: "20 May 2026; 25 June 2026",
        inputs:
          "Nvidia's $75.2B quarter × 4; $1 energy per $; 50% margin; Exponential View's $175B",
        headline: "Computed here",
        difference:
          "REQUIRED_REVENUE(300.8, 1, 50%) = $1,203.2B; GAP against the $175B run-rate = $1,028.2B (And), a coverage of 14.5%.",
      },
    },
  },
  "zh-TW": {
    section: "此後的討論",
    hint: "已發表的分析，以即時公式重現：修改輸入格，數字隨之更新。",
    headers: {
      who: "分析",
      when: "發表時間",
      address: "網址",
      words: "其輸入",
      inputs: "輸入（儲存格）→",
      headline: "其主要數字",
      reproduced: "重現",
      also: "另",
      difference: "差異",
    },
    neverRepaid: "永不回本：每年營收必須大於資金成本 × 資本支出",
    analyses: {
      essay2023: {
        who: "David Cahn，Sequoia Capital，〈AI's $200B Question〉",
        when: "2023 年 9 月",
        inputs: "GPU 500 億美元；每 1 美元需 1 美元能源；利潤率 50%；已確認 750 億美元",
        difference:
          "重現：REQUIRED_REVENUE = 2000 億美元；對已確認的 750 億美元，GAP = 1250 億美元，即原文的缺口。",
      },
      essay2024: {
        who: "David Cahn，Sequoia Capital，〈AI's $600B Question〉",
        when: "2024 年 6 月 20 日",
        inputs: "年化 1500 億美元；每 1 美元需 1 美元能源；利潤率 50%；2023 年表格的 750 億美元",
        difference:
          "原文稱缺口「約 5000 億美元」（取整數）；以 2023 年表格，本表算得 6000 − 750 = 5250 億美元。",
      },
      bain2025: {
        who: "Bain & Company，Technology Report 2025（Cybernews 報導）",
        when: "2025 年 9 月 23 日",
        inputs: "2030 年前每年 5000 億美元資料中心資本支出；原文的 ×2 與 50%；短缺 8000 億美元",
        difference: "與原文相同的 4 倍；2 兆美元短缺 8000 億，即已確認 1.2 兆美元（另）。",
      },
      jpMorgan2025: {
        who: "J.P. Morgan 研究（Tom's Hardware 與 InvestorsObserver 報導）",
        when: "2025 年 11 月",
        inputs: "每年營收 6500 億美元；2030 年前資本支出 5 兆美元；報酬率 10%",
        difference:
          "重現：年限 NPER(10%, −650, 5,000) ≈ 15.4 年，此年限下 ANNUAL_CHARGE(5,000, 年限, 10%) = 6500 億美元（另）；雲端業者的伺服器年限為 5 至 6 年。",
      },
      exponentialView2026: {
        who: "Exponential View，〈The State of the AI Economy〉",
        when: "2026 年 6 月 25 日",
        inputs: "2026 年第一季生成式 AI 銷售 250 億美元；同季折舊 210 億美元",
        headline: "營收已超過其所依賴的折舊",
        difference:
          "重現：該季費用的 COVERAGE，25 ÷ 21 ≈ 119%；這是一季的折舊，不是原文的終身所需營收。",
      },
      bigTechCapex2026: {
        who: "大型科技公司資本支出指引：Alphabet、Amazon、Meta、Microsoft（Bloomberg，Business Standard 轉述）",
        when: "2026 年 2 月 6 日",
        inputs: "Amazon 約 2000 億、Alphabet 1750–1850 億、Meta 1150–1350 億美元，Microsoft 未提供",
        difference: "支出輸入的背景資料，不是回本的主張：無可重現。",
      },
      today2026: {
        who: "以原文方法計算的今日數字（2026 年 5 月預設）",
        when: "2026 年 5 月 20 日；2026 年 6 月 25 日",
        inputs:
          "Nvidia 單季 752 億美元 × 4；每 1 美元需 1 美元能源；利潤率 50%；Exponential View 的 1750 億美元",
        headline: "本表計算",
        difference:
          "REQUIRED_REVENUE(300.8, 1, 50%) = 12032 億美元；對年化 1750 億美元，GAP = 10282 億美元（另），覆蓋率 14.5%。",
      },
    },
  },
};
