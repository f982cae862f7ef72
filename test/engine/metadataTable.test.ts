/**
 * The catalog's metadata table (src/engine/catalog/signatures.ts) and its limits
 * (src/engine/catalog/rules.ts): the one statement of each parameter's default and limits, read by
 * validation, the native guards, the template's input rules and the help. Hand-worked conditions
 * and boundaries here; the type checks at the end fail `npm run lint` (tsc) if a misspelt id or
 * parameter name ever compiles.
 */
import {
  CATALOG,
  FUNCTION_IDS,
  LIMITS,
  RULE_KINDS,
  acceptedCondition,
  accepts,
  defaultText,
  gpuFormula,
  requireRule,
  ruleOf,
  sheetFunctions,
  type FunctionId,
} from "../../src/engine";
import { defineFunction } from "../../src/engine/catalog/define";
import { NATIVE_FORMS } from "../../src/engine/catalog/native";
import { REVENUES } from "../../src/engine/catalog/parameters";

describe("the limits, as conditions on a cell", () => {
  it("writes each rule's refusals in the order they are checked", () => {
    expect(acceptedCondition("nonNegative", "B8")).toBe("NOT(B8<0)");
    expect(acceptedCondition("share", "B8")).toBe("NOT(OR(B8<0,B8>=1))");
    expect(acceptedCondition("positive", "B8")).toBe("NOT(B8<=0)");
    expect(acceptedCondition("wholeYears", "B8")).toBe("NOT(OR(B8<=0,B8<>INT(B8)))");
    expect(acceptedCondition("fraction", "B8")).toBe("NOT(OR(B8<=0,B8>1))");
  });

  it("includes or excludes each bound as stated", () => {
    const cases: ReadonlyArray<[(typeof RULE_KINDS)[number], number, boolean]> = [
      ["nonNegative", 0, true],
      ["nonNegative", -1e-9, false],
      ["share", 0, true],
      ["share", 0.999, true],
      ["share", 1, false],
      ["positive", 1e-9, true],
      ["positive", 0, false],
      ["wholeYears", 1, true],
      ["wholeYears", 1.5, false],
      ["fraction", 1, true],
      ["fraction", 1.01, false],
      ["fraction", 0, false],
    ];
    for (const [kind, n, accepted] of cases)
      expect([kind, n, accepts(kind, n)]).toEqual([kind, n, accepted]);
  });

  it("refuses in the words of the first limit passed, a margin as a percentage", () => {
    const what = { en: "the share sold", "zh-TW": "售出比例" };
    const message = (kind: (typeof RULE_KINDS)[number], value: number) => {
      try {
        requireRule(kind, "x", value, what);
      } catch (error) {
        return (error as Error).message;
      }
      return "accepted";
    };
    expect(message("fraction", 1.5)).toBe(
      "x must be at most 100% (0.5 means 50%): the share sold (got 1.5)"
    );
    expect(message("fraction", 0)).toBe("x must be above 0: the share sold (got 0)");
    expect(message("wholeYears", 2.5)).toBe("x must be a whole number: the share sold (got 2.5)");
    expect(message("share", 50)).toBe("x must be below 100% (0.5 means 50%); got 50");
    expect(message("share", -0.1)).toBe("x must be 0% or more (0.5 means 50%); got -0.1");
    expect(message("share", 0.5)).toBe("accepted");
  });

  it("says every rule in both languages", () => {
    for (const kind of RULE_KINDS) {
      const { phrase, allowed, min } = LIMITS[kind];
      for (const text of [phrase, allowed, min.refusal]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text["zh-TW"]).not.toBe(text.en);
      }
    }
  });
});

