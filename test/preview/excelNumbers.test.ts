/**
 * @jest-environment jsdom
 */
/**
 * Numbers as Excel writes them in formulas (1E3, 1E+3, 2.5E-3, either case): the rewrite of a
 * typed formula's number literals, then through the preview's host and its grid, where
 * HyperFormula alone gives #ERROR! for a capital E.
 */
import { excelNumbers, excelNumbersIn } from "../../src/preview/excelNumbers";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { readSaved } from "../../src/preview/savedWorkbook";
import { mount } from "./workbookHarness";

describe("a typed formula's numbers", () => {
  it.each([
    ["=1E3", "=1e3"],
    ["=1E+3", "=1e+3"],
    ["=2.5E-3", "=2.5e-3"],
    ["=.5E1", "=.5e1"],
    ["=-1E3%", "=-1e3%"],
    ["={1E3,2E3}", "={1e3,2e3}"],
    ["=GPU.REQUIRED_REVENUE(1E308, 1E308, 50%)", "=GPU.REQUIRED_REVENUE(1e308, 1e308, 50%)"],
  ])("%s reaches HyperFormula as %s", (typed, handed) => {
    expect(excelNumbers(typed)).toBe(handed);
  });

  it.each([
    '="1E3"&"2.5E-3"', // text in strings
    "='1E3'!A1", // a sheet name
    "=E3+A1E3", // a reference and a name
    "=SUM(E3:E5)",
    "1E3", // not a formula: HyperFormula reads this number itself
    "=1e3", // already lowercase
    '="unterminated 1E3',
  ])("%s stays as typed", (typed) => {
    expect(excelNumbers(typed)).toBe(typed);
  });

  it("rewrites the formulas of a block of cells and nothing else", () => {
    expect(excelNumbersIn([["=1E3", "1E3", 5, null, true]])).toEqual([
      ["=1e3", "1E3", 5, null, true],
    ]);
  });
});

describe("in the preview's workbook", () => {
  it("evaluates Excel's numbers as Excel does, leaving strings and references alone", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("E3", "7");
    host.edit.setInput("A1", "=1E3");
    host.edit.setInput("A2", "=1E+3");
    host.edit.setInput("A3", "=2.5E-3");
    host.edit.setInput("A4", "=E3*1E3"); // 7 × 1000
    host.edit.setInput("A5", '="1E3"');
    host.edit.setInput("A6", "=1E3%"); // 1000 %
    expect(host.value("A1")).toBe(1000);
    expect(host.value("A2")).toBe(1000);
    expect(host.value("A3")).toBe(0.0025);
    expect(host.value("A4")).toBe(7000);
    expect(host.value("A5")).toBe("1E3");
    expect(host.value("A6")).toBe(10);
    // The formula as Excel shows it after Enter.
    expect(host.formula("A1")).toBe("=1000");
  });

  it("gives the help page's example its documented #NUM!, not #ERROR!", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.REQUIRED_REVENUE(1E308, 1E308, 50%)");
    expect(host.value("A1")).toMatchObject({ type: "NUM" });
  });

  it("reads a saved workbook's formulas with Excel's numbers (saved before they parsed)", () => {
    const host = new HyperFormulaHost();
    const saved = host.persistence.saved();
    const sheet = { ...saved.sheets[0], cells: [["=2.5E-3", "=A1*1E3"]] };
    const other = { ...saved.sheets[0], name: "1E3", cells: [[4]] };
    host.persistence.load(readSaved({ ...saved, sheets: [sheet, { ...other }] }));
    expect(host.value("A1")).toBe(0.0025);
    expect(host.value("B1")).toBe(2.5);
    host.edit.setInput("C1", "='1E3'!A1*1E3"); // the sheet named 1E3: 4 × 1000
    expect(host.value("C1")).toBe(4000);
  });

  it("shows the typed number's value in the grid (typing =2.5E-3 then Enter)", () => {
    const { type, press, editor, cell, host } = mount();
    type("=2.5E-3");
    press(editor()!, "Enter");
    expect(host.value("A1")).toBe(0.0025);
    expect(cell("A1").textContent).toBe("0.0025");
  });
});
