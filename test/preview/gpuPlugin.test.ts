/**
 * The GPU.* functions as a HyperFormula plugin: real HyperFormula evaluating real formulas over the
 * payback engine. Semantics match the Excel functions; the parity block checks it against the
 * built Excel bundle (dist/functions.js, built by npm test's pretest) call by call.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import {
  COMPANY_REVENUES,
  PaybackError,
  coverage,
  dataCenterCost,
  identifiedRevenue,
  requiredRevenue,
} from "../../src/engine";
import {
  ARTICLE_TABLE_HEADERS,
  GPU_FUNCTION_NAMES,
  registerGpuPlugin,
} from "../../src/preview/gpuPlugin";
import { FUNCTION_REFERENCE } from "../../src/taskpane/functionReference";
import { generalText } from "../../src/taskpane/generalFormat";
import { CustomFunctionsError, loadFunctionsBundle } from "../support/functionsBundle";

registerGpuPlugin();

/** A one-sheet workbook from rows of cells; returns a reader by A1 address. */
function sheet(rows: RawCellContent[][]) {
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false });
  const at = (address: string) => hf.simpleCellAddressFromString(address, 0)!;
  return {
    hf,
    value: (address: string) => hf.getCellValue(at(address)),
    set: (address: string, content: RawCellContent) => hf.setCellContents(at(address), content),
  };
}

/** Evaluates one formula in an otherwise empty sheet (A1 holds it). */
function evaluate(formula: string, rows: RawCellContent[][] = []) {
  const book = sheet([[formula], ...rows]);
  return book.value("A1");
}

/** The engine's message for a call it rejects. */
function engineMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof PaybackError) return error.message;
    throw error;
  }
  throw new Error("expected the engine to reject this");
}

function asError(value: unknown): DetailedCellError {
  expect(value).toBeInstanceOf(DetailedCellError);
  return value as DetailedCellError;
}

describe("registration", () => {
  it("registers every GPU.* function once, however often it is asked", () => {
    registerGpuPlugin();
    registerGpuPlugin();
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const name of GPU_FUNCTION_NAMES) {
      expect(names.filter((n) => n === name)).toHaveLength(1);
    }
  });
});

describe("the article's headline figures", () => {
  it("GPU.DATACENTER_COST(50, 1) = 100", () => {
    expect(evaluate("=GPU.DATACENTER_COST(50,1)")).toBe(100);
  });
  it("GPU.REQUIRED_REVENUE(50, 1, 50%) = 200 and (150) = 600", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,1,50%)")).toBe(200);
    expect(evaluate("=GPU.REQUIRED_REVENUE(150,1,0.5)")).toBe(600);
  });
  it("GPU.GAP and GPU.COVERAGE over the article's table: 125 and 37.5%", () => {
    expect(evaluate("=GPU.GAP(GPU.ARTICLE_TABLE(),200)")).toBe(125);
    expect(evaluate("=GPU.COVERAGE(GPU.ARTICLE_TABLE(),200)")).toBe(0.375);
  });
  it("GPU.BREAKEVEN_SPEND(75, 1, 50%) = 18.75", () => {
    expect(evaluate("=GPU.BREAKEVEN_SPEND(75,1,50%)")).toBe(18.75);
  });
  it("every example in the task pane's function reference gives the result it states", () => {
    for (const entry of FUNCTION_REFERENCE) {
      const value = evaluate(entry.example);
      if (entry.id === "ARTICLE_TABLE") {
        expect(entry.result.en).toBe("13 rows × 3 columns");
        continue;
      }
      expect(typeof value).toBe("number");
      // the number as the cell shows it in Excel's General format (0.856164384 for 7500 / 8760)
      const stated = /^-?[\d.]+(E[+-]\d+)?/.exec(entry.result.en)![0];
      expect(stated).toBe(generalText(value as number));
    }
  });
});

