/**
 * "Make this sheet portable" through the Excel host, over the office-addin-mock workbook: which
 * cells it rewrites (only GPU.* formulas, on the copy by default), how many round trips it takes
 * (1 when there is nothing to do, 2 in place, 3 on a copy), and that it never loses the GPU.*
 * version: the original sheet is byte-for-byte the same after a copy, and a failed write removes
 * the half-converted copy.
 */
import { translateFormula } from "../../src/engine/portable/translate";
import { ExcelHost } from "../../src/taskpane/excelHost";
import { formulaCells } from "../../src/taskpane/excelPortable";
import { PaneError } from "../../src/taskpane/host";
import { buildTemplatePlan, checkAddress } from "../../src/template";
import { excelError, FakeWorkbook, type FakeWorkbookOptions } from "./fakeExcel";

const gpuPlan = buildTemplatePlan({ preset: "june2024", language: "zh-TW" });
const nativePlan = buildTemplatePlan({ preset: "june2024", language: "zh-TW", formulas: "native" });

/** A workbook with the GPU template inserted by the Excel host; syncs counted from then on. */
async function withTemplate(options: FakeWorkbookOptions = {}) {
  const workbook = new FakeWorkbook({ sheets: ["Sheet1"], ...options });
  const host = new ExcelHost(workbook.environment());
  const sheet = await host.insertTemplate(gpuPlan);
  workbook.syncs = 0;
  return { workbook, host, sheet };
}

const sheetSnapshot = (workbook: FakeWorkbook, name: string) =>
  (workbook.snapshot() as { sheets: Array<{ name: string }> }).sheets.find((s) => s.name === name);

describe("ExcelHost.makePortable on a copy (the default)", () => {
  it("copies the sheet after it, rewrites only the GPU.* formulas, in 3 round trips", async () => {
    const { workbook, host, sheet } = await withTemplate();
    const before = sheetSnapshot(workbook, sheet);
    const result = await host.makePortable("copy");

    expect(workbook.syncs).toBe(3);
    // GPU.CHARGES_IN_SERVICE's row is written cell by cell: its anchor and the 7 cells it spills into.
    expect(result).toEqual({
      sheet: `${sheet} (2)`,
      source: sheet,
      converted: gpuPlan.cells.filter((c) => c.formula?.includes("GPU.")).length + 7,
      untranslated: [],
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet, `${sheet} (2)`]);
    expect(workbook.activeSheet).toBe(`${sheet} (2)`);
    expect(sheetSnapshot(workbook, sheet)).toEqual(before); // the GPU.* version is kept whole

    // The copy holds the native template's formulas, cell for cell (less its check cell).
    const copy = workbook.sheet(`${sheet} (2)`)!;
    for (const cell of nativePlan.cells) {
      if (cell.formula === undefined || cell.address === checkAddress(nativePlan)) continue;
      expect([cell.address, copy.cells.get(cell.address)?.formula]).toEqual([
        cell.address,
        cell.formula,
      ]);
    }
    // Everything else came with Excel's copy: values, formats, the sheet-scoped name, the table
    // (the cells CHARGES_IN_SERVICE spilled into now hold their own formulas).
    const original = workbook.sheet(sheet)!;
    const spillRow = gpuPlan.cells
      .find((c) => c.formula?.includes("GPU.CHARGES_IN_SERVICE"))!
      .address.replace(/^[A-Z]+/, "");
    for (const [address, cell] of original.cells) {
      if (cell.formula?.includes("GPU.")) continue;
      const mine = copy.cells.get(address);
      const spilledInto = /^[G-M]/.test(address) && address.replace(/^[A-Z]+/, "") === spillRow;
      if (spilledInto && cell.formula === undefined) {
        expect([address, mine?.numberFormat, mine?.formula]).toEqual([
          address,
          cell.numberFormat,
          expect.stringMatching(/^=IF\(/),
        ]);
        continue;
      }
      expect([address, mine]).toEqual([address, cell]);
    }
    expect(copy.names.map((n) => n.name)).toEqual(["Revenues"]);
    expect(workbook.tables.filter((t) => t.sheet === copy.name)).toHaveLength(1);
  });

  it("lists a formula it cannot translate and leaves it on the copy as it was", async () => {
    const { workbook, host, sheet } = await withTemplate();
    const original = workbook.sheet(sheet)!;
    original.cells.set("H30", { formula: "=1+GPU.CHARGES_IN_SERVICE(H1:H5,3)", format: {} });
    original.cells.set("H31", { formula: '="GPU.GAP(" & "x"', format: {} });
    const result = await host.makePortable("copy");
    expect(result.untranslated).toContainEqual({
      address: "H30",
      formula: "=1+GPU.CHARGES_IN_SERVICE(H1:H5,3)",
      reason: expect.stringMatching(/LAMBDA/),
    });
    expect(result.untranslated.map((cell) => cell.address)).not.toContain("H31");
    const copy = workbook.sheet(result.sheet)!;
    expect(copy.cells.get("H30")?.formula).toBe("=1+GPU.CHARGES_IN_SERVICE(H1:H5,3)");
    expect(copy.cells.get("H31")?.formula).toBe('="GPU.GAP(" & "x"');
  });

  it("a GPU.* formula over the table converts on the copy to the copy's own table", async () => {
    const { workbook, host, sheet } = await withTemplate();
    const table = workbook.tables.find((t) => t.sheet === sheet)!.name;
    const column = gpuPlan.table.headers[gpuPlan.table.revenueColumn];
    const formula = `=GPU.GAP(SUM(${table}[${column}]),200)`;
    workbook.sheet(sheet)!.cells.set("H40", { formula, format: {} });
    const result = await host.makePortable("copy");
    const copied = workbook.tables.find((t) => t.sheet === result.sheet)!.name;
    expect(copied).not.toBe(table);
    const converted = workbook.sheet(result.sheet)!.cells.get("H40")?.formula;
    expect(converted).toBe(translateFormula(`=GPU.GAP(SUM(${copied}[${column}]),200)`).formula);
    expect(converted).not.toMatch(/GPU\./);
    expect(workbook.sheet(sheet)!.cells.get("H40")?.formula).toBe(formula); // the original kept
  });

  it("removes the half-converted copy when a write fails, and says why", async () => {
    const { workbook, host, sheet } = await withTemplate();
    const required = gpuPlan.addresses.requiredRevenue;
    workbook.failOn = (command) =>
      command.startsWith(`range.formulas ${required} on`) && command.endsWith("(2)")
        ? excelError("AccessDenied")
        : undefined;
    const before = workbook.snapshot();
    const error = await host.makePortable("copy").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaneError);
    expect((error as PaneError).reason).toBe("protected");
    expect(workbook.snapshot()).toEqual(before);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet]);
  });
});

