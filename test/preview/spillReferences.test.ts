/**
 * Spill references (A1#) in the preview: the text translation on its own, then the preview host
 * over real HyperFormula, where =GPU.GAP(A1#) after =GPU.ARTICLE_TABLE() in A1 gives the
 * article's 125 and the cell keeps showing the formula as typed. GPU.ARTICLE_TABLE's spill is
 * exactly A1:C13 (a header row and 12 companies): a value just under it or just right of it is
 * no obstacle, a value in its last row or column is.
 */
import { DetailedCellError } from "hyperformula";
import { COMPANY_REVENUES } from "../../src/engine";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { hasSpillReference, translateSpillReferences } from "../../src/preview/spillReferences";

describe("translating spill references", () => {
  const asked: string[] = [];
  const ends = (sheet: string | undefined, anchor: string) => {
    asked.push(`${sheet ?? "-"}:${anchor}`);
    return anchor === "Z9" ? undefined : "C12";
  };

  beforeEach(() => asked.splice(0));

  it("replaces A1# by the range the array fills, keeping $ and the sheet", () => {
    expect(translateSpillReferences("=GPU.GAP(A1#)", ends)).toBe("=GPU.GAP(A1:C12)");
    expect(translateSpillReferences("=GPU.GAP($A$1#,200)", ends)).toBe("=GPU.GAP($A$1:$C$12,200)");
    expect(translateSpillReferences("=gpu.gap(a1#)", ends)).toBe("=gpu.gap(A1:C12)");
    expect(translateSpillReferences("=SUM(Sheet2!A1#)+B2#", ends)).toBe(
      "=SUM(Sheet2!A1:C12)+B2:C12"
    );
    expect(translateSpillReferences("=SUM('My ''x'' sheet'!A1#)", ends)).toBe(
      "=SUM('My ''x'' sheet'!A1:C12)"
    );
    expect(asked).toEqual(["-:A1", "-:A1", "-:A1", "Sheet2:A1", "-:B2", "My 'x' sheet:A1"]);
  });

  it("gives #REF! where the cell spills nothing, as Excel does", () => {
    expect(translateSpillReferences("=GPU.GAP(Z9#)", ends)).toBe("=GPU.GAP(#REF!)");
  });

  it("leaves text in quotes, error values and plain references alone", () => {
    expect(translateSpillReferences('=CONCATENATE("A1#",A1#)', ends)).toBe(
      '=CONCATENATE("A1#",A1:C12)'
    );
    expect(translateSpillReferences('="say ""B2#"""&B2#', ends)).toBe('="say ""B2#"""&B2:C12');
    expect(translateSpillReferences("=IFERROR(A1:B2,#N/A)", ends)).toBe("=IFERROR(A1:B2,#N/A)");
    expect(hasSpillReference("=GPU.GAP(A1#)")).toBe(true);
    expect(hasSpillReference("=SUM(A1:A3)")).toBe(false);
    expect(hasSpillReference('="A1#"')).toBe(false);
    expect(hasSpillReference("=#REF!")).toBe(false);
    expect(hasSpillReference("=GAP1#")).toBe(true); // a reference to GAP1 (column GAP)
    expect(hasSpillReference("=X.GAP1#")).toBe(false); // part of a name
  });
});

describe("GPU.ARTICLE_TABLE's spill in the preview", () => {
  const rows = COMPANY_REVENUES.length + 1; // the header row and one row per company

  it("covers A1:C13: a header row and 12 companies, as the README says", () => {
    expect(rows).toBe(13);
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    expect(host.value("A1")).toBe("Company");
    expect(host.value(`C${rows}`)).toBe(COMPANY_REVENUES[COMPANY_REVENUES.length - 1].basis);
    expect(host.value(`A${rows + 1}`)).toBeNull();
    expect(host.extent()).toEqual({ rows, columns: 3 });
  });

  it.each([
    ["just under it", `A${rows + 1}`, "Company"],
    ["just right of it", "D1", "Company"],
    ["in its last row", `A${rows}`, "#SPILL!"],
    ["in its last column", "C1", "#SPILL!"],
  ])("a value %s (%s), typed before or after it: %s", (_where, address, shown) => {
    for (const order of ["value first", "table first"]) {
      const host = new HyperFormulaHost();
      const steps: Array<[string, string]> = [
        [address, "5"],
        ["A1", "=GPU.ARTICLE_TABLE()"],
      ];
      if (order === "table first") steps.reverse();
      for (const [cell, input] of steps) host.edit.setInput(cell, input);
      const value = host.value("A1");
      const text = value instanceof DetailedCellError ? value.value : value;
      expect(`${order}: ${text}`).toBe(`${order}: ${shown}`);
      expect(host.value(address)).toBe(5);
    }
  });
});

