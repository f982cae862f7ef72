/**
 * The article's figures as data, shared by every host: the essay's, and for the May 2026 preset
 * the published figures named in src/engine/sources.ts. Nothing here knows about Excel or the DOM.
 */
import type { CitationId } from "./sources";

export interface Source {
  readonly title: string;
  readonly author: string;
  readonly publisher: string;
  readonly date: string;
  readonly url: string;
}

export const ARTICLE: Source = {
  title: "AI's $200B Question",
  author: "David Cahn",
  publisher: "Sequoia Capital",
  date: "September 2023",
  url: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/",
};

export const UPDATE_2024: Source = {
  title: "AI's $600B Question",
  author: "David Cahn",
  publisher: "Sequoia Capital",
  date: "June 20, 2024",
  url: "https://www.sequoiacap.com/article/ais-600b-question/",
};

/** The three inputs of the payback chain. */
export interface PaybackInputs {
  /** GPU spend, $B a year (Nvidia's run-rate GPU revenue). */
  readonly spend: number;
  /** $ of data-center energy cost per $ of GPU spend. */
  readonly energy: number;
  /** The end customer's margin, as a fraction in [0, 1): 0.5 means 50%. */
  readonly margin: number;
}

/** The article's defaults: $50B of GPUs, $1 of energy per GPU $, a 50% end-customer margin. */
export const ARTICLE_DEFAULTS: PaybackInputs = { spend: 50, energy: 1, margin: 0.5 };

export type PresetId = "sept2023" | "june2024" | "may2026";

export interface Preset {
  readonly id: PresetId;
  /** The year its figures describe: the over-the-years block takes this year's spend from the input. */
  readonly year: number;
  readonly inputs: PaybackInputs;
  /** Where each of the three inputs comes from (ids into src/engine/sources.ts). */
  readonly inputSources: Readonly<Record<keyof PaybackInputs, readonly CitationId[]>>;
  readonly source: Source;
  /** What the spend figure is, in the article's words. */
  readonly spendBasis: string;
  /** The identified revenue: the company table's rows. */
  readonly revenues: readonly CompanyRevenue[];
  /** The year the identified revenue describes (the June 2024 essay keeps the 2023 table). */
  readonly revenueYear: number;
  /** Where the essay's own headline differs from what the sheet computes, and why. */
  readonly gapNote?: GapNote;
}

/** The essay's stated gap beside the one the sheet computes on the 2023 company table. */
export interface GapNote {
  /** The gap the essay states, $B. */
  readonly statedGap: number;
  /** The gap the sheet computes: required revenue less the default table's total, $B. */
  readonly computedGap: number;
  readonly text: string;
}

export interface CompanyRevenue {
  readonly company: string;
  /** Annual AI revenue, $B. */
  readonly revenue: number;
  /** Where the figure comes from in the article. */
  readonly basis: string;
}

/**
 * The article's stated total of identified AI revenue, $B ("only $75B"). The rows follow the
 * author's own list as restated in the June 2024 essay, which names Google at $10B (the
 * Traditional-Chinese translation leaves Google out).
 */
export const ARTICLE_STATED_TOTAL = 75;

const ITEMISED: readonly CompanyRevenue[] = [
  { company: "OpenAI", revenue: 1, basis: "Reported by The Information (about $1B a year)" },
  {
    company: "Google",
    revenue: 10,
    basis: "Assumed; named in the author's June 2024 restatement, left out of the translation",
  },
  {
    company: "Microsoft",
    revenue: 10,
    basis: "Microsoft expects about $10B a year from Copilot and similar products",
  },
  { company: "Meta", revenue: 10, basis: "Assumed" },
  { company: "Apple", revenue: 10, basis: "Assumed" },
  { company: "Oracle", revenue: 5, basis: "Assumed" },
  { company: "ByteDance", revenue: 5, basis: "Assumed" },
  { company: "Alibaba", revenue: 5, basis: "Assumed" },
  { company: "Tencent", revenue: 5, basis: "Assumed" },
  { company: "X", revenue: 5, basis: "Assumed" },
  { company: "Tesla", revenue: 5, basis: "Assumed" },
];

