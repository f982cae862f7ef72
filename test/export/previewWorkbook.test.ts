/**
 * The preview's workbook as Download .xlsx writes it, where it differs from a plain template: a
 * formula HyperFormula cannot read, a formula typed into the table's header row, and the inputs'
 * data validation (kept in the sheet's record, so it follows the cells and survives a save).
 */
import { exportHostXlsx } from "../../src/preview/xlsx/exportWorkbook";
import { exportTemplateXlsx } from "../../src/cli/exportTemplate";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { formatCell, parseRange } from "../../src/engine/a1";
import { buildTemplatePlan } from "../../src/template";
import { testWrittenFilesValidate } from "./schemas";
import {
  child,
  descendants,
  parseXml,
  readParts,
  sharedStrings,
  worksheetCells,
  writtenFiles,
} from "./support";

const plan = buildTemplatePlan();
const a = plan.addresses;

describe("formulas", () => {
  test("a formula HyperFormula cannot read stays a formula; one no grammar reads is kept as text", () => {
    const host = new HyperFormulaHost();
    // The preview refuses =SUM(1, as Excel does; a workbook saved before it did still holds one.
    expect(() => host.edit.setInput("A1", "=SUM(1,", "Sheet1")).toThrow(
      /problem with this formula/
    );
    host.hf.setCellContents({ sheet: host.sheet("Sheet1").id, col: 0, row: 0 }, "=SUM(1,");
    host.edit.setInput("A2", "=A2+1", "Sheet1");
    host.edit.setInput("A3", "=B1 B2", "Sheet1"); // Excel's intersection: HyperFormula cannot parse it
    const cells = worksheetCells(readParts(exportHostXlsx(host).bytes)["xl/worksheets/sheet1.xml"]);
    expect(cells.get("A1")).toMatchObject({ type: "s", formula: undefined });
    // A cycle: Excel and LibreOffice work it out again on loading; the cached error is one they know.
    expect(cells.get("A2")).toMatchObject({ type: "e", formula: "A2+1", value: "#VALUE!" });
    expect(cells.get("A3")).toMatchObject({ type: "e", formula: "B1 B2", value: "#VALUE!" });
  });
  test("a formula typed into the table's header row is written as its value, a text constant", async () => {
    const host = new HyperFormulaHost();
    const name = await host.pane.insertTemplate(plan);
    const header = parseRange(plan.table.range);
    const address = formatCell(header.left + 1, header.top);
    host.edit.setInput(address, '="AI"&" revenue"', name);
    const written = readParts(exportHostXlsx(host, { sheets: [name] }).bytes);
    const cell = worksheetCells(written["xl/worksheets/sheet1.xml"]).get(address);
    expect(cell).toMatchObject({ type: "s", formula: undefined });
    expect(sharedStrings(written)[Number(cell?.value)]).toBe("AI revenue");
    const columns = descendants(parseXml(written["xl/tables/table1.xml"]), "tableColumn");
    expect(columns[1].getAttribute("name")).toBe("AI revenue");
  });
});

test("a name the user gave the table's name: the table is renamed, the sheet's name follows it", async () => {
  const host = new HyperFormulaHost();
  const name = await host.pane.insertTemplate(plan);
  host.hf.addNamedExpression("GpuPaybackRevenue", "=1");
  const written = readParts(exportHostXlsx(host, { sheets: [name] }).bytes);
  const table = parseXml(written["xl/tables/table1.xml"]);
  expect(table.getAttribute("name")).toBe("GpuPaybackRevenue2");
  const names = descendants(parseXml(written["xl/workbook.xml"]), "definedName");
  expect(names.map((n) => [n.getAttribute("name"), n.textContent])).toEqual([
    ["Revenues", expect.stringMatching(/^GpuPaybackRevenue2\[\[/)],
    ["GpuPaybackRevenue", "1"],
  ]);
});

describe("data validation", () => {
  test("the preview's download carries the same 8 rules; they follow the cells when rows are inserted, and a save", async () => {
    const host = new HyperFormulaHost();
    const name = await host.pane.insertTemplate(plan);
    const rules = (bytes: Uint8Array, part: string) =>
      descendants(parseXml(readParts(bytes)[part]), "dataValidation").map((r) => [
        r.getAttribute("type"),
        r.getAttribute("sqref"),
        child(r, "formula1")?.textContent,
      ]);
    // The whole workbook, as Download .xlsx writes it: Sheet1 first, the template sheet second.
    const download = rules(exportHostXlsx(host).bytes, "xl/worksheets/sheet2.xml");
    expect(download).toEqual(rules((await exportTemplateXlsx()).bytes, "xl/worksheets/sheet1.xml"));
    expect(download).toHaveLength(8);

    host.activate(name);
    host.edit.insertRows(0, 2);
    const down = (address: string) => address.replace(/\d+$/, (row) => String(Number(row) + 2));
    const margin = down(a.margin);
    const expected = [
      "custom",
      margin,
      `AND(ISNUMBER(${margin}),NOT(OR(${margin}<0,${margin}>=1)))`,
    ];
    const moved = rules(exportHostXlsx(host, { sheets: [name] }).bytes, "xl/worksheets/sheet1.xml");
    expect(moved[2]).toEqual(expected);
    expect(moved[0]).toEqual(["decimal", down(a.spend), "0"]);

    const reloaded = new HyperFormulaHost();
    reloaded.persistence.load(JSON.parse(JSON.stringify(host.persistence.saved())));
    const again = rules(
      exportHostXlsx(reloaded, { sheets: [name] }).bytes,
      "xl/worksheets/sheet1.xml"
    );
    expect(again).toEqual(moved);
  });
});

testWrittenFilesValidate(writtenFiles);
