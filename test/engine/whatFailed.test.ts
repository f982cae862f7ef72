/**
 * What a refusal names, in both languages: a result too large for a double names the quantity that
 * overflowed (each input below is worked out by hand to overflow at that step and no earlier), and
 * a refusal names the argument to fix and, for a range, the year or the cell. The mutation run
 * found these unasserted: a message could lose its subject and every test would still pass.
 */
import {
  PaybackError,
  annualRequiredRevenue,
  breakevenGpuHour,
  chargesInService,
  coverage,
  dataCenterCost,
  identifiedRevenue,
  paybackYears,
  requiredRevenue,
} from "../../src/engine";
import { caught } from "../support/caught";

// The largest double is 1.7976931348623157e308.
describe("a result too large to compute names the quantity, in English and in Chinese", () => {
  const cases: ReadonlyArray<[string, () => unknown, string, string]> = [
    // 1e308 × (1 + 1) = 2e308 > MAX
    ["DATA_CENTER_COST", () => dataCenterCost(1e308, 1), "The data-center cost", "資料中心成本"],
    [
      "REQUIRED_REVENUE's cost",
      () => requiredRevenue(1e308, 1),
      "The data-center cost",
      "資料中心成本",
    ],
    // cost 1e308 (energy 0), ÷ (1 − 0.9) = 1e309
    ["REQUIRED_REVENUE", () => requiredRevenue(1e308, 0, 0.9), "The required revenue", "所需營收"],
    // 1e308 ÷ 1e-308 = 1e616
    ["COVERAGE", () => coverage(1e308, 1e-308), "The coverage", "覆蓋率"],
    // 1e308 + 1e308 = 2e308
    [
      "IDENTIFIED_REVENUE",
      () => identifiedRevenue([[1e308, 1e308]]),
      "The sum of the revenues",
      "營收合計",
    ],
    [
      "ANNUAL_REQUIRED_REVENUE's cost",
      () => annualRequiredRevenue(1e308, 1, 1),
      "The data-center cost",
      "資料中心成本",
    ],
    // cost 1e308, charge at rate 0 = 1e308 ÷ 1 year, ÷ (1 − 0.9) = 1e309
    [
      "ANNUAL_REQUIRED_REVENUE",
      () => annualRequiredRevenue(1e308, 1, 0, 0.9),
      "The annual required revenue",
      "每年所需營收",
    ],
    // charge 1e308 ÷ 1 year, ÷ (8,760 hours × 1e-300) = 1.1e303 × 1e300
    [
      "BREAKEVEN_GPU_HOUR",
      () => breakevenGpuHour(1e308, 1, 1e-300),
      "The break-even price",
      "損益兩平價格",
    ],
    // 1e308 × (1 + 1) in year 1
    [
      "CHARGES_IN_SERVICE's cost",
      () => chargesInService([[1e308]], 1, 1),
      "The data-center cost",
      "資料中心成本",
    ],
    // each year's charge at 50% over 2 years: 1e308 × 0.5 ÷ (1 − 1.5^−2) = 0.9e308; year 2 holds
    // both years' charges, 1.8e308 > MAX
    [
      "CHARGES_IN_SERVICE",
      () => chargesInService([[1e308, 1e308]], 2, 0, 0.5),
      "The charges in service",
      "使用中的年度費用",
    ],
  ];

  it.each(cases)("%s", (_, call, en, zh) => {
    const error = caught(call);
    expect(error.kind).toBe("number");
    expect(error.message).toBe(`${en} is too large to compute: use smaller inputs`);
    expect(error.messageIn("zh-TW")).toBe(`${zh}太大，無法計算：請改用較小的輸入值`);
  });

  it("each of those inputs is one step short of the limit: a tenth of it computes", () => {
    expect(dataCenterCost(1e307, 1)).toBe(2e307);
    expect(requiredRevenue(1e307, 0, 0.5)).toBe(2e307);
    expect(coverage(1e307, 1)).toBe(1e307);
    expect(identifiedRevenue([[1e307, 1e307]])).toBe(2e307);
    expect(chargesInService([[1e307, 1e307]], 2, 0, 0.5)[0][1]).toBeCloseTo(1.8e307, -300);
  });
});

describe("PAYBACK_YEARS that never pays back", () => {
  // capex 100, a profit of 0.5 a year without growth: 100 years cover 50
  const error = () => caught(() => paybackYears(100, 0.5, 0));

  it("is #N/A that names profit, with the share 100 years cover", () => {
    expect(error().kind).toBe("notAvailable");
    expect(error().argument).toBe("profit");
    expect(error().message).toContain("100 years of profit cover 50% of it");
  });

  it("says so in Chinese with the same share", () => {
    expect(error().messageIn("zh-TW")).toBe(
      "資本支出（capex）在 100 年內都無法回收：100 年的利潤只涵蓋其中的 50%。請提高利潤或成長率，或降低資本支出"
    );
  });
});

describe("BREAKEVEN_GPU_HOUR names the argument at fault", () => {
  it("a life of 0 is life's, a negative rate is rate's", () => {
    expect(caught(() => breakevenGpuHour(30000, 0)).argument).toBe("life");
    expect(caught(() => breakevenGpuHour(30000, 4, 0.5, -1)).argument).toBe("rate");
  });
});

describe("CHARGES_IN_SERVICE's spendByYear refusals", () => {
  it("a negative spend names its year, in both languages", () => {
    const error = caught(() => chargesInService([[50, -1]], 2));
    expect(error.argument).toBe("spendByYear");
    expect(error.message).toBe("spendByYear must hold GPU spends of 0 or more: year 2 has -1");
    expect(error.messageIn("zh-TW")).toBe(
      "各年GPU支出（spendByYear）中的 GPU 支出必須為 0 或以上：第 2 年為 -1"
    );
  });

  it("an infinite spend is refused by its year too, not as a result too large", () => {
    const error = caught(() => chargesInService([[50], [Infinity]], 2));
    expect(error.kind).toBe("value");
    expect(error.message).toContain("year 2 has");
  });

  it("a block of rows and columns says its size, in both languages", () => {
    const error = caught(() =>
      chargesInService(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        2
      )
    );
    expect(error.argument).toBe("spendByYear");
    expect(error.message).toContain("(got 2 rows × 3 columns)");
    expect(error.messageIn("zh-TW")).toBe(
      "各年GPU支出（spendByYear）必須是一列或一欄的每年 GPU 支出（目前為 2 列 × 3 欄）：請只選取一列或一欄"
    );
  });

  it("an empty range says what spendByYear should be, in both languages", () => {
    for (const empty of [[], [[]]]) {
      const error = caught(() => chargesInService(empty, 2));
      expect(error.argument).toBe("spendByYear");
      expect(error.message).toBe("spendByYear must be a row or a column of yearly GPU spend in $B");
      expect(error.messageIn("zh-TW")).toBe(
        "各年GPU支出（spendByYear）必須是一列或一欄的每年 GPU 支出（十億美元）"
      );
    }
  });
});

describe("the revenue-range and coverage refusals in Chinese", () => {
  it("a negative revenue names its row and column", () => {
    expect(
      caught(() =>
        identifiedRevenue([
          [1, 2],
          [3, -4],
        ])
      ).messageIn("zh-TW")
    ).toBe("營收範圍（range）中的營收必須為 0 或以上：範圍的第 2 列、第 2 欄為 -4");
  });

  it("coverage of a required revenue of 0 gives the article's figure", () => {
    expect(caught(() => coverage(75, 0)).messageIn("zh-TW")).toBe(
      "所需營收（required）必須大於 0 才能計算覆蓋率（文章：200）"
    );
  });
});
