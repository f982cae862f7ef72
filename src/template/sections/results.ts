/** The results: every figure of the article's chain as a formula over the inputs and the table. */
import type { SheetLabels } from "../labels";
import { at, type Block, type Origin } from "../layout";
import { MONEY_FORMAT, PERCENT_FORMAT } from "../styles";
import type { CellPlan } from "../types";
import type { InputAddresses } from "./inputs";
import { heading, line } from "./line";

export interface ResultAddresses {
  readonly dataCenterCost: string;
  readonly requiredRevenue: string;
  readonly identifiedRevenue: string;
  readonly gap: string;
  readonly coverage: string;
  readonly breakevenSpend: string;
}

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

/** The results in sheet order; each formula may use the results above it. */
function results(text: SheetLabels, input: InputAddresses, revenues: string): Result[] {
  const { spend, energy, margin } = input;
  return [
    {
      key: "dataCenterCost",
      label: text.dataCenterCost,
      note: text.dataCenterCostNote,
      numberFormat: MONEY_FORMAT,
      formula: () => `=GPU.DATACENTER_COST(${spend},${energy})`,
    },
    {
      key: "requiredRevenue",
      label: text.requiredRevenue,
      note: text.requiredRevenueNote,
      numberFormat: MONEY_FORMAT,
      formula: () => `=GPU.REQUIRED_REVENUE(${spend},${energy},${margin})`,
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
      formula: (r) => `=GPU.GAP(${revenues},${r.requiredRevenue})`,
    },
    {
      key: "coverage",
      label: text.coverage,
      note: text.coverageNote,
      numberFormat: PERCENT_FORMAT,
      formula: (r) => `=GPU.COVERAGE(${revenues},${r.requiredRevenue})`,
    },
    {
      key: "breakevenSpend",
      label: text.breakevenSpend,
      note: text.breakevenSpendNote,
      numberFormat: MONEY_FORMAT,
      formula: (r) => `=GPU.BREAKEVEN_SPEND(${r.identifiedRevenue},${energy},${margin})`,
    },
  ];
}

export function resultsSection(
  origin: Origin,
  text: SheetLabels,
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
  const rows = Object.keys(addresses).length + 1;
  cells.push({
    address: at(origin.column, origin.row + rows),
    value: text.cloudMarginNote,
    style: "note",
  });
  return { cells, rows: rows + 1, addresses: addresses as ResultAddresses };
}
