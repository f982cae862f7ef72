/**
 * @jest-environment jsdom
 */
/**
 * Before the engine is ready: the workbook view is mounted before HyperFormula's chunk arrives
 * and attached to the host later. Meanwhile the grid says it is loading (aria-busy, the status
 * bar's message, which the selection no longer clears), a cell typed into keeps what was typed
 * and shows it, and attach writes it into the host in order, each entry one undoable change.
 */
import { parseCell } from "../../src/engine/a1";
import { TypedWhileLoading } from "../../src/preview/grid/loading";
import { GRID_TEXT } from "../../src/preview/grid/text";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { mountWorkbook } from "../../src/preview/workbook";

Element.prototype.scrollTo = function scrollTo() {} as typeof Element.prototype.scrollTo;

function mountLoading() {
  document.body.replaceChildren();
  const root = document.createElement("main");
  document.body.appendChild(root);
  const view = mountWorkbook(root);
  const grid = root.querySelector<HTMLElement>(".grid-scroll")!;
  const editor = () => root.querySelector<HTMLInputElement>(".cell-editor");
  const press = (target: EventTarget, key: string) =>
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  /** Types into the active cell as a user does: the first key opens the editor. */
  const type = (text: string) => {
    press(grid, text[0]);
    const input = editor()!;
    input.value += text.slice(1);
    input.dispatchEvent(new Event("input"));
  };
  const cell = (address: string) =>
    root.querySelector<HTMLElement>(`.cell[data-address="${address}"]`)?.textContent ?? "";
  const status = () => root.querySelector("#status-message")!.textContent;
  const select = (address: string) =>
    view.select({ anchor: parseCell(address), active: parseCell(address) });
  grid.focus();
  return { root, view, grid, editor, press, type, cell, status, select };
}

describe("before the engine is ready", () => {
  it("says it is loading, and the selection moving does not clear it", () => {
    const { grid, press, status } = mountLoading();
    expect(grid.getAttribute("aria-busy")).toBe("true");
    expect(status()).toBe("Loading the calculation engine…");
    press(grid, "ArrowDown");
    press(grid, "ArrowRight");
    expect(status()).toBe("Loading the calculation engine…");
  });

  it("keeps what is typed, shows it in its cell, and writes it in order on attach", () => {
    const { view, grid, editor, press, type, cell, status } = mountLoading();
    type("42");
    expect(editor()!.value).toBe("42");
    press(editor()!, "Enter");
    type("=A1*2");
    press(editor()!, "Enter");
    type("7");
    press(editor()!, "Tab"); // A3 → B3
    expect([cell("A1"), cell("A2"), cell("A3")]).toEqual(["42", "=A1*2", "7"]);
    expect(status()).toBe(
      "Loading the calculation engine… What you typed in A1, A2, A3 is kept and written as soon as it is ready."
    );
    const host = new HyperFormulaHost();
    view.attach(host);
    expect(grid.getAttribute("aria-busy")).toBe("false");
    expect([host.value("A1"), host.value("A2"), host.value("A3")]).toEqual([42, 84, 7]);
    expect([cell("A1"), cell("A2")]).toEqual(["42", "84"]);
    expect(host.selection).toBe("B3");
    expect(status()).toBe(
      "The calculation engine is ready: what you typed in A1, A2, A3 is written (Undo puts back what was there)."
    );
    // Three entries, three undoable changes, the last first.
    expect(host.history.undo()).toBe(true);
    expect([host.value("A2"), host.value("A3")]).toEqual([84, null]);
  });

  it("a cell typed into twice shows the second entry while loading, and keeps it after", () => {
    const { view, press, editor, type, cell, select } = mountLoading();
    type("first");
    press(editor()!, "Enter");
    select("A1");
    type("second");
    press(editor()!, "Enter");
    expect(cell("A1")).toBe("second");
    const host = new HyperFormulaHost();
    view.attach(host);
    expect(host.value("A1")).toBe("second");
    expect(cell("A1")).toBe("second");
  });

  it("writes over the saved workbook's cell as typed, and Undo puts back what was there", () => {
    const { view, editor, press, type, select } = mountLoading();
    select("B2");
    type("new");
    press(editor()!, "Enter");
    const host = new HyperFormulaHost();
    host.edit.setInput("B2", "saved");
    host.select("D9"); // where the saved workbook had its selection
    view.attach(host);
    expect(host.value("B2")).toBe("new");
    expect(host.selection).toBe("B3"); // where the user is, not where the saved one was
    host.history.undo();
    expect(host.value("B2")).toBe("saved");
  });

  it("takes the formula bar's entry too", () => {
    const { view, root } = mountLoading();
    const bar = root.querySelector<HTMLInputElement>("#formula-bar")!;
    bar.focus();
    bar.value = "=1+2";
    bar.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true })
    );
    const host = new HyperFormulaHost();
    view.attach(host);
    expect(host.value("A1")).toBe(3);
  });

  it("keeps an edit open when the engine arrives; Enter then writes it", () => {
    const { view, editor, press, type } = mountLoading();
    type("12");
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "saved");
    view.attach(host);
    expect(editor()?.value).toBe("12");
    press(editor()!, "Enter");
    expect(host.value("A1")).toBe(12);
  });

  it("opens no editor for F2 (the cell's content is not known yet) and says why", () => {
    const { grid, editor, press, status } = mountLoading();
    press(grid, "F2");
    expect(editor()).toBeNull();
    expect(status()).toBe(GRID_TEXT.en.loadingNoEdit);
  });

  it("says it is loading in the language chosen meanwhile", () => {
    const { view, status } = mountLoading();
    view.setLanguage("zh-TW");
    expect(status()).toBe("正在載入計算引擎…");
  });

  it("with nothing typed, attach shows the saved workbook's selection and no message", () => {
    const { view, status } = mountLoading();
    const host = new HyperFormulaHost();
    host.select("C4");
    view.attach(host);
    expect(host.selection).toBe("C4");
    expect(status()).toBe("");
  });
});

describe("what was typed while loading", () => {
  it("is written even when one entry is refused, and the refused one is named with the reason", () => {
    const typed = new TypedWhileLoading();
    typed.hold({ col: 0, row: 0 }, "1");
    typed.hold({ col: 1, row: 0 }, "bad");
    typed.hold({ col: 2, row: 0 }, "3");
    const written: string[] = [];
    const said = typed.release(({ text }) => {
      if (text === "bad") throw new Error("The formula is too long.");
      written.push(text);
    }, GRID_TEXT.en);
    expect(written).toEqual(["1", "3"]);
    expect(said).toBe(
      "The calculation engine is ready, but what you typed in B1 could not be written: The formula is too long."
    );
    expect(typed.count).toBe(0);
  });

  it("names at most five cells, each once", () => {
    const typed = new TypedWhileLoading();
    for (const row of [0, 0, 1, 2, 3, 4, 5]) typed.hold({ col: 0, row }, "x");
    expect(typed.message(GRID_TEXT.en)).toContain("in A1, A2, A3, A4, A5, … is kept");
    expect(typed.textAt(0, 5)).toBe("x");
    expect(typed.source().extent()).toEqual({ rows: 6, columns: 1 });
  });
});
