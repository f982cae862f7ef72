/**
 * @jest-environment jsdom
 */
/**
 * Undo and redo match what the user did, with spills: the history never offers an action whose
 * HyperFormula steps the engine has dropped, 100 actions of many steps each all undo, and the
 * Undo and Redo buttons are disabled when there is nothing to undo or redo.
 */
import { undoDepth } from "../../src/preview/engineStacks";
import { History, UNDO_LIMIT, type HistoryEntry } from "../../src/preview/history";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { mount } from "./workbookHarness";

const state = { sheets: [], active: 0, selected: "A1", typed: [] };
const entry = (engineSteps: number): HistoryEntry => ({ engineSteps, before: state, after: state });

describe("History's budget of engine steps", () => {
  it("drops its oldest actions before their steps exceed HyperFormula's undo limit", () => {
    const history = new History();
    expect(history.record(entry(4000))).toBe(0);
    expect(history.record(entry(4000))).toBe(0);
    // 12,000 steps > 10,000: the first action goes, and its 4,000 steps with it.
    expect(history.record(entry(4000))).toBe(4000);
    expect(history.depth).toBe(2);
    expect(history.engineSteps).toBe(8000);
  });

  it("keeps UNDO_LIMIT actions, and counts steps across undo and redo", () => {
    const history = new History();
    for (let i = 0; i < UNDO_LIMIT + 3; i++) history.record(entry(2));
    expect(history.depth).toBe(100);
    expect(history.engineSteps).toBe(200);
    history.takeUndo();
    expect(history.engineSteps).toBe(198);
    history.takeRedo();
    expect(history.engineSteps).toBe(200);
  });
});

describe("100 actions with growing spills", () => {
  it("all undo and redo, each to the figures it showed (SUM(A1#) = 2(1+…+n) = n(n+1))", () => {
    const host = new HyperFormulaHost();
    host.edit.writeBlock(
      { col: 1, row: 0 },
      Array.from({ length: 102 }, (_, i) => [i + 1])
    );
    host.edit.setInput("A1", "=ARRAYFORMULA(B1:B2*2)");
    for (const cell of ["D1", "D2", "D3", "D4", "D5"]) host.edit.setInput(cell, "=SUM(A1#)");
    expect(host.value("D1")).toBe(2 * 3);
    // Edit k grows the array to k+2 rows: five A1# formulas translated again, six engine steps.
    for (let k = 1; k <= 100; k++) host.edit.setInput("A1", `=ARRAYFORMULA(B1:B${k + 2}*2)`);
    expect(host.value("D5")).toBe(102 * 103);
    expect(host.history.depth).toEqual({ actions: 100, engineSteps: 600 });
    expect(undoDepth(host.hf)).toBe(600);
    for (let k = 100; k >= 1; k--) {
      expect(host.history.undo()).toBe(true);
      expect(host.value("D1")).toBe((k + 1) * (k + 2));
    }
    expect(host.history.canUndo).toBe(false);
    expect(host.history.undo()).toBe(false);
    expect(host.value("D3")).toBe(2 * 3);
    for (let k = 1; k <= 100; k++) host.history.redo();
    expect(host.value("D4")).toBe(102 * 103);
    expect(host.history.canRedo).toBe(false);
  });
});

describe("the Undo and Redo buttons", () => {
  it("are disabled when there is nothing to undo or redo", () => {
    const { host, root, view } = mount();
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`#${id}`)!;
    expect(button("undo").disabled).toBe(true);
    expect(button("redo").disabled).toBe(true);
    view.write({ col: 0, row: 0 }, "5");
    expect(button("undo").disabled).toBe(false);
    view.undo();
    expect(host.value("A1")).toBeNull();
    expect(button("undo").disabled).toBe(true);
    expect(button("redo").disabled).toBe(false);
    view.redo();
    expect(button("redo").disabled).toBe(true);
    expect(host.value("A1")).toBe(5);
  });
});

describe("an edit the workbook refuses, in the view", () => {
  it("says why in the status bar and keeps the text in the editor; undo is as before", () => {
    const { host, view, grid, press, type, editor, status, root } = mount();
    view.write({ col: 0, row: 0 }, "5");
    grid.focus();
    const deep = `=${"(".repeat(65)}1${")".repeat(65)}`;
    type(deep);
    press(editor()!, "Enter");
    expect(status()).toBe(
      "A1: There are too many levels of nesting in this formula: a formula can nest at most 64 levels."
    );
    expect(editor()?.value).toBe(deep);
    expect(host.value("A1")).toBe(5);
    expect(host.history.depth.actions).toBe(1);
    press(editor()!, "Escape");
    expect(root.querySelector<HTMLButtonElement>("#undo")!.disabled).toBe(false);
    view.undo();
    expect(host.value("A1")).toBeNull();
  });

  it("in 繁體中文 too", () => {
    const { view, status } = mount();
    view.setLanguage("zh-TW");
    view.write({ col: 0, row: 0 }, `="${"x".repeat(256)}"`);
    expect(status()).toBe(
      "A1：公式中的文字值限制為 255 個字元。若要在公式中建立更長的文字，請用 & 運算子連接較短的片段。"
    );
  });
});
