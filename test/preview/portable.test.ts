/**
 * "Make this sheet portable" in the preview: HyperFormula evaluates the copy's native formulas, so
 * every cell of the copy must read as the GPU.* original does, and the copy must stand on its
 * own (its Revenues name and its inputs are its own).
 */
import { DetailedCellError } from "hyperformula";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { buildTemplatePlan } from "../../src/template";

async function withTemplate() {
  const host = new HyperFormulaHost();
  const plan = buildTemplatePlan({ preset: "sept2023", language: "en" });
  const sheet = await host.pane.insertTemplate(plan);
  return { host, plan, sheet };
}

/** An error's code; a number to 12 significant digits (the engine's and the native arithmetic may
 * differ in the last bit, e.g. a charge at 10% over a life of 15.38… years). */
const readable = (value: unknown) =>
  value instanceof DetailedCellError
    ? value.value
    : typeof value === "number"
      ? Number(value.toPrecision(12))
      : value;

describe("HyperFormulaHost.makePortable", () => {
  it("converts a copy placed after the sheet; every cell reads as in the GPU.* original", async () => {
    const { host, plan, sheet } = await withTemplate();
    const result = await host.pane.makePortable("copy");
    expect(result).toMatchObject({ sheet: "GPU Payback (2)", source: sheet });
    // GPU.CHARGES_IN_SERVICE's row is written cell by cell: its anchor and the 7 cells it spills into.
    const spilling = plan.cells.filter((c) => c.formula?.includes("GPU.CHARGES_IN_SERVICE"));
    expect(spilling).toHaveLength(1);
    expect(result.untranslated).toEqual([]);
    expect(result.converted).toBe(plan.cells.filter((c) => c.formula?.includes("GPU.")).length + 7);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet, "GPU Payback (2)"]);
    expect(host.activeSheet.name).toBe("GPU Payback (2)");
    for (const cell of plan.cells) {
      const copy = host.formula(cell.address, result.sheet);
      if (cell.formula !== undefined) {
        expect(host.formula(cell.address, sheet)).toBe(cell.formula); // the original is kept
        expect(copy).not.toMatch(/GPU\./);
      }
      expect([cell.address, readable(host.value(cell.address, result.sheet))]).toEqual([
        cell.address,
        readable(host.value(cell.address, sheet)),
      ]);
    }
    expect(host.value(plan.addresses.gap, result.sheet)).toBe(125);
    expect(host.sheet(result.sheet).table?.name).not.toBe(host.sheet(sheet).table?.name);
  });

  it("gives the copy its own inputs and its own Revenues name", async () => {
    const { host, plan, sheet } = await withTemplate();
    const { sheet: copy } = await host.pane.makePortable("copy");
    host.edit.setInput(plan.addresses.spend, "150", copy);
    const firstRevenue = plan.names[0].range.split(":")[0]; // OpenAI's 1
    host.edit.setInput(firstRevenue, "11", copy); // on the copy only
    expect(host.value(plan.addresses.requiredRevenue, copy)).toBe(600);
    expect(host.value(plan.addresses.gap, copy)).toBe(600 - 85);
    expect(host.value(plan.addresses.gap, sheet)).toBe(125);
  });

  it("in place: same values, native formulas, no new sheet; nothing to do on a plain sheet", async () => {
    const { host, plan, sheet } = await withTemplate();
    const result = await host.pane.makePortable("in-place");
    expect(result.sheet).toBe(sheet);
    expect(host.sheets).toHaveLength(2);
    expect(host.formula(plan.addresses.requiredRevenue, sheet)).not.toMatch(/GPU\./);
    expect(host.value(plan.addresses.coverage, sheet)).toBe(0.375);
    host.activate("Sheet1");
    expect(await host.pane.makePortable("copy")).toEqual({
      sheet: "Sheet1",
      source: "Sheet1",
      converted: 0,
      untranslated: [],
    });
    expect(host.sheets).toHaveLength(2);
  });

  it("is one undoable change: undo takes the copy away, redo brings it back; the copy is saved", async () => {
    const { host, plan, sheet } = await withTemplate();
    const told: string[] = []; // what autosave listens to
    host.subscribe((change) => told.push(change.kind));
    const { sheet: copy } = await host.pane.makePortable("copy");
    expect(told).toEqual(["sheets"]);
    const saved = host.persistence.saved();
    expect(saved.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet, copy]);
    expect(saved.sheets[2].table?.name).not.toBe(saved.sheets[1].table?.name);
    expect(saved.sheets[2].formats).toEqual(saved.sheets[1].formats);

    expect(host.history.undo()).toBe(true);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet]);
    expect(host.activeSheet.name).toBe(sheet);
    expect(host.hf.getSheetNames()).toEqual(["Sheet1", sheet]);
    expect(host.history.undo()).toBe(true); // the template's insertion, the step before
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    host.history.redo();
    host.history.redo();
    expect(host.activeSheet.name).toBe(copy);
    expect(host.formula(plan.addresses.requiredRevenue, copy)).not.toMatch(/GPU\./);
    expect(host.value(plan.addresses.gap, copy)).toBe(125);
  });

  it("in place, undo brings the GPU.* formulas back", async () => {
    const { host, plan, sheet } = await withTemplate();
    const gpu = host.formula(plan.addresses.requiredRevenue, sheet);
    expect(gpu).toMatch(/^=GPU\./);
    const told: string[] = [];
    host.subscribe((change) => told.push(change.kind));
    await host.pane.makePortable("in-place");
    expect(told).toEqual(["values"]);
    expect(host.formula(plan.addresses.requiredRevenue, sheet)).not.toMatch(/GPU\./);
    host.history.undo();
    expect(host.formula(plan.addresses.requiredRevenue, sheet)).toBe(gpu);
    expect(host.value(plan.addresses.gap, sheet)).toBe(125);
  });
});
