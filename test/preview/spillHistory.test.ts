/**
 * Spill references (A1#) through the preview host's change path: typing =GPU.GAP(A1#), the
 * translation made again when the array appears, and a blocked array spilling again are each part
 * of one undo entry (HyperFormula's rewrites undone with the edit that caused them), and the saved
 * workbook keeps the formula as typed, so a reload shows and computes it (125, the article's gap).
 */
import { DetailedCellError } from "hyperformula";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { readSaved } from "../../src/preview/savedWorkbook";

const errorOf = (value: unknown) => (value instanceof DetailedCellError ? value.value : value);

describe("spill references and the preview's history", () => {
  it("undoes and redoes =GPU.GAP(A1#) as one change, showing the formula as typed", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    expect(host.value("E1")).toBe(125);
    expect(host.history.undo()).toBe(true);
    expect(host.value("E1")).toBeNull();
    expect(host.value("A1")).toBe("Company"); // only E1's change was undone
    expect(host.history.redo()).toBe(true);
    expect(host.value("E1")).toBe(125);
    expect(host.formula("E1")).toBe("=GPU.GAP(A1#)");
  });

  it("undoing a cell typed over brings back its A1# formula, still following the table", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    host.edit.setInput("E1", "7");
    expect(host.formula("E1")).toBeUndefined();
    host.history.undo();
    expect(host.formula("E1")).toBe("=GPU.GAP(A1#)");
    expect(host.value("E1")).toBe(125);
    host.edit.setInput("A1", ""); // the table goes: E1 is translated again
    expect(errorOf(host.value("E1"))).toBe("#REF!");
    expect(host.formula("E1")).toBe("=GPU.GAP(A1#)");
    host.history.redo(); // nothing to redo after a new change
    expect(host.history.canRedo).toBe(false);
  });

  it("undoes the translation made when the array appears together with the array", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    expect(errorOf(host.value("E1"))).toBe("#REF!");
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()"); // E1 translated again: a rewrite in the same entry
    expect(host.value("E1")).toBe(125);
    host.edit.setInput("H1", "7");
    host.history.undo(); // H1
    expect(host.value("H1")).toBeNull();
    expect(host.value("E1")).toBe(125);
    host.history.undo(); // A1 and E1's translation, together
    expect(host.value("A1")).toBeNull();
    expect(errorOf(host.value("E1"))).toBe("#REF!");
    expect(host.formula("E1")).toBe("=GPU.GAP(A1#)"); // shown as typed, as before the table
    host.history.undo(); // E1 itself
    expect(host.value("E1")).toBeNull();
    expect(host.history.canUndo).toBe(false);
  });

  it("undoes a blocked array's spilling again with the clearing that allowed it", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    host.edit.setInput("B5", "blocking");
    expect(errorOf(host.value("A1"))).toBe("#SPILL!");
    host.edit.setInput("B5", "");
    expect(host.value("A1")).toBe("Company");
    host.history.undo();
    expect(host.value("B5")).toBe("blocking");
    expect(errorOf(host.value("A1"))).toBe("#SPILL!");
    host.history.undo(); // "blocking" goes: the array spills over B5 again (OpenAI's 10)
    expect(host.value("A1")).toBe("Company");
    expect(host.value("B5")).toBe(10);
    host.history.undo();
    expect(host.value("A1")).toBeNull();
    expect(host.history.canUndo).toBe(false);
  });

  it("saves the formula as typed; a reload shows it and computes 125", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    host.edit.setInput("E1", "=GPU.GAP(A1#)");
    const saved = JSON.parse(JSON.stringify(host.persistence.saved())) as unknown;
    const cells = (saved as { sheets: Array<{ cells: unknown[][] }> }).sheets[0].cells;
    expect(cells[0][4]).toBe("=GPU.GAP(A1#)");

    const reloaded = new HyperFormulaHost();
    reloaded.persistence.load(readSaved(saved));
    expect(reloaded.formula("E1")).toBe("=GPU.GAP(A1#)");
    expect(reloaded.value("E1")).toBe(125);
    expect(reloaded.history.canUndo).toBe(false);
    reloaded.edit.setInput("A1", ""); // still followed after the reload
    expect(errorOf(reloaded.value("E1"))).toBe("#REF!");
    expect(reloaded.formula("E1")).toBe("=GPU.GAP(A1#)");
  });
});