const itemisedTotal = ITEMISED.reduce((total, row) => total + row.revenue, 0);

/**
 * The default company-revenue table: the article's itemised companies plus one row for the
 * difference between its stated total ($75B) and the rows it names ($71B).
 */
export const COMPANY_REVENUES: readonly CompanyRevenue[] = [
  ...ITEMISED,
  {
    company: "Other (not itemised)",
    revenue: ARTICLE_STATED_TOTAL - itemisedTotal,
    basis: "The article's stated total ($75B) less the companies it names ($71B)",
  },
];

/** The essay's energy and margin, which every preset keeps. */
const ESSAY_INPUT_SOURCES: Preset["inputSources"] = {
  spend: ["article"],
  energy: ["article"],
  margin: ["article"],
};

/** Nvidia's Data Center revenue, $B, in the quarter ended 26 April 2026 (reported 20 May 2026). */
export const NVIDIA_QUARTER_2026 = 75.2;
/** The essay's run-rate: a quarter's revenue × 4, $B a year. */
export const NVIDIA_RUN_RATE_2026 = NVIDIA_QUARTER_2026 * 4;
/** Exponential View's de-duplicated end-customer generative-AI run-rate, $B a year (June 2026). */
export const EXPONENTIAL_VIEW_RUN_RATE = 175;

export const STATE_OF_AI_ECONOMY_2026: Source = {
  title: "The State of the AI Economy",
  author: "Exponential View",
  publisher: "wpnews.pro",
  date: "25 June 2026",
  url: "https://wpnews.pro/news/the-state-of-the-ai-economy",
};

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  sept2023: {
    id: "sept2023",
    year: 2023,
    inputs: ARTICLE_DEFAULTS,
    inputSources: ESSAY_INPUT_SOURCES,
    source: ARTICLE,
    spendBasis: "Nvidia's run-rate GPU revenue by year end, a conservative analyst estimate",
    revenues: COMPANY_REVENUES,
    revenueYear: 2023,
  },
  june2024: {
    id: "june2024",
    year: 2024,
    inputs: { ...ARTICLE_DEFAULTS, spend: 150 },
    inputSources: { ...ESSAY_INPUT_SOURCES, spend: ["update2024"] },
    source: UPDATE_2024,
    spendBasis: "Nvidia's data-center run-rate revenue forecast (about $150B)",
    revenues: COMPANY_REVENUES,
    revenueYear: 2023,
    gapNote: {
      statedGap: 500,
      computedGap: 525,
      text:
        "The essay calls the gap about $500B (a round figure, allowing for a few more companies); " +
        "on the 2023 company table the sheet computes $600B − $75B = $525B.",
    },
  },
  may2026: {
    id: "may2026",
    year: 2026,
    inputs: { ...ARTICLE_DEFAULTS, spend: NVIDIA_RUN_RATE_2026 },
    inputSources: { ...ESSAY_INPUT_SOURCES, spend: ["nvidiaQ1Fy2027", "update2024"] },
    source: STATE_OF_AI_ECONOMY_2026,
    spendBasis:
      "Nvidia's Data Center revenue of $75.2B in the quarter ended 26 April 2026, × 4 (the run-rate, as the June 2024 essay took it)",
    revenues: [
      {
        company: "End customers' generative-AI spend (de-duplicated, outside China)",
        revenue: EXPONENTIAL_VIEW_RUN_RATE,
        basis: "Exponential View, annualised run-rate above $175B (25 June 2026)",
      },
    ],
    revenueYear: 2026,
  },
};

export const PRESET_IDS: readonly PresetId[] = ["sept2023", "june2024", "may2026"];
