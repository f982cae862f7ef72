/**
 * Bad input, proven: every GPU.* function, called through the built bundle as Excel calls it,
 * with whatever Excel can pass. Each call either returns a finite number (ARTICLE_TABLE: its
 * table) or throws a CustomFunctions.Error with one of Excel's codes and a message; nothing else
 * escapes, nothing is NaN, ±Infinity or -0, and no input range is changed.
 * Needs dist/ (npm run build; npm test builds it first).
 */
import fc from "fast-check";
import { CATALOG, COMPANY_REVENUES, functionSpec } from "../../src/engine";
import {
  CustomFunctionsError,
  ErrorCode,
  loadFunctionsBundle,
  type FunctionMetadata,
} from "../support/functionsBundle";
import {
  EXCEL_ERROR_CODES,
  anyCell,
  anyNumber,
  anyRange,
  anyText,
  cellsOf,
  harmlessCell,
  largeRange,
  mulberry32,
  scalarArgument,
  smallRange,
  validAmount,
  validMargin,
} from "./arbitraries";
import { withinRoundings } from "../support/rounding";

const bundle = loadFunctionsBundle();
const FUNCTIONS: FunctionMetadata[] = bundle.metadata.functions;
const RUNS = 300;

/** The parameters the engine knows, by their names in functions.json, and what each accepts. */
type Kind = "amount" | "margin" | "life" | "share" | "range";
const PARAMETER_KINDS: Record<string, Kind> = {
  spend: "amount",
  energy: "amount",
  revenue: "amount",
  required: "amount",
  margin: "margin",
  range: "range",
  cloudMargin: "margin",
  capex: "amount",
  life: "life",
  rate: "amount",
  profit: "amount",
  growth: "amount",
  cost: "amount",
  utilization: "share",
  opex: "amount",
  spendByYear: "range",
};
/** Excel passes null for an omitted optional argument; the functions then use the article's figures. */
const DEFAULTS: Record<string, number> = { energy: 1, margin: 0.5, required: 200 };

const EXPECTED_TABLE = [
  ["Company", "AI revenue ($B)", "Basis in the article"],
  ...COMPANY_REVENUES.map((row) => [row.company, row.revenue, row.basis]),
];

type Outcome = { returned: unknown } | { threw: unknown };

/** Calls GPU.<id> as Excel does, catching whatever escapes. */
function run(id: string, args: unknown[]): Outcome {
  try {
    return { returned: bundle.call(id, ...args) };
  } catch (error) {
    return { threw: error };
  }
}

const isValidAmount = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;
const isValidMargin = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && value < 1;
/** A number inside a range that the engine rejects: negative, NaN or ±Infinity. */
const isBadNumber = (value: unknown) =>
  typeof value === "number" && !(value >= 0 && value !== Infinity);
const isErrorCell = (value: unknown) => value !== null && typeof value === "object";

/** The error cells of every range among the arguments: the only errors allowed through as they are. */
function errorCellsIn(args: unknown[]): unknown[] {
  const found: unknown[] = [];
  for (const arg of args) {
    if (!Array.isArray(arg)) continue;
    for (const row of arg)
      if (Array.isArray(row)) for (const cell of row) if (isErrorCell(cell)) found.push(cell);
  }
  return found;
}

/** The codes a custom function may return (Excel refuses #NAME? and #REF! as output). */
const OUTPUT_CODES: readonly string[] = ["#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#VALUE!"];

/**
 * What a call throws for an error value met in a range: the same code when a function may
 * return it, #VALUE! naming it otherwise; always a new CustomFunctions.Error.
 */
function passedOn(cell: unknown): { code: string; message?: string } {
  const code = (cell as { code?: string }).code;
  return code !== undefined && OUTPUT_CODES.includes(code)
    ? { code, message: undefined }
    : {
        code: ErrorCode.invalidValue,
        message: `An input range holds the error ${code ?? "value"}: fix that cell first.`,
      };
}

