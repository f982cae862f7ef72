/** The inputs: GPU spend, energy and margin, set from the preset and styled as inputs. */
import { PRESETS, type PresetId } from "../../engine";
import type { SheetLabels } from "../labels";
import type { Block, Origin } from "../layout";
import { MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "../styles";
import { heading, line } from "./line";

export interface InputAddresses {
  readonly spend: string;
  readonly energy: string;
  readonly margin: string;
}

export interface InputsBlock extends Block {
  readonly addresses: InputAddresses;
}

export function inputsSection(origin: Origin, text: SheetLabels, presetId: PresetId): InputsBlock {
  const { inputs } = PRESETS[presetId];
  const lines = [
    line(
      origin,
      1,
      text.spend,
      { value: inputs.spend, numberFormat: MONEY_FORMAT, style: "input" },
      text.spendNote[presetId]
    ),
    line(
      origin,
      2,
      text.energy,
      { value: inputs.energy, numberFormat: RATIO_FORMAT, style: "input" },
      text.energyNote
    ),
    line(
      origin,
      3,
      text.margin,
      { value: inputs.margin, numberFormat: PERCENT_FORMAT, style: "input" },
      text.marginNote
    ),
  ];
  const [spend, energy, margin] = lines.map((l) => l.address);
  return {
    cells: [...heading(origin, text.inputs, text.inputsHint), ...lines.flatMap((l) => l.cells)],
    rows: 1 + lines.length,
    addresses: { spend, energy, margin },
  };
}
