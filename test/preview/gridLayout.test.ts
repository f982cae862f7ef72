/**
 * @jest-environment jsdom
 */
/**
 * How the grid shows a new sheet, in jsdom with a scroller that has a size and counts what is read
 * from it: the scroller's layout is read once, before the first write (each read after a write
 * makes a browser lay the whole grid out there and then), and the new sheet's active cell is
 * scrolled into view from wherever the previous sheet was.
 */
import { buildTemplatePlan } from "../../src/template";
import { mount } from "./workbookHarness";

const LAYOUT = ["scrollTop", "scrollLeft", "clientWidth", "clientHeight"] as const;

/** Gives the scroller a 900 × 500 px view and a scroll position, counting the reads of each. */
function laidOut(scroller: HTMLElement) {
  const reads = Object.fromEntries(LAYOUT.map((name) => [name, 0])) as Record<
    (typeof LAYOUT)[number],
    number
  >;
  const position = { scrollTop: 0, scrollLeft: 0 };
  const size = { clientWidth: 900, clientHeight: 500 };
  for (const name of LAYOUT) {
    Object.defineProperty(scroller, name, {
      configurable: true,
      get: () => {
        reads[name]++;
        return name === "scrollTop" || name === "scrollLeft" ? position[name] : size[name];
      },
      set: (value: number) => {
        if (name === "scrollTop" || name === "scrollLeft") position[name] = value;
      },
    });
  }
  const resetReads = () => LAYOUT.forEach((name) => (reads[name] = 0));
  return { reads, position, resetReads };
}

describe("showing a new sheet", () => {
  it("reads the scroller's position and size once each", async () => {
    const { host, grid } = mount();
    const { reads, resetReads } = laidOut(grid);
    resetReads();
    await host.pane.insertTemplate(buildTemplatePlan());
    expect(reads).toEqual({ scrollTop: 1, scrollLeft: 1, clientWidth: 1, clientHeight: 1 });
  });

  it("scrolls the new sheet's active cell into view, from far down the sheet before it", async () => {
    const { host, grid, view, cell } = mount();
    const { position } = laidOut(grid);
    position.scrollTop = 20_000;
    position.scrollLeft = 3_000;
    const plan = buildTemplatePlan();
    await host.pane.insertTemplate(plan);
    // The template's active cell (B6) sits in the first screen: the view goes back to the top.
    expect(plan.activeCell).toBe("B6");
    const z = view.grid.zoom;
    const box = view.grid.geometry.box(1, 5);
    expect(position.scrollTop).toBeLessThanOrEqual(box.top * z);
    expect(position.scrollTop + 500).toBeGreaterThanOrEqual((box.top + box.height) * z);
    expect(position.scrollLeft).toBeLessThanOrEqual(box.left * z);
    // And its cells are the ones painted.
    expect(cell("B6")).not.toBeNull();
    expect(cell("B20").textContent).toBe("$125.0B");
  });

  it("leaves the scroll alone when the active cell is already in view", async () => {
    const { host, grid } = mount();
    const { position } = laidOut(grid);
    position.scrollTop = 10;
    await host.pane.insertTemplate(buildTemplatePlan());
    expect(position.scrollTop).toBe(10);
    expect(position.scrollLeft).toBe(0);
  });
});