/** The contract every call keeps, whatever it was given. */
function expectExcelOutcome(fn: FunctionMetadata, args: unknown[], outcome: Outcome): void {
  if ("returned" in outcome) {
    if (fn.id === "ARTICLE_TABLE") {
      expect(outcome.returned).toEqual(EXPECTED_TABLE);
      return;
    }
    // a spilled result (CHARGES_IN_SERVICE) is rows of such numbers
    const matrix = functionSpec(fn.id).result === "matrix";
    const values = matrix ? (outcome.returned as unknown[][]).flat() : [outcome.returned];
    if (matrix) expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(typeof value).toBe("number");
      expect(Number.isFinite(value)).toBe(true);
      expect(Object.is(value, -0)).toBe(false);
    }
    return;
  }
  const error = outcome.threw;
  expect(error).toBeInstanceOf(CustomFunctionsError);
  const { code, message } = error as CustomFunctionsError;
  expect(OUTPUT_CODES).toContain(code);
  expect(EXCEL_ERROR_CODES).toContain(code);
  const fromRange = errorCellsIn(args).some((cell) => {
    const expected = passedOn(cell);
    return code === expected.code && message === expected.message;
  });
  if (fromRange) return; // an error value from the range, passed on by its code
  // the functions' own errors: #VALUE! for bad input, #NUM! for overflow, #N/A where there is no
  // answer (an investment that never pays back), always with a message
  expect([ErrorCode.invalidValue, ErrorCode.invalidNumber, ErrorCode.notAvailable]).toContain(code);
  expect(typeof message).toBe("string");
  expect((message as string).trim().length).toBeGreaterThan(0);
  expect((message as string).length).toBeLessThanOrEqual(255); // even for 400-character text
  if (code === ErrorCode.invalidNumber) {
    expect(message).toMatch(/too large/);
  } else if (code === ErrorCode.notAvailable) {
    expect(fn.id).toBe("PAYBACK_YEARS");
    expect(message).toMatch(/^capex is never paid back within 100 years/);
  } else {
    // the message names the argument to fix, as functions.json names it
    const names = fn.parameters.map((p) => p.name);
    expect(names.some((name) => (message as string).startsWith(`${name} must`))).toBe(true);
  }
}

/** A copy of a range, cell by cell, to prove the call changed nothing. */
function snapshot(args: unknown[]): unknown[] {
  return args.map((arg) =>
    Array.isArray(arg) ? arg.map((row) => (Array.isArray(row) ? [...row] : row)) : arg
  );
}
function expectUnchanged(before: unknown[], after: unknown[]): void {
  const changed: string[] = [];
  after.forEach((arg, i) => {
    if (!Array.isArray(arg)) return;
    const copy = before[i] as unknown[];
    if (arg.length !== copy.length)
      changed.push(`argument ${i + 1}: ${copy.length} rows became ${arg.length}`);
    arg.forEach((row, r) => {
      if (!Array.isArray(row)) return;
      const rowCopy = copy[r] as unknown[];
      if (row.length !== rowCopy.length) changed.push(`argument ${i + 1}, row ${r + 1}: length`);
      for (let c = 0; c < row.length; c++) {
        if (!Object.is(row[c], rowCopy[c]))
          changed.push(`argument ${i + 1}, row ${r + 1}, column ${c + 1}`);
      }
    });
  });
  expect(changed).toEqual([]);
}

/** The range's total as the engine must compute it: row-major, valid numbers only, or why it fails. */
function rangeModel(
  range: unknown
):
  | { ok: true; total: number }
  | { ok: false; error: unknown }
  | { ok: false; row: number; column: number }
  | { ok: false; notARange: true } {
  if (!Array.isArray(range) || range.some((row) => !Array.isArray(row)))
    return { ok: false, notARange: true };
  let total = 0;
  for (const { row, column, value } of cellsOf(range as unknown[][])) {
    if (isErrorCell(value)) return { ok: false, error: value };
    if (isBadNumber(value)) return { ok: false, row: row + 1, column: column + 1 };
    if (typeof value === "number") total += value;
  }
  return { ok: true, total };
}

function expectValueError(outcome: Outcome, argument: string, detail?: string): void {
  expect("threw" in outcome).toBe(true);
  const error = (outcome as { threw: CustomFunctionsError }).threw;
  expect(error).toBeInstanceOf(CustomFunctionsError);
  expect(error.code).toBe(ErrorCode.invalidValue);
  expect(error.message?.startsWith(`${argument} must`)).toBe(true);
  if (detail) expect(error.message).toContain(detail);
}

function expectNumber(outcome: Outcome, expected: number): void {
  if (Number.isFinite(expected)) {
    expect(outcome).toEqual({ returned: expected + 0 });
    expect(Object.is((outcome as { returned: number }).returned, expected + 0)).toBe(true);
  } else {
    expect("threw" in outcome).toBe(true);
    const error = (outcome as { threw: CustomFunctionsError }).threw;
    expect(error).toBeInstanceOf(CustomFunctionsError);
    expect(error.code).toBe(ErrorCode.invalidNumber);
  }
}

