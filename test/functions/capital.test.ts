/**
 * The capital model's functions through the BUILT bundle (dist/functions.js), loaded as
 * Excel's runtime loads it: hand-worked figures, omitted arguments as Excel passes them
 * (null), empty cells as Excel desktop and the web deliver them, and each error as the code and
 * message Excel shows. functions.json's declarations of them, as custom-functions-metadata wrote
 * them from the JSDoc. Run `npm run build` first (npm test does it in pretest).
 */
import {
  CustomFunctionsError,
  ErrorCode,
  loadFunctionsBundle,
  thrownBy,
  type FunctionMetadata,
} from "../support/functionsBundle";

const bundle = loadFunctionsBundle();

function excelError(id: string, ...args: unknown[]): CustomFunctionsError {
  const error = thrownBy(() => bundle.call(id, ...args));
  expect(error).toBeInstanceOf(CustomFunctionsError);
  return error as CustomFunctionsError;
}

const declared = (id: string) =>
  bundle.metadata.functions.find((f) => f.id === id) as FunctionMetadata;

describe("functions.json declares the capital functions with their arguments, in order, optional ones marked", () => {
  const SIGNATURES: Record<string, Array<[string, boolean]>> = {
    REQUIRED_REVENUE: [
      ["spend", false],
      ["energy", true],
      ["margin", true],
      ["cloudMargin", true],
    ],
    ANNUAL_CHARGE: [
      ["capex", false],
      ["life", false],
      ["rate", true],
    ],
    ANNUAL_REQUIRED_REVENUE: [
      ["spend", false],
      ["life", false],
      ["energy", true],
      ["margin", true],
      ["rate", true],
      ["cloudMargin", true],
    ],
    PAYBACK_YEARS: [
      ["capex", false],
      ["profit", false],
      ["growth", true],
    ],
    BREAKEVEN_GPU_HOUR: [
      ["cost", false],
      ["life", false],
      ["utilization", true],
      ["rate", true],
      ["opex", true],
    ],
    CHARGES_IN_SERVICE: [
      ["spendByYear", false],
      ["life", false],
      ["energy", true],
      ["rate", true],
    ],
  };

  it.each(Object.entries(SIGNATURES))("GPU.%s(…) with its parameters in order", (id, signature) => {
    const fn = declared(id);
    expect(fn.name).toBe(id);
    expect(fn.parameters.map((p) => [p.name, p.optional ?? false])).toEqual(signature);
    expect(bundle.associated.has(id)).toBe(true);
  });

  it("CHARGES_IN_SERVICE takes a range and spills a matrix; the others take and give numbers", () => {
    const charges = declared("CHARGES_IN_SERVICE");
    expect(charges.parameters[0].dimensionality).toBe("matrix");
    expect(charges.result.dimensionality).toBe("matrix");
    for (const id of Object.keys(SIGNATURES).filter((id) => id !== "CHARGES_IN_SERVICE")) {
      const fn = declared(id);
      expect(fn.result).toEqual({ dimensionality: "matrix", type: "number" }); // one value, 1 × 1
      for (const p of fn.parameters) expect(p.type).toBe("number");
    }
  });

  it("points each at its own section of the help page", () => {
    for (const id of Object.keys(SIGNATURES)) {
      expect(declared(id).helpUrl).toMatch(new RegExp(`/help\\.html#${id.toLowerCase()}$`));
    }
  });
});

