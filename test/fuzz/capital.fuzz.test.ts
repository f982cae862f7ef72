/**
 * The capital model's functions fuzzed through the built bundle, as Excel calls them,
 * against models written from the model's closed forms (not the engine's code):
 * valid inputs give the formula's value (or #NUM! when it is too large), exactly one bad input
 * gives #VALUE! naming it, PAYBACK_YEARS gives #N/A exactly when 100 years of profit fall short,
 * and CHARGES_IN_SERVICE keeps the shape of its row or column and its rules for cells.
 * The contract every function keeps whatever it is given is in functions.fuzz.test.ts.
 * Needs dist/ (npm run build; npm test builds it first).
 */
import fc from "fast-check";
import {
  CustomFunctionsError,
  ErrorCode,
  loadFunctionsBundle,
  type FunctionMetadata,
} from "../support/functionsBundle";
import {
  anyCell,
  anyNumber,
  anyText,
  harmlessCell,
  largeRange,
  smallRange,
  validMargin,
} from "./arbitraries";

const bundle = loadFunctionsBundle();
const RUNS = 300;
const HOURS = 8760;

type Outcome = { returned: unknown } | { threw: unknown };
function run(id: string, args: unknown[]): Outcome {
  try {
    return { returned: bundle.call(id, ...args) };
  } catch (error) {
    return { threw: error };
  }
}

function near(a: number, b: number, relative = 1e-9): boolean {
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Equal to rounding at any scale: the difference against the larger of the two. (near() counts
 * every difference under `relative` as rounding for numbers under 1, so for a capex of 1e-27 it
 * would take a year whose cumulative profit is 6 parts in a million short as covering it.)
 */
function sameToRounding(a: number, b: number, relative = 1e-12): boolean {
  return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * 0, or a double of the normal range up to `max`. Below about 2.2e-308 a double holds fewer than
 * 15 significant digits (5e-324 × 1.22 is 5e-324 again), so no rounding tolerance would hold there.
 */
const normalOrZero = (max: number) =>
  fc.oneof(fc.constant(0), fc.double({ min: 2.3e-308, max, noNaN: true }));

/** A capex 6 parts in a million above the first year's profit, both tiny (a fresh clone's failure). */
const TINY_CAPEX_PAST_YEAR_ONE: [number, number, number] = [
  1.2298e-27 * (1 + 6e-6),
  1.2298e-27,
  0.499999999999999,
];

/** The outcome is the model's value (to rounding), or #NUM! when the model overflows. */
function expectModel(outcome: Outcome, model: number): void {
  if (!Number.isFinite(model)) {
    expect("threw" in outcome).toBe(true);
    expect((outcome as { threw: CustomFunctionsError }).threw.code).toBe(ErrorCode.invalidNumber);
    return;
  }
  expect("returned" in outcome).toBe(true);
  const value = (outcome as { returned: number }).returned;
  expect(typeof value).toBe("number");
  expect([value, near(value, model)]).toEqual([value, true]);
}

function expectValueError(outcome: Outcome, argument: string, detail?: string): void {
  expect("threw" in outcome).toBe(true);
  const error = (outcome as { threw: CustomFunctionsError }).threw;
  expect(error).toBeInstanceOf(CustomFunctionsError);
  expect(error.code).toBe(ErrorCode.invalidValue);
  expect([error.message, error.message?.startsWith(`${argument} must`)]).toEqual([
    error.message,
    true,
  ]);
  if (detail) expect(error.message).toContain(detail);
}

/** Excel's −PMT(rate, life, capex), in its closed form. */
function pmt(capex: number, life: number, rate: number): number {
  return rate === 0 ? capex / life : (capex * rate) / (1 - Math.pow(1 + rate, -life));
}

const optional = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
const life = fc.oneof(
  fc.integer({ min: 1, max: 30 }),
  fc.double({ min: 0.25, max: 50, noNaN: true })
);
const rate = fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 1, noNaN: true }));
const share = fc.double({ min: 0.01, max: 1, noNaN: true });

