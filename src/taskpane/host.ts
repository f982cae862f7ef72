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
  /**
   * Enters each GPU.* formula on the active sheet again, in place (the workaround for GPU.* cells
   * stuck at #NAME? or #BUSY!), and changes nothing else; resolves with what it did.
   */
  reenterGpuFormulas(): Promise<ReenteredFormulas>;
}

export interface ReenteredFormulas {
  /** The sheet whose formulas were re-entered (the active one). */
  readonly sheet: string;
  /** How many formulas were written again. */
  readonly formulas: number;
}

/**
 * Why a host could not do what the pane asked. The pane turns the reason into a message in its
 * own language; any other error is shown with its own message.
 * - unsupported: the workbook application lacks an API the action needs (requirementSet says which);
 * - protected: the workbook or the cell is protected;
 * - busy: the application cannot take the change now (a cell is being edited);
 * - occupied: the selected cell is not empty, and the pane never overwrites it;
 * - failed: anything else (message says what the application reported).
 */
export type PaneErrorReason = "unsupported" | "protected" | "busy" | "occupied" | "failed";

/** What happened to a partly written template sheet after a failure. */
export type Cleanup =
  /** Nothing had been written. */
  | "nothing-written"
  /** The partial sheet was deleted: nothing is left behind. */
  | "removed"
  /** The partial sheet could not be deleted (sheet names the one left behind). */
  | "failed"
  /**
   * Excel did not say how far it got, and a sheet by that name is there, which may be the
   * partial one or someone else's: it was left alone (sheet names it).
   */
  | "unknown";

export interface PaneErrorDetails {
  /** e.g. "ExcelApi 1.4" for reason "unsupported". */
  readonly requirementSet?: string;
  /** The cell concerned, e.g. for reason "occupied". */
  readonly address?: string;
  /** The sheet the failed insertion was writing. */
  readonly sheet?: string;
  readonly cleanup?: Cleanup;
  /** The application's own error code, when it gave one (e.g. "AccessDenied"). */
  readonly code?: string;
}

export class PaneError extends Error {
  constructor(
    readonly reason: PaneErrorReason,
    message: string,
    readonly details: PaneErrorDetails = {}
  ) {
    super(message);
    this.name = "PaneError";
  }
}