describe("the fuzzed functions cover every GPU function", () => {
  it("functions.json and the bundle list the same functions, with parameters this test knows", () => {
    const ids = FUNCTIONS.map((f) => f.id).sort();
    expect([...bundle.associated.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(CATALOG.map((spec) => spec.id).sort());
    for (const fn of FUNCTIONS) {
      for (const parameter of fn.parameters) {
        expect(Object.keys(PARAMETER_KINDS)).toContain(parameter.name);
        expect(parameter.dimensionality === "matrix").toBe(
          PARAMETER_KINDS[parameter.name] === "range"
        );
      }
    }
  });
});

describe.each(FUNCTIONS.map((fn) => [fn.id, fn] as const))(
  "GPU.%s with anything Excel can pass",
  (_id, fn) => {
    const argument = (name: string) =>
      PARAMETER_KINDS[name] === "range" ? anyRange : scalarArgument;
    const argsArbitrary = fc
      .tuple(
        fc.tuple(...fn.parameters.map((p) => argument(p.name))),
        fc.nat({ max: fn.parameters.length })
      )
      .map(([args, supplied]) => (args as unknown[]).slice(0, Math.max(supplied, 1)));

    it("returns a finite number (or its table) or throws an Excel error with a message; changes no input", () => {
      fc.assert(
        fc.property(argsArbitrary, (args) => {
          const before = snapshot(args);
          expectExcelOutcome(fn, args, run(fn.id, args));
          expectUnchanged(before, args);
        }),
        { numRuns: RUNS }
      );
    });
  }
);

describe("model: GAP and COVERAGE over ranges", () => {
  const requiredArbitrary = fc.oneof(
    validAmount,
    fc.constant(null),
    anyNumber,
    anyText,
    fc.boolean()
  );
  const rangeArbitrary = fc.oneof(
    { weight: 4, arbitrary: smallRange(anyCell) },
    { weight: 4, arbitrary: smallRange(harmlessCell) },
    { weight: 1, arbitrary: largeRange }
  );

  it("GAP(range, r) === r − the sum of the range's numbers, or the error of its first bad cell", () => {
    fc.assert(
      fc.property(rangeArbitrary, requiredArbitrary, (range, required) => {
        const outcome = run("GAP", [range, required]);
        const model = rangeModel(range);
        if (!model.ok) {
          if ("notARange" in model) expectValueError(outcome, "range");
          if ("error" in model) expect(outcome).toEqual({ threw: passedOn(model.error) });
          if ("row" in model)
            expectValueError(outcome, "range", `row ${model.row}, column ${model.column}`);
          if ("error" in model) {
            expect((outcome as { threw: unknown }).threw).toBeInstanceOf(CustomFunctionsError);
          }
          return;
        }
        if (!Number.isFinite(model.total)) return expectNumber(outcome, Infinity); // the sum overflows
        const r = required ?? DEFAULTS.required;
        if (!isValidAmount(r)) return expectValueError(outcome, "required");
        expectNumber(outcome, r - model.total);
      }),
      { numRuns: RUNS }
    );
  });

  it("GAP over valid numbers is exactly r − their sum (text, blanks and booleans skipped)", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallRange(harmlessCell), largeRange),
        fc.option(validAmount),
        (range, required) => {
          const model = rangeModel(range);
          fc.pre(model.ok);
          const total = (model as { total: number }).total;
          const r = required ?? 200;
          expectNumber(
            run("GAP", [range, required]),
            Number.isFinite(total) ? r - total : Infinity
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("COVERAGE(range, r) === the sum ÷ r for r above 0; r = 0 is #VALUE! naming required", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallRange(harmlessCell), largeRange),
        fc.option(validAmount),
        (range, required) => {
          const model = rangeModel(range);
          fc.pre(model.ok);
          const total = (model as { total: number }).total;
          const r = required ?? 200;
          const outcome = run("COVERAGE", [range, required]);
          if (!Number.isFinite(total)) return expectNumber(outcome, Infinity);
          if (r === 0) return expectValueError(outcome, "required", "above 0");
          expectNumber(outcome, total / r);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("the article's own table gives the article's gap and coverage, however often it is called", () => {
    const table = bundle.call("ARTICLE_TABLE") as unknown[][];
    expect(table).toEqual(EXPECTED_TABLE);
    expect(table).toHaveLength(13);
    for (const row of table) expect(row).toHaveLength(3);
    expect(bundle.call("GAP", table)).toBe(125);
    expect(bundle.call("COVERAGE", table)).toBe(0.375);
    table[1][1] = 1e9; // what a caller does with its copy does not change the next one
    expect(bundle.call("ARTICLE_TABLE")).toEqual(EXPECTED_TABLE);
  });
});

describe("model: the scalar functions", () => {
  const optional = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  /** Exactly the engine's arithmetic, in its order: cost first (which can overflow on its own). */
  const models: Record<string, (a: number, e: number, m: number) => number> = {
    DATACENTER_COST: (s, e) => s * (1 + e),
    REQUIRED_REVENUE: (s, e, m) => {
      const cost = s * (1 + e);
      return Number.isFinite(cost) ? cost / (1 - m) : Infinity;
    },
    BREAKEVEN_SPEND: (r, e, m) => (r * (1 - m)) / (1 + e),
  };

  it.each(Object.keys(models))(
    "GPU.%s with valid inputs is the article's formula, or #NUM! on overflow",
    (id) => {
      fc.assert(
        fc.property(
          validAmount,
          optional(validAmount),
          optional(validMargin),
          (first, energy, margin) => {
            const args = id === "DATACENTER_COST" ? [first, energy] : [first, energy, margin];
            const e = energy ?? DEFAULTS.energy;
            const m = margin ?? DEFAULTS.margin;
            expectNumber(run(id, args), models[id](first + 0, e + 0, m + 0));
          }
        ),
        { numRuns: RUNS }
      );
    }
  );

  it.each(Object.keys(models))(
    "GPU.%s with exactly one bad input is #VALUE! naming that input",
    (id) => {
      const fn = FUNCTIONS.find((f) => f.id === id) as FunctionMetadata;
      const invalidFor = (name: string) =>
        fc.oneof(
          anyNumber.filter(
            (n) => !(PARAMETER_KINDS[name] === "margin" ? isValidMargin(n) : isValidAmount(n))
          ),
          anyText,
          fc.constant(""),
          fc.boolean()
        );
      const small = { amount: fc.double({ min: 0, max: 1e6, noNaN: true }), margin: validMargin };
      fc.assert(
        fc.property(
          fc
            .nat({ max: fn.parameters.length - 1 })
            .chain((bad) =>
              fc.tuple(
                fc.constant(bad),
                fc.tuple(
                  ...fn.parameters.map((p, i) =>
                    i === bad
                      ? invalidFor(p.name)
                      : small[PARAMETER_KINDS[p.name] as "amount" | "margin"]
                  )
                )
              )
            ),
          ([bad, args]) => {
            expectValueError(run(id, args as unknown[]), fn.parameters[bad].name);
          }
        ),
        { numRuns: RUNS }
      );
    }
  );

  it("BREAKEVEN_SPEND undoes REQUIRED_REVENUE: the spend that the required revenue pays back", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (spend, energy, margin) => {
          const required = bundle.call("REQUIRED_REVENUE", spend, energy, margin) as number;
          const back = bundle.call("BREAKEVEN_SPEND", required, energy, margin) as number;
          // spend × (1 + energy) ÷ (1 − margin) ÷ (1 − 0), then × (1 − margin) ÷ (1 + energy):
          // 6 roundings there, 4 back; an underflow's error is divided by 1 − margin and
          // multiplied by it again, so it is not amplified (test/support/rounding.ts)
          expect([back, spend, withinRoundings(back, spend, { roundings: 10 })]).toEqual([
            back,
            spend,
            true,
          ]);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

describe("the largest ranges Excel can pass", () => {
  const FULL_COLUMN = 1_048_576;
  const column = (fill: (row: number) => unknown) =>
    Array.from({ length: FULL_COLUMN }, (_, row) => [fill(row)]);

  it("GAP over a full column of numbers is exactly 200 − their sum", () => {
    const random = mulberry32(2023);
    const range = column(() => Math.floor(random() * 10_000) / 100);
    const model = rangeModel(range) as { ok: true; total: number };
    expect(bundle.call("GAP", range, null)).toBe(200 - model.total);
    expect(bundle.call("COVERAGE", range, 1e9)).toBe(model.total / 1e9);
  });

  it("a negative revenue in the last row of a full column is #VALUE! naming that row", () => {
    const range = column((row) => (row === FULL_COLUMN - 1 ? -5 : 1));
    expectValueError(run("GAP", [range]), "range", `row ${FULL_COLUMN}, column 1`);
  });

  it("an error value halfway down a full column is passed on as it is", () => {
    const na = new CustomFunctionsError(ErrorCode.notAvailable);
    const range = column((row) => (row === FULL_COLUMN / 2 ? na : row % 3 === 0 ? "text" : 0.25));
    expect(run("COVERAGE", [range])).toEqual({ threw: na });
  });

  it("GAP over 1,000 × 1,000 mixed cells skips text, blanks and booleans", () => {
    const random = mulberry32(2024);
    const kinds = [null, "", "Other", true, false];
    const range = Array.from({ length: 1000 }, () =>
      Array.from({ length: 1000 }, () =>
        random() < 0.7
          ? Math.floor(random() * 100) / 100
          : kinds[Math.floor(random() * kinds.length)]
      )
    );
    const model = rangeModel(range) as { ok: true; total: number };
    expect(bundle.call("GAP", range, 1e6)).toBe(1e6 - model.total);
  });

  it("revenues whose sum overflows give #NUM!, not Infinity", () => {
    const range = [[Number.MAX_VALUE], [Number.MAX_VALUE]];
    expectNumber(run("GAP", [range]), Infinity);
    expectNumber(run("COVERAGE", [range]), Infinity);
  });
});
