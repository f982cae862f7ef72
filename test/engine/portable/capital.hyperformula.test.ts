/**
 * The native forms of the capital model's functions (issue 12), evaluated by HyperFormula, against
 * the engine's own functions called with the same values: equal to 1e-9 relative (PMT's pow and
 * the engine's expm1 round differently), or both an error. REQUIRED_REVENUE's cloudMargin too.
 * And what has no native form (CHARGES_IN_SERVICE, PAYBACK_YEARS with a growth) is left as it is.
 */
import fc from "fast-check";
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { sheetFunctions } from "../../../src/engine";
import { translateFormula } from "../../../src/engine/portable/translate";

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
  PAYBACK_YEARS: { arity: 2, required: 2 }, // without growth: the form that exists
  BREAKEVEN_GPU_HOUR: { arity: 5, required: 2 },
};

const engine = sheetFunctions as unknown as Record<string, (...args: unknown[]) => number>;

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
          if (expected === "error") {
            expect([gpu, args, native]).toEqual([gpu, args, expect.any(DetailedCellError)]);
          } else {
            expect([gpu, args, typeof native]).toEqual([gpu, args, "number"]);
            const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
            expect(Math.abs((native as number) - expected)).toBeLessThanOrEqual(tolerance);
          }
        }
      ),
      { numRuns: 250 }
    );
  });

  it("reads the capital model's figures worked out by hand", () => {
    const cases: Array<[string, number]> = [
      ["=GPU.ANNUAL_CHARGE(100,5)", 20],
      ["=GPU.ANNUAL_REQUIRED_REVENUE(50,5)", 40], // 200 over 5 years
      ["=GPU.REQUIRED_REVENUE(50,1,0.5,0.5)", 400],
      ["=GPU.PAYBACK_YEARS(100,25)", 4],
      ["=GPU.PAYBACK_YEARS(100,25,0)", 4],
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
  it("leaves CHARGES_IN_SERVICE and PAYBACK_YEARS with a growth as they are, and says why", () => {
    for (const formula of [
      "=GPU.CHARGES_IN_SERVICE(B2:F2,2)",
      "=GPU.PAYBACK_YEARS(100,25,0.1)",
      "=GPU.PAYBACK_YEARS(100,25,B3)",
      "=1+GPU.GAP(Revs,GPU.PAYBACK_YEARS(1,2,G1))",
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
