/**
 * The catalog's rules that every host shares: blanks (argumentValue) and the error mapping
 * (sheetErrorFor). The hosts' own tests (test/functions, test/preview) prove they apply them.
 */
import {
  CATALOG,
  CellErrorValue,
  PaybackError,
  argumentValue,
  functionSpec,
  sheetErrorFor,
  sheetFunctions,
} from "../../src/engine";

const codeOf = (value: unknown) => (value as { code?: string }).code;

describe("argumentValue: the one rule for blanks", () => {
  it("an empty cell referred to counts as 0", () => {
    expect(argumentValue(null, true)).toBe(0);
    expect(argumentValue(undefined, true)).toBe(0);
  });
  it("an argument left out stays null, for the article's default", () => {
    expect(argumentValue(null, false)).toBeNull();
    expect(argumentValue(undefined, false)).toBeNull();
  });
  it("anything given is passed on as it is, 0, text and FALSE included", () => {
    for (const value of [0, 50, "", "50%", false]) {
      expect(argumentValue(value, true)).toBe(value);
      expect(argumentValue(value, false)).toBe(value);
    }
  });
});

describe("sheetErrorFor: the cell error for anything a function throws", () => {
  it("maps the engine's kinds to #VALUE!, #NUM! and #N/A, keeping the message", () => {
    expect(sheetErrorFor(new PaybackError("spend must be…"), codeOf)).toMatchObject({
      code: "#VALUE!",
      message: "spend must be…",
    });
    expect(sheetErrorFor(new PaybackError("too large", "number"), codeOf).code).toBe("#NUM!");
    expect(
      sheetErrorFor(new PaybackError({ en: "never", "zh-TW": "永不" }, "notAvailable"), codeOf)
    ).toEqual({ code: "#N/A", message: "never", texts: { en: "never", "zh-TW": "永不" } });
  });
  it("passes on an input's error by its code when a function may return it", () => {
    for (const code of ["#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#VALUE!"]) {
      expect(sheetErrorFor(new CellErrorValue({ code }), codeOf)).toEqual({ code });
    }
  });
  it("turns an input's #REF! or #NAME? (never a function's output) into #VALUE! naming it", () => {
    expect(sheetErrorFor(new CellErrorValue({ code: "#REF!" }), codeOf)).toEqual({
      code: "#VALUE!",
      message: "An input range holds the error #REF!: fix that cell first.",
      texts: {
        en: "An input range holds the error #REF!: fix that cell first.",
        "zh-TW": "輸入範圍中含有錯誤值 #REF!：請先修正該儲存格。",
      },
    });
  });
  it("names no code where the error value's code cannot be read", () => {
    expect(sheetErrorFor(new CellErrorValue({}), codeOf)).toEqual({
      code: "#VALUE!",
      message: "An input range holds the error value: fix that cell first.",
      texts: {
        en: "An input range holds the error value: fix that cell first.",
        "zh-TW": "輸入範圍中含有錯誤值：請先修正該儲存格。",
      },
    });
  });
  it("anything unexpected is #VALUE! that says so", () => {
    expect(sheetErrorFor(new TypeError("boom"), codeOf)).toEqual({
      code: "#VALUE!",
      message: "GPU Payback could not compute this: boom",
      texts: {
        en: "GPU Payback could not compute this: boom",
        "zh-TW": "GPU Payback 無法計算此值：boom",
      },
    });
  });
});

describe("a matrix function's spill size, which hosts reserve before computing", () => {
  const sizeOf = (id: string, ...sizes: Array<{ rows: number; columns: number }>) =>
    functionSpec(id).spillSize!(sizes);

  it("spills CHARGES_IN_SERVICE in the shape of its row or column of spend", () => {
    expect(sizeOf("CHARGES_IN_SERVICE", { rows: 1, columns: 8 })).toEqual({ rows: 1, columns: 8 });
    expect(sizeOf("CHARGES_IN_SERVICE", { rows: 5, columns: 1 }, { rows: 1, columns: 1 })).toEqual({
      rows: 5,
      columns: 1,
    });
  });

  it("gives a block of spend, or none, one cell (for its error)", () => {
    expect(sizeOf("CHARGES_IN_SERVICE", { rows: 3, columns: 2 })).toEqual({ rows: 1, columns: 1 });
    expect(sizeOf("CHARGES_IN_SERVICE")).toEqual({ rows: 1, columns: 1 });
  });

  it("spills ARTICLE_TABLE as the article's twelve rows (eleven companies and Other) under a header", () => {
    expect(sizeOf("ARTICLE_TABLE")).toEqual({ rows: 13, columns: 3 });
  });
});

describe("the catalog", () => {
  it("has each id once, and finds each by id", () => {
    const ids = CATALOG.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(functionSpec(id).id).toBe(id);
  });
  it("names the ids there are when asked for one it lacks", () => {
    expect(() => functionSpec("NOPE")).toThrow(
      /No GPU function NOPE: the catalog has DATACENTER_COST/
    );
    // every id, in the catalog's order, one comma and space apart
    expect(() => functionSpec("NOPE")).toThrow(
      "No GPU function NOPE: the catalog has DATACENTER_COST, REQUIRED_REVENUE, GAP, COVERAGE, " +
        "BREAKEVEN_SPEND, ARTICLE_TABLE, ANNUAL_CHARGE, ANNUAL_REQUIRED_REVENUE, PAYBACK_YEARS, " +
        "BREAKEVEN_GPU_HOUR, CHARGES_IN_SERVICE"
    );
  });
  it("computes each entry with the engine's sheetFunctions of its id, and has an entry for each", () => {
    // the Excel functions call sheetFunctions[id] directly, so that the catalog's texts stay out
    // of functions.js: this is what makes that the same function
    expect(CATALOG.map((spec) => spec.id).sort()).toEqual(Object.keys(sheetFunctions).sort());
    for (const spec of CATALOG) {
      expect(spec.compute).toBe(sheetFunctions[spec.id as keyof typeof sheetFunctions]);
    }
  });
  it("computes the article's figures through each entry", () => {
    expect(functionSpec("REQUIRED_REVENUE").compute(50, null, null)).toBe(200);
    expect(functionSpec("DATACENTER_COST").compute(50)).toBe(100);
    expect(functionSpec("BREAKEVEN_SPEND").compute(75)).toBe(18.75);
  });
});
