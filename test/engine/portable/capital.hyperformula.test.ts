/**
 * The native forms of the capital model's functions, evaluated by HyperFormula, against
 * the engine's own functions called with the same values: equal to 1e-9 relative (PMT's pow and
 * the engine's expm1 round differently), or both an error. REQUIRED_REVENUE's cloudMargin too.
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
