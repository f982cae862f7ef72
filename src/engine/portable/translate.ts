/**
 * "Make this sheet portable": rewrites the GPU.* calls of a formula into their native forms
 * (src/engine/catalog/native.ts) and leaves everything else exactly as it was written.
 *
 * The formula is read by @borgar/fx's tokenizer (MIT, kept up to date, written for Excel's grammar:
 * sheet-qualified and absolute references, defined names, structured references, spilled ranges
 * like A1#, strings, array constants), not by a regular expression, so "GPU." inside a string or a
 * sheet name is never touched. Nested calls are translated from the inside out. A formula that
 * cannot be translated faithfully is left as it is, with the reason.
 */
import { anchoredCell, formatCell, parseCell, readRange } from "../a1";
import {
  callsGpuFunction,
  formulaTokens,
  gpuCallOpening,
  gpuFunctionId,
  type FormulaToken,
} from "../gpuCalls";
import {
  CHARGES_IN_SERVICE_PARAMETERS,
  chargesInServiceCell,
  nativeForm,
  untranslatableReason,
  type NativeForm,
  type NativeParameter,
} from "../catalog/native";

type Token = FormulaToken;

export type FormulaTranslation =
  /** No GPU.* call: nothing to do. */
  | { readonly kind: "unchanged"; readonly formula: string }
  | { readonly kind: "native"; readonly formula: string }
  | { readonly kind: "untranslatable"; readonly formula: string; readonly reason: string };

/** Excel's longest formula, in characters. */
export const MAX_FORMULA_LENGTH = 8192;

const REFERENCE_TYPES = new Set([
  "range",
  "range_beam",
  "range_ternary",
  "range_named",
  "structured",
]);
const OPERAND_TYPES = new Set([...REFERENCE_TYPES, "number", "string", "bool", "error"]);
const OPENING = new Set(["(", "{"]);
const CLOSING = new Set([")", "}"]);

/** Why a formula cannot be translated; caught at the formula's top level. */
class Untranslatable extends Error {}

const isSkippable = (token: Token): boolean =>
  token.type === "whitespace" || token.type === "newline";
const isOperator = (token: Token | undefined, text: string): boolean =>
  token !== undefined && token.type === "operator" && token.value === text;

/** The index of the bracket that closes the one at `open`. */
function closingIndex(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== "operator") continue;
    if (OPENING.has(token.value)) depth++;
    else if (CLOSING.has(token.value) && --depth === 0) return i;
  }
  throw new Untranslatable("a bracket is not closed");
}

/** The spans [from, to) of a call's arguments between its brackets at `open` and `close`. */
function argumentSpans(
  tokens: readonly Token[],
  open: number,
  close: number
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = open + 1;
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const token = tokens[i];
    if (token.type !== "operator") continue;
    if (OPENING.has(token.value)) depth++;
    else if (CLOSING.has(token.value)) depth--;
    else if (token.value === "," && depth === 0) {
      spans.push([start, i]);
      start = i + 1;
    }
  }
  spans.push([start, close]);
  // GPU.ARTICLE_TABLE(): one empty span means no argument at all.
  return spans.length === 1 && spans[0][0] === close ? [] : spans;
}

/** The span without leading and trailing whitespace. */
function trimmed(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  while (from < to && isSkippable(tokens[from])) from++;
  while (to > from && isSkippable(tokens[to - 1])) to--;
  return [from, to];
}

/** A reference, possibly spilled (A1#): an operand as it stands. */
function isReference(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  const first = tokens[from];
  if (first === undefined || !REFERENCE_TYPES.has(first.type)) return false;
  return to - from === 1 || (to - from === 2 && isOperator(tokens[from + 1], "#"));
}

