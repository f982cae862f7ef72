/**
 * The capital model (useful life, cost of capital, payback, charges in service), figure by
 * figure: each expected value is worked out by hand in the comment beside it (or comes from a
 * published PMT example), not from the engine. Then the
 * validation of every argument, and the spreadsheet-call semantics (null → the default).
 */
import {
  CAPITAL_DEFAULTS,
  CAPITAL_SOURCES,
  CellErrorValue,
  HOURS_PER_YEAR,
  PAYBACK_HORIZON_YEARS,
  PaybackError,
  USEFUL_LIVES,
  USEFUL_LIVES_SOURCES,
  annualCharge,
  annualRequiredRevenue,
  breakevenGpuHour,
  chargesInService,
  paybackYears,
  requiredRevenue,
  sheetFunctions,
} from "../../src/engine";
import { caught } from "../support/caught";

describe("REQUIRED_REVENUE's cloud margin", () => {
  it("(50, 1, 50%, 30%) → 100 ÷ 0.5 ÷ 0.7 = 285.714…", () => {
    expect(requiredRevenue(50, 1, 0.5, 0.3)).toBeCloseTo(2000 / 7, 12);
    expect(sheetFunctions.REQUIRED_REVENUE(50, 1, 0.5, 0.3)).toBeCloseTo(285.7142857142857, 12);
  });

  it("leaves every existing call unchanged: a cloud margin of 0, given or left out", () => {
    expect(requiredRevenue(50, 1, 0.5, 0)).toBe(200);
    expect(sheetFunctions.REQUIRED_REVENUE(50, null, null, null)).toBe(200);
    expect(sheetFunctions.REQUIRED_REVENUE(150, undefined, undefined, undefined)).toBe(600);
    expect(sheetFunctions.REQUIRED_REVENUE(50, 1, 0.5)).toBe(200);
  });

  it("rejects a cloud margin outside 0% to below 100%, naming it", () => {
    const high = caught(() => requiredRevenue(50, 1, 0.5, 1));
    expect(high.argument).toBe("cloudMargin");
    expect(high.message).toBe("cloudMargin must be below 100% (0.5 means 50%); got 1");
    expect(caught(() => requiredRevenue(50, 1, 0.5, -0.1)).message).toBe(
      "cloudMargin must be 0% or more (0.5 means 50%); got -0.1"
    );
    expect(caught(() => sheetFunctions.REQUIRED_REVENUE(50, 1, 0.5, "x" as never)).message).toBe(
      'cloudMargin must be a number: the cloud vendor\'s margin, from 0% to below 100% (0.3 means 30%; default 0) (got text "x")'
    );
  });

  it("checks the margin before the cloud margin, and both before computing", () => {
    expect(caught(() => requiredRevenue(50, 1, 2, 2)).argument).toBe("margin");
    expect(caught(() => requiredRevenue(1e308, 1e308, 0.5, 1)).argument).toBe("cloudMargin");
  });
});

