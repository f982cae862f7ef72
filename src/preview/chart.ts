/**
 * The template's charts as inline SVG, drawn from the live cell values each time they change: a
 * clustered column chart (required revenue, identified revenue and the gap) and a line chart
 * (required against identified revenue by year). No library, no innerHTML: elements are made
 * with createElementNS and their text set with textContent.
 */
import { formatCell, parseRange } from "../engine/a1";
import { CHART_COLOURS } from "../template/styles";
import type { ChartPlan } from "../template/types";
import { formatValue, isErrorValue, type DisplayValue } from "./format";

const SVG = "http://www.w3.org/2000/svg";
/** The template's chart colours, one per column (or line). */
const COLOURS = CHART_COLOURS;

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

/**
 * Round steps for the value axis: 1, 2 or 5 × a power of ten, about five of them. Near the
 * largest number (1.8E308) the span itself can overflow: it is then measured in fifths, and a
 * tick past the largest number is the largest number.
 */
export function axisTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const span = high - low;
  const raw = Number.isFinite(span) ? span / 5 : high / 5 - low / 5;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  if (!(step > 0 && Number.isFinite(step))) return [low, high];
  const first = Math.floor(low / step);
  const last = Math.max(first + 1, Math.ceil(high / step - 1e-9));
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) {
    const tick = Number((k * step).toPrecision(12));
    ticks.push(Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, tick)));
  }
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

interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The <svg> with its frame and title. */
function frame(title: string, width: number, height: number): SVGSVGElement {
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
  return root;
}

/** Draws the value axis and its gridlines for these values; returns the value → y mapping. */
function valueAxis(
  root: SVGSVGElement,
  present: readonly number[],
  plot: Plot,
  numberFormat: string | undefined
): (v: number) => number {
  const ticks = axisTicks(Math.min(0, ...present), Math.max(0, ...present));
  const lowest = ticks[0];
  const highest = ticks[ticks.length - 1];
  // Halves before subtracting (exact): the difference of two huge values stays finite.
  const y = (v: number) =>
    plot.bottom - ((v / 2 - lowest / 2) / (highest / 2 - lowest / 2)) * (plot.bottom - plot.top);

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
    label.textContent = formatValue(tick, numberFormat?.replace(/0\.0/, "0"));
  }
  return y;
}

const numberOf = (value: DisplayValue): number | null => (typeof value === "number" ? value : null);

/** Draws the column chart into an <svg> of the given size (CSS px). */
export function renderChart(
  title: string,
  points: readonly ChartPoint[],
  width: number,
  height: number
): SVGSVGElement {
  const root = frame(title, width, height);
  const numbers = points.map((p) => numberOf(p.value));
  const present = numbers.filter((n): n is number => n !== null);
  const plot = { left: 64, right: width - 20, top: 50, bottom: height - 52 };
  const y = valueAxis(root, present, plot, points[0]?.numberFormat);

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

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly DisplayValue[];
}

/**
 * Draws the line chart: one line a series over the categories (the years), a marker at each
 * value, a legend under the plot. An error or a blank breaks the line there.
 */
export function renderLineChart(
  title: string,
  categories: readonly string[],
  series: readonly ChartSeries[],
  numberFormat: string | undefined,
  width: number,
  height: number
): SVGSVGElement {
  const root = frame(title, width, height);
  const present = series
    .flatMap((s) => s.values.map(numberOf))
    .filter((n): n is number => n !== null);
  const plot = { left: 64, right: width - 20, top: 50, bottom: height - 70 };
  const y = valueAxis(root, present, plot, numberFormat);
  const slot = (plot.right - plot.left) / Math.max(1, categories.length);
  const x = (i: number) => plot.left + slot * (i + 0.5);
  categories.forEach((category, i) => {
    const label = svg(
      "text",
      { x: x(i), y: plot.bottom + 18, "text-anchor": "middle", class: "chart-category" },
      root
    );
    label.textContent = category;
  });
  series.forEach((line, n) => {
    const colour = COLOURS[n % COLOURS.length];
    const group = svg("g", { class: "chart-series", "data-series": line.name }, root);
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1)
        svg(
          "polyline",
          {
            points: run.join(" "),
            fill: "none",
            stroke: colour,
            "stroke-width": 2,
            class: "chart-line",
          },
          group
        );
      run = [];
    };
    line.values.forEach((value, i) => {
      const number = numberOf(value);
      if (number === null) return flush();
      run.push(`${x(i)},${y(number)}`);
      const marker = svg(
        "circle",
        { cx: x(i), cy: y(number), r: 3, fill: colour, class: "chart-marker" },
        group
      );
      const tip = svg("title", {}, marker);
      tip.textContent = `${line.name} ${categories[i] ?? ""}: ${formatValue(value, numberFormat)}`;
    });
    flush();
    const legendX = plot.left + n * ((plot.right - plot.left) / Math.max(1, series.length));
    const legendY = height - 22;
    svg("rect", { x: legendX, y: legendY - 9, width: 18, height: 4, fill: colour }, root);
    const legend = svg("text", { x: legendX + 24, y: legendY - 3, class: "chart-legend" }, root);
    legend.textContent = line.name;
  });
  return root;
}

/** The cells of an A1 range, row by row: "E27:G28" → [["E27","F27","G27"],["E28","F28","G28"]]. */
function rangeCells(range: string): string[][] {
  const { top, left, bottom, right } = parseRange(range);
  const rows: string[][] = [];
  for (let row = top; row <= bottom; row++) {
    const cells: string[] = [];
    for (let col = left; col <= right; col++) cells.push(formatCell(col, row));
    rows.push(cells);
  }
  return rows;
}

/** What a chart reads from the sheet: a cell's live value and its number format. */
export interface ChartSource {
  value(address: string): DisplayValue;
  numberFormat(address: string): string | undefined;
}

/** Draws a chart of the plan from the sheet's live values, whichever kind it is. */
export function drawChart(
  plan: ChartPlan,
  source: ChartSource,
  width: number,
  height: number
): SVGSVGElement {
  const rows = rangeCells(plan.sourceRange);
  if (plan.seriesBy === "Columns") {
    const points = rows.map(([label, value]) => ({
      label: formatValue(source.value(label)),
      value: source.value(value),
      numberFormat: source.numberFormat(value),
    }));
    return renderChart(plan.title, points, width, height);
  }
  const categories = plan.categoriesRange
    ? rangeCells(plan.categoriesRange)[0].map((cell) =>
        formatValue(source.value(cell), source.numberFormat(cell))
      )
    : rows[0].slice(1).map((_, i) => String(i + 1));
  const series = rows.map(([name, ...values]) => ({
    name: formatValue(source.value(name)),
    values: values.map((cell) => source.value(cell)),
  }));
  return renderLineChart(
    plan.title,
    categories,
    series,
    source.numberFormat(rows[0][1]),
    width,
    height
  );
}
