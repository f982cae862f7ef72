/**
 * @jest-environment jsdom
 */
/**
 * The spreadsheet habits of the preview's grid, in jsdom over a real HyperFormulaHost: ranges,
 * the keys Excel users press, point mode, the name box, undo, rows, the clipboard's logic, the
 * status bar and the language. Figures are the article's (50 → 100 → 200, 75, 125) or worked out
 * by hand. The real-browser proofs (system clipboard, reload, screenshots) are in test/browser.
 */
import { GridClipboard } from "../../src/preview/grid/clipboard";
import { buildTemplatePlan, MONEY_FORMAT } from "../../src/template";
import { mount } from "./workbookHarness";

const ctrl = { ctrlKey: true };
/**
 * A row of the company table's neighbourhood, written as it was when the table's header sat in
 * row 29: the same row now, wherever the plan puts the table (last, below the debate).
 */
const TABLE_HEADER = Number(/\d+/.exec(buildTemplatePlan().table.range)![0]);
const row = (n: number): number => n - 29 + TABLE_HEADER;

describe("a click selects the cell under the pointer", () => {
  it(`even where a text's overflow covers the cell (B${row(42)} under A${row(42)}'s company name)`, async () => {
    const { host, cell, click, press, grid, editor, view } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    const a45 = { col: 0, row: row(45) - 1 };
    view.select({ anchor: a45, active: a45 }); // the rows under the table in view
    host.edit.setInput(`A${row(42)}`, "'A company with a long name");
    expect(cell(`A${row(42)}`).classList.contains("overflow")).toBe(true);
    click(`B${row(42)}`);
    expect(host.selection).toBe(`B${row(42)}`);
    press(grid, "7");
    press(editor()!, "Enter");
    expect(host.value(`A${row(42)}`)).toBe("A company with a long name");
    expect(host.value(`B${row(42)}`)).toBe(7);
  });
});

describe("ranges", () => {
  it("Shift+arrows and Shift+click select a range; the status bar sums it; Delete clears it", async () => {
    const { host, click, press, grid, figures, nameBox } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click(`B${row(30)}`);
    press(grid, "ArrowDown", { shiftKey: true });
    press(grid, "ArrowDown", { shiftKey: true });
    expect(nameBox.value).toBe(`B${row(30)}:B${row(32)}`);
    // OpenAI 1, Google 10, Microsoft 10 ($B): sum 21, average 7, count 3.
    expect(figures()).toBe("Average: 7Count: 3Sum: 21");
    // Shift+click keeps the anchor (B30) and moves the other corner.
    click(`A${row(32)}`, { shiftKey: true });
    expect(nameBox.value).toBe(`A${row(30)}:B${row(32)}`);
    expect(figures()).toBe("Average: 7Count: 6Sum: 21");
    press(grid, "Delete");
    for (const address of [`A${row(30)}`, `B${row(30)}`, `A${row(32)}`, `B${row(32)}`])
      expect(host.value(address)).toBeNull();
    // 75 − 21 identified: the gap is 200 − 54 = 146.
    expect(host.value("B20")).toBe(146);
  });

  it("a click on a row or column header selects the whole row or column", async () => {
    const { host, root, nameBox, figures, view } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    const header = (selector: string) => root.querySelector<HTMLElement>(selector)!;
    header('.row-header[data-row="22"]').dispatchEvent(
      new MouseEvent("mousedown", { bubbles: true, cancelable: true, button: 0 })
    );
    // every column the sheet shows: its 14 (A to N, the debate section the widest) and 26 spare for
    // long texts to run on, to AN
    expect(nameBox.value).toBe("A22:AN22");
    // The break-even label, 18.75 and its note: three values, one number.
    expect(figures()).toBe("Average: 18.75Count: 3Sum: 18.75");
    header('.column-header[data-column="B"]').dispatchEvent(
      new MouseEvent("mousedown", { bubbles: true, cancelable: true, button: 0 })
    );
    expect(nameBox.value).toBe(`B1:B${view.grid.geometry.rows}`);
    expect(host.selection).toBe("B1");
  });

  it("a drag selects from where it began to where it ends", async () => {
    const { host, mouse, nameBox } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    mouse("mousedown", `A${row(30)}`);
    document.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: 0, clientY: 0 }));
    expect(nameBox.value).toBe(`A1:A${row(30)}`);
    document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  });
});

