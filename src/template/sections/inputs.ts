/**
 * The inputs: the article's chain (GPU spend, energy, margin) from the preset, then the model's
 * additions (cloud margin, useful life, cost of capital, the growth of spend and revenue over
 * the years). Each one is styled as an input, validated, and named by the check below them.
 */
import { CAPITAL_DEFAULTS, PRESETS, type PresetId } from "../../engine";
import type { SheetLabels } from "../labels";
import type { Block, Origin } from "../layout";
import { MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT, YEARS_FORMAT } from "../styles";
import { heading, line, valueAddress } from "./line";
import { ruleOf } from "../../engine/catalog/signatures";
import { checkFormula, validation, type RuleKind } from "./rules";

export type InputKey =
  "spend" | "energy" | "margin" | "cloudMargin" | "life" | "rate" | "spendGrowth" | "revenueGrowth";

export type InputAddresses = Readonly<Record<InputKey, string>>;

export interface InputsBlock extends Block {
  readonly addresses: InputAddresses;
  /** The input check's cell. */
  readonly check: string;
}

/**
 * The model's defaults, from the engine's sourced figures: cloud margin and cost of capital keep
 * the article's arithmetic, the useful life is the hyperscalers' stated server life, and the
 * growth of spend and revenue (0%) holds each essay's figure flat.
 */
export const MODEL_DEFAULTS = {
  cloudMargin: CAPITAL_DEFAULTS.cloudMargin.value,
  life: CAPITAL_DEFAULTS.life.value,
  rate: CAPITAL_DEFAULTS.rate.value,
  spendGrowth: CAPITAL_DEFAULTS.spendGrowth.value,
  revenueGrowth: CAPITAL_DEFAULTS.revenueGrowth.value,
} as const;

/**
 * Each input in sheet order: its number format, what it accepts (the catalog's rule of the
 * argument it feeds: GPU spend is REQUIRED_REVENUE's spend, useful life ANNUAL_REQUIRED_REVENUE's
 * life, each growth PAYBACK_YEARS's growth), its note and its value.
 */
const INPUTS: ReadonlyArray<{
  readonly key: InputKey;
  readonly numberFormat: string;
  readonly kind: RuleKind;
  readonly note: (text: SheetLabels, preset: PresetId) => string;
  readonly value: (preset: PresetId) => number;
}> = [
  {
    key: "spend",
    numberFormat: MONEY_FORMAT,
    kind: ruleOf("REQUIRED_REVENUE", "spend"),
    note: (text, preset) => text.spendNote[preset],
    value: (preset) => PRESETS[preset].inputs.spend,
  },
  {
    key: "energy",
    numberFormat: RATIO_FORMAT,
    kind: ruleOf("REQUIRED_REVENUE", "energy"),
    note: (text) => text.energyNote,
    value: (preset) => PRESETS[preset].inputs.energy,
  },
  {
    key: "margin",
    numberFormat: PERCENT_FORMAT,
    kind: ruleOf("REQUIRED_REVENUE", "margin"),
    note: (text) => text.marginNote,
    value: (preset) => PRESETS[preset].inputs.margin,
  },
  {
    key: "cloudMargin",
    numberFormat: PERCENT_FORMAT,
    kind: ruleOf("REQUIRED_REVENUE", "cloudMargin"),
    note: (text) => text.cloudMarginInputNote,
    value: () => MODEL_DEFAULTS.cloudMargin,
  },
  {
    key: "life",
    numberFormat: YEARS_FORMAT,
    kind: ruleOf("ANNUAL_REQUIRED_REVENUE", "life"),
    note: (text) => text.lifeNote,
    value: () => MODEL_DEFAULTS.life,
  },
  {
    key: "rate",
    numberFormat: PERCENT_FORMAT,
    kind: ruleOf("ANNUAL_REQUIRED_REVENUE", "rate"),
    note: (text) => text.rateNote,
    value: () => MODEL_DEFAULTS.rate,
  },
  {
    key: "spendGrowth",
    numberFormat: PERCENT_FORMAT,
    kind: ruleOf("PAYBACK_YEARS", "growth"),
    note: (text, preset) => text.spendGrowthNote[preset],
    value: () => MODEL_DEFAULTS.spendGrowth,
  },
  {
    key: "revenueGrowth",
    numberFormat: PERCENT_FORMAT,
    kind: ruleOf("PAYBACK_YEARS", "growth"),
    note: (text, preset) => text.revenueGrowthNote[preset],
    value: () => MODEL_DEFAULTS.revenueGrowth,
  },
];

export function inputsSection(origin: Origin, text: SheetLabels, presetId: PresetId): InputsBlock {
  const lines = INPUTS.map((input, i) => {
    const label = text[input.key];
    const validated = validation(text, input.kind, valueAddress(origin, 1 + i), label);
    const cell = {
      value: input.value(presetId),
      numberFormat: input.numberFormat,
      style: "input" as const,
      validation: validated,
    };
    return { ...line(origin, 1 + i, label, cell, input.note(text, presetId)), label, input };
  });
  const check = line(origin, 1 + lines.length, text.check, {
    formula: checkFormula(
      text,
      lines.map(({ address, label, input }) => ({
        cell: address,
        label,
        kind: input.kind,
        // The years' charges in service count whole years of life; the results take any above 0.
        narrower:
          input.key === "life"
            ? { kind: ruleOf("CHARGES_IN_SERVICE", "life"), result: text.wholeLifeResult }
            : undefined,
      }))
    ),
    style: "result",
  });
  return {
    cells: [
      ...heading(origin, text.inputs, text.inputsHint),
      ...lines.flatMap((l) => l.cells),
      ...check.cells,
    ],
    rows: 2 + lines.length,
    addresses: Object.fromEntries(lines.map((l) => [l.input.key, l.address])) as InputAddresses,
    check: check.address,
  };
}
