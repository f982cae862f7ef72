/**
 * @jest-environment jsdom
 */
/**
 * The preview's charts over values near the largest number (4E307, 1E308, Excel's 1.79E308),
 * where a sum or a difference overflows to Infinity: every attribute drawn is a finite number,
 * the axis still covers the values, and ordinary charts are drawn exactly as before.
 */
import { axisTicks, renderChart, renderLineChart } from "../../src/preview/chart";
import { buildTemplatePlan } from "../../src/template";
import { mount } from "./workbookHarness";

const FORMAT = '"$"#,##0.0"B"';
const LARGEST = Number.MAX_VALUE; // 1.7976931348623157E308

/** Every attribute of every element that says NaN or Infinity. */
function unfinite(svg: SVGSVGElement): string[] {
  const found: string[] = [];
  for (const element of [svg, ...Array.from(svg.querySelectorAll("*"))])
    for (const attribute of Array.from(element.attributes))
      if (/NaN|Infinity/.test(attribute.value))
        found.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
  return found;
}

const columns = (values: number[]) =>
  renderChart(
    "Huge",
    values.map((value, i) => ({ label: `P${i}`, value, numberFormat: FORMAT })),
    600,
    320
  );

const line = (values: number[]) =>
  renderLineChart("Huge", ["2023", "2024", "2025"], [{ name: "S", values }], FORMAT, 600, 320);

describe("charts over huge values", () => {
  it.each([
    [[4e307, 4e307, -4e307]],
    [[1e308, 1e308, -1e308]],
    [[LARGEST, -LARGEST, 0]],
    [[LARGEST, 1, 2]],
    [[-LARGEST, -1e308, -4e307]],
  ])("draw %p with finite attributes only", (values) => {
    expect(unfinite(columns(values))).toEqual([]);
    expect(unfinite(line(values))).toEqual([]);
  });

  it("keeps each bar inside the plot, the tallest reaching the highest gridline or below it", () => {
    const svg = columns([1e308, -1e308, 5e307]);
    const bars = Array.from(svg.querySelectorAll("rect.chart-bar"), (bar) => ({
      y: Number(bar.getAttribute("y")),
      height: Number(bar.getAttribute("height")),
    }));
    const lines = Array.from(svg.querySelectorAll("line"), (l) => Number(l.getAttribute("y1")));
    const [top, bottom] = [Math.min(...lines), Math.max(...lines)];
    for (const bar of bars) {
      expect(bar.y).toBeGreaterThanOrEqual(top);
      expect(bar.y + bar.height).toBeLessThanOrEqual(bottom + 1e-9);
    }
    // 1E308 and -1E308 stand the same height above and below the zero line; 5E307 half as high.
    const zero = Number(svg.querySelector(".chart-zero")!.getAttribute("y1"));
    expect(bars[0].y + bars[0].height).toBeCloseTo(zero, 6);
    expect(bars[1].y).toBeCloseTo(zero, 6);
    expect(bars[1].height).toBeCloseTo(bars[0].height, 6);
    expect(bars[2].height).toBeCloseTo(bars[0].height / 2, 6);
  });

  it("has finite ticks covering the values, up to the largest number", () => {
    expect(axisTicks(0, 1e308)).toEqual([0, 2e307, 4e307, 6e307, 8e307, 1e308]);
    expect(axisTicks(-1e308, 1e308)).toEqual([-1e308, -5e307, 0, 5e307, 1e308]);
    const ticks = axisTicks(0, LARGEST);
    expect(ticks.every(Number.isFinite)).toBe(true);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBe(LARGEST);
    const both = axisTicks(-LARGEST, LARGEST);
    expect([both[0], both[both.length - 1]]).toEqual([-LARGEST, LARGEST]);
  });

  it("leaves ordinary axes as they were", () => {
    expect(axisTicks(0, 400)).toEqual([0, 100, 200, 300, 400]);
    expect(axisTicks(-25, 200)).toEqual([-50, 0, 50, 100, 150, 200]);
    expect(axisTicks(0, 0)).toEqual([0, 1]);
  });
});

describe("the template's charts on the grid", () => {
  it.each(["4E307", "1E308"])("stay finite with GPU spend at %s", async (spend) => {
    const { host, root } = mount();
    await host.pane.insertTemplate(buildTemplatePlan({ includeChart: true }));
    host.edit.setInput("B6", spend);
    const charts = Array.from(root.querySelectorAll<SVGSVGElement>("svg.chart"));
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.flatMap(unfinite)).toEqual([]);
    // The spend really is that large (and its required revenue overflows to #NUM! or stays huge).
    expect(host.value("B6")).toBe(Number(spend));
  });
});
