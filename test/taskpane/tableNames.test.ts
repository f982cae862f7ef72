import {
  columnReference,
  followsTable,
  structuredColumnReference,
  withNameReplaced,
} from "../../src/taskpane/tableNames";

describe("the name over the table column, in Excel's terms", () => {
  it("refers to a column by a structured reference, escaping [ ] # ' and @", () => {
    expect(columnReference("T", "AI revenue ($B)")).toBe("T[[AI revenue ($B)]]");
    expect(structuredColumnReference("T", "a[1]#'x'@y")).toBe("=T[[a'[1']'#''x'''@y]]");
  });

  it("tells a name that still follows the table from one Excel turned into a fixed range", () => {
    expect(followsTable("=GpuPaybackRevenue[[AI revenue ($B)]]", "GpuPaybackRevenue")).toBe(true);
    // Excel may respell the reference, and ignores case in table names.
    expect(followsTable("=gpupaybackrevenue[AI 營收]", "GpuPaybackRevenue")).toBe(true);
    expect(followsTable("='GPU Payback'!$B$21:$B$31", "GpuPaybackRevenue")).toBe(false);
    expect(followsTable("=GpuPaybackRevenue2[[x]]", "GpuPaybackRevenue")).toBe(false);
    expect(followsTable("=Sheet1!$A$1", "GpuPaybackRevenue")).toBe(false);
    expect(followsTable(undefined, "GpuPaybackRevenue")).toBe(false);
  });

  it("replaces every use of the name in a formula, whatever its case", () => {
    const operand = "T[[AI revenue ($B)]]";
    expect(withNameReplaced("=SUM(Revenues)", "Revenues", operand)).toBe(`=SUM(${operand})`);
    expect(withNameReplaced("=GPU.GAP(revenues,B12)", "Revenues", operand)).toBe(
      `=GPU.GAP(${operand},B12)`
    );
    expect(withNameReplaced("=Revenues+SUM(Revenues)*2", "Revenues", "X")).toBe("=X+SUM(X)*2");
    expect(withNameReplaced('=IF(ISBLANK(B6),"",Revenues)', "Revenues", "X")).toBe(
      '=IF(ISBLANK(B6),"",X)'
    );
  });

  it("leaves alone texts, sheet names, longer names, functions and tables of that name", () => {
    const same = [
      '="Revenues"',
      '="say ""Revenues"""&B1',
      "='Revenues'!A1",
      "=Revenues!A1",
      "=RevenuesTotal+OtherRevenues",
      "=GPU.Revenues(1)",
      "=Revenues(1)",
      "=Revenues[[x]]",
      "=Revenues_2",
      "=B12",
    ];
    for (const formula of same) expect(withNameReplaced(formula, "Revenues", "X")).toBe(formula);
  });
});
