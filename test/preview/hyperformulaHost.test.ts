/**
 * The preview's PaneHost over HyperFormula, from node: sheets, names, selection, what it keeps for
 * the page (formats, styles, widths, chart), what it refuses and how it cleans up.
 */
import { DetailedCellError } from "hyperformula";
import { HyperFormulaHost, type HostChange } from "../../src/preview/hyperformulaHost";
import { absoluteRange, formatCell, parseCell, parseRange } from "../../src/engine/a1";
import { PaneError } from "../../src/taskpane/host";
import {
  MONEY_FORMAT,
  PERCENT_FORMAT,
  buildTemplatePlan,
  type TemplatePlan,
} from "../../src/template";

describe("addresses", () => {
  it("reads and writes A1 addresses and ranges", () => {
    expect(parseCell("B12")).toEqual({ col: 1, row: 11 });
    expect(parseCell("$AA$3")).toEqual({ col: 26, row: 2 });
    expect(formatCell(26, 2)).toBe("AA3");
    expect(parseRange("C31:A20")).toEqual({ top: 19, left: 0, bottom: 30, right: 2 });
    expect(() => parseCell("B0")).toThrow(/Not a cell address/);
    expect(() => parseCell("Revenues")).toThrow(/Not a cell address/);
  });
  it("makes absolute, sheet-qualified ranges, quoting the sheet name when needed", () => {
    expect(absoluteRange("GPU Payback", "B21:B31")).toBe("'GPU Payback'!$B$21:$B$31");
    expect(absoluteRange("Data", "B21:B31")).toBe("Data!$B$21:$B$31");
    expect(absoluteRange("O'Brien", "A1")).toBe("'O''Brien'!$A$1:$A$1");
  });
});

describe("a new preview workbook", () => {
  it("is a preview host with one empty sheet, A1 selected", async () => {
    const host = new HyperFormulaHost();
    expect(host.pane.kind).toBe("preview");
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(host.activeSheet.name).toBe("Sheet1");
    expect(host.selection).toBe("A1");
    expect(host.extent()).toEqual({ rows: 0, columns: 0 });
    await expect(host.pane.recalculate()).resolves.toBeUndefined();
  });
});

describe("insertTemplate", () => {
  it("adds a sheet named after the plan, activates it and selects GPU spend", async () => {
    const host = new HyperFormulaHost();
    const plan = buildTemplatePlan();
    const changes: HostChange[] = [];
    host.subscribe((change) => changes.push(change));
    await expect(host.pane.insertTemplate(plan)).resolves.toBe("GPU Payback");
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", "GPU Payback"]);
    expect(host.activeSheet.name).toBe("GPU Payback");
    expect(host.selection).toBe(plan.activeCell);
    expect(changes).toEqual([{ kind: "sheets" }]);
  });

  it("never overwrites or renames a sheet the user has: a second insert makes a second sheet", async () => {
    const host = new HyperFormulaHost({ firstSheetName: "gpu payback" });
    host.edit.setInput("A1", "mine");
    host.edit.setInput("B12", "=1+1");
    const second = await host.pane.insertTemplate(buildTemplatePlan());
    const third = await host.pane.insertTemplate(buildTemplatePlan());
    expect([second, third]).toEqual(["GPU Payback (2)", "GPU Payback (3)"]);
    expect(host.value("A1", "gpu payback")).toBe("mine");
    expect(host.formula("B12", "gpu payback")).toBe("=1+1");
    expect(host.hf.getSheetNames()).toEqual(["gpu payback", "GPU Payback (2)", "GPU Payback (3)"]);
  });

  it("keeps the plan's number formats, styles, column widths and chart for the page", async () => {
    const host = new HyperFormulaHost();
    const plan = buildTemplatePlan();
    const name = await host.pane.insertTemplate(plan);
    const sheet = host.sheet(name);
    expect(host.format(plan.addresses.requiredRevenue)).toEqual({
      numberFormat: MONEY_FORMAT,
      style: "result",
    });
    // An input keeps its rule (for the .xlsx's data validation) and the address it was planned for.
    expect(host.format(plan.addresses.margin)).toEqual({
      numberFormat: PERCENT_FORMAT,
      style: "input",
      validation: {
        address: plan.addresses.margin,
        plan: plan.cells.find((cell) => cell.address === plan.addresses.margin)?.validation,
      },
    });
    expect(host.format("A1").style).toBe("title");
    const firstRow = parseRange(plan.table.range).top + 2; // 1-based: the row under the header
    expect(host.format(`B${firstRow}`)).toEqual({ numberFormat: MONEY_FORMAT }); // revenue column
    expect(host.format(`A${firstRow}`)).toEqual({});
    for (const width of plan.columnWidths) {
      expect(sheet.columnWidths.get(width.column)).toBe(width.points);
    }
    expect(sheet.charts).toEqual(plan.charts);
    expect(sheet.table).toEqual({
      name: plan.table.name,
      range: parseRange(plan.table.range),
      columnFormats: plan.table.columnFormats,
      style: plan.table.style,
    });
  });

  it("keeps text as text, even text that reads like a number or a formula", async () => {
    const host = new HyperFormulaHost();
    const base = buildTemplatePlan();
    const plan: TemplatePlan = {
      ...base,
      cells: [...base.cells, { address: "L1", value: "50%" }, { address: "L2", value: "=1+1" }],
    };
    const name = await host.pane.insertTemplate(plan);
    expect(host.value("L1", name)).toBe("50%");
    expect(host.value("L2", name)).toBe("=1+1");
    expect(host.formula("L2", name)).toBeUndefined();
  });

  it("leaves nothing behind when the plan cannot be written, and says why", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "kept");
    const base = buildTemplatePlan();
    const broken: TemplatePlan = {
      ...base,
      names: [{ ...base.names[0], name: "not a name" }],
    };
    const error = await host.pane.insertTemplate(broken).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(PaneError);
    expect((error as PaneError).reason).toBe("failed");
    expect((error as PaneError).details).toEqual({ sheet: "GPU Payback", cleanup: "removed" });
    expect(host.hf.getSheetNames()).toEqual(["Sheet1"]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(host.activeSheet.name).toBe("Sheet1");
    // The undo history is kept: the edit before undoes.
    expect(host.history.depth).toEqual({ actions: 1, engineSteps: 1 });
    // The name is free again: the next insert takes it.
    await expect(host.pane.insertTemplate(base)).resolves.toBe("GPU Payback");
  });
});

