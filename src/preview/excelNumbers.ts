/**
 * Numbers as Excel writes them in a formula: 1E3, 1E+3, 2.5E-3, .5E1 (HyperFormula's lexer reads
 * an exponent only with a lowercase e, and =1E3 is #ERROR! there). Before a typed formula goes to
 * HyperFormula its number literals get a lowercase e; strings ("1E3"), sheet names ('1E3'!A1),
 * references (E3, A1E3 as a name) and function names are read by @borgar/fx's tokenizer (Excel's
 * grammar) and left exactly as typed. HyperFormula then shows the number as Excel does (=1000).
 */
import { tokenize } from "@borgar/fx";

/** A capital E between a digit (or a decimal point) and the exponent's digits: worth reading. */
const CAPITAL_EXPONENT = /[\d.]E[+-]?\d/;

/** The formula with each number literal's exponent in lowercase; anything else as it was. */
export function excelNumbers(formula: string): string {
  if (!formula.startsWith("=") || !CAPITAL_EXPONENT.test(formula)) return formula;
  let values: Array<{ type: string; value: string }>;
  try {
    values = tokenize(formula, { mergeRefs: true, negativeNumbers: false }).map((token) => ({
      type: String(token.type),
      value: String(token.value),
    }));
  } catch {
    return formula;
  }
  // The tokens must spell the formula exactly, or it is handed over untouched.
  if (values.map((token) => token.value).join("") !== formula) return formula;
  return values
    .map(({ type, value }) => (type === "number" ? value.toLowerCase() : value))
    .join("");
}

/** A sheet's cells (rows of typed contents) with Excel's numbers in every formula. */
export function excelNumbersIn<T>(
  cells: ReadonlyArray<ReadonlyArray<T | string>>
): Array<Array<T | string>> {
  return cells.map((row) =>
    row.map((cell) => (typeof cell === "string" ? excelNumbers(cell) : cell))
  );
}

/** A number as a cell takes it typed: sign, a currency sign, digits, an exponent, a percent sign. */
const TYPED_NUMBER = /^\s*([+-]?)\$?\s*((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*%?\s*$/i;

/**
 * A typed number past a double's range (1E+309, -1E309) is kept as the text typed, as Excel keeps
 * it: HyperFormula would hold Infinity, which no cell can show and no file can store.
 */
export function typedNumberInRange(typed: string): string {
  const number = TYPED_NUMBER.exec(typed);
  if (!number || Number.isFinite(Number(`${number[1]}${number[2]}`))) return typed;
  return `'${typed}`;
}
