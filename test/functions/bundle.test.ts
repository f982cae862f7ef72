/**
 * The GPU.* functions through the BUILT bundle (dist/functions.js), loaded as Excel's runtime loads
 * it: a fresh JavaScript context whose only add-in global is CustomFunctions. Run `npm run build`
 * first (npm test does it in pretest).
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG } from "../../src/engine";
import {
  COMPANY_REVENUES,
  PaybackError,
  breakevenSpend,
  coverage,
  dataCenterCost,
  gap,
  identifiedRevenue,
  requiredRevenue,
} from "../../src/engine";
import {
  CustomFunctionsError,
  DIST,
  ErrorCode,
  loadFunctionsBundle,
  thrownBy,
} from "../support/functionsBundle";

const bundle = loadFunctionsBundle();

/** The engine's own message for a call, to compare with what Excel is given. */
function engineMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof PaybackError) return error.message;
    throw error;
  }
  throw new Error("expected the engine to reject this");
}

/** What a call threw, checked to be a CustomFunctions.Error. */
function excelError(id: string, ...args: unknown[]): CustomFunctionsError {
  const error = thrownBy(() => bundle.call(id, ...args));
  expect(error).toBeInstanceOf(CustomFunctionsError);
  return error as CustomFunctionsError;
}

const HEADER = ["Company", "AI revenue ($B)", "Basis in the article"];
const table = () => bundle.call("ARTICLE_TABLE") as unknown[][];
const revenueColumn = () => COMPANY_REVENUES.map((row) => [row.revenue]);