describe("the keys Excel users press", () => {
  it("Ctrl+arrows go to the edge of the data; Home, End, Ctrl+Home, Ctrl+End, PageDown", async () => {
    const { host, click, press, grid, view } = mount();
    const plan = buildTemplatePlan();
    await host.pane.insertTemplate(plan);
    const debateTop = plan.debate[0].row - 2; // "The debate since", below the two bands
    click(`A${debateTop}`);
    press(grid, "ArrowDown", ctrl);
    expect(host.selection).toBe(`A${plan.debate[plan.debate.length - 1].row}`); // its last row
    press(grid, "ArrowDown", ctrl);
    expect(host.selection).toBe(`A${row(28)}`); // the company table's heading, last on the sheet
    click(`A${row(30)}`);
    press(grid, "ArrowDown", ctrl);
    expect(host.selection).toBe(`A${row(41)}`); // the table's last row
    press(grid, "ArrowDown", ctrl);
    expect(host.selection).toBe(`A${view.grid.geometry.rows}`); // nothing below: the last row
    press(grid, "Home", ctrl);
    expect(host.selection).toBe("A1");
    click("B22");
    press(grid, "End");
    expect(host.selection).toBe("C22"); // B22's note in C is the row's last value
    press(grid, "Home");
    expect(host.selection).toBe("A22");
    press(grid, "End", ctrl);
    const extent = host.extent();
    expect(host.selection).toBe(`${String.fromCharCode(64 + extent.columns)}${extent.rows}`);
    press(grid, "Home", ctrl);
    const page = view.grid.pageRows;
    press(grid, "PageDown");
    expect(Number(host.selection.slice(1))).toBe(1 + page);
    press(grid, "PageUp");
    expect(host.selection).toBe("A1");
  });

  it("Enter moves down; F2 edits the cell's content; Tab moves right", async () => {
    const { host, click, press, grid, editor } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click("B6");
    press(grid, "Enter");
    expect(host.selection).toBe("B7");
    press(grid, "Tab");
    expect(host.selection).toBe("C7");
    click("B8");
    press(grid, "F2");
    expect(editor()!.value).toBe("50%");
  });
});

describe("point mode", () => {
  it("arrows and clicks write references into a formula being typed", async () => {
    const { host, click, press, type, editor, mouse } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click(`A${row(45)}`);
    type("=SUM(");
    press(editor()!, "ArrowUp");
    expect(editor()!.value).toBe(`=SUM(A${row(44)}`);
    press(editor()!, "ArrowUp");
    expect(editor()!.value).toBe(`=SUM(A${row(43)}`);
    press(editor()!, "ArrowUp", { shiftKey: true });
    expect(editor()!.value).toBe(`=SUM(A${row(42)}:A${row(43)}`);
    // A click replaces the reference just written; still editing.
    mouse("mousedown", `B${row(30)}`);
    expect(editor()!.value).toBe(`=SUM(B${row(30)}`);
    type(":");
    mouse("mousedown", `B${row(41)}`);
    expect(editor()!.value).toBe(`=SUM(B${row(30)}:B${row(41)}`);
    type(")");
    press(editor()!, "Enter");
    expect(host.formula(`A${row(45)}`)).toBe(`=SUM(B${row(30)}:B${row(41)})`);
    expect(host.value(`A${row(45)}`)).toBe(75);
  });

  it("outside a formula, an arrow ends the edit and moves, as in Excel", async () => {
    const { host, click, press, type, editor } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click(`A${row(45)}`);
    type("12");
    press(editor()!, "ArrowRight");
    expect(host.value(`A${row(45)}`)).toBe(12);
    expect(host.selection).toBe(`B${row(45)}`);
  });
});

