/**
 * Excel's General format in a standard-width column, worked by hand: 11 characters at most, the
 * sign and the point included; scientific form where the plain one would not fit or keeps fewer
 * significant digits.
 */
import { generalText, withGeneralNumber } from "../../src/taskpane/generalFormat";
import { referenceOf } from "../../src/taskpane/functionReference";
import { functionSpec } from "../../src/engine";

describe("generalText (Excel's General format)", () => {
  it.each([
    [0.8561643835616438, "0.856164384"], // 30000 / 4 / 8760: 11 characters
    [-0.8561643835616438, "-0.85616438"], // the sign takes one of the 11
    [200, "200"],
    [0.375, "0.375"],
    [7500, "7500"],
    [1234567.891234, "1234567.891"],
    [99999999999, "99999999999"],
    [123456789012, "1.23457E+11"],
    [0.0001, "0.0001"],
    [0.000012345678912, "1.23457E-05"],
    [0, "0"],
    [2 / 3, "0.666666667"],
    [9.99999999999, "10"],
  ])("%p shows as %s", (value, shown) => {
    expect(generalText(value)).toBe(shown);
  });

  it("rewrites only a result's leading number", () => {
    expect(withGeneralNumber("0.8561643835616438: 7,500 a year over 8,760 hours")).toBe(
      "0.856164384: 7,500 a year over 8,760 hours"
    );
    expect(withGeneralNumber("7,500 a year")).toBe("7,500 a year");
    expect(withGeneralNumber("125")).toBe("125");
    expect(withGeneralNumber("#N/A: never")).toBe("#N/A: never");
  });
});

describe("the pane's example results", () => {
  it("BREAKEVEN_GPU_HOUR's example reads 0.856164384 in both languages", () => {
    const { result } = referenceOf(functionSpec("BREAKEVEN_GPU_HOUR"));
    expect(result.en.startsWith("0.856164384: ")).toBe(true);
    expect(result["zh-TW"].startsWith("0.856164384：")).toBe(true);
  });
});
