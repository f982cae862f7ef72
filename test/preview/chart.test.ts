/**
 * @jest-environment jsdom
 */
/**
 * The preview's line chart (required against identified revenue by year) and drawChart, which
 * draws either kind of the plan's charts from a sheet's live values.
 */
import { drawChart, renderLineChart } from "../../src/preview/chart";
import { buildTemplatePlan, MONEY_FORMAT, type ChartPlan } from "../../src/template";

const FORMAT = '"$"#,##0.0"B"';
const YEARS = ["2023", "2024", "2025", "2026"];

/** The points of each polyline as [x, y] pairs. */
function lines(svg: SVGSVGElement): number[][][] {
  return Array.from(svg.querySelectorAll("polyline.chart-line"), (line) =>
    line
      .getAttribute("points")!
      .split(" ")
      .map((p) => p.split(",").map(Number))
  );
}

describe("the line chart", () => {
  const draw = (series: Array<{ name: string; values: unknown[] }>) =>
    renderLineChart(
      "Required vs identified",
      YEARS,
      series.map((s) => ({ name: s.name, values: s.values as never[] })),
      FORMAT,
      600,
      320
    );

  it("draws one line a series, one point a year, heights in proportion to the values", () => {
    const svg = draw([
      { name: "Required", values: [40, 160, 280, 400] },
      { name: "Identified", values: [75, 75, 75, 75] },
    ]);
    const [required, identified] = lines(svg);
    expect(required).toHaveLength(4);
    expect(identified).toHaveLength(4);
    const zero = Number(svg.querySelector(".chart-zero")!.getAttribute("y1"));
    const height = (point: number[]) => zero - point[1];
    expect(height(required[1]) / height(required[0])).toBeCloseTo(4, 6);
    expect(height(identified[0]) / height(required[0])).toBeCloseTo(75 / 40, 6);
    // The same x for the same year in both series, left to right.
    expect(required.map((p) => p[0])).toEqual(identified.map((p) => p[0]));
    expect(required.map((p) => p[0])).toEqual([...required.map((p) => p[0])].sort((a, b) => a - b));
    expect(Array.from(svg.querySelectorAll(".chart-category"), (t) => t.textContent)).toEqual(
      YEARS
    );
    expect(Array.from(svg.querySelectorAll(".chart-legend"), (t) => t.textContent)).toEqual([
      "Required",
      "Identified",
    ]);
    expect(svg.querySelector("circle.chart-marker title")!.textContent).toBe(
      "Required 2023: $40.0B"
    );
    expect(svg.getAttribute("aria-label")).toBe("Required vs identified");
  });

  it("breaks a line at an error or a blank, and draws a negative value below the axis", () => {
    const error = { value: "#VALUE!", message: "margin must be below 100%" };
    const svg = draw([{ name: "Gap", values: [-35, 85, error, 325] }]);
    // Two runs: 2023–2024 as a line, 2026 alone (a marker, no line).
    expect(lines(svg)).toHaveLength(1);
    expect(svg.querySelectorAll("circle.chart-marker")).toHaveLength(3);
    const zero = Number(svg.querySelector(".chart-zero")!.getAttribute("y1"));
    expect(lines(svg)[0][0][1]).toBeGreaterThan(zero);
    expect(
      draw([{ name: "Nothing", values: [null, null, null, null] }]).querySelector("polyline")
    ).toBeNull();
  });
});

describe("drawChart: the plan's charts from the sheet's values", () => {
  const plan = buildTemplatePlan();
  const values: Record<string, unknown> = {
    A18: "Required revenue ($B)",
    B18: 200,
    A19: "Identified AI revenue ($B)",
    B19: 75,
    A20: "Gap ($B)",
    B20: 125,
    E28: "Revenue required that year",
    E29: "Identified AI revenue",
  };
  ["F", "G", "H", "I", "J", "K", "L", "M"].forEach((column, i) => {
    values[`${column}24`] = 2023 + i;
    values[`${column}28`] = [40, 160, 280, 400, 520, 600, 600, 600][i];
    values[`${column}29`] = 75;
  });
  const source = {
    value: (address: string) => (values[address] ?? null) as never,
    numberFormat: (address: string) => (/^[A-Z]2[4]$/.test(address) ? "0" : MONEY_FORMAT),
  };

  it("draws the column chart's bars from its labels and values", () => {
    const svg = drawChart(plan.charts[0], source, 600, 320);
    expect(svg.querySelectorAll("rect.chart-bar")).toHaveLength(3);
    expect(Array.from(svg.querySelectorAll(".chart-value"), (t) => t.textContent)).toEqual([
      "$200.0B",
      "$75.0B",
      "$125.0B",
    ]);
  });

  it("draws the line chart's series by row, named by their labels, over the years", () => {
    const svg = drawChart(plan.charts[1], source, 700, 320);
    expect(lines(svg).map((l) => l.length)).toEqual([8, 8]);
    expect(Array.from(svg.querySelectorAll(".chart-legend"), (t) => t.textContent)).toEqual([
      "Revenue required that year",
      "Identified AI revenue",
    ]);
    const categories = Array.from(svg.querySelectorAll(".chart-category"), (t) => t.textContent);
    expect(categories).toEqual(["2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"]);
    const numbered: ChartPlan = { ...plan.charts[1], categoriesRange: undefined };
    const plain = drawChart(numbered, source, 700, 320);
    expect(plain.querySelectorAll(".chart-category")[0].textContent).toBe("1");
  });
});
