/**
 * The native forms of the capital model's functions, evaluated by HyperFormula, against
 * the engine's own functions called with the same values: equal to what the two formulas'
 * roundings allow (test/support/rounding.ts; PMT's pow and the engine's expm1 round differently),
 * or both an error; on the edge of 100 years of payback, either. REQUIRED_REVENUE's cloudMargin too.
 * PAYBACK_YEARS with a growth has one too (the year solved in closed form, no LET); what has
 * none (CHARGES_IN_SERVICE, a spilled array) is left as it is.
 */
import fc from "fast-check";
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { sheetFunctions } from "../../../src/engine";
import {
  spilledTranslation,
  translateCells,
  translateFormula,
} from "../../../src/engine/portable/translate";
import { registerGpuPlugin } from "../../../src/preview/gpuPlugin";
import { gamma, withinRoundings, type Roundings } from "../../support/rounding";

type Scalar = number | string | boolean;

/** Valid and invalid values for every parameter: negatives, 0, shares, lives, text, TRUE. */
const value: fc.Arbitrary<Scalar> = fc.oneof(
  fc.constantFrom<Scalar>(0, 1, 0.5, 0.08, 5, 6, 2.5, 50, 100, -1, -0.2, 1.5, 30000, "abc", true),
  // Values as typed, in thousandths: HyperFormula compares numbers within 1e-13 of each other as
  // equal, and spreadsheets' PMT loses precision for rates near 0, so subnormals are left out.
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000),
  fc.integer({ min: 1, max: 10 })
);

const CALLS: Record<string, { arity: number; required: number }> = {
  REQUIRED_REVENUE: { arity: 4, required: 1 },
  ANNUAL_CHARGE: { arity: 3, required: 2 },
  ANNUAL_REQUIRED_REVENUE: { arity: 6, required: 2 },
  PAYBACK_YEARS: { arity: 3, required: 2 },
  BREAKEVEN_GPU_HOUR: { arity: 5, required: 2 },
};

const engine = sheetFunctions as unknown as Record<string, (...args: unknown[]) => number>;

/**
 * The roundings between the native −PMT form, capex × r ÷ (1 − (1 + r)^−l), and the engine's
 * annual charge: at rate 0 both are capex ÷ life (1 each); otherwise 1 + r (1, grown l times by
 * the power), the power (2), 1 − v multiplying those by its condition v ÷ (1 − v) (and 1), × and
 * ÷ (2); the engine's expm1 form 7 (test/fuzz/capital.fuzz.test.ts counts them).
 */
function pmtRoundings(l: number, r: number): number {
  if (r === 0) return 2;
  const v = Math.pow(1 + r, -l);
  return Math.ceil((l + 3) * (v / (1 - v))) + 1 + 2 + 7;
}

/**
 * PAYBACK_YEARS's roundings in years, for the covering year n: without growth the engine's n − 2
 * additions of the profit and its fraction (3), against capex ÷ profit (1). With growth g the
 * native form's geometric sum p((1 + g)^(n−1) − 1) ÷ g, whose subtraction grows the power's n + 2
 * by up to 1 + 1/g in years, and the fraction's 3 and (n − 1) + its 1; the engine's cumulative
 * sum (3n, over the year's profit: up to n years' worth).
 */
function paybackRoundings(n: number, g: number): number {
  if (g === 0) return n + 2;
  return (2 * n + 6) * (1 + 1 / g) + 3 * n * Math.min(n, 1 + 1 / g) + 2 * n + 4;
}

/** Whether capex is paid back in 100 years only to rounding: then #N/A or about 100 are both right. */
function onHundredYearEdge(capex: number, profit: number, growth: number): boolean {
  const total = growth === 0 ? 100 * profit : (profit * (Math.pow(1 + growth, 100) - 1)) / growth;
  return (
    Math.abs(total - capex) <= gamma(paybackRoundings(101, growth) + 1) * Math.max(total, capex)
  );
}

