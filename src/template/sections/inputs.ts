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
import { checkFormula, validation, type RuleKind } from "./rules";

export type InputKey =
  "spend" | "energy" | "margin" | "cloudMargin" | "life" | "rate" | "spendGrowth" | "revenueGrowth";

export type InputAddresses = Readonly<Record<InputKey, string>>;

export interface InputsBlock extends Block {
  readonly addresses: InputAddresses;
  /** The input check's cell. */
  readonly check: string;
}

interface Input {
  readonly key: InputKey;
  readonly label: string;
  readonly note: string;
  readonly value: number;
  readonly numberFormat: string;
  readonly kind: RuleKind;
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
  spendGrowth: CAPITAL_DEFAULTS.growth.value,
  revenueGrowth: CAPITAL_DEFAULTS.growth.value,
} as const;

function inputs(text: SheetLabels, presetId: PresetId): Input[] {
  const preset = PRESETS[presetId].inputs;
  const d = MODEL_DEFAULTS;
  return [
    input("spend", text.spend, text.spendNote[presetId], preset.spend, MONEY_FORMAT, "nonNegative"),
    input("energy", text.energy, text.energyNote, preset.energy, RATIO_FORMAT, "nonNegative"),
    input("margin", text.margin, text.marginNote, preset.margin, PERCENT_FORMAT, "share"),
    input(
      "cloudMargin",
      text.cloudMargin,
      text.cloudMarginInputNote,
      d.cloudMargin,
      PERCENT_FORMAT,
      "share"
    ),
    input("life", text.life, text.lifeNote, d.life, YEARS_FORMAT, "wholeYears"),
    input("rate", text.rate, text.rateNote, d.rate, PERCENT_FORMAT, "nonNegative"),
    input(
      "spendGrowth",
      text.spendGrowth,
      text.spendGrowthNote,
      d.spendGrowth,
      PERCENT_FORMAT,
      "nonNegative"
    ),
    input(
      "revenueGrowth",
      text.revenueGrowth,
      text.revenueGrowthNote,
      d.revenueGrowth,
      PERCENT_FORMAT,
      "nonNegative"
    ),
  ];
}

function input(
  key: InputKey,
  label: string,
  note: string,
  value: number,
  numberFormat: string,
  kind: RuleKind
): Input {
  return { key, label, note, value, numberFormat, kind };
}

export function inputsSection(origin: Origin, text: SheetLabels, presetId: PresetId): InputsBlock {
  const list = inputs(text, presetId);
  const lines = list.map((spec, i) => {
    const cell = valueAddress(origin, 1 + i);
    return line(
      origin,
      1 + i,
      spec.label,
      {
        value: spec.value,
        numberFormat: spec.numberFormat,
        style: "input",
        validation: validation(text, spec.kind, cell, spec.label),
      },
      spec.note
    );
  });
  const addresses = Object.fromEntries(list.map((spec, i) => [spec.key, lines[i].address]));
  const checked = list.map((spec, i) => ({
    cell: lines[i].address,
    label: spec.label,
    kind: spec.kind,
  }));
  const check = line(origin, 1 + list.length, text.check, {
    formula: checkFormula(text, checked),
    style: "result",
  });
  return {
    cells: [
      ...heading(origin, text.inputs, text.inputsHint),
      ...lines.flatMap((l) => l.cells),
      ...check.cells,
    ],
    rows: 2 + list.length,
    addresses: addresses as InputAddresses,
    check: check.address,
  };
}