describe("optional arguments", () => {
  it("take the article's defaults when omitted: energy 1, margin 50%, required 200", () => {
    expect(evaluate("=GPU.DATACENTER_COST(50)")).toBe(100);
    expect(evaluate("=GPU.REQUIRED_REVENUE(50)")).toBe(200);
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,2)")).toBe(300);
    expect(evaluate("=GPU.BREAKEVEN_SPEND(75)")).toBe(18.75);
    expect(evaluate("=GPU.GAP(GPU.ARTICLE_TABLE())")).toBe(125);
    expect(evaluate("=GPU.COVERAGE(GPU.ARTICLE_TABLE())")).toBe(0.375);
  });
  it("take the default when left blank in the middle, as Excel's null does", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,,0.6)")).toBe(requiredRevenue(50, 1, 0.6));
    expect(evaluate("=GPU.BREAKEVEN_SPEND(75,,0.6)")).toBe(15);
  });
  it("count a reference to an empty cell as 0, as Excel's arithmetic does", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,A2,A3)", [[null], [null]])).toBe(50);
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,A2)", [[null]])).toBe(100);
    expect(evaluate("=GPU.GAP(A2:A3,A4)", [[10], [5], [null]])).toBe(-15);
  });
  it("take the default when left out or when nothing stands between the commas", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,,A2)", [[0.5]])).toBe(200);
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,,)")).toBe(200);
  });
  it("use an explicit 0 as 0, not as the default", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,0,0)")).toBe(50);
    expect(evaluate("=GPU.DATACENTER_COST(50,0)")).toBe(50);
  });
  it("reject too many arguments as HyperFormula does for any function (#N/A)", () => {
    expect(asError(evaluate("=GPU.DATACENTER_COST(50,1,1)")).value).toBe("#N/A");
  });
});

describe("inputs that are numbers in disguise", () => {
  it("read a percentage cell as its fraction and a currency cell as its number", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(A2,1,A3)", [["$50"], ["50%"]])).toBe(200);
  });
  it("count percentages in a range at their value", () => {
    expect(evaluate("=GPU.GAP(A2:A3,1)", [["50%"], [0.25]])).toBe(0.25);
  });
});

describe("ranges: summed like SUM", () => {
  it("skip text, booleans and blank cells", () => {
    const rows: RawCellContent[][] = [
      [10, "text", true],
      [null, 5, "'7"],
      [false, "", 60],
    ];
    expect(evaluate("=GPU.GAP(A2:C4,200)", rows)).toBe(125);
    expect(evaluate("=GPU.COVERAGE(A2:C4,200)", rows)).toBe(0.375);
  });
  it("read the revenue column alone or the whole company table", () => {
    const rows = COMPANY_REVENUES.map((r) => [r.company, r.revenue, r.basis] as RawCellContent[]);
    expect(evaluate("=GPU.GAP(B2:B13)", rows)).toBe(125);
    expect(evaluate("=GPU.GAP(A2:C13)", rows)).toBe(125);
  });
  it("take a single number as a one-cell range", () => {
    expect(evaluate("=GPU.GAP(75,200)")).toBe(125);
  });
  it("reject a negative revenue with the engine's message, naming the cell's place", () => {
    const error = asError(evaluate("=GPU.GAP(A2:B2,200)", [[10, -5]]));
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toBe(engineMessage(() => identifiedRevenue([[10, -5]])));
    expect(error.message).toContain("row 1, column 2");
  });
});

describe("errors: #VALUE! with the engine's message, #NUM! when too large", () => {
  it("a margin of 50 instead of 50%", () => {
    const error = asError(evaluate("=GPU.REQUIRED_REVENUE(50,1,50)"));
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toBe(engineMessage(() => requiredRevenue(50, 1, 50)));
    expect(error.message).toMatch(/margin must be below 100%/);
  });
  it("text where a number belongs, in a cell or typed in the formula", () => {
    const fromCell = asError(evaluate("=GPU.REQUIRED_REVENUE(A2)", [["fifty"]]));
    expect(fromCell.message).toBe(engineMessage(() => requiredRevenue("fifty" as never)));
    expect(fromCell.message).toContain('text "fifty"');
    const typed = asError(evaluate('=GPU.DATACENTER_COST("50")'));
    expect(typed.value).toBe("#VALUE!");
    expect(typed.message).toBe(engineMessage(() => dataCenterCost("50" as never)));
  });
  it("a required argument left blank between the commas says that nothing was given", () => {
    const error = asError(evaluate("=GPU.REQUIRED_REVENUE(,1)"));
    expect(error.message).toBe(engineMessage(() => requiredRevenue(null as never)));
    expect(error.message).toContain("got nothing");
  });
  it("a negative spend and a boolean energy", () => {
    expect(asError(evaluate("=GPU.DATACENTER_COST(-1)")).message).toBe(
      engineMessage(() => dataCenterCost(-1))
    );
    expect(asError(evaluate("=GPU.DATACENTER_COST(50,A2)", [[true]])).message).toBe(
      engineMessage(() => dataCenterCost(50, true as never))
    );
  });
  it("coverage against a requirement of 0", () => {
    const error = asError(evaluate("=GPU.COVERAGE(75,0)"));
    expect(error.message).toBe(engineMessage(() => coverage(75, 0)));
  });
  it("#NUM! with the engine's message for a result too large to represent", () => {
    const error = asError(evaluate("=GPU.REQUIRED_REVENUE(A2,A2)", [[1e308]]));
    expect(error.value).toBe("#NUM!");
    expect(error.message).toBe(engineMessage(() => requiredRevenue(1e308, 1e308)));
  });
  it("never a NaN or an infinity: a margin just under 100% is a large finite number", () => {
    expect(evaluate("=GPU.REQUIRED_REVENUE(50,1,0.999999)")).toBeCloseTo(1e8, 0);
  });
});

