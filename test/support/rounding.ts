/**
 * Tolerances derived from the floating-point error of the computation a test checks, not chosen.
 *
 * A double has a 53-bit significand: each +, −, × and ÷ of two doubles returns the exact result
 * rounded to the nearest double, within a relative u = 2^−53 (Number.EPSILON / 2) of it, as long
 * as the result is a normal number (IEEE 754). A value computed from exact inputs through n such
 * roundings, by products, quotients and sums of terms of one sign, stays within
 *
 *   γ(n) = n·u ÷ (1 − n·u)
 *
 * of the exact value, relative to it (N. J. Higham, Accuracy and Stability of Numerical
 * Algorithms, 2nd ed., SIAM 2002, §3.1, Lemma 3.1; recursive summation of k terms of one sign:
 * γ(k − 1), §4.2). Two computations of one quantity, with a and b roundings, then differ by at
 * most γ(a) + γ(b) ≤ γ(a + b) of it; measured against the larger of the two rather than the exact
 * value, one rounding more (γ(n)/(1 − γ(n)) ≤ γ(n + 1)). So a test counts the roundings of each
 * side of its comparison, says how in a comment, and passes their sum: the tolerance follows.
 *
 * Counted as more than one rounding:
 * - Math.pow, Math.log1p and Math.expm1 (V8's ports of fdlibm) are within 1 ulp, not ½: 2 each;
 * - x^y of a computed x turns x's relative error δ into about |y|·δ: |y| roundings more;
 * - a subtraction of computed values multiplies its operands' relative error by its condition
 *   number (|x| + |y|) ÷ |x − y|: the caller multiplies those roundings by it.
 *
 * Below 2^−1022 doubles are subnormal: there a rounding's error is absolute, up to 2^−1075, and
 * no relative bound holds. Each rounding then adds Number.MIN_VALUE (2^−1074: half of it is no
 * double), times what the later steps multiply it by: `amplification` (1 ÷ (1 − margin) after a
 * division by 1 − margin, for instance).
 */

/** u = 2^−53: the largest relative error of one correctly rounded operation. */
export const UNIT_ROUNDOFF = Number.EPSILON / 2;

/** γ(n): the relative error n roundings can add up to. */
export function gamma(roundings: number): number {
  const nu = roundings * UNIT_ROUNDOFF;
  if (!(roundings >= 0) || nu >= 1) throw new Error(`No rounding bound for ${roundings} roundings`);
  return nu / (1 - nu);
}

/** What the comparison counts: the roundings of both sides, and what scales their error. */
export interface Roundings {
  /** The roundings of both computations together. */
  readonly roundings: number;
  /** The magnitude the error is relative to; by default the larger of the two values. */
  readonly magnitude?: number;
  /** What the later steps multiply an underflow's absolute error by (default 1; 1 at least). */
  readonly amplification?: number;
}

/** The largest difference that the roundings allow between two computations of a value. */
export function roundingBound(
  actual: number,
  expected: number,
  { roundings, magnitude, amplification = 1 }: Roundings
): number {
  const scale = magnitude ?? Math.max(Math.abs(actual), Math.abs(expected));
  // each rounding's own underflow error is at least Number.MIN_VALUE, whatever follows it
  return gamma(roundings + 1) * scale + roundings * Number.MIN_VALUE * Math.max(1, amplification);
}

/** Whether two computations of one value agree to what their roundings allow. */
export function withinRoundings(actual: number, expected: number, count: Roundings): boolean {
  return Math.abs(actual - expected) <= roundingBound(actual, expected, count);
}
