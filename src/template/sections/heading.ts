/**
 * The sheet's heading: a title that follows the sheet's own required revenue ("AI's $600B
 * Question" when spend is 150), the essay it comes from, and the method in one sentence.
 */
import type { PresetId } from "../../engine";
import type { SheetLabels } from "../labels";
import { at, type Block, type Origin } from "../layout";
import { textConstant } from "../../engine/formulaText";

/** The heading's rows: title, source, method. */
export const HEADING_ROWS = 3;

/** From this required revenue ($B) on, the title counts in trillions ("AI's $1.2T Question"). */
export const TITLE_TRILLION = 1000;

/**
 * The title as a formula over the required revenue, in billions below $1,000B and in trillions to
 * one decimal from there on; the plain title where the required revenue is an error.
 */
export function titleFormula(text: SheetLabels, requiredRevenue: string): string {
  const { before, scale, after, trillions, plain } = text.title;
  const figure = scale === 1 ? requiredRevenue : `${requiredRevenue}*${scale}`;
  const billions = `ROUND(${figure},0)&${textConstant(after)}`;
  const inTrillions = `ROUND(${requiredRevenue}/${TITLE_TRILLION},1)&${textConstant(trillions)}`;
  const words = `IF(ROUND(${requiredRevenue},0)>=${TITLE_TRILLION},${inTrillions},${billions})`;
  return `=IFERROR(${textConstant(before)}&${words},${textConstant(plain)})`;
}

export function headingSection(
  origin: Origin,
  text: SheetLabels,
  preset: PresetId,
  requiredRevenue: string
): Block {
  const { row, column } = origin;
  return {
    cells: [
      { address: at(column, row), formula: titleFormula(text, requiredRevenue), style: "title" },
      { address: at(column, row + 1), value: text.source[preset], style: "subtitle" },
      { address: at(column, row + 2), value: text.method, style: "note" },
    ],
    rows: HEADING_ROWS,
  };
}