describe("insertFormula", () => {
  it("writes into the selected cell and says where, sheet included", async () => {
    const host = new HyperFormulaHost();
    host.select("C3");
    await expect(host.pane.insertFormula("=GPU.REQUIRED_REVENUE(50,1,50%)")).resolves.toBe(
      "Sheet1!C3"
    );
    expect(host.value("C3")).toBe(200);
    await host.pane.insertTemplate(buildTemplatePlan());
    host.select("L2");
    await expect(host.pane.insertFormula("=GPU.GAP(Revenues,B18)")).resolves.toBe(
      "'GPU Payback'!L2"
    );
    expect(host.value("L2")).toBe(125);
  });

  it("never overwrites a cell that holds something: a value, a formula or a spilled value", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "mine");
    host.edit.setInput("B1", "=1+1");
    host.edit.setInput("D1", "=GPU.ARTICLE_TABLE()");
    for (const address of ["A1", "B1", "E5"]) {
      host.select(address);
      const error = await host.pane.insertFormula("=GPU.DATACENTER_COST(50)").then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(PaneError);
      expect((error as PaneError).reason).toBe("occupied");
      expect((error as PaneError).details.address).toBe(`Sheet1!${address}`);
    }
    expect(host.value("A1")).toBe("mine");
    expect(host.formula("B1")).toBe("=1+1");
    expect(host.value("E5")).toBe(10);
  });
});

describe("setInput: what a user types", () => {
  it("numbers, percentages, currency, formulas, forced text and clearing", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "150");
    host.edit.setInput("A2", "50%");
    host.edit.setInput("A3", "$150");
    host.edit.setInput("A4", "=A1*2");
    host.edit.setInput("A5", "'150");
    host.edit.setInput("A6", "TRUE");
    expect([1, 2, 3, 4, 5, 6].map((r) => host.value(`A${r}`))).toEqual([
      150,
      0.5,
      150,
      300,
      "150",
      true,
    ]);
    host.edit.setInput("A1", "");
    expect(host.value("A1")).toBeNull();
    expect(host.value("A4")).toBe(0);
  });

  it("tells its listeners which cells changed, and stops when unsubscribed", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A2", "=A1+1");
    const changes: HostChange[] = [];
    const stop = host.subscribe((change) => changes.push(change));
    host.edit.setInput("A1", "5");
    expect(changes).toEqual([{ kind: "values", sheet: "Sheet1", addresses: ["A1", "A2"] }]);
    stop();
    host.edit.setInput("A1", "6");
    expect(changes).toHaveLength(1);
  });

  it("refuses a formula Excel cannot read (the cell stays as it was); an unknown function is #NAME?", () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "7");
    expect(() => host.edit.setInput("A1", "=GPU.REQUIRED_REVENUE(")).toThrow(
      /problem with this formula/
    );
    expect(host.value("A1")).toBe(7);
    host.edit.setInput("A2", "=NOT_A_FUNCTION(1)");
    expect((host.value("A2") as DetailedCellError).value).toBe("#NAME?");
  });
});