describe("ANNUAL_CHARGE", () => {
  it("(100, 5) → 100 ÷ 5 = 20", () => {
    expect(annualCharge(100, 5)).toBe(20);
    expect(sheetFunctions.ANNUAL_CHARGE(100, 5, null)).toBe(20);
  });

  it("(100, 5, 10%) → 10 ÷ (1 − 1.1^−5) = 10 ÷ 0.3790786… = 26.3797…", () => {
    // 1.1^5 = 1.61051, 1 ÷ 1.61051 = 0.6209213…, 1 − that = 0.3790786…
    expect(annualCharge(100, 5, 0.1)).toBeCloseTo(26.3797480794745, 10);
  });

  it("matches a published PMT example: 25,000 over 12 years at 8.5% → 3,403.82145169876", () => {
    // Adobe's FormCalc reference, Pmt(25000, 0.085, 12)
    expect(annualCharge(25000, 12, 0.085)).toBeCloseTo(3403.82145169876, 9);
  });

  it("charges capex ÷ life for a rate too small to register, and 0 for no capex", () => {
    expect(annualCharge(100, 5, 1e-20)).toBe(20);
    expect(annualCharge(100, 5, Number.MIN_VALUE)).toBe(20);
    expect(annualCharge(0, 5, 0.1)).toBe(0);
    expect(annualCharge(0, 1e-301, 1e10)).toBe(0); // no capex: 0, not 0 × ∞
    expect(annualCharge(100, 0.5)).toBe(200); // a life of half a year is allowed
  });

  it("is the rate on capex for a life so long that nothing is ever repaid", () => {
    expect(annualCharge(100, 1e6, 0.1)).toBeCloseTo(10, 12);
  });

  it("validates capex, life and rate, saying what to fix", () => {
    expect(caught(() => annualCharge(-1, 5)).message).toBe(
      "capex must be 0 or more: the capital spent, 0 or more (for example 100) (got -1)"
    );
    expect(caught(() => annualCharge(100, 0)).message).toBe(
      "life must be above 0: the GPUs' useful life in years, above 0 (hyperscalers state 5 to 6) (got 0)"
    );
    expect(caught(() => annualCharge(100, 5, -0.1)).message).toBe(
      "rate must be 0 or more: the cost of capital a year, 0 or more (0.08 means 8%; 0 is the article's) (got -0.1)"
    );
    expect(caught(() => sheetFunctions.ANNUAL_CHARGE(100, null as never)).message).toMatch(
      /^life must be a number: .* \(got nothing\)$/
    );
  });

  it("reports a charge too large to represent as #NUM!, not Infinity", () => {
    const error = caught(() => annualCharge(1e308, 1e-10));
    expect(error.kind).toBe("number");
    expect(caught(() => annualCharge(1e308, 5, 1e10)).kind).toBe("number");
  });
});

describe("ANNUAL_REQUIRED_REVENUE", () => {
  it("(50, 4) → 50 × 2 = 100 of data-center cost, ÷ 4 years = 25, ÷ (1 − 50%) = 50", () => {
    expect(annualRequiredRevenue(50, 4)).toBe(50);
    expect(sheetFunctions.ANNUAL_REQUIRED_REVENUE(50, 4, null, null, null, null)).toBe(50);
  });

  it("(150, 5, 1, 50%, 10%) → 300 × 0.2637975 = 79.139…, ÷ 0.5 = 158.278…", () => {
    expect(annualRequiredRevenue(150, 5, 1, 0.5, 0.1)).toBeCloseTo(158.278488476847, 9);
  });

  it("applies the cloud margin on top: (50, 4, 1, 50%, 0, 20%) → 50 ÷ 0.8 = 62.5", () => {
    expect(annualRequiredRevenue(50, 4, 1, 0.5, 0, 0.2)).toBe(62.5);
    expect(sheetFunctions.ANNUAL_REQUIRED_REVENUE(50, 4, null, null, null, 0.2)).toBe(62.5);
  });

  it("over the article's five-year life: 200 ÷ 5 = 40 a year", () => {
    expect(annualRequiredRevenue(50, 5)).toBe(40);
  });

  it("validates each argument by name, in order", () => {
    const cases: Array<[string, () => unknown]> = [
      ["spend", () => annualRequiredRevenue(-1, 4)],
      ["life", () => annualRequiredRevenue(50, -4)],
      ["energy", () => annualRequiredRevenue(50, 4, -1)],
      ["margin", () => annualRequiredRevenue(50, 4, 1, 1)],
      ["rate", () => annualRequiredRevenue(50, 4, 1, 0.5, -0.01)],
      ["cloudMargin", () => annualRequiredRevenue(50, 4, 1, 0.5, 0, 1)],
      ["spend", () => annualRequiredRevenue(-1, -1, -1, 2, -1, 2)],
    ];
    for (const [argument, call] of cases) expect(caught(call).argument).toBe(argument);
  });
});

