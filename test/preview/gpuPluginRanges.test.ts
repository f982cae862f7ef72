/**
 * How the GPU.* plugin reads ranges: HyperFormula's own values go to the engine uncopied, and a
 * number typed with a display format (50%, $10), which HyperFormula holds as an object, still
 * counts as its number, with the engine's error precedence unchanged (the first problem in the
 * range, row by row, is the one reported). Values worked out by hand.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { registerGpuPlugin } from "../../src/preview/gpuPlugin";

registerGpuPlugin();

function evaluate(formula: string, column: RawCellContent[]) {
  const hf = HyperFormula.buildFromArray([[formula], ...column.map((v) => [v])], {
    licenseKey: "gpl-v3",
    smartRounding: false,
  });
  return hf.getCellValue({ sheet: 0, col: 0, row: 0 });
}

describe("ranges as the GPU.* functions read them", () => {
  it("adds plain numbers and skips text, booleans and blanks", () => {
    expect(evaluate("=GPU.GAP(A2:A7)", [30, "OpenAI", true, null, 45, "=1=1"])).toBe(125);
    expect(evaluate("=GPU.COVERAGE(A2:A4)", [30, null, 45])).toBe(0.375);
  });

  it("counts numbers typed as percentages or currency as their numbers", () => {
    expect(evaluate("=GPU.GAP(A2:A4)", ["$30", 40, "$5"])).toBe(125);
    expect(evaluate("=GPU.GAP(A2:A3,1)", ["50%", "25%"])).toBe(0.25);
    expect(evaluate("=GPU.COVERAGE(A2:A4,200)", ["$50", "25", "5000%"])).toBe(0.625);
  });

  it("passes on the range's first error value, after a formatted number or not", () => {
    const afterCurrency = evaluate("=GPU.GAP(A2:A4)", ["$30", "=NA()", "=1/0"]);
    expect((afterCurrency as DetailedCellError).value).toBe("#N/A");
    const plain = evaluate("=GPU.GAP(A2:A4)", [30, "=1/0", "=NA()"]);
    expect((plain as DetailedCellError).value).toBe("#DIV/0!");
  });

  it("names where a negative revenue is, counting formatted numbers in place", () => {
    const error = evaluate("=GPU.GAP(A2:A4)", ["$30", "10%", -5]) as DetailedCellError;
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toContain("row 3, column 1 of the range has -5");
    const first = evaluate("=GPU.GAP(A2:A4)", [-5, "=NA()", "$30"]) as DetailedCellError;
    expect(first.message).toContain("row 1, column 1 of the range has -5");
  });

  it("reads whole columns, two-dimensional ranges and arrays a formula returns", () => {
    const hf = HyperFormula.buildFromArray(
      [
        [30, "OpenAI", "=GPU.GAP(A:A)", "=GPU.GAP(A1:B3)", "=GPU.GAP(GPU.ARTICLE_TABLE())"],
        [20, 15],
        [null, -4],
      ],
      { licenseKey: "gpl-v3", smartRounding: false }
    );
    const at = (col: number) => hf.getCellValue({ sheet: 0, col, row: 0 });
    expect(at(2)).toBe(150);
    const error = at(3) as DetailedCellError;
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toContain("row 3, column 2 of the range has -4");
    expect(at(4)).toBe(125);
  });

  it("keeps the shape of a range whose shape is the answer's (CHARGES_IN_SERVICE's years)", () => {
    const hf = HyperFormula.buildFromArray(
      [
        [50, null, "=GPU.CHARGES_IN_SERVICE(A1:A3,2)"],
        [150],
        [150],
        [],
        [50, 150, 150],
        ["=GPU.CHARGES_IN_SERVICE(A5:C5,2)"],
      ],
      { licenseKey: "gpl-v3", smartRounding: false }
    );
    const at = (col: number, row: number) => hf.getCellValue({ sheet: 0, col, row });
    // the catalog's example: 50, 200, 300, down a column for a column, across a row for a row
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual([50, 200, 300]);
    expect([at(0, 5), at(1, 5), at(2, 5)]).toEqual([50, 200, 300]);
  });
});