describe("the name box", () => {
  it("goes to a typed address, a range or a defined name; says so when it is neither", async () => {
    const { host, nameBox, press, status } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    nameBox.focus();
    nameBox.value = "d40";
    press(nameBox, "Enter");
    expect(host.selection).toBe("D40");
    nameBox.value = "Revenues";
    press(nameBox, "Enter");
    expect(nameBox.value).toBe(`B${row(30)}:B${row(41)}`);
    expect(host.selection).toBe(`B${row(30)}`);
    nameBox.value = "nowhere";
    press(nameBox, "Enter");
    expect(status()).toContain('"nowhere" is neither a cell address nor a name');
    expect(host.selection).toBe(`B${row(30)}`);
  });
});

describe("undo and redo", () => {
  it("Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z and Cmd+Z undo and redo edits and the template itself", async () => {
    const { host, click, press, type, editor, grid, cell, tabs } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click("B6");
    type("150");
    press(editor()!, "Enter");
    expect(cell("B18").textContent).toBe("$600.0B");
    press(grid, "z", ctrl);
    expect(cell("B18").textContent).toBe("$200.0B");
    press(grid, "y", ctrl);
    expect(cell("B18").textContent).toBe("$600.0B");
    press(grid, "z", { metaKey: true });
    expect(cell("B6").textContent).toBe("$50.0B");
    press(grid, "Z", { ctrlKey: true, shiftKey: true });
    expect(cell("B6").textContent).toBe("$150.0B");
    press(grid, "z", ctrl);
    press(grid, "z", ctrl); // the template's insertion
    expect(tabs().map((t) => t.textContent)).toEqual(["Sheet1"]);
    expect(host.hf.getSheetNames()).toEqual(["Sheet1"]);
    press(grid, "y", ctrl);
    expect(tabs().map((t) => t.textContent)).toEqual(["Sheet1", "GPU Payback"]);
    expect(host.value("B20", "GPU Payback")).toBe(125);
  });
});

describe("undo from elsewhere on the page", () => {
  it("Ctrl+Z on a button (the pane's Insert) undoes the workbook's last change", async () => {
    const { host, press, root } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    const button = root.querySelector<HTMLButtonElement>("#insert-row")!;
    button.focus();
    press(button, "z", ctrl);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    // In a text field, Ctrl+Z is the field's own.
    host.history.redo();
    const nameBox = root.querySelector<HTMLInputElement>("#name-box")!;
    press(nameBox, "z", ctrl);
    expect(host.sheets).toHaveLength(2);
  });
});

describe("rows", () => {
  it("the toolbar inserts and deletes rows; a row inserted in the table joins it, with $B", async () => {
    const { host, click, root } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click(`A${row(34)}`);
    root.querySelector<HTMLButtonElement>("#insert-row")!.click();
    expect(host.sheet().table!.range.bottom).toBe(row(42) - 1); // one row longer (0-based bottom)
    expect(host.value(`A${row(34)}`)).toBeNull();
    expect(host.value(`A${row(35)}`)).toBe("Apple");
    host.edit.setInput(`B${row(34)}`, "20");
    expect(host.format(`B${row(34)}`).numberFormat).toBe(MONEY_FORMAT);
    expect(host.value("B20")).toBe(200 - 95); // identified 75 + 20
    root.querySelector<HTMLButtonElement>("#delete-row")!.click();
    expect(host.value(`A${row(34)}`)).toBe("Apple");
    expect(host.value("B20")).toBe(125);
  });

  it("the context menu (right click) inserts a row above the clicked one", async () => {
    const { host, mouse, root } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    mouse("mousedown", `A${row(32)}`, { button: 2 });
    mouse("contextmenu", `A${row(32)}`, { button: 2 });
    const menu = root.querySelector<HTMLElement>(".context-menu")!;
    expect(menu.hidden).toBe(false);
    root.querySelector<HTMLButtonElement>("#menu-insert-row")!.click();
    await Promise.resolve();
    expect(menu.hidden).toBe(true);
    expect(host.value(`A${row(32)}`)).toBeNull();
    expect(host.value(`A${row(33)}`)).toBe("Microsoft");
    expect(host.sheet().table!.range.bottom).toBe(row(42) - 1);
  });

  it("a value typed just under the table joins it and keeps the column's number format", async () => {
    const { host, cell, view } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    const a45 = { col: 0, row: row(45) - 1 };
    view.select({ anchor: a45, active: a45 });
    host.edit.setInput(`A${row(42)}`, "'Newco");
    host.edit.setInput(`B${row(42)}`, "5");
    expect(cell(`B${row(42)}`).textContent).toBe("$5.0B");
    expect(host.value("B20")).toBe(120);
  });
});