/** An operand that can stand anywhere in an expression without brackets. */
function isOperand(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  if (to - from === 1) return OPERAND_TYPES.has(tokens[from].type);
  if (isReference(tokens, [from, to])) return true;
  const call = tokens[from].type === "func" ? from + 1 : from;
  const group = isOperator(tokens[call], "(") || (call === from && isOperator(tokens[from], "{"));
  return group && closingIndex(tokens, call) === to - 1;
}

/** Refuses a native form longer than Excel takes. */
function tooLong(length: number): void {
  if (length > MAX_FORMULA_LENGTH) {
    throw new Untranslatable(
      `its native form has ${length} characters or more, more than Excel's ${MAX_FORMULA_LENGTH}`
    );
  }
}

/** Whether formula text (without "=") is one operand, read by the tokenizer like any formula. */
function isOperandText(text: string): boolean {
  const tokens = readTokens(text);
  const span = trimmed(tokens, [0, tokens.length]);
  return span[0] < span[1] && isOperand(tokens, span);
}

/** Writes tokens [from, to) with every GPU.* call in native form. */
function emit(tokens: readonly Token[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    const open = gpuCallOpening(tokens, i);
    const id = gpuFunctionId(token.value);
    if (open === undefined || id === undefined) {
      text += token.value;
      continue;
    }
    const close = closingIndex(tokens, open);
    const call = nativeCall(tokens, token.value, id, argumentSpans(tokens, open, close));
    tooLong(call.length); // before nesting multiplies it further
    // A form without guards is an expression (150*(1+1)/(1-0.5)): bracketed where it stands, so
    // that 2/GPU.REQUIRED_REVENUE(150) keeps its meaning; a formula that is only the call (right
    // after its "=", token 0, up to the end) is not.
    const alone = i === 1 && close === to - 1;
    text += alone || isOperandText(call) ? call : `(${call})`;
    i = close;
  }
  return text;
}

/** The native form of one GPU.* call from its argument spans. */
function nativeCall(
  tokens: readonly Token[],
  name: string,
  id: string,
  spans: Array<[number, number]>
): string {
  const form = formFor(name, id);
  return form.build(...argumentTexts(tokens, name, form.parameters, spans));
}

/** Each argument's native text: an operand, or the article's value where it was left out. */
function argumentTexts(
  tokens: readonly Token[],
  name: string,
  parameters: readonly NativeParameter[],
  spans: Array<[number, number]>
): string[] {
  if (spans.length > parameters.length) {
    throw new Untranslatable(`${name} takes at most ${parameters.length} arguments`);
  }
  return parameters.map((parameter, index) => {
    const span = index < spans.length ? trimmed(tokens, spans[index]) : undefined;
    if (span === undefined || span[0] === span[1]) {
      if (parameter.omitted === undefined) {
        throw new Untranslatable(`${name} needs its ${parameter.name}`);
      }
      return String(parameter.omitted);
    }
    const text = emit(tokens, span[0], span[1]);
    return isOperandText(text) ? text : `(${text})`;
  });
}

function formFor(name: string, id: string): NativeForm {
  const reason = untranslatableReason(id);
  if (reason !== undefined) throw new Untranslatable(`${name}: ${reason}`);
  const form = nativeForm(id);
  if (form === undefined) throw new Untranslatable(`${name} is not a GPU Payback function`);
  return form;
}

/** The tokens of a formula, or the reason it cannot be read. */
function readTokens(formula: string): Token[] {
  const tokens = formulaTokens(formula);
  const unreadable = tokens.find((token) => token.type === "unknown" || token.unterminated);
  if (unreadable !== undefined) {
    throw new Untranslatable(`the formula cannot be read near ${String(unreadable.value)}`);
  }
  return tokens;
}

/** The formula with its GPU.* calls in native form, unchanged, or untranslatable with the reason. */
export function translateFormula(formula: string): FormulaTranslation {
  if (!callsGpuFunction(formula)) return { kind: "unchanged", formula };
  try {
    // callsGpuFunction took only text starting with "=": token 0 is that prefix.
    const tokens = readTokens(formula);
    const native = `=${emit(tokens, 1, tokens.length)}`;
    tooLong(native.length);
    return { kind: "native", formula: native };
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    return { kind: "untranslatable", formula, reason: error.message };
  }
}

