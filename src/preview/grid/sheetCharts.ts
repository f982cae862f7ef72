/**
 * The sheet's charts on the grid: one box per chart over the cells the plan gives it, drawn from
 * the values and number formats the grid shows.
 */
import { parseCell, type CellRange } from "../../engine/a1";
import { drawChart, type ChartSource } from "../chart";
import type { DisplayValue } from "../format";
import { cellFormat, type SheetView } from "../sheetRecord";
import { element, place } from "./dom";

/** Where the charts' values come from: the active sheet and its values. */
export interface ChartCells {
  readonly sheet: SheetView | undefined;
  valueAt(col: number, row: number): DisplayValue;
}

type Box = { left: number; top: number; width: number; height: number };

export class SheetCharts {
  private boxes: HTMLDivElement[] = [];

  constructor(private readonly layer: HTMLElement) {}

  /** Places a box for each chart of the sheet (over `boxOf` its cells) and draws them. */
  place(source: ChartCells | undefined, boxOf: (range: CellRange) => Box): void {
    for (const box of this.boxes) box.remove();
    this.boxes = (source?.sheet?.charts ?? []).map((chart) => {
      const a = parseCell(chart.topLeft);
      const b = parseCell(chart.bottomRight);
      const area = boxOf({ top: a.row, left: a.col, bottom: b.row, right: b.col });
      const box = element("div", "chart-box");
      place(box, {
        left: area.left + 4,
        top: area.top + 4,
        width: area.width - 8,
        height: area.height - 8,
      });
      this.layer.append(box);
      return box;
    });
    this.draw(source);
  }

  /** Draws the charts again (their values changed). */
  draw(source: ChartCells | undefined): void {
    const sheet = source?.sheet;
    if (!sheet || !source) return;
    const values: ChartSource = {
      value: (address) => {
        const { col, row } = parseCell(address);
        return source.valueAt(col, row);
      },
      numberFormat: (address) => {
        const { col, row } = parseCell(address);
        return cellFormat(sheet, col, row).numberFormat;
      },
    };
    this.boxes.forEach((box, i) => {
      const width = parseFloat(box.style.width);
      const height = parseFloat(box.style.height);
      box.replaceChildren(drawChart(sheet.charts[i], values, width, height));
    });
  }
}