describe("what the bundle associates", () => {
  it("associates every id in functions.json and nothing else", () => {
    const ids = bundle.metadata.functions.map((f) => f.id.toUpperCase()).sort();
    expect([...bundle.associated.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(CATALOG.map((spec) => spec.id).sort());
  });

  it("takes as many arguments as functions.json declares, and the invocation when it asks for it", () => {
    for (const meta of bundle.metadata.functions) {
      const invocation = meta.options?.requiresParameterAddresses ? 1 : 0;
      expect(bundle.associated.get(meta.id.toUpperCase())!.length).toBe(
        meta.parameters.length + invocation
      );
    }
  });

  it("needs nothing from the page: no Office, window or module loader (Office's display language is read only where a shared runtime has it: messagesZh.test.ts)", () => {
    const source = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    expect(source).not.toMatch(/\bOffice\.|\bwindow\.|\brequire\(|\bimport\(/);
    expect(source.toLowerCase()).not.toContain("hyperformula");
  });

  it("carries the metadata table but none of the catalog's words (functions.json has them)", () => {
    const source = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    for (const spec of CATALOG) {
      expect([spec.id, source.includes(spec.description.en)]).toEqual([spec.id, false]);
      expect([spec.id, source.includes(spec.description["zh-TW"])]).toEqual([spec.id, false]);
      expect([spec.id, source.includes(spec.returns.en)]).toEqual([spec.id, false]);
    }
    expect(source).toContain("cloudMargin");
  });
});

describe("the article's headline figures through the bundle", () => {
  it("GPU.DATACENTER_COST(50) and (50, 1) = 100", () => {
    expect(bundle.call("DATACENTER_COST", 50)).toBe(100);
    expect(bundle.call("DATACENTER_COST", 50, 1)).toBe(100);
  });

  it("GPU.REQUIRED_REVENUE(50) and (50, 1, 50%) = 200; (150) = 600", () => {
    expect(bundle.call("REQUIRED_REVENUE", 50)).toBe(200);
    expect(bundle.call("REQUIRED_REVENUE", 50, 1, 0.5)).toBe(200);
    expect(bundle.call("REQUIRED_REVENUE", 150)).toBe(600);
    expect(bundle.call("REQUIRED_REVENUE", 150, 1, 0.5)).toBe(600);
  });

  it("GPU.GAP = 125 and GPU.COVERAGE = 37.5% on the revenue column", () => {
    expect(bundle.call("GAP", revenueColumn())).toBe(125);
    expect(bundle.call("GAP", revenueColumn(), 200)).toBe(125);
    expect(bundle.call("COVERAGE", revenueColumn())).toBe(0.375);
    expect(bundle.call("COVERAGE", revenueColumn(), 200)).toBe(0.375);
  });

  it("GPU.BREAKEVEN_SPEND(75) = 18.75", () => {
    expect(bundle.call("BREAKEVEN_SPEND", 75)).toBe(18.75);
    expect(bundle.call("BREAKEVEN_SPEND", 75, 1, 0.5)).toBe(18.75);
  });

  it("against the June 2024 requirement: gap 525, coverage 12.5%", () => {
    const required = bundle.call("REQUIRED_REVENUE", 150);
    expect(bundle.call("GAP", table(), required)).toBe(525);
    expect(bundle.call("COVERAGE", table(), required)).toBe(0.125);
  });

  it("gives the engine's results on other inputs", () => {
    expect(bundle.call("DATACENTER_COST", 40, 2)).toBe(dataCenterCost(40, 2));
    expect(bundle.call("REQUIRED_REVENUE", 30, 2, 0.4)).toBe(requiredRevenue(30, 2, 0.4));
    expect(bundle.call("BREAKEVEN_SPEND", 100, 3, 0.2)).toBe(breakevenSpend(100, 3, 0.2));
    expect(bundle.call("GAP", [[250]], 200)).toBe(gap(250, 200));
    expect(bundle.call("COVERAGE", [[300]], 200)).toBe(coverage(300, 200));
  });

  it("is pure: the same arguments give the same result", () => {
    for (let i = 0; i < 3; i++) {
      expect(bundle.call("REQUIRED_REVENUE", 50, 1, 0.5)).toBe(200);
      expect(bundle.call("GAP", table())).toBe(125);
    }
  });
});

describe("omitted optional arguments", () => {
  it("null (as Excel passes them) takes the article's defaults", () => {
    expect(bundle.call("DATACENTER_COST", 50, null)).toBe(100);
    expect(bundle.call("REQUIRED_REVENUE", 50, null, null)).toBe(200);
    expect(bundle.call("REQUIRED_REVENUE", 50, null, 0.75)).toBe(400);
    expect(bundle.call("REQUIRED_REVENUE", 50, 0, null)).toBe(100);
    expect(bundle.call("BREAKEVEN_SPEND", 75, null, null)).toBe(18.75);
    expect(bundle.call("BREAKEVEN_SPEND", 100, null, 0)).toBe(50);
    expect(bundle.call("GAP", revenueColumn(), null)).toBe(125);
    expect(bundle.call("COVERAGE", revenueColumn(), null)).toBe(0.375);
  });

  it("undefined (arguments left off entirely) does too", () => {
    // Each returns its one value as a 1 × 1 matrix, which Excel shows as the value.
    const fn = (id: string) => bundle.associated.get(id)!;
    expect(fn("DATACENTER_COST")(50)).toEqual([[100]]);
    expect(fn("REQUIRED_REVENUE")(150)).toEqual([[600]]);
    expect(fn("REQUIRED_REVENUE")(50, undefined, 0.75)).toEqual([[400]]);
    expect(fn("BREAKEVEN_SPEND")(75)).toEqual([[18.75]]);
    expect(fn("GAP")(revenueColumn())).toEqual([[125]]);
    expect(fn("COVERAGE")(revenueColumn())).toEqual([[0.375]]);
  });

  it("0 is a value, not an omission", () => {
    expect(bundle.call("DATACENTER_COST", 50, 0)).toBe(50);
    expect(bundle.call("REQUIRED_REVENUE", 50, 1, 0)).toBe(100);
    expect(bundle.call("GAP", revenueColumn(), 0)).toBe(-75);
  });
});

describe("ranges, summed like SUM", () => {
  it("GPU.ARTICLE_TABLE() spills a header row and the 12 rows of the default table", () => {
    const result = table();
    expect(result).toHaveLength(13);
    expect(result[0]).toEqual(HEADER);
    expect(result.slice(1)).toEqual(
      COMPANY_REVENUES.map((row) => [row.company, row.revenue, row.basis])
    );
    for (const row of result) expect(row).toHaveLength(3);
    expect(result[2]).toEqual([
      "Google",
      10,
      "Assumed; named in the author's June 2024 restatement, left out of the translation",
    ]);
    expect(result[12]).toEqual([
      "Other (not itemised)",
      4,
      "The article's stated total ($75B) less the companies it names ($71B)",
    ]);
  });

  it("GPU.ARTICLE_TABLE() gives a fresh array each time", () => {
    const first = table();
    first[1][1] = 1000;
    expect(table()[1][1]).toBe(1);
  });

  it("the whole table (header, company and basis columns) gives a gap of 125 and coverage 37.5%", () => {
    expect(bundle.call("GAP", table())).toBe(125);
    expect(bundle.call("COVERAGE", table())).toBe(0.375);
    // just company and revenue, as a two-column selection
    const twoColumns = table().map((row) => row.slice(0, 2));
    expect(bundle.call("GAP", twoColumns)).toBe(125);
  });

  it("skips text, booleans and blank cells in every form Excel sends them (null, '')", () => {
    const cells = [
      ["OpenAI", 1],
      ["Microsoft", 10],
      [null, null],
      ["", ""],
      ["Meta", true],
      ["Apple", false],
      ["Oracle", "5"],
      ["X", 5],
    ];
    expect(bundle.call("GAP", cells)).toBe(184);
    expect(bundle.call("COVERAGE", cells, 32)).toBe(0.5);
  });

  it("counts a blank sent as 0 as nothing", () => {
    expect(bundle.call("GAP", [[0], [75], [0]])).toBe(125);
  });

  it("takes a single cell, a row and an empty-looking range", () => {
    expect(bundle.call("GAP", [[75]])).toBe(125);
    expect(bundle.call("GAP", [[1, 10, 10, 10, 10, 5, 5, 5, 5, 5, 5, 4]])).toBe(125);
    expect(bundle.call("GAP", [[null]])).toBe(200);
    expect(bundle.call("COVERAGE", [[""]])).toBe(0);
  });

  it("the range agrees with the engine's identifiedRevenue", () => {
    const cells = [
      [3.5, "a"],
      [null, 2.25],
    ];
    expect(bundle.call("GAP", cells, 10)).toBe(10 - identifiedRevenue(cells));
  });
});

describe("an error value in a range: its own code when a function may return it", () => {
  // Excel does not call a custom function whose argument is an error (the metadata does not ask
  // to capture calculation errors); should one arrive, it leaves as a CustomFunctions.Error.
  function thrownError(id: string, cells: unknown[][]): CustomFunctionsError {
    const thrown = thrownBy(() => bundle.call(id, cells));
    expect(thrown).toBeInstanceOf(CustomFunctionsError);
    return thrown as CustomFunctionsError;
  }

  it.each(["#N/A", "#DIV/0!", "#VALUE!", "#NUM!", "#NULL!"])("%s comes back as %s", (code) => {
    const errorValue = new CustomFunctionsError(code, "from another cell");
    for (const id of ["GAP", "COVERAGE"]) {
      expect(thrownError(id, [[10], ["Meta"], [errorValue], [5]]).code).toBe(code);
    }
  });

  it.each(["#REF!", "#NAME?", "#SPILL!"])(
    "%s, which a function may not return, becomes #VALUE! naming it",
    (code) => {
      const error = thrownError("GAP", [[10], [new CustomFunctionsError(code)]]);
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toBe(`An input range holds the error ${code}: fix that cell first.`);
    }
  );

  it("passes on the first error value, even before an invalid revenue", () => {
    const first = new CustomFunctionsError(ErrorCode.notAvailable);
    const error = thrownError("GAP", [
      [first],
      [-5],
      [new CustomFunctionsError(ErrorCode.divisionByZero)],
    ]);
    expect(error.code).toBe(ErrorCode.notAvailable);
  });

  it("an error object of no known kind becomes #VALUE!, never the object itself", () => {
    const error = thrownError("GAP", [[{ strange: true }]]);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(/error value/);
  });
});

describe("an empty cell as Excel delivers it: 0 on the desktop, null with its address on the web", () => {
  it.each(["desktop", "web"] as const)("%s: an emptied margin cell counts as 0%%", (delivery) => {
    expect(bundle.callFromCells("REQUIRED_REVENUE", [50, 1, null], delivery)).toBe(100);
    expect(bundle.callFromCells("DATACENTER_COST", [50, null], delivery)).toBe(50);
    expect(bundle.callFromCells("GAP", [[[75]], null], delivery)).toBe(-75);
  });
  it.each(["desktop", "web"] as const)(
    "%s: an emptied spend cell gives 0, never 200",
    (delivery) => {
      expect(bundle.callFromCells("REQUIRED_REVENUE", [null, 1, 0.5], delivery)).toBe(0);
    }
  );
  it("a left-out argument still takes the article's value", () => {
    expect(bundle.callFromCells("REQUIRED_REVENUE", [50], "web")).toBe(200);
    expect(bundle.call("REQUIRED_REVENUE", 50, null, null)).toBe(200);
  });
});

describe("invalid arguments: #VALUE! with the engine's message", () => {
  const cases: ReadonlyArray<[string, unknown[], () => unknown]> = [
    ["DATACENTER_COST", [-1], () => dataCenterCost(-1, 1)],
    ["DATACENTER_COST", [50, -1], () => dataCenterCost(50, -1)],
    ["DATACENTER_COST", ["fifty"], () => dataCenterCost("fifty" as never, 1)],
    ["DATACENTER_COST", [true], () => dataCenterCost(true as never, 1)],
    ["DATACENTER_COST", [null], () => dataCenterCost(null as never, 1)],
    ["REQUIRED_REVENUE", [-50], () => requiredRevenue(-50, 1, 0.5)],
    ["REQUIRED_REVENUE", [50, -1], () => requiredRevenue(50, -1, 0.5)],
    ["REQUIRED_REVENUE", [50, 1, 50], () => requiredRevenue(50, 1, 50)],
    ["REQUIRED_REVENUE", [50, 1, 1], () => requiredRevenue(50, 1, 1)],
    ["REQUIRED_REVENUE", [50, 1, -0.1], () => requiredRevenue(50, 1, -0.1)],
    ["REQUIRED_REVENUE", [50, "1"], () => requiredRevenue(50, "1" as never, 0.5)],
    ["REQUIRED_REVENUE", [NaN], () => requiredRevenue(NaN, 1, 0.5)],
    ["REQUIRED_REVENUE", [Infinity], () => requiredRevenue(Infinity, 1, 0.5)],
    ["BREAKEVEN_SPEND", [-75], () => breakevenSpend(-75, 1, 0.5)],
    ["BREAKEVEN_SPEND", [75, -1], () => breakevenSpend(75, -1, 0.5)],
    ["BREAKEVEN_SPEND", [75, 1, 1.5], () => breakevenSpend(75, 1, 1.5)],
    ["BREAKEVEN_SPEND", [75, 1, -1], () => breakevenSpend(75, 1, -1)],
    ["GAP", [[[10], [-5]]], () => identifiedRevenue([[10], [-5]])],
    ["GAP", [[[10]], -1], () => gap(10, -1)],
    ["GAP", [75], () => identifiedRevenue(75 as never)],
    ["GAP", [[[NaN]]], () => identifiedRevenue([[NaN]])],
    ["COVERAGE", [[["Meta", -10]]], () => identifiedRevenue([["Meta", -10]])],
    ["COVERAGE", [[[75]], -200], () => coverage(75, -200)],
    ["COVERAGE", [[[75]], 0], () => coverage(75, 0)],
  ];

  it.each(cases)("GPU.%s(%p)", (id, args, engineCall) => {
    const error = excelError(id, ...args);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toBe(engineMessage(engineCall));
  });

  it("says what to fix for a margin of 50 instead of 50%", () => {
    const error = excelError("REQUIRED_REVENUE", 50, 1, 50);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("margin must be below 100% (0.5 means 50%); got 50");
  });

  it("names the argument in each message", () => {
    expect(excelError("DATACENTER_COST", -1).message).toMatch(/^spend must be 0 or more/);
    expect(excelError("DATACENTER_COST", 50, -1).message).toMatch(/^energy must be 0 or more/);
    expect(excelError("BREAKEVEN_SPEND", -1).message).toMatch(/^revenue must be 0 or more/);
    expect(excelError("GAP", [[1]], -1).message).toMatch(/^required must be 0 or more/);
    expect(excelError("COVERAGE", [[1]], 0).message).toMatch(/^required must be above 0/);
    expect(excelError("GAP", [[-1]]).message).toMatch(
      /^range must hold revenues of 0 or more: row 1, column 1/
    );
  });
});

describe("results too large to represent: #NUM!", () => {
  it.each<[string, unknown[], () => unknown]>([
    ["REQUIRED_REVENUE", [1e308, 1e308, 0.5], () => requiredRevenue(1e308, 1e308, 0.5)],
    ["REQUIRED_REVENUE", [1e308, 0, 0.9], () => requiredRevenue(1e308, 0, 0.9)],
    ["DATACENTER_COST", [1e308, 1], () => dataCenterCost(1e308, 1)],
    ["GAP", [[[1e308], [1e308]]], () => identifiedRevenue([[1e308], [1e308]])],
    ["COVERAGE", [[[1e308]], 1e-10], () => coverage(1e308, 1e-10)],
  ])("GPU.%s(%p)", (id, args, engineCall) => {
    const error = excelError(id, ...args);
    expect(error.code).toBe(ErrorCode.invalidNumber);
    expect(error.message).toBe(engineMessage(engineCall));
    expect(error.message).toMatch(/too large to compute/);
  });
});

describe("which arguments Excel says refer to a cell", () => {
  const call = (addresses: string[]) =>
    bundle.associated.get("REQUIRED_REVENUE")!(50, 1, null, null, {
      functionName: "REQUIRED_REVENUE",
      parameterAddresses: [...addresses, ""],
    });
  it.each([
    "Sheet1!B8",
    "'GPU Payback (2)'!$B$8",
    "Sheet1!B8:B8",
    "B8",
    "Sheet1!AB12",
    "Sheet1!$AB$12:$AC$100",
  ])("a null argument at %s is an empty cell: 0", (address) => {
    expect(call(["Sheet1!B6", "Sheet1!B7", address])).toEqual([[100]]);
  });
  it.each(["", "#N/A", "Sheet1"])(
    "a null argument whose address is %j is left out: the article's 50%",
    (address) => {
      expect(call(["Sheet1!B6", "Sheet1!B7", address])).toEqual([[200]]);
    }
  );
});