/** "$F$25:M25" → its cells in order ("$F$25", "G$25", ...), for one row or one column. */
function lineCells(text: string): { cells: string[]; across: boolean } | undefined {
  const read = readRange(text); // undefined for Sheet2!A1:A9: not a range of this sheet
  if (read === undefined) return undefined;
  const { top, left, bottom, right } = read.range;
  const anchors = read.anchors;
  const anchor = { col: anchors.left, row: anchors.top };
  const cells: string[] = [];
  if (top === bottom) {
    for (let c = left; c <= right; c++) cells.push(anchoredCell(c, top, anchor));
  } else if (left === right) {
    for (let r = top; r <= bottom; r++) cells.push(anchoredCell(left, r, anchor));
  } else return undefined;
  return { cells, across: top === bottom };
}

/**
 * =GPU.CHARGES_IN_SERVICE(row or column, life, energy, rate) has no native form as one formula
 * (it spills), but written cell by cell it has: the anchor and each cell it spills into get their
 * year's native formula (chargesInServiceCell). Undefined for any other formula, or a spend that
 * is not a plain one-row or one-column range of this sheet.
 */
export function spilledTranslation(cell: FormulaCell): FormulaCell[] | undefined {
  try {
    const tokens = readTokens(cell.formula);
    const [prefix, call, open] = tokens;
    const ok =
      prefix?.type === "fx_prefix" &&
      call?.type === "func" &&
      gpuFunctionId(call.value) === "CHARGES_IN_SERVICE" &&
      isOperator(open, "(") &&
      closingIndex(tokens, 2) === tokens.length - 1;
    if (!ok) return undefined;
    const spans = argumentSpans(tokens, 2, tokens.length - 1);
    const [from, to] = trimmed(tokens, spans[0] ?? [0, 0]);
    const line =
      to - from === 1 && tokens[from].type === "range" ? lineCells(tokens[from].value) : undefined;
    if (!line) return undefined;
    const { cells: spends, across } = line;
    const name = call.value;
    const [range, life, energy, rate] = argumentTexts(
      tokens,
      name,
      CHARGES_IN_SERVICE_PARAMETERS,
      spans
    );
    const anchor = parseCell(cell.address);
    return spends.map((_, year) => {
      const column = anchor.col + (across ? year : 0);
      const row = anchor.row + (across ? 0 : year);
      const formula = chargesInServiceCell(spends, year + 1, life, energy, rate, range);
      return { address: formatCell(column, row), formula: `=${formula}` };
    });
  } catch (error) {
    if (error instanceof Untranslatable) return undefined;
    throw error;
  }
}

/** A formula cell of a sheet. */
export interface FormulaCell {
  readonly address: string;
  readonly formula: string;
}

export interface SheetTranslation {
  /** The cells whose formulas change, with their native formulas. */
  readonly converted: readonly FormulaCell[];
  /** The GPU.* formulas left as they are, and why. */
  readonly untranslated: ReadonlyArray<FormulaCell & { readonly reason: string }>;
}

/** Translates every formula of a sheet; cells without GPU.* calls are in neither list. */
export function translateCells(cells: readonly FormulaCell[]): SheetTranslation {
  const converted: FormulaCell[] = [];
  const untranslated: Array<FormulaCell & { reason: string }> = [];
  for (const cell of cells) {
    const result = translateFormula(cell.formula);
    if (result.kind === "native")
      converted.push({ address: cell.address, formula: result.formula });
    if (result.kind === "untranslatable") {
      const spilled = spilledTranslation(cell);
      if (spilled) converted.push(...spilled);
      else
        untranslated.push({ address: cell.address, formula: cell.formula, reason: result.reason });
    }
  }
  return { converted, untranslated };
}
