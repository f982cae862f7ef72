/**
 * Validation lives in the engine, once: every argument is a finite number; spend, energy, revenue
 * and required are 0 or more; margin is in [0, 1). Each error is a PaybackError of kind "value" that
 * names the argument and says what is allowed.
 */
import {
  PaybackError,
  breakevenSpend,
  checkRequired,
  coverage,
  dataCenterCost,
  describe as describeValue,
  gap,
  requireMargin,
  requireNonNegative,
  requireNumber,
  requiredRevenue,
} from "../../src/engine";
import { caught } from "../support/caught";

/** What each argument's message says is allowed. */
const ALLOWED = {
  spend: "GPU spend in $B, 0 or more (the article: 50)",
  energy: "$ of data-center energy per $ of GPU, 0 or more (the article: 1)",
  revenue: "annual revenue in $B, 0 or more",
  "identified revenue": "annual revenue in $B, 0 or more",
  required: "the revenue required in $B, 0 or more (the article: 200)",
  margin: "the end customer's margin, from 0% to below 100% (0.5 means 50%)",
} as const;
type Argument = keyof typeof ALLOWED;

/** Every engine entry point, with a way to put a value in each of its arguments (the others valid). */
const CALLS: ReadonlyArray<{
  name: string;
  argument: Argument;
  optional: boolean;
  /** coverage divides by required, so its required must be above 0. */
  zeroRejected?: boolean;
  call: (value: unknown) => number;
}> = [
  {
    name: "dataCenterCost",
    argument: "spend",
    optional: false,
    call: (v) => dataCenterCost(v as number, 1),
  },
  {
    name: "dataCenterCost",
    argument: "energy",
    optional: true,
    call: (v) => dataCenterCost(50, v as number),
  },
  {
    name: "requiredRevenue",
    argument: "spend",
    optional: false,
    call: (v) => requiredRevenue(v as number, 1, 0.5),
  },
  {
    name: "requiredRevenue",
    argument: "energy",
    optional: true,
    call: (v) => requiredRevenue(50, v as number, 0.5),
  },
  {
    name: "requiredRevenue",
    argument: "margin",
    optional: true,
    call: (v) => requiredRevenue(50, 1, v as number),
  },
  {
    name: "breakevenSpend",
    argument: "revenue",
    optional: false,
    call: (v) => breakevenSpend(v as number, 1, 0.5),
  },
  {
    name: "breakevenSpend",
    argument: "energy",
    optional: true,
    call: (v) => breakevenSpend(75, v as number, 0.5),
  },
  {
    name: "breakevenSpend",
    argument: "margin",
    optional: true,
    call: (v) => breakevenSpend(75, 1, v as number),
  },
  {
    name: "gap",
    argument: "identified revenue",
    optional: false,
    call: (v) => gap(v as number, 200),
  },
  { name: "gap", argument: "required", optional: false, call: (v) => gap(75, v as number) },
  {
    name: "coverage",
    argument: "identified revenue",
    optional: false,
    call: (v) => coverage(v as number, 200),
  },
  {
    name: "coverage",
    argument: "required",
    optional: false,
    zeroRejected: true,
    call: (v) => coverage(75, v as number),
  },
  {
    name: "checkRequired",
    argument: "required",
    optional: false,
    call: (v) => checkRequired(v as number),
  },
];

const NOT_NUMBERS: ReadonlyArray<[unknown, string]> = [
  [NaN, "NaN"],
  [Infinity, "Infinity"],
  [-Infinity, "-Infinity"],
  ["50", 'text "50"'],
  ["", "nothing"],
  [true, "TRUE"],
  [false, "FALSE"],
  [null, "nothing"],
  [{}, "a value that is not a number"],
  [[50], "a value that is not a number"],
  [BigInt(50), "a value that is not a number"],
];

describe.each(CALLS)("$name: $argument", ({ argument, optional, zeroRejected, call }) => {
  it.each(NOT_NUMBERS)(
    "rejects %p: '<argument> must be a number: <what is allowed> (got %s)'",
    (value, shown) => {
      const error = caught(() => call(value));
      expect(error.kind).toBe("value");
      expect(error.argument).toBe(argument);
      expect(error.message).toBe(
        `${argument} must be a number: ${ALLOWED[argument]} (got ${shown})`
      );
    }
  );

  it(
    optional
      ? "takes undefined as the article's default"
      : "rejects undefined (a missing argument)",
    () => {
      if (optional) {
        expect(Number.isFinite(call(undefined))).toBe(true);
      } else {
        const error = caught(() => call(undefined));
        expect(error.argument).toBe(argument);
        expect(error.message).toBe(
          `${argument} must be a number: ${ALLOWED[argument]} (got nothing)`
        );
      }
    }
  );

  if (argument !== "margin") {
    it.each([-1, -0.001, -5e-324, -1e308])(
      "rejects the negative %p: '<argument> must be 0 or more'",
      (value) => {
        const error = caught(() => call(value));
        expect(error.kind).toBe("value");
        expect(error.argument).toBe(argument);
        expect(error.message).toBe(
          `${argument} must be 0 or more: ${ALLOWED[argument]} (got ${String(value)})`
        );
      }
    );

    it(zeroRejected ? "rejects 0: 'required must be above 0'" : "accepts 0", () => {
      if (zeroRejected) {
        const error = caught(() => call(0));
        expect(error.argument).toBe("required");
        expect(error.message).toBe(
          "required must be above 0 to compute coverage (the article: 200)"
        );
      } else {
        expect(Number.isFinite(call(0))).toBe(true);
      }
    });
  }
});