/** The roundings between a function's native form and the engine, for numeric arguments. */
function roundings(id: string, args: ReadonlyArray<number | null>): Roundings {
  const [a, b, c, d, e] = args;
  switch (id) {
    case "REQUIRED_REVENUE": // s × (1 + e) ÷ (1 − m) ÷ (1 − c), the same on both sides
      return { roundings: 12 };
    case "ANNUAL_CHARGE":
      return { roundings: pmtRoundings(b!, c ?? 0) };
    case "ANNUAL_REQUIRED_REVENUE": // the charge of s × (1 + e) (2), ÷ (1 − m) ÷ (1 − c) (4), each side
      return { roundings: pmtRoundings(b!, e ?? 0) + 12 };
    case "BREAKEVEN_GPU_HOUR": // + opex, 8,760 × utilization, ÷ (3), each side
      return { roundings: pmtRoundings(b!, d ?? 0) + 6 };
    default: {
      // PAYBACK_YEARS: an error in years, for the covering year (or the next, rounded across)
      const n = a! > 0 && b! > 0 ? Math.min(100, Math.ceil(a! / b!)) + 1 : 1; // capex 0: 0 years
      return { roundings: paybackRoundings(n, c ?? 0), magnitude: n + 1 };
    }
  }
}

/** A capex of 100 years of profit, summed to just short of it by the engine: a fresh clone's red. */
const EXAMPLES: Record<string, Array<[Scalar[], boolean[]]>> = {
  PAYBACK_YEARS: [
    [
      [10, 0.1, 0],
      [false, false, false],
    ],
  ],
};

/** The engine's value, or "error" when it rejects the arguments. */
function engineValue(id: string, args: Array<Scalar | null>): number | "error" {
  try {
    return engine[id](...args);
  } catch {
    return "error";
  }
}

describe("the capital functions' native forms in HyperFormula", () => {
  const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3", smartRounding: false });
  const at = (address: string) => hf.simpleCellAddressFromString(address, 0)!;
  const cellContent = (v: Scalar): RawCellContent => (typeof v === "string" ? `'${v}` : v);

  it.each(Object.keys(CALLS))("%s: the engine's value or both an error", (id) => {
    const { arity, required } = CALLS[id];
    fc.assert(
      fc.property(
        fc.array(value, { minLength: arity, maxLength: arity }),
        fc.array(fc.boolean(), { minLength: arity, maxLength: arity }),
        (values, omit) => {
          const args = values.map((v, i) => (i >= required && omit[i] ? null : v));
          args.forEach((v, i) =>
            hf.setCellContents(at(`A${i + 1}`), v === null ? null : cellContent(v))
          );
          const text = args.map((v, i) => (v === null ? "" : `A${i + 1}`)).join(",");
          const gpu = `=GPU.${id}(${text})`;
          const translation = translateFormula(gpu);
          expect([gpu, translation.kind]).toEqual([gpu, "native"]);
          hf.setCellContents(at("C1"), translation.formula);
          const native = hf.getCellValue(at("C1"));
          const expected = engineValue(id, args);
          const numbers = args.every((v) => v === null || typeof v === "number");
          const [c, p, g] = args as Array<number | null>;
          if (
            id === "PAYBACK_YEARS" &&
            numbers &&
            c! > 0 &&
            p! > 0 &&
            (g ?? 0) >= 0 &&
            onHundredYearEdge(c!, p!, g ?? 0)
          ) {
            // paid back in the 100th year or never, to rounding: either answer, and the same year if a year
            if (expected !== "error" && typeof native === "number")
              expect(Math.abs(native - expected)).toBeLessThanOrEqual(1);
            return;
          }
          if (expected === "error") {
            expect([gpu, args, native]).toEqual([gpu, args, expect.any(DetailedCellError)]);
          } else {
            expect([gpu, args, typeof native]).toEqual([gpu, args, "number"]);
            const count = roundings(id, args as Array<number | null>);
            const close = withinRoundings(native as number, expected, count);
            expect([gpu, args, native, expected, close]).toEqual([
              gpu,
              args,
              native,
              expected,
              true,
            ]);
          }
        }
      ),
      { numRuns: 250, examples: EXAMPLES[id] ?? [] }
    );
  });

  it("reads the capital model's figures worked out by hand", () => {
    const cases: Array<[string, number]> = [
      ["=GPU.ANNUAL_CHARGE(100,5)", 20],
      ["=GPU.ANNUAL_REQUIRED_REVENUE(50,5)", 40], // 200 over 5 years
      ["=GPU.REQUIRED_REVENUE(50,1,0.5,0.5)", 400],
      ["=GPU.PAYBACK_YEARS(100,25)", 4],
      ["=GPU.PAYBACK_YEARS(100,25,0)", 4],
      ["=GPU.PAYBACK_YEARS(100,40,0.25)", 2 + (100 - 90) / 62.5], // 40 + 50 = 90, then 62.5
      ["=GPU.BREAKEVEN_GPU_HOUR(43800,5)", 1], // 8,760 $ a year over 8,760 hours
      ["=GPU.BREAKEVEN_GPU_HOUR(43800,5,0.5,,8760)", 4],
    ];
    for (const [gpu, expected] of cases) {
      hf.setCellContents(at("C1"), translateFormula(gpu).formula);
      expect([gpu, hf.getCellValue(at("C1"))]).toEqual([gpu, expected]);
    }
    hf.setCellContents(at("C1"), translateFormula("=GPU.ANNUAL_CHARGE(100,5,0.08)").formula);
    expect(hf.getCellValue(at("C1"))).toBeCloseTo(25.0456, 4); // Excel's -PMT(8%,5,100)
  });
});

