/**
 * Where the capital model's defaults and notes come from: cloud margin, useful life, cost of
 * capital (issue 12). Every default below names its sources by id; no figure goes into a note or
 * the sheet without one. Data only: nothing here computes.
 */

/** One source a default or a note relies on. */
export interface Citation {
  /** Who said it. */
  readonly who: string;
  /** The document or statement. */
  readonly what: string;
  readonly date: string;
  readonly url: string;
  /** What it says that we rely on, in our words. */
  readonly says: string;
}

export const CAPITAL_SOURCES = {
  article: {
    who: "David Cahn, Sequoia Capital",
    what: "AI's $200B Question",
    date: "September 2023",
    url: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/",
    says:
      "Required revenue is lifetime revenue for one year of GPU capex; the figure leaves out " +
      "any margin for the cloud vendors, so the true requirement is higher.",
  },
  update2024: {
    who: "David Cahn, Sequoia Capital",
    what: "AI's $600B Question",
    date: "June 20, 2024",
    url: "https://www.sequoiacap.com/article/ais-600b-question/",
    says:
      "GPU spend of about $150B (Nvidia's data-center run-rate forecast) gives $600B of " +
      "required revenue; the essay calls the gap about $500B.",
  },
  microsoftLife: {
    who: "Microsoft (Amy Hood, CFO)",
    what: "Q4 fiscal 2022 earnings call, reported by The Register",
    date: "July 2022",
    url: "https://www.theregister.com/2022/08/02/microsoft_server_life_extension/",
    says:
      "Server and network equipment in Microsoft's cloud are depreciated over 6 years instead " +
      "of 4, from fiscal 2023.",
  },
  hyperscalerLives2022: {
    who: "Alphabet, Amazon and Meta",
    what: "2022 annual reports (Form 10-K), quoted in 'Useful life of servers and network assets at tech companies'",
    date: "2023",
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
    url: "https://calcbench.blogspot.com/2025/02/on-amazon-and-server-lifespans.html",
    says:
      "A subset of servers and networking equipment goes from 6 years to 5 from January 1, " +
      "2025, because of the increased pace of technology development in AI and machine learning.",
  },
  shortLife: {
    who: "Michael Burry and other critics, summarised by Dave Friedman",
    what: "GPU Obsolescence is Complicated",
    date: "not dated; written after December 2025",
    url: "https://davefriedman.substack.com/p/gpu-obsolescence-is-complicated",
    says:
      "The short-life argument: AI chips' useful life is 2 to 3 years, so the hyperscalers' " +
      "5 to 6 years understates depreciation.",
  },
  timeValue: {
    who: "Hacker News discussion of AI's $200B Question",
    what: "Comment thread on the essay",
    date: "October 2023",
    url: "https://news.ycombinator.com/item?id=37814846",
    says:
      "At these scales and time frames the time value of money becomes significant: the " +
      "article's arithmetic charges nothing for capital.",
  },
  excelPmt: {
    who: "Microsoft Support",
    what: "PMT function",
    date: "current",
    url: "https://support.microsoft.com/en-US/excel/functions/pmt-function",
    says:
      "PMT(rate, nper, pv) is the constant payment, principal and interest, that repays pv over " +
      "nper periods at rate: the yearly capital charge of capex at a cost of capital.",
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
    sources: ["article", "timeValue", "excelPmt"],
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
