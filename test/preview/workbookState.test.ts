/**
 * The preview host's undo history and saved workbook, in node over a real HyperFormula: undo
 * puts back the side data with the cells (formats, the table's extent, the sheets list), a saved
 * workbook comes back the same after load, unreadable stored data is refused with a reason, a
 * 100,000-row table works, and tab-separated text reads and writes as Excel's clipboard does.
 */
import { parseTsv, toTsv } from "../../src/preview/grid/tsv";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { readSaved } from "../../src/preview/savedWorkbook";
import { MONEY_FORMAT, buildTemplatePlan } from "../../src/template";

/** The company table's header row (1-based): the table's last row is 12 below it. */
const HEADER = Number(/\d+/.exec(buildTemplatePlan().table.range)![0]);
/** The row just under the table (1-based). */
const UNDER = `${HEADER + 13}`;

describe("undo and redo in the host", () => {
  it("undoes a table's growth: its extent, its name's range and the new row's format", async () => {
    const host = new HyperFormulaHost();
    await host.pane.insertTemplate(buildTemplatePlan());
    host.edit.setInput(`B${UNDER}`, "25");
    expect(host.sheet().table!.range.bottom).toBe(HEADER + 12);
    expect(host.format(`B${UNDER}`).numberFormat).toBe(MONEY_FORMAT);
    expect(host.value("B20")).toBe(100);
    expect(host.history.undo()).toBe(true);
    expect(host.sheet().table!.range.bottom).toBe(HEADER + 11);
    expect(host.format(`B${UNDER}`).numberFormat).toBeUndefined();
    expect(host.value(`B${UNDER}`)).toBeNull();
    expect(host.value("B20")).toBe(125);
    expect(host.history.redo()).toBe(true);
    expect(host.value("B20")).toBe(100);
    expect(host.sheet().table!.range.bottom).toBe(HEADER + 12);
  });

  it("undoes the template's insertion (the sheet, its names) and redoes it", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "mine");
    await host.pane.insertTemplate(buildTemplatePlan());
    host.history.undo();
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(host.hf.getSheetNames()).toEqual(["Sheet1"]);
    expect(host.hf.getAllNamedExpressionsSerialized()).toEqual([]);
    expect(host.value("A1")).toBe("mine");
    host.history.redo();
    expect(host.value("B20", "GPU Payback")).toBe(125);
    host.history.undo();
    host.history.undo();
    expect(host.value("A1")).toBeNull();
    expect(host.history.canUndo).toBe(false);
    expect(host.history.undo()).toBe(false);
  });

  it("undoes a row insertion and a deletion, formats and table included", async () => {
    const host = new HyperFormulaHost();
    await host.pane.insertTemplate(buildTemplatePlan());
    host.edit.insertRows(5, 2); // above GPU spend (row 6)
    expect(host.format("B8").style).toBe("input");
    expect(host.formula("B20")).toBe("=GPU.REQUIRED_REVENUE(B8,B9,B10,B11)");
    expect(host.sheet().table!.range.top).toBe(HEADER + 1); // 0-based: two rows lower
    host.history.undo();
    expect(host.format("B6").style).toBe("input");
    expect(host.sheet().table!.range.top).toBe(HEADER - 1);
    host.edit.deleteRows(HEADER, 1); // OpenAI's row
    expect(host.value("B20")).toBe(126);
    host.history.undo();
    expect(host.value("B20")).toBe(125);
  });

  it("a new edit after an undo forgets what could have been redone", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "1");
    host.edit.setInput("A1", "2");
    host.history.undo();
    host.edit.setInput("A2", "3");
    expect(host.history.canRedo).toBe(false);
    expect(host.history.redo()).toBe(false);
    expect(host.value("A1")).toBe(1);
  });
});

