import type { TemplatePlan } from "../template";

/**
 * What the task pane needs from a workbook. The Excel host implements it with Excel.run; the
 * preview implements it over HyperFormula. The pane itself never touches a workbook directly.
 */
export interface PaneHost {
  readonly kind: "excel" | "preview";
  /** Writes the plan into a new sheet with a unique name and activates it; resolves with that name. */
  insertTemplate(plan: TemplatePlan): Promise<string>;
  /** Writes a formula into the selected cell; resolves with the cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Recalculates the workbook (for workbooks in manual calculation mode). */
  recalculate(): Promise<void>;
}
