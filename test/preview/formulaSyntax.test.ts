/**
 * What Excel refuses to take into a cell, the preview refuses too (so nothing reaches the .xlsx
 * writer that a file cannot hold): a formula its grammar does not read, a number past a double's
 * range inside a formula. A typed number past that range is kept as the text typed, as Excel does.
 */
import { typedNumberInRange } from "../../src/preview/excelNumbers";
import { excelReads } from "../../src/preview/formulaSyntax";
import { GRID_TEXT, refusalText } from "../../src/preview/grid/text";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { RefusedOperation } from "../../src/preview/refusal";
import { buildTemplatePlan } from "../../src/template";

describe("excelReads", () => {
  it.each([
    "=SUM(1,2)",
    "=GPU.GAP(A1#)",
    "=GPU.REQUIRED_REVENUE(1E308, 1E308, 50%)",
    "=A1 B1",
    "=Revenues[#Data]",
    "='My Sheet'!A1*2",
    "={1,2;3,4}",
    "=IF(A1,,)",
    '="SUM(1,"',
    "=1.7976931348623157E308",
  ])("reads %s", (formula) => expect(excelReads(formula)).toBe(true));

  it.each(["=SUM(1,", "=(1", "=SUM(1))", "=1+", '="a"&', "=-", "=1E+309", "=2*-1E999"])(
    "refuses %s",
    (formula) => expect(excelReads(formula)).toBe(false)
  );
});

describe("typedNumberInRange", () => {
  it.each([
    ["1E+309", "'1E+309"],
    ["-1E309", "'-1E309"],
    ["1e400%", "'1e400%"],
    ["1E308", "1E308"],
    ["150", "150"],
    ["50%", "50%"],
    ["text 1E+309", "text 1E+309"],
  ])("%s is handed over as %s", (typed, handed) => expect(typedNumberInRange(typed)).toBe(handed));
});

describe("through the preview's host", () => {
  it("refuses =SUM(1, at GPU spend with Excel's words, leaving 50 and 200", async () => {
    const host = new HyperFormulaHost();
    await host.pane.insertTemplate(buildTemplatePlan());
    const before = host.value("B6");
    let refused: unknown;
    try {
      host.edit.setInput("B6", "=SUM(1,");
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedOperation);
    const refusal = refused as RefusedOperation;
    expect(refusal.reason).toBe("syntax");
    expect(refusalText(GRID_TEXT.en, refusal)).toMatch(/^B6: There's a problem with this formula/);
    expect(refusalText(GRID_TEXT["zh-TW"], refusal)).toMatch(/^B6：這個公式有問題/);
    expect(host.value("B6")).toBe(before);
    expect(before).toBe(50);
  });

  it("keeps a typed 1E+309 as its text, which the download writes as text", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "1E+309");
    host.edit.setInput("A2", "=A1*2");
    expect(host.value("A1")).toBe("1E+309");
    // text past a double's range times 2: an error (#NUM! in HyperFormula), never Infinity
    expect(host.value("A2")).toMatchObject({ type: "NUM" });
    host.edit.setInput("A3", "1E+308");
    expect(host.value("A3")).toBe(1e308);
  });
});
