/**
 * The engine's error messages in both languages: every message a GPU function can give, driven
 * out of the catalog's functions with values on the wrong side of each rule, has a Traditional
 * Chinese text that is not the English one and is written in Chinese; the Chinese names of the
 * arguments are the catalog's labels (what Excel's zh-TW argument help shows).
 */
import { CATALOG, PaybackError } from "../../src/engine";
import { ARGUMENT_NAMES_ZH, argumentName, describeIn } from "../../src/engine/messageText";

/** A valid value for each parameter, by name (ranges as rows of cells). */
const VALID: Readonly<Record<string, unknown>> = {
  spend: 50,
  energy: 1,
  margin: 0.5,
  cloudMargin: 0,
  range: [[75]],
  required: 200,
  revenue: 75,
  capex: 100,
  life: 4,
  rate: 0,
  profit: 25,
  growth: 0,
  cost: 30000,
  utilization: 0.5,
  opex: 0,
  spendByYear: [[50, 150]],
};

/** Values on the wrong side of some rule, for a number and for a range. */
const BAD_NUMBERS: readonly unknown[] = [-1, "abc", true, 1.5, 2, 0, 1e308, Number.NaN, {}];
const BAD_RANGES: readonly unknown[] = [
  [[-1]],
  "abc",
  [
    [1, 2],
    [3, 4],
  ],
  [[]],
  [5],
  [["x", -2]],
];

/** Every PaybackError the catalog's functions throw for these values. */
function thrownMessages(): PaybackError[] {
  const errors: PaybackError[] = [];
  for (const spec of CATALOG) {
    spec.parameters.forEach((parameter, i) => {
      const bad = parameter.kind === "range" ? BAD_RANGES : BAD_NUMBERS;
      for (const value of bad) {
        const args = spec.parameters.map((p, j) => (j === i ? value : VALID[p.name]));
        try {
          spec.compute(...args);
        } catch (error) {
          if (error instanceof PaybackError) errors.push(error);
        }
      }
    });
  }
  try {
    // never pays back within the horizon: the #N/A message
    CATALOG.find((s) => s.id === "PAYBACK_YEARS")!.compute(100, 0.0001, 0);
  } catch (error) {
    if (error instanceof PaybackError) errors.push(error);
  }
  return errors;
}

const HAN = /[\u4e00-\u9fff]/;

describe("the engine's error messages in Traditional Chinese", () => {
  // Thrown inside each test, not in the describe body: StrykerJS gives a test only the code run
  // while it runs, so messages built while the file loads would be tested by no test.
  it("are driven out of every rule: more than 40 distinct messages, each kind among them", () => {
    const errors = thrownMessages();
    expect(new Set(errors.map((e) => e.message)).size).toBeGreaterThan(40);
    expect(new Set(errors.map((e) => e.kind))).toEqual(
      new Set(["value", "number", "notAvailable"])
    );
  });

  it("every message has a zh-TW text, written in Chinese, that is not the English", () => {
    const errors = thrownMessages();
    const untranslated = errors.filter(
      (e) => !HAN.test(e.texts["zh-TW"]) || e.texts["zh-TW"] === e.texts.en
    );
    expect(untranslated.map((e) => e.message)).toEqual([]);
    for (const e of errors) {
      expect(e.message).toBe(e.texts.en);
      expect(e.messageIn("zh-TW")).toBe(e.texts["zh-TW"]);
    }
  });

  it("the English stays as it was: 'spend must be 0 or more: … (got -1)'", () => {
    const spec = CATALOG.find((s) => s.id === "REQUIRED_REVENUE")!;
    try {
      spec.compute(-1, 1, 0.5, 0);
      throw new Error("no error");
    } catch (error) {
      const e = error as PaybackError;
      expect(e.message).toBe(
        "spend must be 0 or more: GPU spend in $B, 0 or more (the article: 50) (got -1)"
      );
      expect(e.messageIn("zh-TW")).toBe(
        "GPU支出（spend）必須為 0 或以上：GPU 支出（十億美元），0 或以上（文章：50）（目前為 -1）"
      );
    }
  });

  it("a text where a number goes: 'must be a number' in both languages", () => {
    const spec = CATALOG.find((s) => s.id === "REQUIRED_REVENUE")!;
    try {
      spec.compute("abc", 1, 0.5, 0);
      throw new Error("no error");
    } catch (error) {
      const e = error as PaybackError;
      expect(e.message).toBe(
        'spend must be a number: GPU spend in $B, 0 or more (the article: 50) (got text "abc")'
      );
      expect(e.messageIn("zh-TW")).toBe(
        "GPU支出（spend）必須是數字：GPU 支出（十億美元），0 或以上（文章：50）（目前為 文字「abc」）"
      );
    }
  });

  it("names a text, nothing and other values in Chinese", () => {
    expect(describeIn("abc", "zh-TW")).toBe("文字「abc」");
    expect(describeIn(null, "zh-TW")).toBe("空白");
    expect(describeIn({}, "zh-TW")).toBe("不是數字的值");
    expect(describeIn(-5, "zh-TW")).toBe("-5");
  });

  it("names each argument by the catalog's zh-TW label", () => {
    for (const spec of CATALOG) {
      for (const p of spec.parameters) {
        expect(ARGUMENT_NAMES_ZH[p.name]).toBe(p.label["zh-TW"]);
        expect(argumentName(p.name, "zh-TW")).toBe(`${p.label["zh-TW"]}（${p.name}）`);
        expect(argumentName(p.name, "en")).toBe(p.name);
      }
    }
  });
});
