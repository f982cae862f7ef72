/**
 * The capital model's functions in the preview: real HyperFormula evaluating real
 * formulas through the GPU plugin, which registers them from the catalog. Each call is compared
 * with the built Excel bundle (dist/functions.js) given the same cells, Excel desktop's and the
 * web's deliveries of an empty cell both: same value, or same error code and message.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { registerGpuPlugin } from "../../src/preview/gpuPlugin";
import { CustomFunctionsError, loadFunctionsBundle } from "../support/functionsBundle";

registerGpuPlugin();
const bundle = loadFunctionsBundle();

function sheet(rows: RawCellContent[][]) {
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false });
  const at = (address: string) => hf.simpleCellAddressFromString(address, 0)!;
  return { hf, value: (address: string) => hf.getCellValue(at(address)) };
}

const OMIT = Symbol("omitted");
type Input = number | string | boolean | null | typeof OMIT;

const cellContent = (value: Exclude<Input, typeof OMIT>): RawCellContent =>
  typeof value === "string" ? `'${value}` : value;

/** What the Excel function gives with each given argument in a cell, on the desktop and the web. */
function excelOutcome(id: string, given: unknown[]): unknown {
  const outcome = (delivery: "desktop" | "web") => {
    try {
      return { value: bundle.callFromCells(id, given, delivery) };
    } catch (error) {
      if (error instanceof CustomFunctionsError)
        return { error: error.code, message: error.message };
      throw error;
    }
  };
  const desktop = outcome("desktop");
  expect([id, given, "web", outcome("web")]).toEqual([id, given, "web", desktop]);
  return desktop;
}

const previewOutcome = (value: unknown) =>
  value instanceof DetailedCellError ? { error: value.value, message: value.message } : { value };

/** Every combination of the given inputs, left-out arguments only from the end. */
function combinations(lists: Input[][]): Input[][] {
  let all: Input[][] = [[]];
  for (const list of lists) {
    all = all.flatMap((call) => list.map((value): Input[] => [...call, value]));
  }
  return all.filter((call) => {
    const first = call.indexOf(OMIT);
    return first === -1 || call.slice(first).every((value) => value === OMIT);
  });
}

/** One row per call: the formula in A, its arguments in B, C, … */
function compareScalar(id: string, calls: Input[][]): void {
  const rows = calls.map((args, r) => {
    const given = args.filter((a) => a !== OMIT) as Array<Exclude<Input, typeof OMIT>>;
    const refs = given.map((_, i) => `${String.fromCharCode(66 + i)}${r + 1}`);
    return [`=GPU.${id}(${refs.join(",")})`, ...given.map(cellContent)] as RawCellContent[];
  });
  const book = sheet(rows);
  calls.forEach((args, r) => {
    const given = args.filter((a) => a !== OMIT);
    expect([args, previewOutcome(book.value(`A${r + 1}`))]).toEqual([
      args,
      excelOutcome(id, given),
    ]);
  });
}

const amounts: Input[] = [100, 0, 30000, -1, "100", true, null, 1e308];
const lives: Input[] = [5, 4, 0.5, 0, -5, "5", null, 1e-300];
const rates: Input[] = [OMIT, 0, 0.1, 1e-20, -0.1, "10%", null, 1e10];
const margins: Input[] = [OMIT, 0, 0.3, 0.999, 1, -0.1, null];
const shares: Input[] = [OMIT, 1, 0.5, 0, 1.5, null];