describe("error values in the inputs pass through unchanged", () => {
  it("in a scalar argument", () => {
    expect(asError(evaluate("=GPU.REQUIRED_REVENUE(1/0)")).value).toBe("#DIV/0!");
    expect(asError(evaluate("=GPU.REQUIRED_REVENUE(50,A2)", [["=NA()"]])).value).toBe("#N/A");
    expect(asError(evaluate("=GPU.BREAKEVEN_SPEND(A2)", [["=SQRT(-1)"]])).value).toBe("#NUM!");
  });
  it("in a range", () => {
    const error = asError(evaluate("=GPU.GAP(A2:A4,200)", [[10], ["=1/0"], [5]]));
    expect(error.value).toBe("#DIV/0!");
    expect(asError(evaluate("=GPU.COVERAGE(A2:A3)", [[10], ["=NA()"]])).value).toBe("#N/A");
  });
  it("in a range, even one a function may not return (#NAME?), as Excel shows it", () => {
    const error = asError(evaluate("=GPU.GAP(A2:A3,200)", [[10], ["=NOSUCHFUNCTION()"]]));
    expect(error.value).toBe("#NAME?");
  });
  it("in the required argument of GAP", () => {
    expect(asError(evaluate("=GPU.GAP(75,A2)", [["=1/0"]])).value).toBe("#DIV/0!");
  });
});

describe("GPU.ARTICLE_TABLE", () => {
  it("spills 13 rows × 3 columns: the header and the article's companies", () => {
    const book = sheet([["=GPU.ARTICLE_TABLE()"]]);
    const values = book.hf.getSheetValues(0);
    expect(values).toHaveLength(13);
    expect(values.every((row) => row.length === 3)).toBe(true);
    expect(values[0]).toEqual([...ARTICLE_TABLE_HEADERS]);
    expect(values.slice(1)).toEqual(COMPANY_REVENUES.map((r) => [r.company, r.revenue, r.basis]));
    expect(book.hf.isCellPartOfArray({ sheet: 0, col: 2, row: 12 })).toBe(true);
  });
  it("shows #SPILL! rather than overwrite a value in its way", () => {
    const book = sheet([["=GPU.ARTICLE_TABLE()"], [null, "mine"]]);
    expect(asError(book.value("A1")).value).toBe("#SPILL!");
    expect(book.value("B2")).toBe("mine");
  });
  it("feeds GAP and SUM like any range", () => {
    const book = sheet([["=GPU.ARTICLE_TABLE()", null, null, "=SUM(B2:B13)", "=GPU.GAP(A1:C13)"]]);
    expect(book.value("D1")).toBe(75);
    expect(book.value("E1")).toBe(125);
  });
});

