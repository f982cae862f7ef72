/**
 * The debate since the essay: the analyses published after it, each with its inputs and its
 * headline figure as published, and where it was published (ids into src/engine/sources.ts).
 * Every figure is as its source published it. Data only: the template
 * (src/template/sections/debate.ts) reproduces each headline with the add-in's functions.
 */
import {
  ARTICLE_DEFAULTS,
  ARTICLE_STATED_TOTAL,
  EXPONENTIAL_VIEW_RUN_RATE,
  NVIDIA_QUARTER_2026,
} from "./article";
import type { CitationId } from "./sources";

export type AnalysisId =
  | "essay2023"
  | "essay2024"
  | "bain2025"
  | "jpMorgan2025"
  | "exponentialView2026"
  | "bigTechCapex2026"
  | "today2026";

/** How an input is shown: $B, a ratio ($ per $), a percentage, or a count. */
export type InputKind = "money" | "ratio" | "percent" | "count";

export interface AnalysisInput {
  readonly value: number;
  readonly kind: InputKind;
}

export interface Analysis {
  readonly id: AnalysisId;
  /** Where it was published: the first is the address shown in its row. */
  readonly sources: readonly CitationId[];
  /** The inputs the reproduction takes, in the order its formula reads them. */
  readonly inputs: readonly AnalysisInput[];
  /** The headline figure as published ($B, or a share), absent where it is a sentence. */
  readonly headline?: number;
}

const money = (value: number): AnalysisInput => ({ value, kind: "money" });
const ESSAY_CHAIN = [
  { value: ARTICLE_DEFAULTS.energy, kind: "ratio" },
  { value: ARTICLE_DEFAULTS.margin, kind: "percent" },
] as const;

/** In debate.md's order: the essay's own two figures, the analyses since, today's figure. */
export const ANALYSES: readonly Analysis[] = [
  {
    id: "essay2023",
    sources: ["article"],
    inputs: [money(50), ...ESSAY_CHAIN, money(ARTICLE_STATED_TOTAL)],
    headline: 200,
  },
  {
    id: "essay2024",
    sources: ["update2024"],
    inputs: [money(150), ...ESSAY_CHAIN, money(ARTICLE_STATED_TOTAL)],
    headline: 600,
  },
  {
    id: "bain2025",
    sources: ["bain2025"],
    inputs: [money(500), ...ESSAY_CHAIN, money(800)],
    headline: 2000,
  },
  {
    id: "jpMorgan2025",
    sources: ["jpMorgan2025"],
    inputs: [money(650), money(5000), { value: 0.1, kind: "percent" }],
    headline: 650,
  },
  {
    id: "exponentialView2026",
    sources: ["exponentialView2026"],
    inputs: [money(25), money(21)],
  },
  { id: "bigTechCapex2026", sources: ["bigTechCapex2026"], inputs: [], headline: 650 },
  {
    id: "today2026",
    sources: ["nvidiaQ1Fy2027", "exponentialView2026", "update2024"],
    inputs: [
      money(NVIDIA_QUARTER_2026),
      { value: 4, kind: "count" },
      ...ESSAY_CHAIN,
      money(EXPONENTIAL_VIEW_RUN_RATE),
    ],
  },
];