describe("ExcelHost.makePortable in place and with nothing to do", () => {
  it("rewrites the active sheet itself in 2 round trips, copying nothing", async () => {
    const { workbook, host, sheet } = await withTemplate();
    const result = await host.makePortable("in-place");
    expect(workbook.syncs).toBe(2);
    expect(result.sheet).toBe(sheet);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet]);
    const required = gpuPlan.cells.find((c) => c.address === gpuPlan.addresses.requiredRevenue)!;
    expect(required.formula).toMatch(/^=GPU\.REQUIRED_REVENUE\(/);
    expect(workbook.sheet(sheet)!.cells.get(required.address)?.formula).toBe(
      translateFormula(required.formula!).formula
    );
  });

  it("reads a sheet without GPU.* formulas in 1 round trip and changes nothing", async () => {
    const workbook = new FakeWorkbook({ sheets: ["Budget", "Other"] });
    const host = new ExcelHost(workbook.environment());
    const before = workbook.snapshot();
    const result = await host.makePortable("copy");
    expect(workbook.syncs).toBe(1);
    expect(result).toEqual({ sheet: "Budget", source: "Budget", converted: 0, untranslated: [] });
    expect(workbook.snapshot()).toEqual(before);
  });

  it("needs ExcelApi 1.7 (Worksheet.copy) and says so before touching the workbook", async () => {
    const workbook = new FakeWorkbook({ excelApi: "1.6" });
    const host = new ExcelHost(workbook.environment());
    const error = await host.makePortable("copy").catch((e: unknown) => e);
    expect((error as PaneError).details.requirementSet).toBe("ExcelApi 1.7");
    expect(workbook.runs).toBe(0);
  });
});

describe("formulaCells: the formulas of a used range by address", () => {
  it("offsets from the range's corner, sheet-qualified or not, and skips values", () => {
    expect(
      formulaCells("'My Sheet'!C4:D5", [
        ["=A1", 5],
        ["text", "=GPU.GAP(X1:X3)"],
      ])
    ).toEqual([
      { address: "C4", formula: "=A1" },
      { address: "D5", formula: "=GPU.GAP(X1:X3)" },
    ]);
    expect(formulaCells("Sheet1!B2", [["=1"]])).toEqual([{ address: "B2", formula: "=1" }]);
  });
});

describe("a sheet whose name reads like a cell (Q3 2024, A1, R2C3)", () => {
  it.each(["Q3 2024", "A1", "R2C3 draft"])(
    "on %s the GPU.* formula is rewritten in its own cell, nothing written anywhere else",
    async (name) => {
      const workbook = new FakeWorkbook({ sheets: [name] });
      const sheet = workbook.sheet(name)!;
      sheet.cells.set("B2", { value: 200, format: {} });
      sheet.cells.set("C5", { formula: "=GPU.REQUIRED_REVENUE(B2)", format: {} });
      const others = () => [...sheet.cells].filter(([address]) => address !== "C5");
      const before = JSON.stringify(others());
      const host = new ExcelHost(workbook.environment());
      const result = await host.makePortable("in-place");
      expect(result.converted).toBe(1);
      expect(JSON.stringify(others())).toBe(before);
      expect(sheet.cells.get("C5")?.formula).toBe(
        translateFormula("=GPU.REQUIRED_REVENUE(B2)").formula
      );
      expect(sheet.cells.get("C5")?.formula).not.toMatch(/GPU\./);
    }
  );
});