describe("the saved workbook", () => {
  it("comes back the same: sheets, cells, names, formats, table, chart, selection", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "'50%");
    await host.pane.insertTemplate(buildTemplatePlan());
    host.edit.setInput("B6", "150");
    host.edit.setInput(`A${UNDER}`, "'Newco");
    host.edit.setInput(`B${UNDER}`, "5");
    const saved = JSON.parse(JSON.stringify(host.persistence.saved())); // through storage as plain data
    const again = new HyperFormulaHost();
    again.persistence.load(readSaved(saved));
    expect(again.sheets.map((s) => s.name)).toEqual(["Sheet1", "GPU Payback"]);
    expect(again.activeSheet.name).toBe("GPU Payback");
    expect(again.selection).toBe(host.selection);
    expect(again.value("A1", "Sheet1")).toBe("50%");
    expect(again.value("B18")).toBe(600);
    expect(again.value("B20")).toBe(600 - 80);
    expect(again.format(`B${UNDER}`).numberFormat).toBe(MONEY_FORMAT);
    expect(again.format("B6").style).toBe("input");
    expect(again.sheet().table).toEqual(host.sheet().table);
    expect(again.sheet().charts).toEqual(host.sheet().charts);
    expect(again.history.canUndo).toBe(false);
    // The loaded table still grows, its name with it.
    again.edit.setInput(`B${HEADER + 14}`, "20");
    expect(again.value("B20")).toBe(600 - 100);
  });

  it("refuses stored data it cannot read, saying what is wrong", () => {
    const good = new HyperFormulaHost().persistence.saved();
    expect(() => readSaved(undefined)).toThrow(/not a GPU Payback workbook/);
    expect(() => readSaved("garbage")).toThrow(/not a GPU Payback workbook/);
    expect(() => readSaved({ ...good, version: 99 })).toThrow(/version 99/);
    expect(() => readSaved({ ...good, sheets: [] })).toThrow(/no sheets/);
    expect(() => readSaved({ ...good, sheets: [{ ...good.sheets[0], cells: [[{}]] }] })).toThrow(
      /neither a value nor a formula/
    );
    expect(() =>
      readSaved({ ...good, sheets: [{ ...good.sheets[0], formats: [["A1", { style: "x" }]] }] })
    ).toThrow(/unknown style/);
    expect(() => readSaved({ ...good, active: 3 })).toThrow(/active sheet/);
    expect(readSaved(good)).toBe(good);
  });

  it("a new workbook (reset) is one empty sheet with nothing to undo", async () => {
    const host = new HyperFormulaHost();
    await host.pane.insertTemplate(buildTemplatePlan());
    host.persistence.reset();
    expect(host.hf.getSheetNames()).toEqual(["Sheet1"]);
    expect(host.extent()).toEqual({ rows: 0, columns: 0 });
    expect(host.history.canUndo).toBe(false);
    expect(host.hf.getAllNamedExpressionsSerialized()).toEqual([]);
  });
});

describe("100,000 rows", () => {
  it("a table of 100,000 companies is summed (past HyperFormula's default of 40,000 rows)", async () => {
    const host = new HyperFormulaHost();
    const plan = buildTemplatePlan();
    const rows = Array.from({ length: 100_000 }, (_, i) => [`Company ${i + 1}`, 2 ** -6, ""]);
    await host.pane.insertTemplate({ ...plan, table: { ...plan.table, rows } });
    // 100,000 × 2⁻⁶ = 1,562.5 identified: the gap is 200 − 1,562.5.
    expect(host.value("B19")).toBe(1562.5);
    expect(host.value("B20")).toBe(200 - 1562.5);
    host.edit.setInput(`B${HEADER + 100_000 + 1}`, "10"); // the row under the table
    expect(host.value("B20")).toBe(200 - 1572.5);
  }, 60000);
});

describe("tab-separated text (the clipboard's format)", () => {
  it("reads Excel's and Google Sheets' text: tabs, CRLF or LF, quoted cells", () => {
    expect(parseTsv("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseTsv("a\t\tc\n")).toEqual([["a", "", "c"]]);
    expect(parseTsv('"two\nlines"\t"say ""hi"""\nx')).toEqual([["two\nlines", 'say "hi"'], ["x"]]);
    expect(parseTsv('5" screen\t1')).toEqual([['5" screen', "1"]]);
    expect(parseTsv("")).toEqual([]);
  });

  it("writes what it reads", () => {
    const rows = [
      ["OpenAI", "$1.0B", ""],
      ["tab\there", 'quote"', "line\nbreak"],
    ];
    expect(toTsv(rows)).toBe('OpenAI\t$1.0B\t\n"tab\there"\t"quote"""\t"line\nbreak"');
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });

  it("a cell holding a carriage return (an old Mac line break) is copied quoted: it stays one cell", () => {
    const rows = [["a\rb", "c\r\nd", "e"], ["f"]];
    expect(toTsv(rows)).toBe('"a\rb"\t"c\r\nd"\te\nf');
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
