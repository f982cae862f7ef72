/**
 * "Over the years": one column a year from 2023 to 2030. The preset's own year takes the GPU spend
 * input, so the results and the years use one spend for it; another essay's year keeps that
 * essay's figure (2023: the September 2023 run-rate, 2024: the June 2024 one), with a note that
 * says so; the other years grow by the spend growth input; every spend cell is an input a user
 * may overwrite. Below it, each year's
 * data-center cost, the capital charges still in service, the revenue they require, the
 * identified revenue (the results' figure in the year it describes, the article's stated $75B in
 * 2023 before it, growing by the revenue-growth input otherwise), the gap and the cumulative gap.
 */
import { ARTICLE_STATED_TOTAL, PRESETS, gpuFormula, type PresetId } from "../../engine";
import type { SheetLabels } from "../labels";
import { absolute } from "../../engine/a1";
import { at, type Block, type Origin } from "../layout";
import { MONEY_FORMAT, YEARS_FORMAT } from "../styles";
import type { CellPlan, StyleName, YearsPlan, YearsRow } from "../types";
import type { InputAddresses } from "./inputs";
import type { ResultAddresses } from "./results";

export const FIRST_YEAR = 2023;
export const LAST_YEAR = 2030;

/** The years whose GPU spend an essay states: the rest follow the growth input. */
export const STATED_SPEND: Readonly<Record<number, number>> = {
  2023: PRESETS.sept2023.inputs.spend,
  2024: PRESETS.june2024.inputs.spend,
};

/** The years whose identified revenue a source states: 2023's "only $75B". */
export const STATED_IDENTIFIED: Readonly<Record<number, number>> = {
  2023: ARTICLE_STATED_TOTAL,
};

export interface YearsBlock extends Block {
  readonly years: YearsPlan;
}

/** The figures, top to bottom: row key, label, style. */
const ROWS: ReadonlyArray<[YearsRow, keyof SheetLabels, StyleName]> = [
  ["spend", "yearsSpend", "input"],
  ["dataCenterCost", "yearsDataCenterCost", "grid"],
  ["charges", "yearsCharges", "grid"],
  ["required", "yearsRequired", "result"],
  ["identified", "yearsIdentified", "result"],
  ["gap", "yearsGap", "grid"],
  ["cumulativeGap", "yearsCumulativeGap", "grid"],
];

export function yearsSection(
  origin: Origin,
  text: SheetLabels,
  input: InputAddresses,
  results: ResultAddresses,
  presetId: PresetId
): YearsBlock {
  const preset = PRESETS[presetId];
  const { row: top, column: left } = origin;
  const years: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) years.push(year);
  const rowOf = (key: YearsRow): number => top + 2 + ROWS.findIndex(([k]) => k === key);
  const cell = (key: YearsRow, i: number): string => at(left + 1 + i, rowOf(key));
  const across = (key: YearsRow): string => `${cell(key, 0)}:${cell(key, years.length - 1)}`;
  const [energy, margin, cloudMargin, life, rate, spendGrowth, revenueGrowth] = [
    input.energy,
    input.margin,
    input.cloudMargin,
    input.life,
    input.rate,
    input.spendGrowth,
    input.revenueGrowth,
  ].map(absolute);
  const firstGap = absolute(cell("gap", 0));

  /**
   * Each figure's formula (or value) in year i; nothing where the charges' array spills, whose
   * cells get their format and style only.
   */
  const content: Record<YearsRow, (i: number) => Pick<CellPlan, "value" | "formula">> = {
    spend: (i) =>
      years[i] === preset.year
        ? { formula: `=${absolute(input.spend)}` }
        : years[i] in STATED_SPEND
          ? { value: STATED_SPEND[years[i]] }
          : { formula: `=${cell("spend", i - 1)}*(1+${spendGrowth})` },
    dataCenterCost: (i) => ({ formula: gpuFormula("DATACENTER_COST", cell("spend", i), energy) }),
    charges: (i) =>
      i === 0
        ? { formula: gpuFormula("CHARGES_IN_SERVICE", across("spend"), life, energy, rate) }
        : {},
    required: (i) => ({
      formula: gpuFormula("REQUIRED_REVENUE", cell("charges", i), "0", margin, cloudMargin),
    }),
    identified: (i) =>
      years[i] === preset.revenueYear
        ? { formula: `=${absolute(results.identifiedRevenue)}` }
        : i === 0
          ? { value: STATED_IDENTIFIED[years[i]] }
          : { formula: `=${cell("identified", i - 1)}*(1+${revenueGrowth})` },
    gap: (i) => ({ formula: gpuFormula("GAP", cell("identified", i), cell("required", i)) }),
    cumulativeGap: (i) => ({ formula: `=SUM(${firstGap}:${cell("gap", i)})` }),
  };

  const cells: CellPlan[] = [
    { address: at(left, top), value: text.yearsSection, style: "section" },
    { address: at(left + 2, top), value: text.yearsHint, style: "note" },
    { address: at(left, top + 1), value: text.year, style: "gridHeader" },
    ...years.map((year, i) => ({
      address: at(left + 1 + i, top + 1),
      value: year,
      numberFormat: YEARS_FORMAT,
      style: "gridHeader" as const,
    })),
  ];
  for (const [key, label, style] of ROWS) {
    cells.push({ address: at(left, rowOf(key)), value: text[label] as string, style: "label" });
    years.forEach((_, i) => {
      cells.push({ address: cell(key, i), ...content[key](i), numberFormat: MONEY_FORMAT, style });
    });
  }
  const noteRow = top + 2 + ROWS.length + 1;
  cells.push(
    { address: at(left, noteRow - 1), value: text.yearsSpendNote[presetId], style: "note" },
    { address: at(left, noteRow), value: text.yearsNote, style: "note" }
  );
  const rows = Object.fromEntries(ROWS.map(([key]) => [key, across(key)])) as Record<
    YearsRow,
    string
  >;
  return {
    cells,
    rows: noteRow - top + 1,
    years: {
      years,
      yearsRange: `${at(left + 1, top + 1)}:${at(left + years.length, top + 1)}`,
      rows,
    },
  };
}
