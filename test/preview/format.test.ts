/**
 * The preview's number display (src/preview/format.ts over numfmt): every format code the
 * template uses, with values worked out by hand, and Excel's General for cells without one,
 * including where General turns scientific (11 characters: 99,999,999,999 in full, 1E+11 after).
 */
import { editText, formatNumber, formatValue } from "../../src/preview/format";
import {
  MONEY_FORMAT,
  PAYBACK_FORMAT,
  PERCENT_FORMAT,
  RATIO_FORMAT,
  YEARS_FORMAT,
  buildTemplatePlan,
  type TemplatePlan,
} from "../../src/template";

const TESTED_FORMATS = [
  MONEY_FORMAT,
  PERCENT_FORMAT,
  RATIO_FORMAT,
  "0%",
  YEARS_FORMAT,
  PAYBACK_FORMAT,
];

function formatsOf(plan: TemplatePlan): string[] {
  return [
    ...plan.cells.map((cell) => cell.numberFormat),
    ...(plan.table?.columnFormats ?? []),
  ].filter((format): format is string => format !== undefined);
}

describe("the template's number formats", () => {
  it("are the six tested here, in every preset and language", () => {
    const used = new Set<string>();
    for (const preset of ["sept2023", "june2024"] as const) {
      for (const language of ["en", "zh-TW"] as const) {
        formatsOf(buildTemplatePlan({ preset, language })).forEach((f) => used.add(f));
      }
    }
    expect([...used].sort()).toEqual([...TESTED_FORMATS].sort());
    expect(MONEY_FORMAT).toBe('"$"#,##0.0"B"');
    expect([YEARS_FORMAT, PAYBACK_FORMAT]).toEqual(["0", "0.0"]);
  });

  it("0 and 0.0: years of life and payback years, rounded half away from zero", () => {
    expect(formatNumber(6, YEARS_FORMAT)).toBe("6");
    expect(formatNumber(2.5, YEARS_FORMAT)).toBe("3");
    expect(formatNumber(4.2, YEARS_FORMAT)).toBe("4");
    expect(formatNumber(3.25, PAYBACK_FORMAT)).toBe("3.3");
    expect(formatNumber(12, PAYBACK_FORMAT)).toBe("12.0");
    expect(formatNumber(0.04, PAYBACK_FORMAT)).toBe("0.0");
    expect(formatNumber(1234.56, PAYBACK_FORMAT)).toBe("1234.6"); // no thousands separator in 0.0
  });

  it('"$"#,##0.0"B": money in $B with one decimal and thousands separators', () => {
    expect(formatNumber(200, MONEY_FORMAT)).toBe("$200.0B");
    expect(formatNumber(125, MONEY_FORMAT)).toBe("$125.0B");
    expect(formatNumber(18.75, MONEY_FORMAT)).toBe("$18.8B");
    expect(formatNumber(71.42857142857143, MONEY_FORMAT)).toBe("$71.4B");
    expect(formatNumber(2000, MONEY_FORMAT)).toBe("$2,000.0B");
    expect(formatNumber(1234567.25, MONEY_FORMAT)).toBe("$1,234,567.3B");
    expect(formatNumber(0, MONEY_FORMAT)).toBe("$0.0B");
    expect(formatNumber(0.04, MONEY_FORMAT)).toBe("$0.0B");
  });

  it("puts the minus sign first, as Excel does, and shows no -0 for what rounds to zero", () => {
    expect(formatNumber(-25, MONEY_FORMAT)).toBe("-$25.0B");
    expect(formatNumber(-525, MONEY_FORMAT)).toBe("-$525.0B");
    expect(formatNumber(-0.01, MONEY_FORMAT)).toBe("$0.0B");
    expect(formatNumber(-0.125, PERCENT_FORMAT)).toBe("-12.5%");
  });

  it("0.0% and 0%: percentages", () => {
    expect(formatNumber(0.375, PERCENT_FORMAT)).toBe("37.5%");
    expect(formatNumber(0.5, PERCENT_FORMAT)).toBe("50.0%");
    expect(formatNumber(0.125, PERCENT_FORMAT)).toBe("12.5%");
    expect(formatNumber(0.3, "0%")).toBe("30%");
    expect(formatNumber(0.6, "0%")).toBe("60%");
    expect(formatNumber(1.5, "0%")).toBe("150%");
  });

  it("0.00: two decimals", () => {
    expect(formatNumber(1, RATIO_FORMAT)).toBe("1.00");
    expect(formatNumber(0.125, RATIO_FORMAT)).toBe("0.13");
    expect(formatNumber(2.5, RATIO_FORMAT)).toBe("2.50");
  });

  it("the chart's axis format: the money format without its decimal", () => {
    expect(formatNumber(150, MONEY_FORMAT.replace(/0\.0/, "0"))).toBe("$150B");
  });

  it("gives the same text again for a value it has shown before", () => {
    const first = formatNumber(37.5, MONEY_FORMAT);
    expect(formatNumber(37.5, MONEY_FORMAT)).toBe(first);
    expect(formatNumber(37.5, PERCENT_FORMAT)).toBe("3750.0%"); // the format is part of the key
  });
});

