/**
 * "The debate since": one row per published analysis (src/engine/debate.ts): who, when, the
 * address, their inputs in words and as input cells, their headline, a live formula of the
 * add-in's functions over those cells that reproduces it, a second figure where the analysis has
 * one, and a line on the difference. The section goes below every other one (plan.ts), so it
 * shares no rows with the company table, which grows.
 */
import {
  ANALYSES,
  CAPITAL_SOURCES,
  gpuFormula,
  type Analysis,
  type AnalysisId,
  type InputKind,
} from "../../engine";
import type { DebateLabels } from "../debateLabels";
import { at, type Block, type Origin } from "../layout";
import { MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT, YEARS_FORMAT } from "../styles";
import type { CellPlan, DebateRow } from "../types";
import { heading } from "./line";
import { textConstant } from "../../engine/formulaText";

/** Column offsets from the section's first column. */
const COLUMNS = {
  who: 0,
  when: 1,
  address: 2,
  words: 4,
  inputs: 5,
  headline: 10,
  reproduced: 11,
  also: 12,
  difference: 13,
} as const;
/** The columns the section spans (A:N from A): the last one, the difference, overflows right. */
export const DEBATE_COLUMNS = COLUMNS.difference + 1;

const FORMATS: Readonly<Record<InputKind, string>> = {
  money: MONEY_FORMAT,
  ratio: RATIO_FORMAT,
  percent: PERCENT_FORMAT,
  count: YEARS_FORMAT,
};
/** Years to two decimals: J.P. Morgan's implied life, 15.38. */
const LIFE_FORMAT = "0.00";

interface Figure {
  readonly formula: string;
  readonly numberFormat: string;
}

/** The reproduction and the second figure, given the input cells and the reproduction's cell. */
type Reproduction = (
  x: readonly string[],
  reproduced: string,
  text: DebateLabels
) => {
  readonly reproduced?: Figure;
  readonly also?: Figure;
};

const money = (formula: string): Figure => ({ formula, numberFormat: MONEY_FORMAT });
const required = (spend: string, x: readonly string[]): Figure =>
  money(gpuFormula("REQUIRED_REVENUE", spend, x[1], x[2]));

const REPRODUCTIONS: Readonly<Record<AnalysisId, Reproduction>> = {
  essay2023: (x, r) => ({ reproduced: required(x[0], x), also: money(gpuFormula("GAP", x[3], r)) }),
  essay2024: (x, r) => ({ reproduced: required(x[0], x), also: money(gpuFormula("GAP", x[3], r)) }),
  bain2025: (x, r) => ({ reproduced: required(x[0], x), also: money(`=${r}-${x[3]}`) }),
  // The life NPER(rate, −charge, capex); none where the charge never repays the capex at the rate.
  jpMorgan2025: (x, r, text) => ({
    reproduced: {
      formula: `=IF(${x[0]}<=${x[2]}*${x[1]},${textConstant(text.neverRepaid)},NPER(${x[2]},-${x[0]},${x[1]}))`,
      numberFormat: LIFE_FORMAT,
    },
    also: money(gpuFormula("ANNUAL_CHARGE", x[1], r, x[2])),
  }),
  exponentialView2026: (x) => ({
    reproduced: { formula: gpuFormula("COVERAGE", x[0], x[1]), numberFormat: PERCENT_FORMAT },
  }),
  bigTechCapex2026: () => ({}),
  today2026: (x, r) => ({
    reproduced: money(gpuFormula("REQUIRED_REVENUE", `${x[0]}*${x[1]}`, x[2], x[3])),
    also: money(gpuFormula("GAP", x[4], r)),
  }),
};

export interface DebateBlock extends Block {
  readonly analyses: readonly DebateRow[];
}

function headerCells(origin: Origin, text: DebateLabels): CellPlan[] {
  const row = origin.row + 1;
  return (Object.keys(text.headers) as Array<keyof DebateLabels["headers"]>).map((key) => ({
    address: at(origin.column + COLUMNS[key], row),
    value: text.headers[key],
    style: "gridHeader" as const,
  }));
}

function analysisRow(origin: Origin, row: number, analysis: Analysis, text: DebateLabels) {
  const col = (key: keyof typeof COLUMNS, offset = 0) =>
    at(origin.column + COLUMNS[key] + offset, row);
  const words = text.analyses[analysis.id];
  const source = CAPITAL_SOURCES[analysis.sources[0]];
  const inputs = analysis.inputs.map((_, i) => col("inputs", i));
  const figures = REPRODUCTIONS[analysis.id](inputs, col("reproduced"), text);
  const cells: CellPlan[] = [
    { address: col("who"), value: words.who, style: "label" },
    { address: col("when"), value: words.when, style: "label" },
    { address: col("address"), value: source.url, style: "note" },
    { address: col("words"), value: words.inputs, style: "note" },
    ...analysis.inputs.map((input, i) => ({
      address: inputs[i],
      value: input.value,
      numberFormat: FORMATS[input.kind],
      style: "input" as const,
    })),
    analysis.headline === undefined
      ? { address: col("headline"), value: words.headline ?? "", style: "note" }
      : {
          address: col("headline"),
          value: analysis.headline,
          numberFormat: MONEY_FORMAT,
          style: "label",
        },
    { address: col("difference"), value: words.difference, style: "note" },
  ];
  const placed: Partial<Record<"reproduced" | "also", string>> = {};
  for (const key of ["reproduced", "also"] as const) {
    const figure = figures[key];
    if (figure === undefined) continue;
    placed[key] = col(key);
    cells.push({ address: col(key), ...figure, style: "result" });
  }
  const where: DebateRow = { id: analysis.id, row, inputs, headline: col("headline"), ...placed };
  return { cells, where };
}

export function debateSection(origin: Origin, text: DebateLabels): DebateBlock {
  const first = origin.row + 2;
  // Each analysis's inputs fit in F:J, before its headline in K (test/template/debate.test.ts).
  const rows = ANALYSES.map((analysis, i) => analysisRow(origin, first + i, analysis, text));
  return {
    cells: [
      ...heading(origin, text.section, text.hint),
      ...headerCells(origin, text),
      ...rows.flatMap((r) => r.cells),
    ],
    rows: 2 + ANALYSES.length,
    analyses: rows.map((r) => r.where),
  };
}
