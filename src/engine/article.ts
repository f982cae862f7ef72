/**
 * The article's figures as data, shared by every host. Source: ../shared/article.md.
 * Nothing here knows about Excel or the DOM.
 */

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

export type PresetId = "sept2023" | "june2024";

export interface Preset {
  readonly id: PresetId;
  readonly inputs: PaybackInputs;
  readonly source: Source;
  /** What the spend figure is, in the article's words. */
  readonly spendBasis: string;
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

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  sept2023: {
    id: "sept2023",
    inputs: ARTICLE_DEFAULTS,
    source: ARTICLE,
    spendBasis: "Nvidia's run-rate GPU revenue by year end, a conservative analyst estimate",
  },
  june2024: {
    id: "june2024",
    inputs: { ...ARTICLE_DEFAULTS, spend: 150 },
    source: UPDATE_2024,
    spendBasis: "Nvidia's data-center run-rate revenue forecast (about $150B)",
    gapNote: {
      statedGap: 500,
      computedGap: 525,
      text:
        "The essay calls the gap about $500B (a round figure, allowing for a few more companies); " +
        "on the 2023 company table the sheet computes $600B − $75B = $525B.",
    },
  },
};

export const PRESET_IDS: readonly PresetId[] = ["sept2023", "june2024"];

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
 * Traditional-Chinese translation leaves Google out): see ../shared/article.md.
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
