/**
 * Properties of the payback chain over many generated inputs (fast-check):
 * gap + identified = required; required grows with spend, energy and margin; break-even spend
 * inverts required revenue; and no function ever returns NaN or ±Infinity, whatever it is given.
 */
import * as fc from "fast-check";
import {
  CellErrorValue,
  PaybackError,
  breakevenSpend,
  coverage,
  dataCenterCost,
  gap,
  identifiedRevenue,
  requiredRevenue,
} from "../../src/engine";
import { withinRoundings } from "../support/rounding";

/** Plausible figures in $B: 0 to a million, no NaN or infinities. */
const amount = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const energy = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });
const margin = fc.double({ min: 0, max: 0.999, noNaN: true, noDefaultInfinity: true });

/**
 * |a − b| within what `roundings` roundings allow at the magnitude `scale` (test/support/rounding.ts
 * derives the bound), an underflow's error grown by `amplification`.
 */
function close(a: number, b: number, scale: number, roundings: number, amplification = 1): boolean {
  return withinRoundings(a, b, { roundings, magnitude: Math.abs(scale), amplification });
}

describe("properties of the payback chain", () => {
  it("gap + identified = required", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(amount, { maxLength: 3 }), { maxLength: 15 }),
        amount,
        (cells, required) => {
          const identified = identifiedRevenue(cells);
          const g = gap(identified, required);
          // required − identified, then + identified: 2 roundings of values up to the larger
          expect(close(g + identified, required, Math.max(identified, required), 2)).toBe(true);
        }
      )
    );
  });

  it("gap is exactly required − the sum of the numbers, for whole-dollar revenues", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 100000 }),
        (revenues, required) => {
          const sum = revenues.reduce((a, b) => a + b, 0);
          const g = gap(identifiedRevenue(revenues.map((r) => [r, "label"])), required);
          expect(g).toBe(required - sum);
          expect(g + sum).toBe(required);
        }
      )
    );
  });

  it("coverage × required = identified", () => {
    fc.assert(
      fc.property(
        amount,
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (identified, required) => {
          const c = coverage(identified, required);
          expect(c).toBeGreaterThanOrEqual(0);
          // identified ÷ required × required: 2 roundings; an underflow in the division grows by required
          expect(close(c * required, identified, identified, 2, required)).toBe(true);
        }
      )
    );
  });

  it("required revenue grows with spend", () => {
    fc.assert(
      fc.property(amount, amount, energy, margin, (a, b, e, m) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(requiredRevenue(low, e, m)).toBeLessThanOrEqual(requiredRevenue(high, e, m));
      })
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        energy,
        margin,
        (s, more, e, m) => {
          expect(requiredRevenue(s + more, e, m)).toBeGreaterThan(requiredRevenue(s, e, m));
        }
      )
    );
  });

  it("required revenue grows with margin", () => {
    fc.assert(
      fc.property(amount, energy, margin, margin, (s, e, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(requiredRevenue(s, e, low)).toBeLessThanOrEqual(requiredRevenue(s, e, high));
      })
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        energy,
        fc.integer({ min: 0, max: 98 }),
        fc.integer({ min: 1, max: 99 }),
        (s, e, percent, more) => {
          fc.pre(percent + more <= 99);
          expect(requiredRevenue(s, e, (percent + more) / 100)).toBeGreaterThan(
            requiredRevenue(s, e, percent / 100)
          );
        }
      )
    );
  });

  it("required revenue grows with energy", () => {
    fc.assert(
      fc.property(amount, energy, energy, margin, (s, a, b, m) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(requiredRevenue(s, low, m)).toBeLessThanOrEqual(requiredRevenue(s, high, m));
      })
    );
  });

  it("required revenue = data-center cost ÷ (1 − margin), and is at least the data-center cost", () => {
    fc.assert(
      fc.property(amount, energy, margin, (s, e, m) => {
        const cost = dataCenterCost(s, e);
        const required = requiredRevenue(s, e, m);
        expect(required).toBe(cost / (1 - m));
        expect(required).toBeGreaterThanOrEqual(cost);
      })
    );
  });

  it("break-even spend undoes required revenue", () => {
    fc.assert(
      fc.property(amount, energy, margin, (s, e, m) => {
        const back = breakevenSpend(requiredRevenue(s, e, m), e, m);
        // s × (1 + e) ÷ (1 − m) ÷ (1 − 0): 6 roundings; × (1 − m) ÷ (1 + e): 4 (as in the fuzz test)
        expect(close(back, s, s, 10)).toBe(true);
      })
    );
  });

  it("never returns NaN or ±Infinity: a finite number, or a PaybackError", () => {
    const anyInput = fc.oneof(
      fc.double(),
      fc.constantFrom(
        0,
        -0,
        1,
        0.5,
        1e308,
        -1e308,
        Number.MAX_VALUE,
        Number.MIN_VALUE,
        1 - Number.EPSILON / 2
      ),
      fc.constantFrom(null, undefined, "", "50", true, false),
      fc.anything()
    );
    const cell = fc.oneof(
      fc.double(),
      fc.constantFrom(1e308, null, "", "Meta", true),
      fc.anything()
    );
    const calls: Array<(a: unknown, b: unknown, c: unknown, cells: unknown[][]) => number> = [
      (a, b) => dataCenterCost(a as number, b as number),
      (a, b, c) => requiredRevenue(a as number, b as number, c as number),
      (a, b, c) => breakevenSpend(a as number, b as number, c as number),
      (a, b) => gap(a as number, b as number),
      (a, b) => coverage(a as number, b as number),
      (_a, b, _c, cells) => gap(identifiedRevenue(cells), b as number),
    ];
    fc.assert(
      fc.property(
        anyInput,
        anyInput,
        anyInput,
        fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }),
        (a, b, c, cells) => {
          for (const call of calls) {
            let result: number;
            try {
              result = call(a, b, c, cells);
            } catch (error) {
              // an error value in the range is passed on; everything else is a PaybackError
              if (error instanceof CellErrorValue) continue;
              expect(error).toBeInstanceOf(PaybackError);
              continue;
            }
            expect(typeof result).toBe("number");
            expect(Number.isFinite(result)).toBe(true);
            expect(Object.is(result, -0)).toBe(false);
          }
        }
      ),
      { numRuns: 2000 }
    );
  });
});