describe("parity of the preview with the built Excel functions", () => {
  it("GPU.ANNUAL_CHARGE", () => {
    compareScalar("ANNUAL_CHARGE", combinations([amounts, lives, rates]));
  });

  it("GPU.ANNUAL_REQUIRED_REVENUE", () => {
    const calls = combinations([
      [50, 150, -1, null],
      [4, 5, 0, null],
      [OMIT, 1, 0, null],
      [OMIT, 0.5, 1],
      [OMIT, 0.1, -0.1],
      margins,
    ]);
    expect(calls.length).toBeGreaterThan(300);
    compareScalar("ANNUAL_REQUIRED_REVENUE", calls);
  });

  it("GPU.REQUIRED_REVENUE with a cloud margin", () => {
    compareScalar(
      "REQUIRED_REVENUE",
      combinations([[50, 150, -1], [OMIT, 1, null], [OMIT, 0.5, null], margins])
    );
  });

  it("GPU.PAYBACK_YEARS, #N/A with its message included", () => {
    compareScalar(
      "PAYBACK_YEARS",
      combinations([amounts, [25, 10, 0, 0.5, -1, null, "x"], [OMIT, 0, 0.5, -0.5, null, 1e300]])
    );
  });

  it("GPU.BREAKEVEN_GPU_HOUR", () => {
    compareScalar(
      "BREAKEVEN_GPU_HOUR",
      combinations([
        [30000, 0, -1, null],
        [4, 0, null],
        shares,
        [OMIT, 0, 0.1, null],
        [OMIT, 8760, -1, null],
      ])
    );
  });

  it("GPU.CHARGES_IN_SERVICE spills what Excel returns, for rows, columns and bad ranges", () => {
    const ranges: RawCellContent[][][] = [
      [[50, 150, 150]],
      [[50], [150], [150]],
      [[50, null, "'text", true, 0]],
      [[100]],
      [
        [1, 2],
        [3, 4],
      ],
      [[50], [-5]],
      [[1e308], [1e308]],
    ];
    const lifeArgs: Input[] = [2, 1, 3, 2.5, 0, null];
    const tails: Input[][] = [[], [0], [1, 0.1], [null, null], [-1]];
    for (const range of ranges) {
      for (const life of lifeArgs) {
        for (const tail of tails) {
          const height = range.length;
          const width = range[0].length;
          const last = `${String.fromCharCode(64 + width)}${height + 1}`;
          const scalars = [life, ...tail] as Array<Exclude<Input, typeof OMIT>>;
          const refs = scalars.map((_, i) => `${String.fromCharCode(65 + i)}${height + 2}`);
          // the formula far to the right, so that its spill has room
          const rows: RawCellContent[][] = [
            [
              ...new Array<RawCellContent>(10).fill(null),
              `=GPU.CHARGES_IN_SERVICE(A2:${last},${refs.join(",")})`,
            ],
            ...range,
            scalars.map(cellContent),
          ];
          const book = sheet(rows);
          const top = book.value("K1");
          const excelRange = range.map((row) =>
            row.map((cell) => (typeof cell === "string" ? cell.slice(1) : cell))
          );
          const excel = excelOutcome("CHARGES_IN_SERVICE", [excelRange, ...scalars]) as {
            value?: number[][];
          };
          if (excel.value === undefined) {
            expect([range, scalars, previewOutcome(top)]).toEqual([range, scalars, excel]);
            continue;
          }
          const spilled = excel.value.map((row, r) =>
            row.map((_, c) => book.hf.getCellValue({ sheet: 0, row: r, col: 10 + c }))
          );
          expect([range, scalars, spilled]).toEqual([range, scalars, excel.value]);
        }
      }
    }
  });

  it("GPU.CHARGES_IN_SERVICE takes a single number as one year, as Excel passes it ([[50]])", () => {
    const book = sheet([["=GPU.CHARGES_IN_SERVICE(50,2)"]]);
    expect(book.hf.getSheetValues(0)).toEqual(bundle.call("CHARGES_IN_SERVICE", [[50]], 2));
    expect(book.value("A1")).toBe(50);
  });

  it("GPU.CHARGES_IN_SERVICE over an array constant, as the help's example writes it", () => {
    const book = sheet([["=GPU.CHARGES_IN_SERVICE({50,150,150},2)"]]);
    expect(book.hf.getSheetValues(0)).toEqual([[50, 200, 300]]);
  });
});
