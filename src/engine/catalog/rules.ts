/**
 * What an input accepts, stated once as data for every place that decides or says it: the
 * engine's argument checks (src/engine/validate.ts), the native forms' guards (./native.ts), the
 * template's input check and data validation (src/template/sections/rules.ts), and the help's
 * "Allowed" column (./parameters.ts). A value is accepted by all of them or refused by all of them.
 */
import type { Localized } from "./types";

/**
 * nonNegative: 0 or more; share: from 0 up to, not including, 1 (a margin); positive: above 0;
 * wholeYears: a whole number above 0 (a count of years); fraction: above 0 up to 1 (a utilization).
 */
export type RuleKind = "nonNegative" | "share" | "positive" | "wholeYears" | "fraction";

/** One end of the accepted interval, and what an engine message says of a number beyond it. */
export interface Bound {
  readonly value: number;
  /** Whether the bound itself is accepted (0 is a valid spend, 100% is not a valid margin). */
  readonly included: boolean;
  /** "must be 0 or more": the engine's refusal of a number beyond the bound. */
  readonly refusal: Localized;
}

export interface Limits {
  readonly min: Bound;
  readonly max?: Bound;
  /** Whole numbers only: what the engine says of a fraction. */
  readonly integer?: Localized;
  /** What the limits mean, in the parameters' descriptions: "0 or more". */
  readonly phrase: Localized;
  /** The help's "Allowed" words: "a number, 0 or more". */
  readonly allowed: Localized;
  /**
   * Refused as a percentage, without the argument's description: "margin must be below 100%
   * (0.5 means 50%); got 50" (a margin typed as 50 is the common mistake).
   */
  readonly percentRefusal?: boolean;
}

const bound = (value: number, included: boolean, en: string, zh: string): Bound => ({
  value,
  included,
  refusal: { en, "zh-TW": zh },
});
const ZERO_OR_MORE = bound(0, true, "must be 0 or more", "必須為 0 或以上");
const ABOVE_ZERO = bound(0, false, "must be above 0", "必須大於 0");

/** The metadata table of the limits: every rule's interval, its words and its refusals. */
export const LIMITS: Readonly<Record<RuleKind, Limits>> = {
  nonNegative: {
    min: ZERO_OR_MORE,
    phrase: { en: "0 or more", "zh-TW": "0 或以上" },
    allowed: { en: "a number, 0 or more", "zh-TW": "0 或以上的數字" },
  },
  share: {
    min: bound(0, true, "must be 0% or more", "必須為 0% 或以上"),
    max: bound(1, false, "must be below 100%", "必須低於 100%"),
    phrase: { en: "from 0% to below 100%", "zh-TW": "0% 以上、未滿 100%" },
    allowed: { en: "from 0% up to, not including, 100%", "zh-TW": "0% 以上、未滿 100%" },
    percentRefusal: true,
  },
  positive: {
    min: ABOVE_ZERO,
    phrase: { en: "above 0", "zh-TW": "大於 0" },
    allowed: { en: "a number above 0", "zh-TW": "大於 0 的數字" },
  },
  wholeYears: {
    min: ABOVE_ZERO,
    integer: { en: "must be a whole number", "zh-TW": "必須是整數" },
    phrase: { en: "1 or more", "zh-TW": "1 或以上" },
    allowed: { en: "a whole number, 1 or more", "zh-TW": "1 或以上的整數" },
  },
  fraction: {
    min: ABOVE_ZERO,
    max: bound(1, true, "must be at most 100% (0.5 means 50%)", "最多為 100%（0.5 即 50%）"),
    phrase: { en: "above 0% up to 100%", "zh-TW": "大於 0%、最多 100%" },
    allowed: { en: "above 0% up to 100%", "zh-TW": "大於 0%、最多 100%" },
  },
};
export const RULE_KINDS = /* @__PURE__ */ Object.keys(LIMITS) as readonly RuleKind[];

/** One way a number fails a rule: the formula condition on its cell, the same test in code. */
export interface Refusal {
  readonly condition: (cell: string) => string;
  readonly fails: (n: number) => boolean;
  /** What the engine says of a number that fails this way. */
  readonly says: Localized;
}

function belowMin({ value, included, refusal }: Bound): Refusal {
  return included
    ? { condition: (x) => `${x}<${value}`, fails: (n) => n < value, says: refusal }
    : { condition: (x) => `${x}<=${value}`, fails: (n) => n <= value, says: refusal };
}

function aboveMax({ value, included, refusal }: Bound): Refusal {
  return included
    ? { condition: (x) => `${x}>${value}`, fails: (n) => n > value, says: refusal }
    : { condition: (x) => `${x}>=${value}`, fails: (n) => n >= value, says: refusal };
}

/** The ways a number fails the limits, in the order they are checked: min, max, whole. */
function refusalsOf(limits: Limits): readonly Refusal[] {
  const refusals = [belowMin(limits.min)];
  if (limits.max) refusals.push(aboveMax(limits.max));
  if (limits.integer) {
    const says = limits.integer;
    refusals.push({
      condition: (x) => `${x}<>INT(${x})`,
      fails: (n) => !Number.isInteger(n),
      says,
    });
  }
  return refusals;
}

export const REFUSALS: Readonly<Record<RuleKind, readonly Refusal[]>> = {
  nonNegative: refusalsOf(LIMITS.nonNegative),
  share: refusalsOf(LIMITS.share),
  positive: refusalsOf(LIMITS.positive),
  wholeYears: refusalsOf(LIMITS.wholeYears),
  fraction: refusalsOf(LIMITS.fraction),
};

/** The first way a finite number fails the rule, or undefined when the rule accepts it. */
export function refusalOf(kind: RuleKind, n: number): Refusal | undefined {
  // A plain loop: every argument of every call comes here (no closure allocated per call).
  const refusals = REFUSALS[kind];
  for (let i = 0; i < refusals.length; i++) if (refusals[i].fails(n)) return refusals[i];
  return undefined;
}

/** Whether a finite number meets the rule. */
export function accepts(kind: RuleKind, n: number): boolean {
  return refusalOf(kind, n) === undefined;
}

/** The rule as a condition that holds for a cell with a valid number: AND(B8>=0,B8<1). */
export function acceptedCondition(kind: RuleKind, cell: string): string {
  const failing = REFUSALS[kind].map((refusal) => refusal.condition(cell));
  return failing.length === 1 ? `NOT(${failing[0]})` : `NOT(OR(${failing.join(",")}))`;
}