describe("sheets and selection", () => {
  it("switches sheets, each keeping its values, and moves the selection to A1", async () => {
    const host = new HyperFormulaHost();
    await host.pane.insertTemplate(buildTemplatePlan());
    await host.pane.insertTemplate(buildTemplatePlan({ preset: "june2024" }));
    expect(host.value("B18")).toBe(600);
    host.activate("GPU Payback");
    expect(host.activeSheet.name).toBe("GPU Payback");
    expect(host.selection).toBe("A1");
    expect(host.value("B18")).toBe(200);
    expect(() => host.activate("Nope")).toThrow(/No sheet named Nope/);
  });

  it("selects cells by address, normalising them, and reports the change once", () => {
    const host = new HyperFormulaHost();
    const changes: HostChange[] = [];
    host.subscribe((change) => changes.push(change));
    host.select("$b$6");
    host.select("B6");
    expect(host.selection).toBe("B6");
    expect(changes).toEqual([{ kind: "selection" }]);
  });
});

describe("reenterGpuFormulas", () => {
  it("enters each GPU formula of the active sheet again and changes nothing else", async () => {
    const host = new HyperFormulaHost();
    const plan = buildTemplatePlan({ includeGrid: false, includeChart: false });
    await host.pane.insertTemplate(plan);
    host.edit.setInput("D1", "'=GPU.GAP(1) stays a text");
    host.edit.setInput("D2", "=SUM(B6:B8)");
    const gpu = plan.cells.filter((cell) => cell.formula?.includes("GPU.")).map((c) => c.address);
    const snapshot = () => {
      const cells: Record<string, unknown> = {};
      for (let row = 0; row < 40; row++)
        for (let col = 0; col < 6; col++) {
          const address = formatCell(col, row);
          cells[address] = [host.formula(address) ?? null, String(host.value(address))];
        }
      return cells;
    };
    const before = snapshot();
    const changes: HostChange[] = [];
    host.subscribe((change) => changes.push(change));
    await expect(host.pane.reenterGpuFormulas()).resolves.toEqual({
      sheet: "GPU Payback",
      formulas: gpu.length,
    });
    // 7 results, and over 8 years: data-center cost, required, gap (8 each), the charges (1);
    // the debate's reproductions: 2 each for the essays and today's figure, 1 each for Bain (its
    // "And" is a subtraction), J.P. Morgan (its NPER is native) and Exponential View.
    expect(gpu.length).toBe(7 + 3 * 8 + 1 + (2 * 3 + 3));
    expect(snapshot()).toEqual(before);
    expect(host.value("B20")).toBe(125);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "values", sheet: "GPU Payback" });
    const change = changes[0];
    expect(change.kind === "values" ? change.addresses : []).toEqual(expect.arrayContaining(gpu));
  });

  it("names a placeholder call GPU.<ID> again, so that it computes", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=_xldudf_GPU_DATACENTER_COST(50,1)");
    expect(host.value("A1")).toBeInstanceOf(DetailedCellError);
    await expect(host.pane.reenterGpuFormulas()).resolves.toEqual({ sheet: "Sheet1", formulas: 1 });
    expect(host.formula("A1")).toBe("=GPU.DATACENTER_COST(50,1)");
    expect(host.value("A1")).toBe(100);
  });

  it("changes nothing, and says so, on a sheet without GPU formulas", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=1+1");
    const changes: HostChange[] = [];
    host.subscribe((change) => changes.push(change));
    await expect(host.pane.reenterGpuFormulas()).resolves.toEqual({ sheet: "Sheet1", formulas: 0 });
    expect(changes).toEqual([]);
  });
});
