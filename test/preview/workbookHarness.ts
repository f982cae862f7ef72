/**
 * The workbook view mounted in jsdom over a real HyperFormulaHost, with helpers that act as a
 * user does: keys on the focused element, mouse events at a cell's coordinates (the grid finds
 * the cell under the pointer from them), typing into the cell editor. Used by the view's tests.
 */
import { parseCell } from "../../src/engine/a1";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { mountWorkbook } from "../../src/preview/workbook";

// jsdom lays nothing out, so it has no scrolling to do.
Element.prototype.scrollTo = function scrollTo() {} as typeof Element.prototype.scrollTo;

export function mount() {
  document.body.replaceChildren();
  const root = document.createElement("main");
  document.body.appendChild(root);
  const host = new HyperFormulaHost();
  const view = mountWorkbook(root, host);
  const cell = (address: string) =>
    root.querySelector<HTMLElement>(`.cell[data-address="${address}"]`)!;
  const grid = root.querySelector<HTMLElement>(".grid-scroll")!;
  const formulaBar = root.querySelector<HTMLInputElement>("#formula-bar")!;
  const nameBox = root.querySelector<HTMLInputElement>("#name-box")!;
  const press = (target: EventTarget, key: string, modifiers: KeyboardEventInit = {}) =>
    target.dispatchEvent(
      new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...modifiers })
    );
  /** A mouse event at a cell's position (the grid finds the cell from the coordinates). */
  const mouse = (type: string, address: string, init: MouseEventInit = {}, dx = 3) => {
    const { col, row } = parseCell(address);
    const box = view.grid.geometry.box(col, row);
    const target = cell(address) ?? view.grid.layer;
    target.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        clientX: box.left + dx,
        clientY: box.top + 3,
        ...init,
      })
    );
  };
  const click = (address: string, init: MouseEventInit = {}) => {
    mouse("mousedown", address, init);
    document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  };
  const type = (text: string) => {
    for (const ch of text) {
      const input = editor();
      if (!input) press(grid, ch);
      else {
        const caret = input.selectionStart ?? input.value.length;
        input.value = input.value.slice(0, caret) + ch + input.value.slice(caret);
        input.setSelectionRange(caret + 1, caret + 1);
        input.dispatchEvent(new Event("input"));
      }
    }
  };
  const editor = () => root.querySelector<HTMLInputElement>(".cell-editor");
  const tabs = () => Array.from(root.querySelectorAll<HTMLElement>("[role=tab]"));
  const status = () => root.querySelector("#status-message")!.textContent;
  const figures = () => root.querySelector("#status-figures")!.textContent;
  grid.focus();
  return {
    root,
    host,
    view,
    cell,
    grid,
    formulaBar,
    nameBox,
    press,
    mouse,
    click,
    type,
    editor,
    tabs,
    status,
    figures,
  };
}
