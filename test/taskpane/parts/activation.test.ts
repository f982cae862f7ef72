/** @jest-environment jsdom */
/**
 * A double-click on any of the pane's buttons does its action once: the second click of a
 * double-click (detail 2) is not a second activation, even when the first action has already
 * finished (the preview's host finishes at once), and neither is a held Enter repeating. A slow
 * action ignores any click until it is done.
 */
import { mountPane } from "../../../src/taskpane/pane";
import { onActivate } from "../../../src/taskpane/parts/activation";
import { RecordingHost, settle } from "../paneSupport";

/** How many times the pane asked the host for anything. */
const calls = (host: RecordingHost) =>
  host.plans.length +
  host.formulas.length +
  host.recalculations +
  host.reentries +
  host.portableModes.length;

function mount() {
  document.body.replaceChildren();
  const root = document.createElement("div");
  document.body.append(root);
  const host = new RecordingHost();
  mountPane(root, host);
  const $ = (selector: string) => root.querySelector<HTMLButtonElement>(selector)!;
  return { root, host, $ };
}

/** What the browser sends for a double-click, each event its own task (the first action ends between). */
async function doubleClick(button: HTMLElement): Promise<void> {
  for (const [type, detail] of [
    ["click", 1],
    ["click", 2],
    ["dblclick", 2],
  ] as const) {
    button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, detail }));
    await settle();
  }
}

describe("a double-click on a pane button", () => {
  it.each([
    ["#insert-template", (h: RecordingHost) => h.plans.length],
    ["#make-portable", (h: RecordingHost) => h.portableModes.length],
    ["#recalculate", (h: RecordingHost) => h.recalculations],
    ["#reenter-gpu-formulas", (h: RecordingHost) => h.reentries],
    ["#insert-required-revenue", (h: RecordingHost) => h.formulas.length],
  ])("%s asks the host once", async (selector, count) => {
    const { host, $ } = mount();
    await doubleClick($(selector));
    expect(count(host)).toBe(1);
    expect(calls(host)).toBe(1);
    // A later, separate click is a new activation.
    $(selector).dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
    await settle();
    expect(count(host)).toBe(2);
  });

  it("does no button's action twice", async () => {
    const { root, host } = mount();
    for (const button of Array.from(root.querySelectorAll("button"))) {
      const before = calls(host);
      await doubleClick(button);
      // [id, at most once]: a failure names the button.
      expect([button.id, calls(host) - before <= 1]).toEqual([button.id, true]);
    }
  });

  it("confirms Make portable in place once: one in-place conversion", async () => {
    const { host, $ } = mount();
    await doubleClick($("#make-portable-in-place"));
    await doubleClick($("#portable-confirm-in-place"));
    expect(host.portableModes).toEqual(["in-place"]);
  });
});

describe("while an action runs", () => {
  it("ignores another click until the host answers, then takes the next one", async () => {
    const { host, $ } = mount();
    let finish: (sheet: string) => void = () => undefined;
    host.insertResult = () => new Promise((resolve) => (finish = resolve));
    const click = () =>
      $("#insert-template").dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
    click();
    await settle();
    expect($("#insert-template").getAttribute("aria-disabled")).toBe("true");
    click();
    await settle();
    expect(host.plans).toHaveLength(1);
    finish("GPU Payback");
    await settle();
    expect($("#insert-template").getAttribute("aria-disabled")).toBe("false");
    click();
    await settle();
    expect(host.plans).toHaveLength(2);
  });
});

describe("onActivate", () => {
  function button(repeats = false) {
    const node = document.createElement("button");
    let count = 0;
    onActivate(node, () => count++, repeats);
    const key = (repeat: boolean) => {
      const event = new KeyboardEvent("keydown", { key: "Enter", repeat, cancelable: true });
      node.dispatchEvent(event);
      return event.defaultPrevented;
    };
    return { node, key, count: () => count };
  }

  it("counts a keyboard or scripted click (detail 0) every time", () => {
    const { node, count } = button();
    node.click();
    node.click();
    expect(count()).toBe(2);
  });

  it("stops a held Enter from activating again, not the first press", () => {
    const { key } = button();
    expect(key(false)).toBe(false);
    expect(key(true)).toBe(true);
  });

  it("takes every click of a stepping button (Undo), held keys too", () => {
    const { node, key, count } = button(true);
    node.dispatchEvent(new MouseEvent("click", { detail: 1 }));
    node.dispatchEvent(new MouseEvent("click", { detail: 2 }));
    expect(count()).toBe(2);
    expect(key(true)).toBe(false);
  });
});