describe("what has no native form without LET or LAMBDA", () => {
  it("leaves CHARGES_IN_SERVICE (a spilled row or column) as it is, and says why", () => {
    for (const formula of [
      "=GPU.CHARGES_IN_SERVICE(B2:F2,2)",
      "=1+GPU.GAP(Revs,GPU.CHARGES_IN_SERVICE(G1:G3,3))",
    ]) {
      const result = translateFormula(formula);
      expect(result).toEqual({
        kind: "untranslatable",
        formula,
        reason: expect.stringMatching(/LET|LAMBDA/),
      });
    }
  });
});

describe("GPU.CHARGES_IN_SERVICE written cell by cell (spilledTranslation)", () => {
  it("gives each cell of the spilled row or column the GPU function's value", () => {
    registerGpuPlugin();
    const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3", smartRounding: false });
    const at = (address: string) => hf.simpleCellAddressFromString(address, 0)!;
    const cases: Array<[string, string, RawCellContent[]]> = [
      ["=GPU.CHARGES_IN_SERVICE(A1:A5,2)", "C1", [50, 150, 150, "'text", 10]],
      ["=GPU.CHARGES_IN_SERVICE($A$1:$A$5,3,0.5,0.08)", "C1", [10, 0, 30, null, 5]],
      ["=GPU.CHARGES_IN_SERVICE(A1:A5,1,,)", "C1", [1, 2, 3, 4, 5]],
      ["=GPU.CHARGES_IN_SERVICE(A1:A5,2.5)", "C1", [1, 2, 3, 4, 5]],
      ["=GPU.CHARGES_IN_SERVICE(A1:A5,2)", "C1", [1, -2, 3, 4, 5]],
    ];
    for (const [formula, anchor, spends] of cases) {
      spends.forEach((v, i) => hf.setCellContents(at(`A${i + 1}`), v));
      hf.setCellContents(at("C1"), formula); // spills C1:C5
      const cells = spilledTranslation({ address: "E1", formula })!;
      expect(cells.map((c) => c.address)).toEqual(["E1", "E2", "E3", "E4", "E5"]);
      cells.forEach((c) => hf.setCellContents(at(c.address), c.formula));
      for (let row = 1; row <= 5; row++) {
        const gpu = hf.getCellValue(at(`${anchor[0]}${row}`));
        const native = hf.getCellValue(at(`E${row}`));
        if (gpu instanceof DetailedCellError)
          expect([formula, row, native]).toEqual([formula, row, expect.any(DetailedCellError)]);
        else
          expect([formula, row, native]).toEqual([formula, row, expect.closeTo(gpu as number, 9)]);
      }
      for (let row = 1; row <= 5; row++) hf.setCellContents(at(`E${row}`), null);
    }
    expect(
      spilledTranslation({ address: "E1", formula: "=GPU.CHARGES_IN_SERVICE(A1:B5,2)" })
    ).toBeUndefined();
    expect(
      spilledTranslation({ address: "E1", formula: "=1+GPU.CHARGES_IN_SERVICE(A1:A5,2)" })
    ).toBeUndefined();
    expect(spilledTranslation({ address: "E1", formula: "=GPU.GAP(A1:A5)" })).toBeUndefined();
  });

  it("writes each year's charge as the straight-line share of the spend still in service", () => {
    // Year 2 at life 2, energy 1 and no cost of capital: 1/2 × (1 + 1) × (A1 + A2), each spend
    // counted while its age (1, 0) is under the life; a negative spend refused with #N/A.
    const [, second] = spilledTranslation({
      address: "E1",
      formula: "=GPU.CHARGES_IN_SERVICE(A1:A3,2)",
    })!;
    expect(second).toEqual({
      address: "E2",
      formula:
        "=IF(OR(MIN(A1:A3)<0),NA(),1/2*(1+1)*" +
        "(IF(ISNUMBER(A1),A1,0)*(1<2)+IF(ISNUMBER(A2),A2,0)*(0<2)))",
    });
    // A rate in a cell: PMT's share of the capex a year, or 1/life where the cell holds 0.
    const [first] = spilledTranslation({
      address: "E1",
      formula: "=GPU.CHARGES_IN_SERVICE(A1:A3,2,1,B1)",
    })!;
    expect(first.formula).toBe(
      "=IF(OR(ISTEXT(B1),ISLOGICAL(B1),B1<0,MIN(A1:A3)<0),NA()," +
        "IF(B1=0,1/2,B1/(1-(1+B1)^(-2)))*(1+1)*(IF(ISNUMBER(A1),A1,0)*(0<2)))"
    );
  });

  it("writes no cells for a call that is not the whole formula, a spill, or a call it cannot read", () => {
    const formulas = [
      "=GPU.CHARGES_IN_SERVICE(A1:A5,3)+1", // the call is not the whole formula
      "=GPU.CHARGES_IN_SERVICE(A1#,3)", // a spill: how many years is not known when translating
      "=GPU.CHARGES_IN_SERVICE(A1:A5,3,1,0.1,9)", // one argument too many
      "=GPU.CHARGES_IN_SERVICE(A1:A5", // not closed
      "=GPU.CHARGES_IN_SERVICE()",
    ];
    for (const formula of formulas) {
      expect([formula, spilledTranslation({ address: "E1", formula })]).toEqual([
        formula,
        undefined,
      ]);
    }
    // text, not a formula (Excel stores a typed +GPU.… as =+GPU.…), an empty cell, a bare "="
    for (const formula of ["+GPU.CHARGES_IN_SERVICE(A1:A5,2)", "", "="]) {
      expect([formula, spilledTranslation({ address: "E1", formula })]).toEqual([
        formula,
        undefined,
      ]);
    }
    // in a sheet, each is left as it is, with its reason
    const sheet = translateCells(formulas.map((formula, i) => ({ address: `E${i + 1}`, formula })));
    expect(sheet.converted).toEqual([]);
    expect(sheet.untranslated.map((cell) => [cell.address, cell.formula])).toEqual(
      formulas.map((formula, i) => [`E${i + 1}`, formula])
    );
    expect(sheet.untranslated[3].reason).toBe("a bracket is not closed");
  });
});

