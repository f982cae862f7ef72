/**
 * The metadata table of the GPU.* functions (HyperFormula's function-plugin metadata idea): each
 * function's id, what it returns, and each parameter's name, kind, limits (a rule of ./rules.ts)
 * and default, stated once. The engine's spreadsheet calls (../sheetFunctions.ts), the native
 * forms (./native.ts), the template's input rules, the catalog's help texts (./parameters.ts) and
 * so the docs derive from it. No texts here: the Excel bundle reads it without the descriptions.
 */
import { ARTICLE_DEFAULTS } from "../article";
import { ARTICLE_REQUIRED_REVENUE } from "../payback";
import { CAPITAL_DEFAULTS } from "../sources";
import type { RuleKind } from "./rules";

export interface ParameterSignature {
  /** The name in functions.json and the formula's argument list: spend, energy, margin, ... */
  readonly name: string;
  /** "number": one value (a number, or a cell holding one); "range": a 2-D range of cells. */
  readonly kind: "number" | "range";
  /** What a number must be (./rules.ts), for every check of it; absent for a range. */
  readonly rule?: RuleKind;
  /** The value an omitted argument takes; a parameter with a default is optional. */
  readonly default?: number;
  /** Users write it as a percentage: its default reads "50%", not "0.5". */
  readonly percent?: boolean;
}

export interface FunctionSignature {
  /** "number": one value; "matrix": a spilled array. */
  readonly result: "number" | "matrix";
  readonly parameters: readonly ParameterSignature[];
}

const nonNegative = { kind: "number", rule: "nonNegative" } as const;
const share = { kind: "number", rule: "share", percent: true } as const;

export const SPEND = { name: "spend", ...nonNegative } as const;
export const ENERGY = { name: "energy", ...nonNegative, default: ARTICLE_DEFAULTS.energy } as const;
export const MARGIN = { name: "margin", ...share, default: ARTICLE_DEFAULTS.margin } as const;
export const CLOUD_MARGIN = {
  name: "cloudMargin",
  ...share,
  default: CAPITAL_DEFAULTS.cloudMargin.value,
} as const;
export const REVENUES = { name: "range", kind: "range" } as const;
export const REQUIRED = {
  name: "required",
  ...nonNegative,
  default: ARTICLE_REQUIRED_REVENUE,
} as const;
export const LIFE = { name: "life", kind: "number", rule: "positive" } as const;
export const RATE = { name: "rate", ...nonNegative, default: CAPITAL_DEFAULTS.rate.value } as const;
export const CAPEX = { name: "capex", ...nonNegative } as const;

/** The functions in the catalog's order (functions.json's, the help's). */
export const SIGNATURES = {
  DATACENTER_COST: { result: "number", parameters: [SPEND, ENERGY] },
  REQUIRED_REVENUE: { result: "number", parameters: [SPEND, ENERGY, MARGIN, CLOUD_MARGIN] },
  GAP: { result: "number", parameters: [REVENUES, REQUIRED] },
  COVERAGE: { result: "number", parameters: [REVENUES, { ...REQUIRED, rule: "positive" }] },
  BREAKEVEN_SPEND: {
    result: "number",
    parameters: [{ name: "revenue", ...nonNegative }, ENERGY, MARGIN],
  },
  ARTICLE_TABLE: { result: "matrix", parameters: [] },
  ANNUAL_CHARGE: { result: "number", parameters: [CAPEX, LIFE, RATE] },
  ANNUAL_REQUIRED_REVENUE: {
    result: "number",
    parameters: [SPEND, LIFE, ENERGY, MARGIN, RATE, CLOUD_MARGIN],
  },
  PAYBACK_YEARS: {
    result: "number",
    parameters: [
      CAPEX,
      { name: "profit", ...nonNegative },
      { name: "growth", ...nonNegative, default: CAPITAL_DEFAULTS.growth.value },
    ],
  },
  BREAKEVEN_GPU_HOUR: {
    result: "number",
    parameters: [
      { name: "cost", ...nonNegative },
      LIFE,
      {
        name: "utilization",
        kind: "number",
        rule: "fraction",
        percent: true,
        default: CAPITAL_DEFAULTS.utilization.value,
      },
      RATE,
      { name: "opex", ...nonNegative, default: CAPITAL_DEFAULTS.opex.value },
    ],
  },
  CHARGES_IN_SERVICE: {
    result: "matrix",
    parameters: [
      { name: "spendByYear", kind: "range" },
      { ...LIFE, rule: "wholeYears" },
      ENERGY,
      RATE,
    ],
  },
} as const satisfies Readonly<Record<string, FunctionSignature>>;

/** A function's id, as after "GPU.": a missing or misspelt one is a compile error. */
export type FunctionId = keyof typeof SIGNATURES;
export const FUNCTION_IDS = Object.keys(SIGNATURES) as readonly FunctionId[];

/** The names of a function's parameters, as a type: "spend" | "energy" for DATACENTER_COST. */
export type ParameterName<Id extends FunctionId> =
  (typeof SIGNATURES)[Id]["parameters"][number]["name"];

/** Whether GPU.<id> is one of the catalog's functions. */
export function isFunctionId(id: string): id is FunctionId {
  return Object.prototype.hasOwnProperty.call(SIGNATURES, id);
}

/** A function's parameters, widened to the table's shape. */
export function parametersOf(id: FunctionId): readonly ParameterSignature[] {
  return SIGNATURES[id].parameters;
}

/** The rule of GPU.<id>'s parameter <name>: what the template's input fed into it accepts. */
export function ruleOf<Id extends FunctionId>(id: Id, name: ParameterName<Id>): RuleKind {
  const rule = parametersOf(id).find((p) => p.name === name)?.rule;
  if (rule === undefined) throw new Error(`GPU.${id}'s ${name} is not a number with a rule`);
  return rule;
}

/** A default as users write it: "1", "200", "50%", "0%". */
export function defaultText(parameter: ParameterSignature): string | undefined {
  if (parameter.default === undefined) return undefined;
  return parameter.percent
    ? `${Math.round(parameter.default * 1e4) / 100}%`
    : String(parameter.default);
}

/** A call's argument texts: one per parameter, the optional ones (with a default) may be left off. */
export type ArgumentTexts<P extends readonly unknown[]> = P extends readonly [
  infer First,
  ...infer Rest,
]
  ? First extends { readonly default: number }
    ? [string?, ...ArgumentTexts<Rest>]
    : [string, ...ArgumentTexts<Rest>]
  : [];

/**
 * A formula calling GPU.<id> on argument texts: "=GPU.GAP(B12:B24,B9)". The id and the number of
 * arguments are checked by the compiler against the table.
 */
export function gpuFormula<Id extends FunctionId>(
  id: Id,
  ...args: ArgumentTexts<(typeof SIGNATURES)[Id]["parameters"]>
): string {
  return `=GPU.${id}(${args.join(",")})`;
}