describe("the metadata table", () => {
  it("orders the catalog, and every entry is the function of its id", () => {
    expect(CATALOG.map((spec) => spec.id)).toEqual(FUNCTION_IDS);
    expect(Object.keys(sheetFunctions)).toEqual(FUNCTION_IDS);
  });

  it("writes defaults as users type them", () => {
    expect(defaultText({ name: "m", kind: "number", default: 0.5, percent: true })).toBe("50%");
    expect(defaultText({ name: "m", kind: "number", default: 0.075, percent: true })).toBe("7.5%");
    expect(defaultText({ name: "c", kind: "number", default: 0, percent: true })).toBe("0%");
    expect(defaultText({ name: "e", kind: "number", default: 1 })).toBe("1");
    expect(defaultText({ name: "s", kind: "number" })).toBeUndefined();
  });

  it("gives each catalog parameter's description its rule's words and its default, in both languages", () => {
    for (const spec of CATALOG) {
      for (const p of spec.parameters) {
        if (p.rule) {
          expect([spec.id, p.description.en]).toEqual([
            spec.id,
            expect.stringContaining(LIMITS[p.rule].phrase.en),
          ]);
          expect([spec.id, p.description["zh-TW"]]).toEqual([
            spec.id,
            expect.stringContaining(LIMITS[p.rule].phrase["zh-TW"]),
          ]);
          expect(p.allowed.en.startsWith(LIMITS[p.rule].allowed.en)).toBe(true);
        }
        if (p.defaultText !== undefined) {
          expect(p.description["zh-TW"]).toContain(`預設 ${p.defaultText}`);
        }
      }
    }
  });

  it("takes an omitted argument's default from the table: the article's figures", () => {
    expect(sheetFunctions.REQUIRED_REVENUE(50, null, undefined)).toBe(200);
    expect(sheetFunctions.GAP([[75]])).toBe(125);
    expect(sheetFunctions.BREAKEVEN_GPU_HOUR(8760, 1)).toBe(1);
    // an argument given as 0 is not left out
    expect(sheetFunctions.DATACENTER_COST(50, 0)).toBe(50);
  });

  it("names the rule of a parameter for the template's inputs, and refuses one without", () => {
    expect(ruleOf("REQUIRED_REVENUE", "margin")).toBe("share");
    expect(ruleOf("CHARGES_IN_SERVICE", "life")).toBe("wholeYears");
    expect(() => ruleOf("GAP", "range")).toThrow("GPU.GAP's range is not a number with a rule");
  });
});

describe("what the compiler refuses (checked by tsc in npm run lint)", () => {
  it("a misspelt id, a parameter a function lacks, an entry missing a parameter's words", () => {
    // @ts-expect-error REQUIRED_REVENUES is not a function id
    const misspelt: FunctionId = "REQUIRED_REVENUES";
    // @ts-expect-error GAP has no parameter spend
    expect(() => ruleOf("GAP", "spend")).toThrow();
    // @ts-expect-error sheetFunctions has no NOPE
    expect(sheetFunctions.NOPE).toBeUndefined();
    // @ts-expect-error NATIVE_FORMS has no form for CHARGES_IN_SERVICE, which spills
    expect(NATIVE_FORMS.CHARGES_IN_SERVICE).toBeUndefined();
    expect(() =>
      defineFunction("GAP", {
        // @ts-expect-error GAP's required has no words
        parameters: { range: REVENUES },
        description: { en: "", "zh-TW": "" },
        returns: { en: "", "zh-TW": "" },
        examples: [],
        errors: [],
      })
    ).toThrow();
    expect(misspelt).toBe("REQUIRED_REVENUES");
  });

  it("a formula with too few or too many arguments for the function", () => {
    expect(gpuFormula("GAP", "B12:B24")).toBe("=GPU.GAP(B12:B24)");
    expect(gpuFormula("REQUIRED_REVENUE", "B8", "0", "B10")).toBe(
      "=GPU.REQUIRED_REVENUE(B8,0,B10)"
    );
    expect(gpuFormula("ARTICLE_TABLE")).toBe("=GPU.ARTICLE_TABLE()");
    // @ts-expect-error GAP needs its range
    expect(gpuFormula("GAP")).toBe("=GPU.GAP()");
    // @ts-expect-error DATACENTER_COST takes two arguments
    expect(gpuFormula("DATACENTER_COST", "B8", "B9", "B10")).toBe(
      "=GPU.DATACENTER_COST(B8,B9,B10)"
    );
  });
});
