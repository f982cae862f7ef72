/** The preview's number formatter, for the formats the template uses and Excel's General. */
import {
  editText,
  formatGeneral,
  formatNumber,
  formatValue,
  parseNumberFormat,
} from "../../src/preview/format";
import { MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "../../src/template";

describe("the template's number formats", () => {
  it('"$"#,##0.0"B": money in $B with one decimal and thousands separators', () => {
    expect(formatNumber(200, MONEY_FORMAT)).toBe("$200.0B");
    expect(formatNumber(18.75, MONEY_FORMAT)).toBe("$18.8B");
    expect(formatNumber(71.42857142857143, MONEY_FORMAT)).toBe("$71.4B");
    expect(formatNumber(2000, MONEY_FORMAT)).toBe("$2,000.0B");
    expect(formatNumber(1234567.25, MONEY_FORMAT)).toBe("$1,234,567.3B");
    expect(formatNumber(0, MONEY_FORMAT)).toBe("$0.0B");
    expect(formatNumber(0.04, MONEY_FORMAT)).toBe("$0.0B");
  });
  it("puts the minus sign first, as Excel does, and never shows -0", () => {
    expect(formatNumber(-25, MONEY_FORMAT)).toBe("-$25.0B");
    expect(formatNumber(-0.01, MONEY_FORMAT)).toBe("$0.0B");
    expect(formatNumber(-0.125, PERCENT_FORMAT)).toBe("-12.5%");
  });
  it("0.0% and 0%: percentages", () => {
    expect(formatNumber(0.375, PERCENT_FORMAT)).toBe("37.5%");
    expect(formatNumber(0.5, PERCENT_FORMAT)).toBe("50.0%");
    expect(formatNumber(0.3, "0%")).toBe("30%");
    expect(formatNumber(1.5, "0%")).toBe("150%");
  });
  it("0.00: two decimals", () => {
    expect(formatNumber(1, RATIO_FORMAT)).toBe("1.00");
    expect(formatNumber(0.125, RATIO_FORMAT)).toBe("0.13");
  });
  it("parses the parts of a format", () => {
    expect(parseNumberFormat(MONEY_FORMAT)).toEqual({
      prefix: "$",
      suffix: "B",
      decimals: 1,
      minIntegerDigits: 1,
      thousands: true,
      percent: false,
    });
    expect(parseNumberFormat("@")).toBeNull();
  });
});

describe("General, for cells without a format", () => {
  it("shows numbers in full up to 11 characters, then rounds or goes scientific", () => {
    expect(formatGeneral(125)).toBe("125");
    expect(formatGeneral(0.375)).toBe("0.375");
    expect(formatGeneral(71.42857142857143)).toBe("71.42857143");
    expect(formatGeneral(0.1 + 0.2)).toBe("0.3");
    expect(formatGeneral(-18.75)).toBe("-18.75");
    expect(formatGeneral(1e12)).toBe("1E+12");
    expect(formatGeneral(1.5e-12)).toBe("1.5E-12");
    expect(formatGeneral(0)).toBe("0");
  });
  it("is used for a format it cannot read", () => {
    expect(formatNumber(12.5, "@")).toBe("12.5");
    expect(formatNumber(12.5)).toBe("12.5");
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
  });
  it("what the formula bar shows: the value as it would be typed", () => {
    expect(editText(0.5, PERCENT_FORMAT)).toBe("50%");
    expect(editText(0.375, PERCENT_FORMAT)).toBe("37.5%");
    expect(editText(0.3, "0%")).toBe("30%");
    expect(editText(50, MONEY_FORMAT)).toBe("50");
    expect(editText(0.1 + 0.2)).toBe("0.3");
    expect(editText("OpenAI")).toBe("OpenAI");
    expect(editText(null)).toBe("");
  });
});
