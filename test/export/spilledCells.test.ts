/**
 * The preview's Download .xlsx with GPU.CHARGES_IN_SERVICE in the sheet: a spilled formula that
 * has a native form only cell by cell is written cell by cell (as Make this sheet portable writes
 * it), so the file holds no GPU.* call; each cell's cached value is HyperFormula's, and each native
 * formula, evaluated by HyperFormula on the copy made portable, gives that same value.
 */
import { exportHostXlsx } from "../../src/preview/xlsx/exportWorkbook";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { parseCell } from "../../src/engine/a1";
import { buildTemplatePlan } from "../../src/template";
import { readParts, worksheetCells, writtenFiles } from "./support";
import { testWrittenFilesValidate } from "./schemas";

describe("a spilled GPU.CHARGES_IN_SERVICE in the preview's .xlsx", () => {
  it("is written cell by cell in native form with HyperFormula's values", async () => {
    const host = new HyperFormulaHost();
    const plan = buildTemplatePlan();
    const sheet = await host.pane.insertTemplate(plan);
    const anchor = plan.cells.find((c) => c.formula?.includes("GPU.CHARGES_IN_SERVICE"));
    expect(anchor).toBeDefined();
    const { bytes, untranslated } = exportHostXlsx(host);
    expect(untranslated).toEqual([]);
    const cells = worksheetCells(readParts(bytes)["xl/worksheets/sheet2.xml"]);
    const gpu = Array.from(cells.values()).filter((cell) => /GPU\./i.test(cell.formula ?? ""));
    expect(gpu).toEqual([]);

    const { col, row } = parseCell(anchor!.address);
    let checked = 0;
    for (let c = col; ; c++) {
      const address = `${String.fromCharCode(65 + c)}${row + 1}`;
      const value = host.value(address, sheet);
      if (typeof value !== "number") break;
      const written = cells.get(address);
      expect(written?.formula).toMatch(/^[^=]/);
      expect(Number(written?.value)).toBeCloseTo(value, 9);
      // The same native formula, evaluated by HyperFormula, gives the GPU function's value.
      expect(host.hf.calculateFormula(`=${written!.formula}`, host.sheet(sheet).id)).toBeCloseTo(
        value,
        9
      );
      checked++;
    }
    expect(checked).toBe(8); // the anchor and the 7 years it spills into
  });
});

testWrittenFilesValidate(writtenFiles);