describe("the capital functions with valid inputs give the closed forms' values", () => {
  it("GPU.ANNUAL_CHARGE(capex, life, [rate]) = capex ÷ life, or capex × rate ÷ (1 − (1 + rate)^−life)", () => {
    fc.assert(
      fc.property(amount, life, optional(rate), (c, l, r) => {
        expectModel(run("ANNUAL_CHARGE", [c, l, r]), pmt(c, l, r ?? 0));
      }),
      { numRuns: RUNS }
    );
  });

  it("GPU.ANNUAL_REQUIRED_REVENUE = ANNUAL_CHARGE(spend × (1 + energy)) ÷ (1 − margin) ÷ (1 − cloudMargin)", () => {
    fc.assert(
      fc.property(
        amount,
        life,
        optional(fc.double({ min: 0, max: 10, noNaN: true })),
        optional(fc.double({ min: 0, max: 0.99, noNaN: true })),
        optional(rate),
        optional(fc.double({ min: 0, max: 0.99, noNaN: true })),
        (s, l, e, m, r, c) => {
          const model = pmt(s * (1 + (e ?? 1)), l, r ?? 0) / (1 - (m ?? 0.5)) / (1 - (c ?? 0));
          expectModel(run("ANNUAL_REQUIRED_REVENUE", [s, l, e, m, r, c]), model);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("GPU.REQUIRED_REVENUE with a cloud margin = spend × (1 + energy) ÷ (1 − margin) ÷ (1 − cloudMargin)", () => {
    fc.assert(
      fc.property(
        amount,
        optional(amount),
        optional(validMargin),
        optional(validMargin),
        (s, e, m, c) => {
          const model = (s * (1 + (e ?? 1))) / (1 - (m ?? 0.5)) / (1 - (c ?? 0));
          expectModel(run("REQUIRED_REVENUE", [s, e, m, c]), model);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("GPU.BREAKEVEN_GPU_HOUR = (ANNUAL_CHARGE(cost, life, rate) + opex) ÷ (8,760 × utilization)", () => {
    fc.assert(
      fc.property(
        amount,
        life,
        optional(share),
        optional(rate),
        optional(amount),
        (c, l, u, r, o) => {
          const model = (pmt(c, l, r ?? 0) + (o ?? 0)) / (HOURS * (u ?? 1));
          expectModel(run("BREAKEVEN_GPU_HOUR", [c, l, u, r, o]), model);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("GPU.PAYBACK_YEARS: #N/A exactly when 100 years of growing profit fall short, else the interpolated year", () => {
    fc.assert(
      fc.property(
        normalOrZero(1e4),
        normalOrZero(1e3),
        optional(fc.double({ min: 0, max: 0.5, noNaN: true })),
        (c, p, g) => {
          const growth = g ?? 0;
          // the cumulative profit after n years: year k's profit is p × (1 + g)^(k − 1)
          const cumulative = (n: number) => {
            let total = 0;
            for (let k = 1; k <= n; k++) total += p * Math.pow(1 + growth, k - 1);
            return total;
          };
          const outcome = run("PAYBACK_YEARS", [c, p, g]);
          if (c === 0) return expect(outcome).toEqual({ returned: 0 });
          const total = cumulative(100);
          if (!sameToRounding(total, c, 1e-9) && total < c) {
            expect("threw" in outcome).toBe(true);
            const error = (outcome as { threw: CustomFunctionsError }).threw;
            expect(error.code).toBe(ErrorCode.notAvailable);
            expect(error.message).toMatch(/^capex is never paid back within 100 years/);
            return;
          }
          // on the edge of the 100th year: either is rounding
          if (sameToRounding(total, c, 1e-9)) return;
          let year = 1;
          while (cumulative(year) < c && !sameToRounding(cumulative(year), c)) year++;
          const before = cumulative(year - 1);
          const model = year - 1 + (c - before) / (p * Math.pow(1 + growth, year - 1));
          const value = (outcome as { returned: number }).returned;
          expect(typeof value).toBe("number");
          // where the covering year is a matter of rounding, the answer is that year's end or the next's start
          expect(Math.abs(value - model)).toBeLessThanOrEqual(1e-6 * Math.max(1, model));
        }
      ),
      { numRuns: RUNS, examples: [TINY_CAPEX_PAST_YEAR_ONE] }
    );
  });
});

describe("exactly one bad input is #VALUE! naming it", () => {
  type Rule = "amount" | "life" | "wholeLife" | "margin" | "share";
  const VALID: Record<Rule, fc.Arbitrary<number>> = {
    amount: fc.double({ min: 0, max: 1e3, noNaN: true }),
    life: fc.double({ min: 0.5, max: 30, noNaN: true }),
    wholeLife: fc.integer({ min: 1, max: 30 }),
    margin: fc.double({ min: 0, max: 0.9, noNaN: true }),
    share: share,
  };
  const accepts: Record<Rule, (n: number) => boolean> = {
    amount: (n) => Number.isFinite(n) && n >= 0,
    life: (n) => Number.isFinite(n) && n > 0,
    wholeLife: (n) => Number.isInteger(n) && n > 0,
    margin: (n) => Number.isFinite(n) && n >= 0 && n < 1,
    share: (n) => Number.isFinite(n) && n > 0 && n <= 1,
  };
  const invalid = (rule: Rule) =>
    fc.oneof(
      anyNumber.filter((n) => !accepts[rule](n)),
      anyText,
      fc.constant(""),
      fc.boolean()
    );
  const SIGNATURES: Record<string, Array<[string, Rule]>> = {
    ANNUAL_CHARGE: [
      ["capex", "amount"],
      ["life", "life"],
      ["rate", "amount"],
    ],
    ANNUAL_REQUIRED_REVENUE: [
      ["spend", "amount"],
      ["life", "life"],
      ["energy", "amount"],
      ["margin", "margin"],
      ["rate", "amount"],
      ["cloudMargin", "margin"],
    ],
    PAYBACK_YEARS: [
      ["capex", "amount"],
      ["profit", "amount"],
      ["growth", "amount"],
    ],
    BREAKEVEN_GPU_HOUR: [
      ["cost", "amount"],
      ["life", "life"],
      ["utilization", "share"],
      ["rate", "amount"],
      ["opex", "amount"],
    ],
    REQUIRED_REVENUE: [
      ["spend", "amount"],
      ["energy", "amount"],
      ["margin", "margin"],
      ["cloudMargin", "margin"],
    ],
  };

  it("the signatures here are functions.json's", () => {
    for (const [id, signature] of Object.entries(SIGNATURES)) {
      const fn = bundle.metadata.functions.find((f) => f.id === id) as FunctionMetadata;
      expect(fn.parameters.map((p) => p.name)).toEqual(signature.map(([name]) => name));
    }
  });

  it.each(Object.keys(SIGNATURES))("GPU.%s", (id) => {
    const signature = SIGNATURES[id];
    fc.assert(
      fc.property(
        fc
          .nat({ max: signature.length - 1 })
          .chain((bad) =>
            fc.tuple(
              fc.constant(bad),
              fc.tuple(...signature.map(([, rule], i) => (i === bad ? invalid(rule) : VALID[rule])))
            )
          ),
        ([bad, args]) => {
          // PAYBACK_YEARS with a valid but tiny profit could also never pay back: only bad input here
          expectValueError(run(id, args as unknown[]), signature[bad][0]);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("GPU.CHARGES_IN_SERVICE: life, energy or rate", () => {
    const rules: Array<[string, Rule]> = [
      ["life", "wholeLife"],
      ["energy", "amount"],
      ["rate", "amount"],
    ];
    fc.assert(
      fc.property(
        smallRange(harmlessCell).map((range) => range.map((row) => [row[0]])),
        fc
          .nat({ max: 2 })
          .chain((bad) =>
            fc.tuple(
              fc.constant(bad),
              fc.tuple(...rules.map(([, rule], i) => (i === bad ? invalid(rule) : VALID[rule])))
            )
          ),
        (range, [bad, args]) => {
          expectValueError(run("CHARGES_IN_SERVICE", [range, ...args]), rules[bad][0]);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

describe("GPU.CHARGES_IN_SERVICE over ranges", () => {
  const OUTPUT_CODES: readonly string[] = ["#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#VALUE!"];
  const isError = (cell: unknown) => cell !== null && typeof cell === "object";
  const lineOf = (range: unknown[][]) =>
    range.length === 1 ? range[0] : range.map((row) => row[0]);

  /** Charges in service by brute force: every vintage's −PMT added to each year of its life. */
  function chargesModel(spends: number[], l: number, e: number, r: number): number[] {
    return spends.map((_, year) => {
      let total = 0;
      for (let v = Math.max(0, year - l + 1); v <= year; v++)
        total += pmt(spends[v] * (1 + e), l, r);
      return total;
    });
  }

  const line = (cell: fc.Arbitrary<unknown>) =>
    fc.oneof(
      fc.array(cell, { minLength: 1, maxLength: 12 }).map((row) => [row]),
      fc.array(cell, { minLength: 1, maxLength: 12 }).map((row) => row.map((c) => [c]))
    );

  it("a row or a column of any cells: the same shape of charges, or the first bad cell's error", () => {
    fc.assert(
      fc.property(
        line(anyCell),
        fc.integer({ min: 1, max: 12 }),
        optional(fc.double({ min: 0, max: 10, noNaN: true })),
        optional(rate),
        (range, l, e, r) => {
          const outcome = run("CHARGES_IN_SERVICE", [range, l, e, r]);
          const cells = lineOf(range);
          const bad = cells.findIndex(
            (c) => isError(c) || (typeof c === "number" && !(c >= 0 && c !== Infinity))
          );
          if (bad >= 0) {
            const cell = cells[bad];
            const error = (outcome as { threw: CustomFunctionsError }).threw;
            expect(error).toBeInstanceOf(CustomFunctionsError);
            if (isError(cell)) {
              const code = (cell as CustomFunctionsError).code;
              expect(error.code).toBe(OUTPUT_CODES.includes(code) ? code : ErrorCode.invalidValue);
            } else {
              expectValueError(outcome, "spendByYear", `year ${bad + 1} has`);
            }
            return;
          }
          const spends = cells.map((c) => (typeof c === "number" ? c : 0));
          const model = chargesModel(spends, l, e ?? 1, r ?? 0);
          if (model.some((x) => !Number.isFinite(x))) return; // overflow: the generic contract's #NUM!
          const value = (outcome as { returned: number[][] }).returned;
          expect(value).toHaveLength(range.length);
          value.forEach((row, i) => expect(row).toHaveLength(range[i].length));
          lineOf(value).forEach((x, i) => {
            expect([i, x, near(x as number, model[i])]).toEqual([i, x, true]);
          });
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("several rows and several columns: #VALUE! saying so", () => {
    fc.assert(
      fc.property(
        smallRange(harmlessCell).filter((range) => range.length > 1 && range[0].length > 1),
        fc.integer({ min: 1, max: 10 }),
        (range, l) => {
          expectValueError(
            run("CHARGES_IN_SERVICE", [range, l]),
            "spendByYear",
            `(got ${range.length} rows × ${range[0].length} columns)`
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("a long column of any life gives a column as long back, all finite", () => {
    fc.assert(
      fc.property(
        largeRange.filter((range) => range.length > 1 && range[0].length === 1),
        fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(1e300)),
        (range, l) => {
          const outcome = run("CHARGES_IN_SERVICE", [range, l]);
          if ("threw" in outcome) {
            const error = outcome.threw as CustomFunctionsError;
            expect(error).toBeInstanceOf(CustomFunctionsError);
            return; // a bad cell or an overflow: the generic contract checks its code and message
          }
          const value = outcome.returned as number[][];
          expect(value).toHaveLength(range.length);
          for (const [x] of value) expect(Number.isFinite(x)).toBe(true);
        }
      ),
      { numRuns: 5 }
    );
  });
});
