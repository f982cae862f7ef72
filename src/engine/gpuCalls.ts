/**
 * Which parts of a formula are calls of the GPU.* functions, read by @borgar/fx's tokenizer (never
 * by a regular expression): "GPU." inside a string, a sheet name ('GPU.REVENUE'!A1) or a defined
 * name (GPU.REVENUE) is not a call; GPU.GAP(, gpu.gap( and the placeholder _xldudf_GPU_GAP( are.
 */
import { tokenize } from "@borgar/fx";

/** A token of a formula: its kind (tokenTypes of @borgar/fx) and its text. */
export interface FormulaToken {
  readonly type: string;
  readonly value: string;
  /** True for a string or quoted name without its closing quote. */
  readonly unterminated?: boolean;
}

/** The GPU function id of a function name: GPU.GAP, gpu.gap, _xldudf_GPU_GAP → "GAP". */
export function gpuFunctionId(name: string): string | undefined {
  const match = /^(?:GPU\.|_xldudf_GPU_)([A-Za-z0-9_.]+)$/i.exec(name);
  return match ? match[1].toUpperCase() : undefined;
}

/** The tokens of a formula, every character of it in one token (their values join to the formula). */
export function formulaTokens(formula: string): FormulaToken[] {
  return tokenize(formula, { mergeRefs: true, negativeNumbers: false, withLocation: false }).map(
    (token) => ({
      type: String(token.type),
      value: String(token.value),
      unterminated: token.unterminated === true ? true : undefined,
    })
  );
}

/**
 * The index of the "(" that opens a GPU.* call named by tokens[i], or undefined. A name followed by
 * spaces and a bracket counts too: a stored placeholder may read _xldudf_GPU_GAP (A2).
 */
export function gpuCallOpening(tokens: readonly FormulaToken[], i: number): number | undefined {
  const token = tokens[i];
  if (token.type !== "func" && token.type !== "range_named") return undefined;
  if (gpuFunctionId(token.value) === undefined) return undefined;
  let open = i + 1;
  while (tokens[open]?.type === "whitespace") open++;
  const bracket = tokens[open];
  return bracket?.type === "operator" && bracket.value === "(" ? open : undefined;
}

/** No "GPU." or "GPU_" at all: no call, and no need to read the formula (the common case, fast). */
const mayCall = (formula: string): boolean => /GPU[._]/i.test(formula);

/**
 * Whether a formula (text starting with "=") calls a GPU.* function. A formula the tokenizer cannot
 * read (an unclosed string) that mentions GPU. counts: better reported than passed over.
 */
export function callsGpuFunction(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=") || !mayCall(formula)) return false;
  const tokens = formulaTokens(formula);
  if (tokens.some((token) => token.type === "unknown" || token.unterminated)) return true;
  return tokens.some((_, i) => gpuCallOpening(tokens, i) !== undefined);
}

/**
 * The formula with each placeholder call (_xldudf_GPU_GAP(, behind a 'path'! or book! prefix or
 * not) written as GPU.GAP( again; everything else exactly as it was.
 */
export function reenteredFormula(formula: string): string {
  if (!mayCall(formula)) return formula;
  const tokens = formulaTokens(formula);
  const parts = tokens.map((token) => token.value);
  tokens.forEach((token, i) => {
    const open = gpuCallOpening(tokens, i);
    if (open === undefined || /^GPU\./i.test(token.value)) return;
    parts.fill("", i, open);
    parts[i] = `GPU.${gpuFunctionId(token.value)}`;
    const prefixed = tokens[i - 1]?.value === "!" && /^context/.test(tokens[i - 2]?.type ?? "");
    if (prefixed) parts.fill("", i - 2, i);
  });
  return parts.join("");
}
