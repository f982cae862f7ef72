/**
 * @jest-environment jsdom
 */
/**
 * The preview's workbook view and chart in jsdom, over a real HyperFormulaHost: what the grid
 * shows, how typing edits cells, that cell text never becomes markup. (The real-browser run is
 * test/browser/preview.browser.test.ts.)
 */
import { axisTicks, renderChart } from "../../src/preview/chart";
import { STYLES, buildTemplatePlan } from "../../src/template";
import { mount } from "./workbookHarness";

describe("the workbook view", () => {
  it("shows an empty Sheet1 with addressed cells, a formula bar and a tab", () => {
    const { cell, formulaBar, tabs, root } = mount();
    expect(cell("A1")).not.toBeNull();
    expect(cell("L20")).not.toBeNull();
    expect(cell("A1").classList.contains("selected")).toBe(true);
    expect(root.querySelector("#name-box")).not.toBeNull();
    expect(formulaBar.value).toBe("");
    expect(tabs().map((t) => [t.textContent, t.getAttribute("aria-selected")])).toEqual([
      ["Sheet1", "true"],
    ]);
  });

  it("shows the inserted template with the plan's formats and its STYLES", async () => {
    const { host, cell, tabs, root, view } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    expect(cell("B18").textContent).toBe("$200.0B");
    expect(cell("B20").textContent).toBe("$125.0B");
    expect(cell("B21").textContent).toBe("37.5%");
    expect(cell("B7").textContent).toBe("1.00");
    expect(cell("F6").textContent).toBe("30%");
    // The input style from src/template STYLES, not a copy in the stylesheet.
    expect(cell("B6").style.backgroundColor).toBe("rgb(255, 242, 204)");
    expect(cell("B6").style.color).toBe("rgb(0, 0, 255)");
    expect(cell("B6").style.fontWeight).toBe("bold");
    expect(cell("A1").style.fontSize).toBe(`${Math.round((STYLES.title.fontSize! * 4) / 3)}px`);
    expect(cell("B6").classList.contains("selected")).toBe(true);
    expect(tabs().map((t) => t.getAttribute("aria-selected"))).toEqual(["false", "true"]);
    const bars = root.querySelectorAll("svg.chart rect.chart-bar");
    expect(bars).toHaveLength(3);
    // The company table, last on the sheet, brought into view.
    const header = { col: 0, row: 94 };
    view.select({ anchor: header, active: header });
    expect(cell("A95").classList.contains("table-header")).toBe(true);
    expect(cell("B96").textContent).toBe("$1.0B");
  });

  it("edits the selected cell on typing; Enter commits and every dependent cell follows", async () => {
    const { host, cell, grid, press, click, editor } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click("B6");
    press(grid, "1");
    const input = editor()!;
    expect(input).not.toBeNull();
    expect(input.value).toBe("1");
    input.value = "150";
    press(input, "Enter");
    expect(editor()).toBeNull();
    expect(cell("B6").textContent).toBe("$150.0B");
    expect(cell("B18").textContent).toBe("$600.0B");
    expect(cell("B20").textContent).toBe("$525.0B");
    expect(host.selection).toBe("B7");
    expect(document.querySelector("svg.chart .chart-value")!.textContent).toBe("$600.0B");
  });

  it("Escape leaves the cell as it was; Delete clears it and the status bar says why B12 fails", async () => {
    const { host, cell, grid, press, click, editor, status } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click("B6");
    press(grid, "9");
    press(editor()!, "Escape");
    expect(cell("B6").textContent).toBe("$50.0B");
    press(grid, "Delete");
    expect(cell("B6").textContent).toBe("");
    // An emptied spend counts as 0, as in Excel (never the article's 200).
    expect(cell("B18").textContent).toBe("$0.0B");
    host.edit.setInput("B8", "150%");
    expect(cell("B18").textContent).toBe("#VALUE!");
    expect(cell("B18").title).toMatch(/^#VALUE! .*margin/);
    click("B18");
    expect(status()).toMatch(/^#VALUE! .*margin/);
    click("A1");
    expect(status()).toBe("");
  });

  it("the formula bar shows the formula and writes what is typed into it", async () => {
    const { host, cell, formulaBar, press, click } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    click("B18");
    expect(formulaBar.value).toBe("=GPU.REQUIRED_REVENUE(B6,B7,B8,B9)");
    click("B8");
    expect(formulaBar.value).toBe("50%");
    formulaBar.focus();
    formulaBar.value = "60%";
    formulaBar.dispatchEvent(new Event("input"));
    press(formulaBar, "Enter");
    expect(cell("B8").textContent).toBe("60.0%");
    expect(cell("B18").textContent).toBe("$250.0B");
  });

  it("moves the selection with the arrow keys", () => {
    const { host, grid, press, click } = mount();
    click("B2");
    press(grid, "ArrowRight");
    press(grid, "ArrowDown");
    expect(host.selection).toBe("C3");
    press(grid, "ArrowUp");
    press(grid, "ArrowUp");
    press(grid, "ArrowUp");
    expect(host.selection).toBe("C1");
  });

  it("switches sheets from the tabs", async () => {
    const { host, cell, tabs } = mount();
    await host.pane.insertTemplate(buildTemplatePlan());
    await host.pane.insertTemplate(buildTemplatePlan({ preset: "june2024" }));
    expect(cell("B18").textContent).toBe("$600.0B");
    tabs()[1].click();
    expect(host.activeSheet.name).toBe("GPU Payback");
    expect(cell("B18").textContent).toBe("$200.0B");
    expect(tabs()[1].getAttribute("aria-selected")).toBe("true");
  });

  it("shows cell text as text: markup typed into a cell is never parsed", () => {
    const { host, cell, root } = mount();
    const text = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    host.edit.setInput("A1", text);
    expect(cell("A1").textContent).toBe(text);
    expect(root.querySelector("img, b")).toBeNull();
  });
});

describe("the chart", () => {
  const points = (required: unknown, identified: unknown, gap: unknown) =>
    [
      { label: "Required revenue ($B)", value: required },
      { label: "Identified AI revenue ($B)", value: identified },
      { label: "Gap ($B)", value: gap },
    ].map((p) => ({ ...p, value: p.value as never, numberFormat: '"$"#,##0.0"B"' }));

  it("draws one bar per point, heights in proportion to the values", () => {
    const svg = renderChart("Required vs identified", points(200, 75, 125), 600, 320);
    const heights = Array.from(svg.querySelectorAll("rect.chart-bar"), (r) =>
      Number(r.getAttribute("height"))
    );
    expect(heights).toHaveLength(3);
    expect(heights[1] / heights[0]).toBeCloseTo(75 / 200, 6);
    expect(heights[2] / heights[0]).toBeCloseTo(125 / 200, 6);
    expect(Array.from(svg.querySelectorAll(".chart-value"), (t) => t.textContent)).toEqual([
      "$200.0B",
      "$75.0B",
      "$125.0B",
    ]);
    expect(svg.querySelector(".chart-title")!.textContent).toBe("Required vs identified");
  });

  it("draws a negative gap below the axis", () => {
    const svg = renderChart("t", points(50, 75, -25), 600, 320);
    const zero = svg.querySelector(".chart-zero")!;
    const gap = svg.querySelectorAll("rect.chart-bar")[2];
    expect(Number(gap.getAttribute("y"))).toBeCloseTo(Number(zero.getAttribute("y1")), 6);
  });

  it("labels an error value with its code, the message on hover, and draws no bar", () => {
    const error = { value: "#VALUE!", message: "margin must be below 100%" };
    const svg = renderChart("t", points(error, 75, error), 600, 320);
    expect(svg.querySelectorAll("rect.chart-bar")).toHaveLength(1);
    const label = svg.querySelector(".chart-error")!;
    expect(label.textContent).toContain("#VALUE!");
    expect(label.querySelector("title")!.textContent).toBe("margin must be below 100%");
  });

  it("picks round axis steps that cover the values", () => {
    expect(axisTicks(0, 200)).toEqual([0, 50, 100, 150, 200]);
    expect(axisTicks(0, 600)).toEqual([0, 200, 400, 600]);
    expect(axisTicks(-25, 75)).toEqual([-40, -20, 0, 20, 40, 60, 80]);
    expect(axisTicks(0, 0)).toEqual([0, 1]);
  });
});
