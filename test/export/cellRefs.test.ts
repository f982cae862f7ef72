import { absoluteRangeRef, cellRef, parseRangeRef, rangeRef } from "../../src/export/cellRefs";

describe("the writer's A1 references", () => {
  it("reads a cell and a range as 0-based rectangles, corners in any order, $ or not", () => {
    expect(parseRangeRef("B7")).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
    expect(parseRangeRef("$A$20:C31")).toEqual({ top: 19, left: 0, bottom: 30, right: 2 });
    expect(parseRangeRef("C31:A20")).toEqual({ top: 19, left: 0, bottom: 30, right: 2 });
    expect(parseRangeRef("AA100")).toEqual({ top: 99, left: 26, bottom: 99, right: 26 });
  });

  it("refuses what no cell or rule sits at, naming it", () => {
    for (const ref of ["hello", "A:A", "3:3", "Sheet1!B7", ""]) {
      expect(() => parseRangeRef(ref)).toThrow(`Not a cell or range address: ${ref}`);
    }
  });

  it("writes them back", () => {
    expect(cellRef(26, 99)).toBe("AA100");
    expect(rangeRef(parseRangeRef("A20:C31"))).toBe("A20:C31");
    expect(absoluteRangeRef("GPU Payback", parseRangeRef("B21:B31"))).toBe(
      "'GPU Payback'!$B$21:$B$31"
    );
  });
});
