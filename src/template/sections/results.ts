/** The results: every figure of the article's chain as a formula over the inputs and the table. */
import type { SheetLabels } from "../labels";
import { at, type Block, type Origin } from "../layout";
import { gpuFormula, type PresetId } from "../../engine";
import { MONEY_FORMAT, PAYBACK_FORMAT, PERCENT_FORMAT } from "../styles";
import type { CellPlan, TemplateAddresses } from "../types";
import type { InputAddresses } from "./inputs";
import { heading, line } from "./line";

/** The results' cells: the part of the template's addresses this block places. */
export type ResultAddresses = Pick<
  TemplateAddresses,
  | "dataCenterCost"
  | "requiredRevenue"
  | "identifiedRevenue"
  | "gap"
  | "coverage"
  | "breakevenSpend"
  | "annualRequiredRevenue"
  | "paybackYears"
>;

export interface ResultsBlock extends Block {
  readonly addresses: ResultAddresses;
}

interface Result {
  readonly key: keyof ResultAddresses;
  readonly label: string;
  readonly note: string;
  readonly numberFormat: string;
  /** The formula, given the addresses of the results above it. */
  readonly formula: (results: Partial<ResultAddresses>) => string;
}

/** The address of a result above the one being written (the sheet order puts it there). */
function above(results: Partial<ResultAddresses>, key: keyof ResultAddresses): string {
  const address = results[key];
  if (address === undefined) throw new Error(`${key} must come before the results that use it`);
  return address;
}

/** The results in sheet order; each formula may use the results above it. */
function results(text: SheetLabels, input: InputAddresses, revenues: string): Result[] {
  const { spend, energy, margin, cloudMargin, life, rate, revenueGrowth } = input;
  return [
    {
      key: "dataCenterCost",
      label: text.dataCenterCost,
      note: text.dataCenterCostNote,
      numberFormat: MONEY_FORMAT,
      formula: () => gpuFormula("DATACENTER_COST", spend, energy),
    },
    {
      key: "requiredRevenue",
      label: text.requiredRevenue,
      note: text.requiredRevenueNote,
      numberFormat: MONEY_FORMAT,
      formula: () => gpuFormula("REQUIRED_REVENUE", spend, energy, margin, cloudMargin),
    },
    {
      key: "identifiedRevenue",
      label: text.identifiedRevenue,
      note: text.identifiedRevenueNote,
      numberFormat: MONEY_FORMAT,
      formula: () => `=SUM(${revenues})`,
    },
    {
      key: "gap",
      label: text.gap,
      note: text.gapNote,
      numberFormat: MONEY_FORMAT,
      formula: (r) => gpuFormula("GAP", revenues, above(r, "requiredRevenue")),
    },
    {
      key: "coverage",
      label: text.coverage,
      note: text.coverageNote,
      numberFormat: PERCENT_FORMAT,
      formula: (r) => gpuFormula("COVERAGE", revenues, above(r, "requiredRevenue")),
    },
    {
      key: "breakevenSpend",
      label: text.breakevenSpend,
      note: text.breakevenSpendNote,
      numberFormat: MONEY_FORMAT,
      formula: (r) => gpuFormula("BREAKEVEN_SPEND", above(r, "identifiedRevenue"), energy, margin),
    },
    {
      key: "annualRequiredRevenue",
      label: text.annualRequiredRevenue,
      note: text.annualRequiredRevenueNote,
      numberFormat: MONEY_FORMAT,
      formula: () =>
        gpuFormula("ANNUAL_REQUIRED_REVENUE", spend, life, energy, margin, rate, cloudMargin),
    },
    {
      key: "paybackYears",
      label: text.paybackYears,
      note: text.paybackYearsNote,
      numberFormat: PAYBACK_FORMAT,
      // The share of identified revenue that pays for compute: identified × (1 − margin).
      formula: (r) =>
        gpuFormula(
          "PAYBACK_YEARS",
          above(r, "dataCenterCost"),
          `${above(r, "identifiedRevenue")}*(1-${margin})`,
          revenueGrowth
        ),
    },
  ];
}

export function resultsSection(
  origin: Origin,
  text: SheetLabels,
  presetId: PresetId,
  input: InputAddresses,
  revenues: string
): ResultsBlock {
  const cells: CellPlan[] = heading(origin, text.results);
  const addresses: Partial<Record<keyof ResultAddresses, string>> = {};
  results(text, input, revenues).forEach((result, i) => {
    const written = line(
      origin,
      1 + i,
      result.label,
      { formula: result.formula(addresses), numberFormat: result.numberFormat, style: "result" },
      result.note
    );
    addresses[result.key] = written.address;
    cells.push(...written.cells);
  });
  const notes = [text.cloudMarginNote, text.presetNote[presetId]];
  const first = origin.row + 1 + Object.keys(addresses).length;
  notes.forEach((note, i) => {
    cells.push({ address: at(origin.column, first + i), value: note, style: "note" });
  });
  return {
    cells,
    rows: first + notes.length - origin.row,
    addresses: addresses as ResultAddresses,
  };
}