describe("General, for cells without a format", () => {
  it("shows numbers in full up to 11 characters, then rounds or goes scientific", () => {
    expect(formatNumber(125)).toBe("125");
    expect(formatNumber(0.375)).toBe("0.375");
    expect(formatNumber(71.42857142857143)).toBe("71.42857143");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(-18.75)).toBe("-18.75");
    expect(formatNumber(1.5e-12)).toBe("1.5E-12");
    expect(formatNumber(0)).toBe("0");
  });

  it("1e11 vs 1e12: eleven digits in full, twelve in scientific notation", () => {
    expect(formatNumber(99_999_999_999)).toBe("99999999999");
    expect(formatNumber(-99_999_999_999)).toBe("-99999999999");
    expect(formatNumber(1e11)).toBe("1E+11");
    expect(formatNumber(-1e11)).toBe("-1E+11");
    expect(formatNumber(123_456_789_012)).toBe("1.23457E+11");
    expect(formatNumber(1e12)).toBe("1E+12");
    // rounding to eleven digits can make a twelfth: 99,999,999,999.5 is 1E+11, not 100000000000
    expect(formatNumber(99_999_999_999.5)).toBe("1E+11");
    // and eleven characters are rounded, not cut: 1,234,567,890.6 shows 1234567891
    expect(formatNumber(1_234_567_890.6)).toBe("1234567891");
  });

  it("is used for a format code it cannot read", () => {
    expect(formatNumber(12.5, "0.0.0[[")).toBe("12.5");
    expect(formatValue(12.5, "0.0.0[[")).toBe("12.5");
  });
});

describe("what a cell shows", () => {
  it("text as it is, booleans in capitals, blanks empty, errors as their code", () => {
    expect(formatValue("Gap ($B)")).toBe("Gap ($B)");
    expect(formatValue(true)).toBe("TRUE");
    expect(formatValue(false)).toBe("FALSE");
    expect(formatValue(null)).toBe("");
    expect(formatValue(undefined)).toBe("");
    expect(formatValue({ value: "#VALUE!" }, MONEY_FORMAT)).toBe("#VALUE!");
    expect(formatValue(200, MONEY_FORMAT)).toBe("$200.0B");
  });

  it("what the formula bar shows: the value as it would be typed", () => {
    expect(editText(0.5, PERCENT_FORMAT)).toBe("50%");
    expect(editText(0.375, PERCENT_FORMAT)).toBe("37.5%");
    expect(editText(0.3, "0%")).toBe("30%");
    expect(editText(50, MONEY_FORMAT)).toBe("50");
    expect(editText(1, RATIO_FORMAT)).toBe("1");
    expect(editText(0.1 + 0.2)).toBe("0.3");
    expect(editText(0.5, "0.0.0[[")).toBe("0.5");
    expect(editText("OpenAI")).toBe("OpenAI");
    expect(editText(null)).toBe("");
  });
});
