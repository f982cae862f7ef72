/**
 * The status bar's figures for a selection (Sum, Average, Count), as Excel shows them: over the
 * selection's cells within the used range, skipped for more cells than FIGURES_LIMIT (a whole
 * column).
 */
import type { CellRange } from "../../engine/a1";
import type { HyperFormulaHost } from "../hyperformulaHost";
import type { Figures } from "./statusBar";

/** Counting more cells than this for the status bar's figures is skipped (a whole column). */
export const FIGURES_LIMIT = 200_000;

export function selectionFigures(host: HyperFormulaHost, range: CellRange): Figures | undefined {
  const extent = host.extent();
  const bottom = Math.min(range.bottom, extent.rows - 1);
  const right = Math.min(range.right, extent.columns - 1);
  if ((bottom - range.top + 1) * (right - range.left + 1) > FIGURES_LIMIT) return undefined;
  let sum = 0;
  let count = 0;
  let numbers = 0;
  for (let row = range.top; row <= bottom; row++) {
    for (let col = range.left; col <= right; col++) {
      const value = host.valueAt(col, row);
      if (value === null || value === "") continue;
      count++;
      if (typeof value === "number") {
        numbers++;
        sum += value;
      }
    }
  }
  return { sum, count, numbers };
}
