/**
 * Every operation of the preview host is all or nothing: input beyond Excel's limits is refused
 * before anything changes, a HyperFormula throw half-way puts the engine, side data, history and
 * what a save would store back exactly as before, rows insert and delete through a spilled array
 * as in Excel, and a large paste runs in chunks as one action, put back whole if a chunk fails.
 */
import { undoDepth } from "../../src/preview/engineStacks";
import { HyperFormulaHost, type HostChange } from "../../src/preview/hyperformulaHost";
import { CHUNK_CELLS } from "../../src/preview/chunkedPaste";
import { RefusedOperation } from "../../src/preview/refusal";
import { buildTemplatePlan } from "../../src/template";

const deep = (levels: number) => `=${"(".repeat(levels)}1${")".repeat(levels)}`;

async function template() {
  const host = new HyperFormulaHost();
  await host.pane.insertTemplate(buildTemplatePlan());
  const changes: HostChange[] = [];
  host.subscribe((change) => changes.push(change));
  return { host, changes };
}

function refusal(run: () => unknown): RefusedOperation {
  try {
    run();
  } catch (error) {
    if (error instanceof RefusedOperation) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("Excel's limits, checked before anything changes", () => {
  it("refuses 999⇥=((((…1)))) 3,000 deep at GPU spend: nothing changes, nothing is announced", async () => {
    const { host, changes } = await template();
    const saved = JSON.stringify(host.persistence.saved());
    const depth = host.history.depth;
    const error = refusal(() => host.edit.writeBlock({ col: 1, row: 5 }, [["999", deep(3000)]]));
    expect(error.reason).toBe("nesting");
    expect(error.details.address).toBe("C6");
    expect(error.message).toBe(
      "C6: There are too many levels of nesting in this formula: a formula can nest at most 64 levels."
    );
    expect(host.value("B6")).toBe(50);
    expect(host.value("B18")).toBe(200); // the revenue GPU spend needs, $200B
    expect(changes).toEqual([]);
    expect(host.history.depth).toEqual(depth);
    expect(JSON.stringify(host.persistence.saved())).toBe(saved);
    expect(host.history.undo()).toBe(true); // the template's insertion, the previous real change
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("takes a formula of 8,192 characters and 64 levels, refuses one more", () => {
    const host = new HyperFormulaHost();
    const sum = (terms: number) => `=${Array.from({ length: terms }, () => "1").join("+")}`;
    host.edit.setInput("A1", `${sum(4096)}0`.slice(0, 8193)); // "=" + 8,192 characters
    expect(refusal(() => host.edit.setInput("A2", `${sum(4097)}`)).reason).toBe("formulaLength");
    expect(refusal(() => host.edit.setInput("A2", `=1+${"1+".repeat(50_000)}1`)).reason).toBe(
      "formulaLength"
    );
    host.edit.setInput("A3", deep(64));
    expect(host.value("A3")).toBe(1);
    expect(refusal(() => host.edit.setInput("A4", deep(65))).reason).toBe("nesting");
    // Parentheses inside text are not nesting; a text of 255 characters is taken, 256 refused.
    host.edit.setInput("A5", `=LEN("${"(".repeat(255)}")`);
    expect(host.value("A5")).toBe(255);
    expect(refusal(() => host.edit.setInput("A6", `=LEN("${"x".repeat(256)}")`)).reason).toBe(
      "formulaText"
    );
    host.edit.setInput("A7", "x".repeat(32_767));
    expect(refusal(() => host.edit.setInput("A8", "x".repeat(32_768))).reason).toBe("cellText");
    expect(host.value("A2")).toBeNull();
    expect(host.value("A8")).toBeNull();
  });

  it("refuses a block past the last column (XFD) or row (1,048,576)", () => {
    const host = new HyperFormulaHost();
    const wide = [Array.from({ length: 20_000 }, (_, i) => i)];
    expect(refusal(() => host.edit.writeBlock({ col: 0, row: 0 }, wide)).reason).toBe("columns");
    host.edit.writeBlock({ col: 16_383, row: 0 }, [[1]]); // XFD1 is the last cell of the row
    expect(refusal(() => host.edit.writeBlock({ col: 16_383, row: 1 }, [[1, 2]])).reason).toBe(
      "columns"
    );
    expect(refusal(() => host.edit.setInput("A1048577", "1")).reason).toBe("rows");
    expect(refusal(() => host.edit.writeBlock({ col: 0, row: 1_048_575 }, [[1], [2]])).reason).toBe(
      "rows"
    );
    expect(host.extent()).toEqual({ rows: 1, columns: 16_384 });
    expect(host.history.depth.actions).toBe(1);
  });
});

describe("a HyperFormula throw half-way", () => {
  it("puts the cells, the history and the engine's stacks back; undo undoes the previous change", async () => {
    const { host, changes } = await template();
    host.edit.setInput("B6", "60");
    const steps = undoDepth(host.hf);
    const original = host.hf.setCellContents.bind(host.hf);
    // As HyperFormula's parser overflowing on the second cell: the first one is already written.
    const spy = jest.spyOn(host.hf, "setCellContents").mockImplementationOnce((at, content) => {
      original(at, (content as unknown[][]).map((row) => row.slice(0, 1)) as never);
      throw new RangeError("Maximum call stack size exceeded");
    });
    changes.length = 0;
    const error = refusal(() => host.edit.writeBlock({ col: 1, row: 5 }, [["999", "=1"]]));
    spy.mockRestore();
    expect(error.reason).toBe("engine");
    expect(error.details.cause).toBe("Maximum call stack size exceeded");
    expect(host.value("B6")).toBe(60);
    expect(host.value("B18")).toBe(240); // the revenue $60B of GPUs needs
    expect(host.value("C6")).not.toBe(1);
    expect(undoDepth(host.hf)).toBe(steps);
    expect(changes).toEqual([]);
    host.history.undo(); // the real previous change: 60 back to 50
    expect(host.value("B6")).toBe(50);
    host.history.redo();
    expect(host.value("B6")).toBe(60);
  });

  it("rebuilds an engine it cannot trust from the workbook as it was, saying the history went", async () => {
    const { host, changes } = await template();
    const saved = JSON.stringify(host.persistence.saved());
    const old = host.hf;
    jest.spyOn(old, "moveCells").mockImplementationOnce(() => {
      old.setCellContents({ sheet: host.activeSheet.id, col: 1, row: 5 }, 999);
      throw new Error("Range does not exists in graph");
    });
    const error = refusal(() =>
      host.edit.moveRange({ top: 5, left: 1, bottom: 5, right: 1 }, { col: 5, row: 5 })
    );
    expect(error.reason).toBe("engineRebuilt");
    expect(host.hf).not.toBe(old);
    expect(host.value("B6")).toBe(50);
    expect(JSON.stringify(host.persistence.saved())).toBe(saved);
    expect(host.history.canUndo).toBe(false);
    expect(changes).toEqual([{ kind: "sheets" }]); // announced once it holds the state from before
    host.edit.setInput("B6", "100");
    expect(host.value("B18")).toBe(400);
  });
});

describe("rows through a spilled =GPU.ARTICLE_TABLE(), as in Excel", () => {
  it("inserts a row: the array spills again, SUM over it grows, undo puts it back", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()");
    host.edit.setInput("F1", "=SUM(B2:B5)");
    expect(host.value("F1")).toBe(1 + 10 + 10 + 10);
    host.edit.insertRows(2, 1);
    expect(host.formula("A1")).toBe("=GPU.ARTICLE_TABLE()");
    expect(host.value("A3")).toBe("Google"); // spilled again, without a gap
    expect(host.formula("F1")).toBe("=SUM(B2:B6)");
    host.edit.setInput("G1", "=F1*2"); // the engine still works
    expect(host.value("G1")).toBe((host.value("F1") as number) * 2);
    host.history.undo();
    host.history.undo();
    expect(host.formula("F1")).toBe("=SUM(B2:B5)");
    expect(host.value("F1")).toBe(31);
    // Deleting rows through it is refused before anything changes (HyperFormula's undo of it is wrong).
    expect(refusal(() => host.edit.deleteRows(1, 2)).reason).toBe("arrayRows");
    expect(host.value("F1")).toBe(31);
    host.edit.deleteRows(20, 2); // below it: deleted
    expect(host.history.depth.actions).toBe(3);
  });

  it("refuses to push cells that hold something off the last row", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1048576", "last");
    expect(refusal(() => host.edit.insertRows(0, 1)).reason).toBe("shiftOff");
    expect(host.value("A1048576")).toBe("last");
  });
});

describe("a large paste", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Company ${i}`, i]);

  it("runs in chunks as one action, saying how far it is, refusing other edits meanwhile", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("D1", "=SUM(B:B)");
    const saved = JSON.stringify(host.persistence.saved());
    const fractions: number[] = [];
    let refusedMeanwhile: string | undefined;
    let savedMeanwhile: string | undefined;
    const block = rows(50_000); // 100,000 cells: five chunks of 20,000
    const pasting = host.edit.pasteBlock({ col: 0, row: 0 }, block, (done) => {
      fractions.push(done);
      if (fractions.length === 2) {
        refusedMeanwhile = refusal(() => host.edit.setInput("E1", "1")).reason;
        savedMeanwhile = JSON.stringify(host.persistence.saved());
      }
    });
    expect(host.busy).toBe(true);
    expect(host.history.canUndo).toBe(false);
    await pasting;
    expect(CHUNK_CELLS).toBe(20_000);
    expect(fractions).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(refusedMeanwhile).toBe("busy");
    expect(savedMeanwhile).toBe(saved);
    expect(host.value("D1")).toBe((49_999 * 50_000) / 2);
    expect(host.history.depth).toEqual({ actions: 2, engineSteps: 6 });
    host.history.undo();
    expect(host.value("A1")).toBeNull();
    expect(host.value("B50000")).toBeNull();
    expect(host.value("D1")).toBe(0);
  });

  it("puts everything back when a chunk fails half-way", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("D1", "=SUM(B:B)");
    const saved = JSON.stringify(host.persistence.saved());
    const batch = host.hf.batch.bind(host.hf);
    let calls = 0;
    jest.spyOn(host.hf, "batch").mockImplementation((work) => {
      if (++calls === 3) throw new Error("Sheet size limit exceeded");
      return batch(work);
    });
    await expect(host.edit.pasteBlock({ col: 0, row: 0 }, rows(50_000))).rejects.toMatchObject({
      reason: "engine",
    });
    expect(host.busy).toBe(false);
    expect(JSON.stringify(host.persistence.saved())).toBe(saved);
    expect(host.history.depth).toEqual({ actions: 1, engineSteps: 1 });
    expect(undoDepth(host.hf)).toBe(1);
  });

  it("pastes 125,000 rows (no stack overflow on the block's width)", async () => {
    const host = new HyperFormulaHost();
    await host.edit.pasteBlock({ col: 0, row: 0 }, rows(125_000));
    expect(host.value("A125000")).toBe("Company 124999");
    expect(host.history.depth.actions).toBe(1);
  });
});
