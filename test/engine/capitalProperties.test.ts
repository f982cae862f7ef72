/**
 * Properties of the capital model over many generated inputs (fast-check): at rate 0 the annual
 * requirement times the life is the article's lifetime requirement; ANNUAL_CHARGE is HyperFormula's
 * −PMT (an independent implementation of Excel's); the charges in service add up to every
 * vintage's charges once their lives end inside the horizon; payback falls as profit or growth
 * rise; and no function ever returns NaN or ±Infinity.
 */
import * as fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  CellErrorValue,
  PaybackError,
  annualCharge,
  annualRequiredRevenue,
  breakevenGpuHour,
  chargesInService,
  paybackYears,
  requiredRevenue,
} from "../../src/engine";
import { gamma, withinRoundings } from "../support/rounding";

const amount = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const energy = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });
const margin = fc.double({ min: 0, max: 0.999, noNaN: true, noDefaultInfinity: true });
const rate = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });
const life = fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true });
const wholeLife = fc.integer({ min: 1, max: 8 });

/**
 * a and b agree to what the roundings of their two computations allow (test/support/rounding.ts
 * derives the bound; each test counts its roundings).
 */
function near(a: number, b: number, roundings: number, amplification = 1): boolean {
  return withinRoundings(a, b, { roundings, amplification });
}

/**
 * The roundings between HyperFormula's −PMT and the engine's annual charge over n years at rate r:
 * HyperFormula's pv × r × T ÷ (1 − T) with T = (1 + r)^n has 1 + r (1, grown n times by pow),
 * pow (2), then 1 − T, whose condition number T ÷ (T − 1) multiplies those n + 3 (and 1 for
 * itself), and two products and a division (3); the engine's −expm1(−n·log1p(r)) 7 (see
 * test/fuzz/capital.fuzz.test.ts). An underflow's error grows by T ÷ (T − 1) at most.
 */
function pmtRoundings(n: number, r: number): { roundings: number; amplification: number } {
  const term = Math.pow(1 + r, n);
  const condition = term / (term - 1);
  return { roundings: Math.ceil((n + 3) * condition) + 1 + 3 + 7, amplification: condition };
}

/** Payback years, with "never within 100 years" as Infinity so that it orders after any year. */
function payback(capex: number, profit: number, growth: number): number {
  try {
    return paybackYears(capex, profit, growth);
  } catch (error) {
    if (error instanceof PaybackError && error.kind === "notAvailable") return Infinity;
    throw error;
  }
}

