/** The sheet's heading: the title, the essay it comes from, and the method in one sentence. */
import type { PresetId } from "../../engine";
import type { SheetLabels } from "../labels";
import { at, type Block, type Origin } from "../layout";

/** The heading's rows: title, source, method. */
export const HEADING_ROWS = 3;

export function headingSection(origin: Origin, text: SheetLabels, preset: PresetId): Block {
  const { row, column } = origin;
  return {
    cells: [
      { address: at(column, row), value: text.title[preset], style: "title" },
      { address: at(column, row + 1), value: text.source[preset], style: "subtitle" },
      { address: at(column, row + 2), value: text.method, style: "note" },
    ],
    rows: HEADING_ROWS,
  };
}