describe("the clipboard's logic (the system clipboard itself is proved in Chromium)", () => {
  it("copies the shown text as tab-separated rows", async () => {
    const { host, view, click } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click(`A${row(30)}`);
    view.select({ anchor: { col: 0, row: row(30) - 1 }, active: { col: 1, row: row(31) - 1 } });
    expect(new GridClipboard(view).copy(false)).toBe("OpenAI\t$1.0B\nGoogle\t$10.0B");
  });

  it("pastes a copied formula with its relative references moved, as Excel does", async () => {
    const { host, view } = mount();
    host.edit.setInput("A1", "2");
    host.edit.setInput("A2", "3");
    host.edit.setInput("B1", "=A1*10+$A$1");
    const clipboard = new GridClipboard(view);
    view.select({ anchor: { col: 1, row: 0 }, active: { col: 1, row: 0 } });
    const text = clipboard.copy(false);
    view.select({ anchor: { col: 1, row: 1 }, active: { col: 1, row: 1 } });
    await clipboard.paste(text);
    expect(host.formula("B2")).toBe("=A2*10+$A$1");
    expect(host.value("B2")).toBe(32);
  });

  it("pastes text from elsewhere into cells; a block under the table joins it", async () => {
    const { host, view } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    view.select({ anchor: { col: 0, row: row(42) - 1 }, active: { col: 0, row: row(42) - 1 } });
    await new GridClipboard(view).paste("Newco\t5\r\nOtherco\t20\r\n");
    expect(host.value(`A${row(43)}`)).toBe("Otherco");
    expect(host.sheet().table!.range.bottom).toBe(row(43) - 1);
    expect(host.value("B20")).toBe(200 - 100);
  });

  it("a block copied on one sheet and pasted on another lands as the text it showed", async () => {
    const { host, view } = mount();
    host.edit.setInput("A1", "2");
    host.edit.setInput("B1", "=A1*10");
    const clipboard = new GridClipboard(view);
    view.select({ anchor: { col: 0, row: 0 }, active: { col: 1, row: 0 } });
    const text = clipboard.copy(false);
    expect(text).toBe("2\t20");
    const other = await host.pane.insertTemplate(buildTemplatePlan());
    expect(host.activeSheet.name).toBe(other);
    const before = [host.formula("A1"), host.value("A1"), host.formula("B1"), host.value("B1")];
    view.select({ anchor: { col: 25, row: 4 }, active: { col: 25, row: 4 } });
    await clipboard.paste(text);
    expect([host.value("Z5", other), host.value("AA5", other)]).toEqual([2, 20]);
    expect([host.formula("A1"), host.value("A1"), host.formula("B1"), host.value("B1")]).toEqual(
      before
    );
  });

  it("an HTML-only clipboard: the table's header cells (th) land too, above its data", async () => {
    const { host, view } = mount();
    const html =
      "<table><thead><tr><th>Company</th><th>Revenue ($B)</th></tr></thead>" +
      "<tbody><tr><td>Newco</td><td> 7 </td></tr></tbody></table>";
    const data = { getData: (type: string) => (type === "text/html" ? html : "") };
    view.select({ anchor: { col: 0, row: 0 }, active: { col: 0, row: 0 } });
    await new GridClipboard(view).pasteData(data as unknown as DataTransfer);
    expect([host.value("A1"), host.value("B1"), host.value("A2"), host.value("B2")]).toEqual([
      "Company",
      "Revenue ($B)",
      "Newco",
      7,
    ]);
  });

  it("an empty cell in pasted text lands blank: COUNTA and ISBLANK see nothing there", async () => {
    const { host, view } = mount();
    host.edit.setInput("E1", "=COUNTA(A1:C1)");
    host.edit.setInput("E2", "=ISBLANK(B1)");
    view.select({ anchor: { col: 0, row: 0 }, active: { col: 0, row: 0 } });
    await new GridClipboard(view).paste("Newco\t\t5\n");
    expect([host.value("A1"), host.value("B1"), host.value("C1")]).toEqual(["Newco", null, 5]);
    expect([host.value("E1"), host.value("E2")]).toEqual([2, true]);
  });

  it("a cut block moves, and formulas that referred to it follow", async () => {
    const { host, view } = mount();
    host.edit.setInput("A1", "4");
    host.edit.setInput("C1", "=A1+1");
    const clipboard = new GridClipboard(view);
    view.select({ anchor: { col: 0, row: 0 }, active: { col: 0, row: 0 } });
    const text = clipboard.copy(true);
    view.select({ anchor: { col: 0, row: 4 }, active: { col: 0, row: 4 } });
    await clipboard.paste(text);
    expect(host.value("A1")).toBeNull();
    expect(host.formula("C1")).toBe("=A5+1");
    expect(host.value("C1")).toBe(5);
  });
});

