/**
 * @jest-environment jsdom
 */
/**
 * The workbook toolbar's buttons over a real HyperFormulaHost: a double-click on Insert row or
 * Delete row does it once (the host finishes before the second click arrives); Undo and Redo
 * are stepping buttons, each click one step, as a user clicking Undo twice means.
 */
import { mount } from "./workbookHarness";

async function doubleClick(button: HTMLElement): Promise<void> {
  for (const [type, detail] of [
    ["click", 1],
    ["click", 2],
    ["dblclick", 2],
  ] as const) {
    button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, detail }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe("a double-click on the workbook's toolbar", () => {
  it("inserts one row, deletes one row", async () => {
    const { host, root } = mount();
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`#${id}`)!;
    host.edit.setInput("A1", "1");
    host.edit.setInput("A2", "2");
    await doubleClick(button("insert-row")); // above A1
    expect([host.value("A1"), host.value("A2"), host.value("A3")]).toEqual([null, 1, 2]);
    await doubleClick(button("delete-row")); // the empty row 1
    expect([host.value("A1"), host.value("A2")]).toEqual([1, 2]);
  });

  it("undoes twice and redoes twice: Undo and Redo take every click", async () => {
    const { host, root } = mount();
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`#${id}`)!;
    host.edit.setInput("A1", "1");
    host.edit.setInput("A1", "2");
    host.edit.setInput("A1", "3");
    await doubleClick(button("undo"));
    expect(host.value("A1")).toBe(1);
    await doubleClick(button("redo"));
    expect(host.value("A1")).toBe(3);
  });
});
