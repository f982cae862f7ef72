/**
 * What an input accepts, stated once for every place that decides it: the engine's argument
 * checks (src/engine/validate.ts), the native forms' guards (./native.ts), and the template's
 * input check and data validation (src/template/sections/rules.ts). A value is accepted by all of
 * them or refused by all of them.
 */

/**
 * nonNegative: 0 or more; share: from 0 up to, not including, 1 (a margin); positive: above 0;
 * wholeYears: a whole number above 0 (a count of years).
 */
export type RuleKind = "nonNegative" | "share" | "positive" | "wholeYears";
export const RULE_KINDS: readonly RuleKind[] = ["nonNegative", "share", "positive", "wholeYears"];

/** One way a number fails a rule: the formula condition on its cell and the same test in code. */
export interface Refusal {
  readonly condition: (cell: string) => string;
  readonly fails: (n: number) => boolean;
}

export interface InputRule {
  /** The ways a number fails, each a condition on a cell; a number that meets none is accepted. */
  readonly refusals: readonly Refusal[];
}

export const RULES: Readonly<Record<RuleKind, InputRule>> = {
  nonNegative: { refusals: [{ condition: (x) => `${x}<0`, fails: (n) => n < 0 }] },
  share: {
    refusals: [
      { condition: (x) => `${x}<0`, fails: (n) => n < 0 },
      { condition: (x) => `${x}>=1`, fails: (n) => n >= 1 },
    ],
  },
  positive: { refusals: [{ condition: (x) => `${x}<=0`, fails: (n) => n <= 0 }] },
  wholeYears: {
    refusals: [
      { condition: (x) => `${x}<=0`, fails: (n) => n <= 0 },
      { condition: (x) => `${x}<>INT(${x})`, fails: (n) => !Number.isInteger(n) },
    ],
  },
};

/** Whether a finite number meets the rule. */
export function accepts(kind: RuleKind, n: number): boolean {
  // A plain loop: every argument of every call comes here (no closure allocated per call).
  const refusals = RULES[kind].refusals;
  for (let i = 0; i < refusals.length; i++) if (refusals[i].fails(n)) return false;
  return true;
}

/** The rule as a condition that holds for a cell with a valid number: AND(B8>=0,B8<1). */
export function acceptedCondition(kind: RuleKind, cell: string): string {
  const failing = RULES[kind].refusals.map((refusal) => refusal.condition(cell));
  return failing.length === 1 ? `NOT(${failing[0]})` : `NOT(OR(${failing.join(",")}))`;
}