describe("GPU.CHARGES_IN_SERVICE over a row, in a sheet's translation (translateCells)", () => {
  it("spills across from its anchor: ({50, 150, 150, 0, 10}, life 2) → 50, 200, 300, 150, 10", () => {
    // energy 1 doubles each spend and a life of 2 halves it: each year's charge is its spend,
    // carried into the next year too. Worked out by hand, not by the GPU function.
    const hf = HyperFormula.buildFromArray([[50, 150, 150, 0, 10]], {
      licenseKey: "gpl-v3",
      smartRounding: false,
    });
    const at = (address: string) => hf.simpleCellAddressFromString(address, 0)!;
    const { converted, untranslated } = translateCells([
      { address: "B3", formula: "=GPU.CHARGES_IN_SERVICE($A$1:E1,2)" },
      { address: "A5", formula: "=SUM(A1:E1)" },
    ]);
    expect(untranslated).toEqual([]);
    expect(converted.map((c) => c.address)).toEqual(["B3", "C3", "D3", "E3", "F3"]);
    converted.forEach((c) => hf.setCellContents(at(c.address), c.formula));
    expect(["B3", "C3", "D3", "E3", "F3"].map((a) => hf.getCellValue(at(a)))).toEqual([
      50, 200, 300, 150, 10,
    ]);
    // a column the same way, down from its anchor
    const down = spilledTranslation({ address: "H2", formula: "=GPU.CHARGES_IN_SERVICE(A1:A3,2)" });
    expect(down?.map((c) => c.address)).toEqual(["H2", "H3", "H4"]);
  });
});
