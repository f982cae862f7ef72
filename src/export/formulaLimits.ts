/**
 * A formula within Excel's limits: at most 8,192 characters as Excel counts them (with its "=",
 * without the _xlfn. prefixes a file adds to newer functions), and no text constant in quotes over
 * 255 characters (read by @borgar/fx's tokenizer, so "" inside a text counts as one quote).
 */
import { tokenize } from "@borgar/fx";
import { EXCEL_LIMITS } from "../engine/excelLimits";
import { REFUSAL, refuse } from "./refusal";

/** A formula as Excel counts it: with its "=", without the file's _xlfn. prefixes. */
export function checkFormula(at: string, formula: string): void {
  const shown = `=${formula.replace(/_xlfn\.(_xlws\.)?/gi, "")}`;
  if (shown.length > EXCEL_LIMITS.formulaLength) refuse(REFUSAL.formulaLength(at, shown.length));
  if (!formula.includes('"')) return;
  for (const token of tokenize(formula, { withLocation: false })) {
    if (token.type !== "string") continue;
    const text = String(token.value).slice(1, -1).replace(/""/g, '"');
    if (text.length > EXCEL_LIMITS.formulaText) refuse(REFUSAL.formulaText(at, text.length));
  }
}