describe("hand-worked figures, through the bundle", () => {
  it("REQUIRED_REVENUE(50, 1, 50%, 30%) → 200 ÷ 0.7 = 285.714…; without it, the article's 200", () => {
    expect(bundle.call("REQUIRED_REVENUE", 50, 1, 0.5, 0.3)).toBeCloseTo(285.714285714286, 12);
    expect(bundle.call("REQUIRED_REVENUE", 50, 1, 0.5)).toBe(200);
    expect(bundle.call("REQUIRED_REVENUE", 150)).toBe(600);
  });

  it("ANNUAL_CHARGE(100, 5) → 20; (100, 5, 10%) → 26.3797…", () => {
    expect(bundle.call("ANNUAL_CHARGE", 100, 5)).toBe(20);
    expect(bundle.call("ANNUAL_CHARGE", 100, 5, 0.1)).toBeCloseTo(26.3797480794745, 10);
  });

  it("ANNUAL_REQUIRED_REVENUE(50, 4) → 50; (150, 5, 1, 50%, 10%) → 158.278…", () => {
    expect(bundle.call("ANNUAL_REQUIRED_REVENUE", 50, 4)).toBe(50);
    expect(bundle.call("ANNUAL_REQUIRED_REVENUE", 150, 5, 1, 0.5, 0.1)).toBeCloseTo(
      158.278488476847,
      9
    );
  });

  it("PAYBACK_YEARS(100, 25) → 4; (100, 10, 50%) → 4.370…", () => {
    expect(bundle.call("PAYBACK_YEARS", 100, 25)).toBe(4);
    expect(bundle.call("PAYBACK_YEARS", 100, 10, 0.5)).toBeCloseTo(4.37037037037037, 12);
  });

  it("BREAKEVEN_GPU_HOUR(30000, 4) → 0.856…; (30000, 4, 50%) → 1.712…", () => {
    expect(bundle.call("BREAKEVEN_GPU_HOUR", 30000, 4)).toBeCloseTo(0.856164383561644, 14);
    expect(bundle.call("BREAKEVEN_GPU_HOUR", 30000, 4, 0.5)).toBeCloseTo(1.71232876712329, 14);
  });

  it("CHARGES_IN_SERVICE({50, 150, 150}, 2) → {50, 200, 300}, a row for a row, a column for a column", () => {
    expect(bundle.call("CHARGES_IN_SERVICE", [[50, 150, 150]], 2)).toEqual([[50, 200, 300]]);
    expect(bundle.call("CHARGES_IN_SERVICE", [[50], [150], [150]], 2)).toEqual([
      [50],
      [200],
      [300],
    ]);
  });

  it("CHARGES_IN_SERVICE counts blank and text cells as no spend, as Excel sends them", () => {
    expect(bundle.call("CHARGES_IN_SERVICE", [[50], [null], [""], ["n/a"], [true]], 2)).toEqual([
      [50],
      [50],
      [0],
      [0],
      [0],
    ]);
  });
});

describe("blank arguments: left out takes the default, an empty cell counts as 0", () => {
  it("a left-out cloud margin, rate or growth is 0; utilization 100%", () => {
    expect(bundle.call("ANNUAL_REQUIRED_REVENUE", 50, 4, null, null, null, null)).toBe(50);
    expect(bundle.call("PAYBACK_YEARS", 100, 25, null)).toBe(4);
    expect(bundle.call("BREAKEVEN_GPU_HOUR", 8760, 1, null, null, null)).toBe(1);
  });

  it.each(["desktop", "web"] as const)(
    "on Excel %s, an empty energy or margin cell counts as 0",
    (delivery) => {
      // energy 0 and margin 0: 50 ÷ 4 = 12.5 a year
      expect(bundle.callFromCells("ANNUAL_REQUIRED_REVENUE", [50, 4, null, null], delivery)).toBe(
        12.5
      );
      // an empty utilization cell is 0%: #VALUE! saying it must be above 0
      const error = thrownBy(() =>
        bundle.callFromCells("BREAKEVEN_GPU_HOUR", [30000, 4, null], delivery)
      ) as CustomFunctionsError;
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toMatch(/^utilization must be above 0/);
    }
  );
});

describe("errors as Excel shows them", () => {
  it("PAYBACK_YEARS that never pays back within 100 years is #N/A with a message", () => {
    const error = excelError("PAYBACK_YEARS", 100, 0.5);
    expect(error.code).toBe(ErrorCode.notAvailable);
    expect(error.message).toBe(
      "capex is never paid back within 100 years: 100 years of profit cover 50% of it. Raise profit or growth, or lower capex"
    );
  });

  it("a life of 0 is #VALUE! saying life must be above 0", () => {
    const error = excelError("ANNUAL_CHARGE", 100, 0);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(/^life must be above 0: /);
  });

  it("CHARGES_IN_SERVICE needs whole years and one row or column", () => {
    expect(excelError("CHARGES_IN_SERVICE", [[50]], 2.5).message).toMatch(
      /^life must be a whole number/
    );
    const wide = excelError(
      "CHARGES_IN_SERVICE",
      [
        [1, 2],
        [3, 4],
      ],
      2
    );
    expect(wide.code).toBe(ErrorCode.invalidValue);
    expect(wide.message).toContain("got 2 rows × 2 columns");
  });

  it("CHARGES_IN_SERVICE passes on an error value met in its range, by its code", () => {
    const error = excelError(
      "CHARGES_IN_SERVICE",
      [[50], [new CustomFunctionsError("#DIV/0!")]],
      2
    );
    expect(error.code).toBe(ErrorCode.divisionByZero);
  });

  it("a cloud margin of 100% or more is #VALUE! naming it", () => {
    const error = excelError("REQUIRED_REVENUE", 50, 1, 0.5, 1);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toBe("cloudMargin must be below 100% (0.5 means 50%); got 1");
  });

  it("a charge too large to represent is #NUM!", () => {
    expect(excelError("ANNUAL_CHARGE", 1e308, 1e-10).code).toBe(ErrorCode.invalidNumber);
  });
});