describe("PAYBACK_YEARS", () => {
  it("(100, 25) → 25 + 25 + 25 + 25 = 100: 4 years", () => {
    expect(paybackYears(100, 25)).toBe(4);
    expect(sheetFunctions.PAYBACK_YEARS(100, 25, null)).toBe(4);
  });

  it("(100, 10, 50%) → 10 + 15 + 22.5 + 33.75 = 81.25, then 18.75 of year 5's 50.625: 4.370…", () => {
    expect(paybackYears(100, 10, 0.5)).toBeCloseTo(4 + 18.75 / 50.625, 12);
    expect(paybackYears(100, 10, 0.5)).toBeCloseTo(4.37037037037037, 12);
  });

  it("interpolates within the first year and is 0 for no capex", () => {
    expect(paybackYears(100, 400)).toBe(0.25);
    expect(paybackYears(0, 0)).toBe(0);
    expect(paybackYears(0, 5, 0.1)).toBe(0);
  });

  it("pays back in exactly 100 years, and not at all just beyond", () => {
    expect(paybackYears(100, 1)).toBe(100);
    expect(PAYBACK_HORIZON_YEARS).toBe(100);
    const never = caught(() => paybackYears(100.5, 1));
    expect(never.kind).toBe("notAvailable");
    expect(never.message).toBe(
      "capex is never paid back within 100 years: 100 years of profit cover 99.5% of it. Raise profit or growth, or lower capex"
    );
  });

  it("says #N/A (kind notAvailable) when there is no profit at all", () => {
    const error = caught(() => paybackYears(100, 0));
    expect(error.kind).toBe("notAvailable");
    expect(error.message).toContain("cover 0% of it");
  });

  it("validates capex, profit and growth", () => {
    expect(caught(() => paybackYears(-1, 1)).argument).toBe("capex");
    expect(caught(() => paybackYears(1, -1)).argument).toBe("profit");
    expect(caught(() => paybackYears(1, 1, -0.1)).message).toBe(
      "growth must be 0 or more: the profit's growth a year, 0 or more (0.1 means 10%; default 0) (got -0.1)"
    );
  });

  it("stays finite when growth is huge: the year the profit overflows pays back all the rest", () => {
    // year 1: 1; year 2: 1e300; year 3's profit is 1e600, beyond a double: year 3 covers the rest
    expect(paybackYears(1e308, 1, 1e300)).toBe(2);
  });
});

describe("BREAKEVEN_GPU_HOUR", () => {
  it("(30000, 4) → 7,500 a year ÷ 8,760 hours = 0.856…", () => {
    expect(HOURS_PER_YEAR).toBe(8760);
    expect(breakevenGpuHour(30000, 4)).toBeCloseTo(0.8561643835616438, 14);
    expect(sheetFunctions.BREAKEVEN_GPU_HOUR(30000, 4, null, null, null)).toBeCloseTo(
      0.8561643835616438,
      14
    );
  });

  it("(30000, 4, 50%) → 7,500 ÷ 4,380 hours = 1.712…", () => {
    expect(breakevenGpuHour(30000, 4, 0.5)).toBeCloseTo(1.7123287671232876, 14);
  });

  it("adds opex and the cost of capital: (30000, 4, 100%, 10%, 8760) → (9,464.12… + 8,760) ÷ 8,760", () => {
    // 30000 × 0.1 ÷ (1 − 1.1^−4) = 3000 × 1.4641 ÷ 0.4641 = 4392.3 ÷ 0.4641 = 9464.1241…
    expect(breakevenGpuHour(30000, 4, 1, 0.1, 8760)).toBeCloseTo(1 + 4392.3 / 0.4641 / 8760, 12);
  });

  it("takes utilization in (0, 100%]", () => {
    expect(breakevenGpuHour(8760, 1, 1)).toBe(1);
    expect(caught(() => breakevenGpuHour(30000, 4, 0)).message).toBe(
      "utilization must be above 0: the share of the year's hours the GPU is sold, above 0% up to 100% (default 100%) (got 0)"
    );
    expect(caught(() => breakevenGpuHour(30000, 4, 1.01)).message).toBe(
      "utilization must be at most 100% (0.5 means 50%): the share of the year's hours the GPU is sold, above 0% up to 100% (default 100%) (got 1.01)"
    );
    expect(caught(() => breakevenGpuHour(30000, 4, 0.5, 0, -1)).argument).toBe("opex");
    expect(caught(() => breakevenGpuHour(-1, 4)).argument).toBe("cost");
  });
});