describe("parity with the built Excel functions (dist/functions.js)", () => {
  const bundle = loadFunctionsBundle();
  const OMIT = Symbol("omitted");
  type Input = number | string | boolean | null | typeof OMIT;

  /**
   * What the Excel function gives when each given argument is a cell holding it: a value, or an
   * error's code and message. Excel desktop and Excel on the web deliver an empty cell
   * differently (0, or null with its address); both must give the same outcome.
   */
  function excelOutcome(id: string, args: ReadonlyArray<Input | unknown[][]>): unknown {
    const given = args.filter((a) => a !== OMIT);
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
    expect([id, args, "web", outcome("web")]).toEqual([id, args, "web", desktop]);
    return desktop;
  }

  /** What the plugin gives for the same calls: one row each, every argument in its own cell. */
  function previewOutcomes(id: string, calls: Input[][]): unknown[] {
    const rows = calls.map((args, r) => {
      const given = args.filter((a) => a !== OMIT) as Array<number | string | boolean | null>;
      const refs = given.map((_, i) => `${String.fromCharCode(66 + i)}${r + 1}`);
      return [
        `=GPU.${id}(${refs.join(",")})`,
        ...given.map((a) => (typeof a === "string" ? `'${a}` : a)),
      ] as RawCellContent[];
    });
    const book = sheet(rows);
    return calls.map((_, r) => {
      const value = book.value(`A${r + 1}`);
      if (value instanceof DetailedCellError) return { error: value.value, message: value.message };
      return { value };
    });
  }

  /** Every call's outcome in the preview and in Excel, side by side with its arguments. */
  function compare(id: string, calls: Input[][]): void {
    const preview = previewOutcomes(id, calls);
    calls.forEach((args, i) => {
      expect([args, preview[i]]).toEqual([args, excelOutcome(id, args)]);
    });
  }

  const spends: Input[] = [50, 150, 0, 2.5, -1, "fifty", true, null, 1e308];
  const energies: Input[] = [OMIT, 1, 0, 0.5, -0.5, "one", null, 1e308];
  const margins: Input[] = [OMIT, 0.5, 0, 0.3, 0.999, 1, 50, -0.1, "50%", false, null];

  it.each(["REQUIRED_REVENUE", "BREAKEVEN_SPEND"])(
    "GPU.%s gives what Excel gives for every combination of inputs",
    (id) => {
      const calls: Input[][] = [];
      for (const spend of spends) {
        for (const energy of energies) {
          for (const margin of margins) {
            if (energy === OMIT && margin !== OMIT) continue; // omitted only from the end
            calls.push([spend, energy, margin]);
          }
        }
      }
      expect(calls.length).toBeGreaterThan(500);
      compare(id, calls);
    }
  );

  it("GPU.DATACENTER_COST gives what Excel gives", () => {
    compare(
      "DATACENTER_COST",
      spends.flatMap((spend) => energies.map((energy): Input[] => [spend, energy]))
    );
  });

  it("GPU.GAP and GPU.COVERAGE give what Excel gives over the same ranges", () => {
    const ranges: Array<Array<Array<number | string | boolean | null>>> = [
      COMPANY_REVENUES.map((r) => [r.company, r.revenue, r.basis]),
      [[10, "x", true, null]],
      [[0], [0]],
      [[10], [-5]],
      [[1e308], [1e308]],
      [["only text"]],
    ];
    const requireds: Input[] = [OMIT, 200, 0, 75, -1, "200", null];
    for (const range of ranges) {
      for (const required of requireds) {
        for (const id of ["GAP", "COVERAGE"]) {
          const height = range.length;
          const width = range[0].length;
          const last = `${String.fromCharCode(64 + width)}${height + 1}`;
          const requiredRef = required === OMIT ? "" : `,A${height + 2}`;
          const rows: RawCellContent[][] = [
            [`=GPU.${id}(A2:${last}${requiredRef})`],
            ...range.map((row) => row.map((c) => (typeof c === "string" ? `'${c}` : c))),
            [typeof required === "string" ? `'${required}` : required === OMIT ? null : required],
          ];
          const value = sheet(rows).value("A1");
          const preview =
            value instanceof DetailedCellError
              ? { error: value.value, message: value.message }
              : { value };
          const excel = excelOutcome(id, required === OMIT ? [range] : [range, required]);
          expect([id, range, required, preview]).toEqual([id, range, required, excel]);
        }
      }
    }
  });

  it("GPU.ARTICLE_TABLE spills exactly what Excel's returns", () => {
    const book = sheet([["=GPU.ARTICLE_TABLE()"]]);
    expect(book.hf.getSheetValues(0)).toEqual(bundle.call("ARTICLE_TABLE"));
  });
});