describe("a blocked GPU.ARTICLE_TABLE", () => {
  it("is evaluated again only once its way is clear, so edits elsewhere stay one undo step each", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    host.edit.setInput("B5", "blocking");
    host.edit.setInput("H1", "1");
    host.hf.undo(); // the edit of H1, not a silent evaluation of A1
    expect(host.value("H1")).toBeNull();
    expect((host.value("A1") as DetailedCellError).value).toBe("#SPILL!");
    host.edit.setInput("B5", "");
    expect(host.value("A1")).toBe("Company");
  });
});

describe("=GPU.GAP(A1#) in the preview", () => {
  function withTable(): HyperFormulaHost {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    return host;
  }

  it("gives the article's figures over the spilled table and shows the formula as typed", () => {
    const host = withTable();
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    host.edit.setInput("E2", "=GPU.COVERAGE(A1#,600)");
    host.edit.setInput("E3", "=GPU.GAP($A$1#,GPU.REQUIRED_REVENUE(150))");
    host.edit.setInput("E4", '=IF(GPU.GAP(A1#)=125,"A1# checks","no")');
    expect(host.value("E1")).toBe(125);
    expect(host.value("E2")).toBe(0.125);
    expect(host.value("E3")).toBe(525);
    expect(host.value("E4")).toBe("A1# checks");
    expect(host.formula("E1")).toBe("=GPU.GAP(A1#)");
    expect(host.formula("E3")).toBe("=GPU.GAP($A$1#,GPU.REQUIRED_REVENUE(150))");
    expect(host.hf.getCellFormula({ sheet: host.activeSheet.id, col: 4, row: 0 })).toBe(
      `=GPU.GAP(A1:C${COMPANY_REVENUES.length + 1})`
    );
  });

  it("follows the table: #REF! before it is there, 125 once typed, #REF! while blocked or gone", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    const error = host.value("E1");
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).value).toBe("#REF!");

    expect(host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()")).toContain("E1");
    expect(host.value("E1")).toBe(125);

    host.edit.setInput("B5", "blocking");
    expect((host.value("E1") as DetailedCellError).value).toBe("#REF!");
    host.edit.setInput("B5", ""); // its way clear, the table spills again (as in Excel)
    expect(host.value("A1")).toBe("Company");
    expect(host.value("E1")).toBe(125);
    host.edit.setInput("A1", "");
    expect((host.value("E1") as DetailedCellError).value).toBe("#REF!");
    expect(host.formula("E1")).toBe("=GPU.GAP(A1#)");
  });

  it("works on another sheet's table and through the pane's Insert of the reference's example", async () => {
    const host = withTable();
    const sheet = host.activeSheet.name;
    await host.pane.insertTemplate((await import("../../src/template")).buildTemplatePlan());
    host.select("H1");
    await host.pane.insertFormula(`=GPU.GAP('${sheet}'!A1#)`);
    expect(host.value("H1")).toBe(125);
    expect(host.formula("H1")).toBe(`=GPU.GAP('${sheet}'!A1#)`);
  });

  it("shows what a cell holds once it is typed over", () => {
    const host = withTable();
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    host.edit.setInput("E1", "=1+1");
    expect(host.formula("E1")).toBe("=1+1");
    host.edit.setInput("E1", "7");
    expect(host.formula("E1")).toBeUndefined();
    expect(host.value("E1")).toBe(7);
  });
});