describe("CHARGES_IN_SERVICE", () => {
  it("({50, 150, 150}, 2) → costs 100, 300, 300 charge 50, 150, 150 a year for 2 years: {50, 200, 300}", () => {
    expect(chargesInService([[50, 150, 150]], 2)).toEqual([[50, 200, 300]]);
    expect(sheetFunctions.CHARGES_IN_SERVICE([[50, 150, 150]], 2, null, null)).toEqual([
      [50, 200, 300],
    ]);
  });

  it("gives a column back for a column", () => {
    expect(chargesInService([[50], [150], [150]], 2)).toEqual([[50], [200], [300]]);
  });

  it("retires each vintage after its life: ({100, 0, 0, 0}, 3, 0) → {33.3…, 33.3…, 33.3…, 0}", () => {
    const [row] = chargesInService([[100, 0, 0, 0]], 3, 0);
    expect(row.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([
      33.333333333, 33.333333333, 33.333333333, 0,
    ]);
    expect(row[3]).toBe(0); // exactly 0, not a rounding remainder
  });

  it("charges at the cost of capital: ({100}, 5, 0, 10%) → 26.3797…", () => {
    expect(chargesInService([[100]], 5, 0, 0.1)[0][0]).toBeCloseTo(26.3797480794745, 10);
  });

  it("counts blanks, text and booleans as no spend, as SUM does", () => {
    expect(chargesInService([[50, null, "", "n/a", true, undefined]], 1)).toEqual([
      [100, 0, 0, 0, 0, 0],
    ]);
  });

  it("passes on an error value in a cell", () => {
    const error = { code: "#DIV/0!" };
    expect(() => chargesInService([[50], [error]], 2)).toThrow(CellErrorValue);
  });

  it("rejects a range of several rows and columns with #VALUE!, saying so", () => {
    const error = caught(() =>
      chargesInService(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        2
      )
    );
    expect(error.kind).toBe("value");
    expect(error.message).toBe(
      "spendByYear must be one row or one column of yearly GPU spend (got 3 rows × 2 columns): select a single row or column"
    );
  });

  it("rejects a negative spend, naming its year", () => {
    expect(caught(() => chargesInService([[50], [-5]], 2)).message).toBe(
      "spendByYear must hold GPU spends of 0 or more: year 2 has -5"
    );
  });

  it("needs a whole number of years", () => {
    expect(caught(() => chargesInService([[50]], 2.5)).message).toBe(
      "life must be a whole number: the GPUs' useful life in whole years, 1 or more (hyperscalers state 5 to 6) (got 2.5)"
    );
    expect(caught(() => chargesInService([[50]], 0)).message).toMatch(/^life must be above 0/);
    expect(caught(() => chargesInService([[50]], 2, -1)).argument).toBe("energy");
    expect(caught(() => chargesInService([[50]], 2, 1, -1)).argument).toBe("rate");
  });

  it("rejects what is not a range", () => {
    for (const bad of [[], [[]], "50", null, [50]]) {
      expect(caught(() => chargesInService(bad as never, 2)).argument).toBe("spendByYear");
    }
  });
});

describe("the sources behind the defaults", () => {
  it("name a source for every default that is a figure from the debate", () => {
    for (const key of ["cloudMargin", "life", "rate"] as const) {
      expect(CAPITAL_DEFAULTS[key].sources.length).toBeGreaterThan(0);
    }
    expect(USEFUL_LIVES_SOURCES.length).toBeGreaterThan(0);
  });

  it("cite only sources in the table, each with an https address and what it says", () => {
    const cited = [
      ...Object.values(CAPITAL_DEFAULTS).flatMap((figure) => [...figure.sources]),
      ...USEFUL_LIVES_SOURCES,
    ];
    for (const id of cited) expect(Object.keys(CAPITAL_SOURCES)).toContain(id);
    for (const source of Object.values(CAPITAL_SOURCES)) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.says.length).toBeGreaterThan(20);
    }
  });

  it("keep the article's arithmetic by default, and span the short-life 3 to the hyperscalers' 6 years", () => {
    expect(CAPITAL_DEFAULTS.cloudMargin.value).toBe(0);
    expect(CAPITAL_DEFAULTS.rate.value).toBe(0);
    expect(CAPITAL_DEFAULTS.life.value).toBe(5);
    expect(USEFUL_LIVES).toEqual([3, 4, 5, 6]);
    expect(CAPITAL_SOURCES.microsoftLife.says).toContain("6 years");
    expect(CAPITAL_SOURCES.amazonLife2025.says).toContain("from 6 years to 5");
    expect(CAPITAL_SOURCES.shortLife.says).toContain("2 to 3 years");
  });
});
