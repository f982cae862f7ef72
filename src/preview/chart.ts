/**
 * The template's chart (a clustered column chart of required revenue, identified revenue and the
 * gap) as inline SVG, drawn from the live cell values each time they change. No library, no
 * innerHTML: elements are made with createElementNS and their text set with textContent.
 */
import { formatValue, isErrorValue, type DisplayValue } from "./format";

const SVG = "http://www.w3.org/2000/svg";
/** Excel's default series colours, one per column. */
const COLOURS = ["#4472C4", "#70AD47", "#ED7D31", "#FFC000", "#5B9BD5"];

export interface ChartPoint {
  readonly label: string;
  readonly value: DisplayValue;
  readonly numberFormat?: string;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  parent?: Element
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent?.appendChild(element);
  return element;
}

/** Round steps for the value axis: 1, 2 or 5 × a power of ten, about five of them. */
export function axisTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const raw = (high - low) / 5;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.floor(low / step) * step; t <= high + step * 1e-9; t += step) {
    ticks.push(Number(t.toPrecision(12)));
  }
  if (ticks[ticks.length - 1] < high)
    ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** Splits a label into at most two lines of about maxChars characters. */
function wrapLabel(label: string, maxChars: number): string[] {
  if (label.length <= maxChars) return [label];
  const words = label.split(/\s+/);
  if (words.length === 1) return [label];
  let first = "";
  let i = 0;
  while (i < words.length && (first + " " + words[i]).trim().length <= maxChars) {
    first = (first + " " + words[i]).trim();
    i++;
  }
  if (first === "") {
    first = words[0];
    i = 1;
  }
  return [first, words.slice(i).join(" ")];
}

/** Draws the chart into an <svg> of the given size (CSS px). */
export function renderChart(
  title: string,
  points: readonly ChartPoint[],
  width: number,
  height: number
): SVGSVGElement {
  const root = svg("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": title,
    class: "chart",
  });
  svg("rect", { x: 0.5, y: 0.5, width: width - 1, height: height - 1, class: "chart-frame" }, root);
  const heading = svg(
    "text",
    { x: width / 2, y: 26, "text-anchor": "middle", class: "chart-title" },
    root
  );
  heading.textContent = title;

  const numbers = points.map((p) => (typeof p.value === "number" ? p.value : null));
  const present = numbers.filter((n): n is number => n !== null);
  const ticks = axisTicks(Math.min(0, ...present), Math.max(0, ...present));
  const lowest = ticks[0];
  const highest = ticks[ticks.length - 1];

  const plot = { left: 64, right: width - 20, top: 50, bottom: height - 52 };
  const y = (v: number) =>
    plot.bottom - ((v - lowest) / (highest - lowest)) * (plot.bottom - plot.top);

  for (const tick of ticks) {
    svg(
      "line",
      {
        x1: plot.left,
        x2: plot.right,
        y1: y(tick),
        y2: y(tick),
        class: tick === 0 ? "chart-zero" : "chart-gridline",
      },
      root
    );
    const label = svg(
      "text",
      { x: plot.left - 8, y: y(tick) + 4, "text-anchor": "end", class: "chart-axis" },
      root
    );
    label.textContent = formatValue(tick, points[0]?.numberFormat?.replace(/0\.0/, "0"));
  }

  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const barWidth = Math.min(72, slot * 0.55);
  points.forEach((point, i) => {
    const centre = plot.left + slot * (i + 0.5);
    const value = numbers[i];
    const group = svg("g", { class: "chart-point", "data-index": i }, root);
    if (value !== null) {
      const top = y(Math.max(0, value));
      const bottom = y(Math.min(0, value));
      svg(
        "rect",
        {
          x: centre - barWidth / 2,
          y: top,
          width: barWidth,
          height: Math.max(0, bottom - top),
          fill: COLOURS[i % COLOURS.length],
          class: "chart-bar",
        },
        group
      );
    }
    const shown = formatValue(point.value, point.numberFormat);
    const valueLabel = svg(
      "text",
      {
        x: centre,
        y: value === null ? y(0) - 6 : value >= 0 ? y(value) - 6 : y(value) + 14,
        "text-anchor": "middle",
        class: isErrorValue(point.value) ? "chart-value chart-error" : "chart-value",
      },
      group
    );
    valueLabel.textContent = shown;
    if (isErrorValue(point.value) && point.value.message) {
      const tip = svg("title", {}, valueLabel);
      tip.textContent = point.value.message;
    }
    const lines = wrapLabel(point.label, Math.max(8, Math.floor(slot / 6.5)));
    lines.forEach((line, n) => {
      const text = svg(
        "text",
        {
          x: centre,
          y: plot.bottom + 18 + n * 14,
          "text-anchor": "middle",
          class: "chart-category",
        },
        group
      );
      text.textContent = line;
    });
  });
  return root;
}