describe("ten thousand rows, virtual", () => {
  it("renders only the cells in view and repaints only the rows that changed", async () => {
    const { host, root, cell, click, press, type, editor, view } = mount();
    const plan = buildTemplatePlan();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Company ${i + 1}`, 2 ** -7, "test"]);
    await host.pane.insertTemplate({ ...plan, table: { ...plan.table, rows } });
    expect(view.grid.geometry.rows).toBeGreaterThan(10_020);
    expect(root.querySelectorAll(".cell").length).toBeLessThan(1_000);
    // 10,000 × 2⁻⁷ (exact in binary) identified: 78.125, the gap 200 − 78.125.
    expect(host.value("B20")).toBe(121.875);
    // A2 changed behind the grid's back (the host did not report it): a grid that repainted
    // everything on the next edit would show it; one that repaints only reported rows does not.
    const before = cell("A2").textContent;
    host.hf.setCellContents({ sheet: host.activeSheet.id, col: 0, row: 1 }, "'changed unseen");
    click("B6");
    type("150");
    press(editor()!, "Enter");
    expect(cell("B20").textContent).toBe("$521.9B"); // 600 − 78.125
    expect(cell("A2").textContent).toBe(before);
    // Scrolled to the table's middle: those rows exist, the top ones are gone.
    const { grid } = view;
    grid.scroller.scrollTop = grid.geometry.rowOffsets[5000];
    grid.scroller.dispatchEvent(new Event("scroll"));
    // The table's first data row is Company 1.
    expect(cell("A5002").textContent).toBe(`Company ${5002 - TABLE_HEADER}`);
    expect(cell("A2")).toBeNull();
    expect(root.querySelectorAll(".cell").length).toBeLessThan(1_000);
  });
});

describe("the language", () => {
  it("the status bar, zoom and toolbar follow it (zh-TW)", async () => {
    const { host, view, root, click, figures } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    view.setLanguage("zh-TW");
    click(`B${row(30)}`);
    click(`B${row(31)}`, { shiftKey: true });
    expect(figures()).toBe("平均值: 5.5計數: 2加總: 11");
    expect(root.querySelector("label.zoom-label")!.textContent).toBe("縮放");
    expect(root.querySelector("#undo")!.textContent).toBe("復原");
    expect(root.querySelector("[role=tablist]")!.getAttribute("aria-label")).toBe("工作表");
    view.setLanguage("en");
    expect(figures()).toBe("Average: 5.5Count: 2Sum: 11");
  });
});
