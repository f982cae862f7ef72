/**
 * The property that makes a sheet portable: for random inputs, valid and invalid, and random
 * GPU.* formulas (nested calls, omitted arguments, absolute and sheet-qualified references, a
 * defined name), the original formula and its native translation give the same value, or both an
 * error, in HyperFormula with the GPU plugin registered (the engine's own semantics).
 */
import fc from "fast-check";
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { translateFormula } from "../../../src/engine/portable/translate";
import { registerGpuPlugin } from "../../../src/preview/gpuPlugin";

registerGpuPlugin();

const SHEET = "Inputs";

/** A workbook with scalar inputs in A1:A3, a revenue range in C1:C4 named Revs, formulas in E. */
function workbook() {
  const hf = HyperFormula.buildFromSheets(
    { [SHEET]: [] },
    { licenseKey: "gpl-v3", smartRounding: false }
  );
  hf.addNamedExpression("Revs", `=${SHEET}!$C$1:$C$4`);
  const at = (address: string) => hf.simpleCellAddressFromString(address, 0)!;
  return {
    set: (address: string, content: RawCellContent) => hf.setCellContents(at(address), content),
    value: (address: string) => hf.getCellValue(at(address)),
  };
}

/** What a cell can hold: numbers valid and invalid for every argument, text, booleans, nothing. */
const scalarInput: fc.Arbitrary<RawCellContent> = fc.oneof(
  fc.constantFrom(0, 1, 0.5, 50, 150, 200, 75, -1, -0.5, 1, 50, 0.999, 1e300, "'abc", "'50", true),
  // An empty cell counts as 0, as in Excel's arithmetic (the rule for blanks).
  fc.constant(null),
  // Values as typed, in thousandths (HyperFormula treats numbers within 1e-13 as equal, so
  // subnormals would test its rounding rather than the translation).
  fc.integer({ min: -10_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000)
);
/** A revenue cell: mostly valid, sometimes negative, text, TRUE, blank or an error value. */
const rangeInput: fc.Arbitrary<RawCellContent> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000) },
  { weight: 1, arbitrary: fc.constantFrom(-2, -0.5, "'text", "'-5", true, null, "=1/0") }
);

const SCALAR_REFERENCES = ["A1", "$A$2", `${SHEET}!A3`, `'${SHEET}'!$A$1`, "A2"];
const RANGES = ["C1:C4", "$C$1:$C$4", "Revs", `${SHEET}!C1:C3`, "C2"];
const LITERALS = ["0", "1", "0.5", "50", "200", "-1", "1.5", "99"];

/** A scalar argument: a reference, a constant, an expression, a nested call, or left out. */
function scalarArgument(depth: number): fc.Arbitrary<string> {
  const plain = [
    { weight: 4, arbitrary: fc.constantFrom(...SCALAR_REFERENCES) },
    { weight: 2, arbitrary: fc.constantFrom(...LITERALS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "A1+1",
        "A2*2",
        " A3 ",
        "-A1",
        '"50"',
        "TRUE",
        "MAX(A1,A2)-0.5",
        "(A1)-0.5",
        "A2%"
      ),
    },
    { weight: 2, arbitrary: fc.constant("") },
  ];
  return depth > 0
    ? fc.oneof(...plain, { weight: 2, arbitrary: call(depth - 1) })
    : fc.oneof(...plain);
}

const SCALAR_FUNCTIONS: Array<[string, number]> = [
  ["DATACENTER_COST", 2],
  ["REQUIRED_REVENUE", 3],
  ["BREAKEVEN_SPEND", 3],
];

/** A GPU.* call, its trailing arguments sometimes dropped. */
function call(depth: number): fc.Arbitrary<string> {
  const scalar = fc
    .tuple(
      fc.constantFrom(...SCALAR_FUNCTIONS),
      fc.array(scalarArgument(depth), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom("A1", "$A$2", "A3", "50", "A1*2")
    )
    .map(([[name, arity], args, count, first]) => {
      const used = [first, ...args.slice(1, Math.min(count, arity))];
      return `GPU.${name}(${used.join(",")})`;
    });
  const ranged = fc
    .tuple(
      fc.constantFrom("GAP", "COVERAGE"),
      fc.constantFrom(...RANGES),
      fc.option(scalarArgument(depth), { nil: undefined })
    )
    .map(([name, range, required]) =>
      required === undefined ? `GPU.${name}(${range})` : `GPU.${name}(${range},${required})`
    );
  return fc.oneof(scalar, ranged);
}

/** A formula around the call: operators on either side test that its native form keeps its place. */
const formula = fc
  .tuple(
    fc.constantFrom("", "2/", "-", "1-", "A1^"),
    call(2),
    fc.constantFrom("", "*2", "^2", "+A1", '&"GPU.GAP("')
  )
  .map(([head, gpuCall, tail]) => `=${head}${gpuCall}${tail}`);

describe("a GPU.* formula and its native translation in HyperFormula", () => {
  it("give the same value, or both an error, for random inputs and formulas", () => {
    const book = workbook();
    fc.assert(
      fc.property(
        fc.array(scalarInput, { minLength: 3, maxLength: 3 }),
        fc.array(rangeInput, { minLength: 4, maxLength: 4 }),
        formula,
        (scalars, revenues, gpuFormula) => {
          scalars.forEach((value, i) => book.set(`A${i + 1}`, value));
          revenues.forEach((value, i) => book.set(`C${i + 1}`, value));
          const translation = translateFormula(gpuFormula);
          expect(translation.kind).toBe("native");
          book.set("E1", gpuFormula);
          book.set("E2", translation.formula);
          const original = book.value("E1");
          const native = book.value("E2");
          if (original instanceof DetailedCellError) {
            expect([gpuFormula, translation.formula, native]).toEqual([
              gpuFormula,
              translation.formula,
              expect.any(DetailedCellError),
            ]);
          } else {
            expect([gpuFormula, translation.formula, native]).toEqual([
              gpuFormula,
              translation.formula,
              original,
            ]);
          }
        }
      ),
      { numRuns: 400 }
    );
  });

  it("reads the article's figures through the native forms", () => {
    const book = workbook();
    book.set("A1", 50);
    book.set("A2", 1);
    book.set("A3", 0.5);
    [40, 20, 15, null].forEach((value, i) => book.set(`C${i + 1}`, value));
    const cases: Array<[string, number]> = [
      ["=GPU.DATACENTER_COST(A1,A2)", 100],
      ["=GPU.REQUIRED_REVENUE(A1,A2,A3)", 200],
      ["=GPU.REQUIRED_REVENUE(150)", 600],
      ["=GPU.GAP(Revs,GPU.REQUIRED_REVENUE(A1))", 125],
      ["=GPU.GAP(Revs,GPU.REQUIRED_REVENUE(150))", 525],
      ["=GPU.COVERAGE(C1:C4)", 0.375],
      ["=GPU.BREAKEVEN_SPEND(SUM(Revs),,)", 18.75],
    ];
    for (const [gpu, expected] of cases) {
      book.set("E1", translateFormula(gpu).formula);
      expect([gpu, book.value("E1")]).toEqual([gpu, expected]);
    }
  });
});
