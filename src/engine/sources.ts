/**
 * Where the capital model's defaults and notes come from: cloud margin, useful life, cost of
 * capital. Every default below names its sources by id; no figure goes into a note or
 * the sheet without one. Data only: nothing here computes.
 */

/** One source a default or a note relies on. */
export interface Citation {
  /** Who said it. */
  readonly who: string;
  /** The document or statement. */
  readonly what: string;
  readonly date: string;
  /** The document and date in Traditional Chinese (names and titles stay as published). */
  readonly zh: { readonly what: string; readonly date: string };
  readonly url: string;
  /** What it says that we rely on, in our words. */
  readonly says: string;
  /** Further addresses of the same report (other summaries of it), if any. */
  readonly alsoAt?: readonly string[];
}

export const CAPITAL_SOURCES = {
  article: {
    who: "David Cahn, Sequoia Capital",
    what: "AI's $200B Question",
    date: "September 2023",
    zh: { what: "AI's $200B Question", date: "2023 年 9 月" },
    url: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/",
    says:
      "Required revenue is lifetime revenue for one year of GPU capex; the figure leaves out " +
      "any margin for the cloud vendors, so the true requirement is higher.",
  },
  update2024: {
    who: "David Cahn, Sequoia Capital",
    what: "AI's $600B Question",
    date: "June 20, 2024",
    zh: { what: "AI's $600B Question", date: "2024 年 6 月 20 日" },
    url: "https://www.sequoiacap.com/article/ais-600b-question/",
    says:
      "GPU spend of about $150B (Nvidia's data-center run-rate forecast) gives $600B of " +
      "required revenue; the essay calls the gap about $500B.",
  },
  microsoftLife: {
    who: "Microsoft (Amy Hood, CFO)",
    what: "Q4 fiscal 2022 earnings call, reported by The Register",
    date: "July 2022",
    zh: { what: "2022 會計年度第四季財報電話會議，The Register 報導", date: "2022 年 7 月" },
    url: "https://www.theregister.com/2022/08/02/microsoft_server_life_extension/",
    says:
      "Server and network equipment in Microsoft's cloud are depreciated over 6 years instead " +
      "of 4, from fiscal 2023.",
  },
  hyperscalerLives2022: {
    who: "Alphabet, Amazon and Meta",
    what: "2022 annual reports (Form 10-K), quoted in 'Useful life of servers and network assets at tech companies'",
    date: "2023",
    zh: {
      what: "2022 年年報（Form 10-K），引自〈Useful life of servers and network assets at tech companies〉",
      date: "2023 年",
    },
    url: "https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/",
    says:
      "Alphabet: servers and certain network equipment 6 years (from January 2023); Amazon: " +
      "servers 5 years (from January 2022); Meta: most servers and network assets 5 years (from " +
      "the fourth quarter of 2022).",
  },
  amazonLife2025: {
    who: "Amazon",
    what: "2024 annual report (Form 10-K), quoted by Calcbench",
    date: "February 2025",
    zh: { what: "2024 年年報（Form 10-K），Calcbench 引述", date: "2025 年 2 月" },
    url: "https://calcbench.blogspot.com/2025/02/on-amazon-and-server-lifespans.html",
    says:
      "A subset of servers and networking equipment goes from 6 years to 5 from January 1, " +
      "2025, because of the increased pace of technology development in AI and machine learning.",
  },
  shortLife: {
    who: "Michael Burry and other critics, summarised by Dave Friedman",
    what: "GPU Obsolescence is Complicated",
    date: "not dated; written after December 2025",
    zh: { what: "GPU Obsolescence is Complicated", date: "未註明日期；寫於 2025 年 12 月之後" },
    url: "https://davefriedman.substack.com/p/gpu-obsolescence-is-complicated",
    says:
      "The short-life argument: AI chips' useful life is 2 to 3 years, so the hyperscalers' " +
      "5 to 6 years understates depreciation.",
  },
  costOfCapital: {
    who: "Aswath Damodaran, NYU Stern School of Business",
    what: "Cost of Capital by Sector (US)",
    date: "updated each January",
    zh: { what: "各產業資金成本（美國）", date: "每年 1 月更新" },
    url: "https://pages.stern.nyu.edu/~adamodar/New_Home_Page/datafile/wacc.html",
    says:
      "The cost of capital (WACC) of US companies by industry, published every January: the " +
      "convention analysts start from for the rate at which capital is charged. The article's " +
      "arithmetic charges nothing for capital (a rate of 0%).",
  },
  excelPmt: {
    who: "Microsoft Support",
    what: "PMT function",
    date: "current",
    zh: { what: "PMT 函數", date: "現行版本" },
    url: "https://support.microsoft.com/en-US/excel/functions/pmt-function",
    says:
      "PMT(rate, nper, pv) is the constant payment, principal and interest, that repays pv over " +
      "nper periods at rate: the yearly capital charge of capex at a cost of capital.",
  },
  nvidiaQ1Fy2027: {
    who: "Nvidia, as reported by Lets Data Science and Novara News",
    what: "Results for the first quarter of fiscal 2027 (quarter ended 26 April 2026)",
    date: "20 May 2026",
    zh: {
      what: "2027 會計年度第一季財報（截至 2026 年 4 月 26 日的季度），Lets Data Science 與 Novara News 報導",
      date: "2026 年 5 月 20 日",
    },
    url: "https://letsdatascience.com/news/nvidia-reports-record-q1-revenue-data-center-hits-752b-67a4c9c9",
    alsoAt: [
      "https://novaranews.com/en/news/nvidia-q1-fy27-data-center-revenue-ai-guidance-buyback",
    ],
    says:
      "Data Center revenue of $75.2B in the quarter ended 26 April 2026: × 4, a run-rate of " +
      "$300.8B, taken as the year's GPU spend as the June 2024 essay took about $150B.",
  },
  exponentialView2026: {
    who: "Exponential View",
    what: "The State of the AI Economy",
    date: "25 June 2026",
    zh: { what: "The State of the AI Economy", date: "2026 年 6 月 25 日" },
    url: "https://wpnews.pro/news/the-state-of-the-ai-economy",
    alsoAt: ["https://wiredtoai.com/news/777", "https://growtify.ai/en/news/state-of-ai-economy"],
    says:
      "Generative-AI revenue paid by end customers, de-duplicated, outside China: $110B over the " +
      "trailing twelve months, an annualised run-rate above $175B; in Q1 2026 about $25B of " +
      "sales against about $21B of data-center and chip depreciation.",
  },
  bain2025: {
    who: "Bain & Company, as reported by Cybernews",
    what: "Technology Report 2025",
    date: "23 September 2025",
    zh: { what: "Technology Report 2025，Cybernews 報導", date: "2025 年 9 月 23 日" },
    url: "https://cybernews.com/tech/ai-progress-requires-billions-investment/",
    says:
      "About $500B of data-center capex a year by 2030 needs about $2T of annual revenue; even " +
      "with AI savings reinvested, the world is about $800B short.",
  },
  jpMorgan2025: {
    who: "J.P. Morgan research, as reported by Tom's Hardware and InvestorsObserver",
    what: "The AI build-out's capex and the revenue it needs",
    date: "November 2025",
    zh: {
      what: "AI 基礎建設的資本支出與所需營收，Tom's Hardware 與 InvestorsObserver 報導",
      date: "2025 年 11 月",
    },
    url: "https://investorsobserver.com/news/jpmorgan-says-ai-will-need-astronomical-amount-of-capex/",
    says:
      "More than $5T of data-center and AI infrastructure capex through 2030 needs about $650B " +
      "of annual revenue in perpetuity for a 10% return.",
  },
  bigTechCapex2026: {
    who: "Bloomberg, as reported by Business Standard",
    what: "Big Tech capex guidance for 2026 (Alphabet, Amazon, Meta, Microsoft)",
    date: "6 February 2026",
    zh: {
      what: "大型科技公司 2026 年資本支出指引（Alphabet、Amazon、Meta、Microsoft），Business Standard 轉述",
      date: "2026 年 2 月 6 日",
    },
    url: "https://www.business-standard.com/",
    says:
      "Amazon about $200B, Alphabet $175–185B, Meta $115–135B, Microsoft not guided: about " +
      "$650B combined in 2026. Context for the spend inputs, not a payback claim.",
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CAPITAL_SOURCES;

/** A default of the capital model: its value, what it means, and where it comes from. */
export interface SourcedFigure {
  readonly value: number;
  readonly note: string;
  readonly sources: readonly CitationId[];
}

/**
 * The capital model's defaults. The functions' own defaults (cloud margin 0, cost of capital 0,
 * utilization 100%, growth 0, opex 0) keep the article's arithmetic; the useful life has no
 * function default (every function asks for it) and `life` is the template's suggested value.
 */
export const CAPITAL_DEFAULTS = {
  cloudMargin: {
    value: 0,
    note:
      "The cloud vendor's margin, applied on top of the end customer's. The article leaves it " +
      "out (so the true requirement is higher); 0% keeps the article's figures.",
    sources: ["article"],
  },
  life: {
    value: 5,
    note:
      "Years the GPUs earn their keep. Hyperscalers state 5 to 6 years for servers (Microsoft " +
      "and Alphabet 6, Meta 5, Amazon 5 for a subset from 2025, citing AI's pace); the " +
      "short-life argument says 2 to 3 years for AI chips.",
    sources: ["microsoftLife", "hyperscalerLives2022", "amazonLife2025", "shortLife"],
  },
  rate: {
    value: 0,
    note:
      "The cost of capital a year. 0% is the article's arithmetic, which charges nothing for " +
      "capital; above 0 the yearly charge is a loan's payment, Excel's −PMT(rate, life, capex).",
    sources: ["article", "costOfCapital", "excelPmt"],
  },
  utilization: {
    value: 1,
    note: "The share of the year's 8,760 hours (365 × 24) a GPU is sold; 100% is the best case.",
    sources: [],
  },
  growth: {
    value: 0,
    note: "The yearly growth of profit; 0% means the first year's profit repeats.",
    sources: [],
  },
  spendGrowth: {
    value: 0,
    note:
      "The yearly growth of GPU spend after 2024. 0% holds the June 2024 essay's $150B run-rate " +
      "flat; each essay gives one year's figure and no path beyond it.",
    sources: ["article", "update2024"],
  },
  revenueGrowth: {
    value: 0,
    note:
      "The yearly growth of identified AI revenue after 2023. 0% keeps the article's $75B, which " +
      "the June 2024 essay keeps too.",
    sources: ["article", "update2024"],
  },
  opex: {
    value: 0,
    note: "Running cost of one GPU in $ a year (power, hosting); 0 counts the capital charge only.",
    sources: [],
  },
} as const satisfies Record<string, SourcedFigure>;

/**
 * The useful lives a sensitivity grid spans: from the short-life argument's 3 years to the 6
 * years Microsoft and Alphabet state.
 */
export const USEFUL_LIVES: readonly number[] = [3, 4, 5, 6];
export const USEFUL_LIVES_SOURCES: readonly CitationId[] = [
  "shortLife",
  "microsoftLife",
  "hyperscalerLives2022",
];

/** Hours in a (non-leap) year: 365 × 24. */
export const HOURS_PER_YEAR = 365 * 24;

/** PAYBACK_YEARS looks this many years ahead; beyond it the investment never pays back (#N/A). */
export const PAYBACK_HORIZON_YEARS = 100;