describe("properties of the capital model", () => {
  it("at rate 0, the annual required revenue × life = the lifetime required revenue", () => {
    fc.assert(
      fc.property(amount, life, energy, margin, margin, (s, l, e, m, c) => {
        const annual = annualRequiredRevenue(s, l, e, m, 0, c);
        // spend × (1 + energy) ÷ life ÷ (1 − m) ÷ (1 − c) × life: 8 roundings; the lifetime's 6.
        // An underflow in the division by the life is then grown by life ÷ (1 − m)(1 − c).
        const growth = Math.max(1, l) / ((1 - m) * (1 - c));
        expect(near(annual * l, requiredRevenue(s, e, m, c), 14, growth)).toBe(true);
      })
    );
  });

  it("ANNUAL_CHARGE is HyperFormula's −PMT(rate, life, capex)", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    const sheet = hf.getSheetId(hf.addSheet("pmt"))!;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (capex, years, r) => {
          hf.setCellContents({ sheet, col: 0, row: 0 }, [[`=-PMT(${r},${years},${capex})`]]);
          const pmt = hf.getCellValue({ sheet, col: 0, row: 0 }) as number;
          const { roundings, amplification } = pmtRoundings(years, r);
          expect(near(annualCharge(capex, years, r), pmt, roundings, amplification)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("charges in service add up to life × each vintage's charge once every life ends inside the horizon", () => {
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 12 }),
        wholeLife,
        energy,
        rate,
        (spends, l, e, r) => {
          const horizon = [...spends, ...new Array<number>(l - 1).fill(0)];
          const [charges] = chargesInService([horizon], l, e, r);
          expect(charges).toHaveLength(horizon.length);
          const total = charges.reduce((a, b) => a + b, 0);
          const expected = spends.reduce((sum, s) => sum + l * annualCharge(s * (1 + e), l, r), 0);
          // The same charges on both sides (one code): a window's l − 1 additions and the
          // horizon's, against life × each charge (1) and the vintages' additions.
          const [n, h] = [spends.length, horizon.length];
          const sums = l - 1 + (h - 1);
          expect(near(total, expected, sums + 1 + (n - 1), l)).toBe(true);
          if (r === 0) {
            // each charge is spend × (1 + energy) ÷ life (3), against the costs' 2 and n − 1 additions
            const costs = spends.reduce((sum, s) => sum + s * (1 + e), 0);
            expect(near(total, costs, sums + 3 + 2 + (n - 1), l)).toBe(true);
          }
        }
      )
    );
  });

  it("a single year's spend is charged the same in each year of its life, then nothing", () => {
    fc.assert(
      fc.property(
        amount,
        wholeLife,
        fc.integer({ min: 0, max: 5 }),
        energy,
        rate,
        (s, l, before, e, r) => {
          const years = [
            ...new Array<number>(before).fill(0),
            s,
            ...new Array<number>(l + 2).fill(0),
          ];
          const [charges] = chargesInService([years], l, e, r);
          const charge = annualCharge(s * (1 + e), l, r);
          charges.forEach((value, year) => {
            const inService = year >= before && year < before + l;
            expect(value).toBe(inService ? charge : 0);
          });
        }
      )
    );
  });

  it("each year's charges are those of the vintages still in service, summed one by one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(amount, fc.constant(0)), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        energy,
        rate,
        (spends, l, e, r) => {
          const [charges] = chargesInService([spends], l, e, r);
          charges.forEach((value, year) => {
            let expected = 0;
            for (let vintage = Math.max(0, year - l + 1); vintage <= year; vintage++) {
              expected += annualCharge(spends[vintage] * (1 + e), l, r);
            }
            // the same charges, summed by the window (l − 1 additions at most) and one by one
            const inService = Math.min(l, year + 1);
            expect(near(value, expected, 2 * (inService - 1))).toBe(true);
            if (expected === 0) expect(value).toBe(0); // a year with nothing in service is exactly 0
          });
        }
      )
    );
  });

  it("a column and a row give the same charges", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 10 }), wholeLife, (spends, l) => {
        const [row] = chargesInService([spends], l);
        const column = chargesInService(
          spends.map((s) => [s]),
          l
        );
        expect(column.map(([value]) => value)).toEqual(row);
      })
    );
  });

  it("payback falls (or stays) as profit rises", () => {
    fc.assert(
      fc.property(amount, amount, amount, rate, (c, a, b, g) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(payback(c, high, g)).toBeLessThanOrEqual(payback(c, low, g));
      })
    );
  });

  it("payback falls (or stays) as growth rises", () => {
    fc.assert(
      fc.property(amount, amount, rate, rate, (c, p, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(payback(c, p, high)).toBeLessThanOrEqual(payback(c, p, low));
      })
    );
  });

  it("payback strictly falls when profit rises, as long as it takes time to pay back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e4 }),
        fc.integer({ min: 1, max: 1e4 }),
        (c, p, more) => {
          fc.pre(c / p <= 100);
          expect(paybackYears(c, p + more)).toBeLessThan(paybackYears(c, p));
        }
      )
    );
  });

  it("without growth, payback = capex ÷ profit, up to 100 years", () => {
    fc.assert(
      fc.property(amount, fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (c, p) => {
        const years = payback(c, p, 0);
        // The engine adds the profit once a year (y − 2 additions before year y), then
        // (capex − covered) ÷ profit + (y − 1): 3; c ÷ p: 1. The covered sum's error, over the
        // profit, is in years: relative to y + 1. At 100 years either side is rounding.
        const y = Math.ceil(c / p) + 1; // the covering year, or the next where c ÷ p rounds across
        const edge = gamma(100 + 3) * 101;
        if (c / p <= 100 - edge)
          expect(withinRoundings(years, c / p, { roundings: y + 2, magnitude: y + 1 })).toBe(true);
        if (c / p > 100 + edge) expect(years).toBe(Infinity);
      })
    );
  });

  it("the break-even GPU-hour × 8,760 × utilization = the annual charge + opex", () => {
    fc.assert(
      fc.property(
        amount,
        life,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        rate,
        amount,
        (cost, l, u, r, opex) => {
          const hourly = breakevenGpuHour(cost, l, u, r, opex);
          // (charge + opex) ÷ (8,760 × u): 3, then × 8,760 × u: 2; the charge (the same code) +
          // opex: 1. An underflow in the division is grown by 8,760 × u.
          const back = hourly * 8760 * u;
          expect(near(back, annualCharge(cost, l, r) + opex, 6, 8760)).toBe(true);
        }
      )
    );
  });

  it("never returns NaN or ±Infinity: a finite number, or a PaybackError", () => {
    const anyInput = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1, 0.5, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 1e-300),
      fc.constantFrom(null, undefined, "", "50", true, false),
      fc.anything()
    );
    const cell = fc.oneof(fc.double(), fc.constantFrom(1e308, null, "", "x", true), fc.anything());
    const range = fc.oneof(
      fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }),
      fc.array(cell, { maxLength: 6 }).map((row) => [row]),
      anyInput
    );
    type Call = (args: unknown[], cells: unknown) => number | number[][];
    const calls: Call[] = [
      ([a, b, c, d]) => requiredRevenue(a as number, b as number, c as number, d as number),
      ([a, b, c]) => annualCharge(a as number, b as number, c as number),
      ([a, b, c, d, e, f]) =>
        annualRequiredRevenue(
          a as never,
          b as never,
          c as never,
          d as never,
          e as never,
          f as never
        ),
      ([a, b, c]) => paybackYears(a as number, b as number, c as number),
      ([a, b, c, d, e]) =>
        breakevenGpuHour(a as never, b as never, c as never, d as never, e as never),
      ([a, b, c], cells) => chargesInService(cells as never, a as number, b as number, c as number),
    ];
    fc.assert(
      fc.property(fc.array(anyInput, { minLength: 6, maxLength: 6 }), range, (args, cells) => {
        for (const call of calls) {
          let result: number | number[][];
          try {
            result = call(args, cells);
          } catch (error) {
            if (error instanceof CellErrorValue) continue;
            expect(error).toBeInstanceOf(PaybackError);
            continue;
          }
          for (const value of Array.isArray(result) ? result.flat() : [result]) {
            expect(typeof value).toBe("number");
            expect(Number.isFinite(value)).toBe(true);
            expect(Object.is(value, -0)).toBe(false);
          }
        }
      }),
      { numRuns: 2000 }
    );
  });
});