describe("margin outside [0, 1)", () => {
  const margins = CALLS.filter((c) => c.argument === "margin");

  it.each([
    [1, "1"],
    [50, "50"],
    [1.5, "1.5"],
    [1e308, "1e+308"],
  ])("%p is rejected: 'margin must be below 100% (0.5 means 50%)'", (value, shown) => {
    for (const { call } of margins) {
      const error = caught(() => call(value));
      expect(error.kind).toBe("value");
      expect(error.argument).toBe("margin");
      expect(error.message).toContain("margin must be below 100% (0.5 means 50%)");
      expect(error.message).toBe(`margin must be below 100% (0.5 means 50%); got ${shown}`);
    }
  });

  it.each([
    [-0.1, "-0.1"],
    [-1, "-1"],
    [-5e-324, "-5e-324"],
  ])("%p is rejected: 'margin must be 0% or more (0.5 means 50%)'", (value, shown) => {
    for (const { call } of margins) {
      const error = caught(() => call(value));
      expect(error.kind).toBe("value");
      expect(error.argument).toBe("margin");
      expect(error.message).toBe(`margin must be 0% or more (0.5 means 50%); got ${shown}`);
    }
  });

  it("accepts 0, 0.5 and 0.99", () => {
    for (const { call } of margins) {
      for (const value of [0, 0.5, 0.99]) expect(Number.isFinite(call(value))).toBe(true);
    }
  });
});

describe("the first invalid argument is the one named", () => {
  it.each([
    [() => requiredRevenue(-1, -1, 2), "spend"],
    [() => requiredRevenue(50, -1, 2), "energy"],
    [() => requiredRevenue(50, 1, 2), "margin"],
    [() => breakevenSpend(-1, -1, 2), "revenue"],
    [() => breakevenSpend(1, -1, 2), "energy"],
    [() => gap(-1, -1), "identified revenue"],
  ])("%#: %s", (call, argument) => {
    expect(caught(call).argument).toBe(argument);
  });
});

describe("arguments are checked before anything is computed", () => {
  it("reports a margin of 50 (meant as 50%) even when spend and energy would overflow", () => {
    const error = caught(() => requiredRevenue(1e308, 1e308, 50));
    expect(error.kind).toBe("value");
    expect(error.message).toBe("margin must be below 100% (0.5 means 50%); got 50");
  });
});

describe("PaybackError", () => {
  it("is an Error named PaybackError whose kind defaults to 'value'", () => {
    const error = new PaybackError("spend must be 0 or more");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PaybackError");
    expect(error.kind).toBe("value");
    expect(error.argument).toBeUndefined();
    expect(new PaybackError("too large", "number").kind).toBe("number");
  });
});

describe("the validation helpers the hosts share", () => {
  it("requireNumber returns the number, folding -0", () => {
    expect(requireNumber("x", 3.5, "a number")).toBe(3.5);
    expect(Object.is(requireNumber("x", -0, "a number"), 0)).toBe(true);
    expect(caught(() => requireNumber("x", "3", "a number")).message).toBe(
      'x must be a number: a number (got text "3")'
    );
  });

  it("requireNonNegative names its argument", () => {
    expect(requireNonNegative("weight", 0, "0 or more")).toBe(0);
    const error = caught(() => requireNonNegative("weight", -2, "0 or more"));
    expect(error.argument).toBe("weight");
    expect(error.message).toBe("weight must be 0 or more: 0 or more (got -2)");
  });

  it("requireMargin takes another argument name", () => {
    expect(requireMargin(0.25, "cloud margin")).toBe(0.25);
    const error = caught(() => requireMargin(1, "cloud margin"));
    expect(error.argument).toBe("cloud margin");
    expect(error.message).toBe("cloud margin must be below 100% (0.5 means 50%); got 1");
  });

  it("describe shows values as the user would recognise them", () => {
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue(null)).toBe("nothing");
    expect(describeValue("")).toBe("nothing");
    expect(describeValue("abc")).toBe('text "abc"');
    expect(describeValue("a".repeat(25))).toBe(`text "${"a".repeat(20)}…"`);
    expect(describeValue(true)).toBe("TRUE");
    expect(describeValue(-5)).toBe("-5");
    expect(describeValue({ code: "#N/A" })).toBe("a value that is not a number");
  });
});
