/**
 * What the preview's workbook refuses to do, and why: a typed error the host throws before it
 * changes anything (an input beyond Excel's limits, an edit while a paste runs), or after it put
 * everything back (the calculation engine refused the change half-way). The grid shows its words
 * (grid/text.ts, GRID_TEXT.refused) in the status bar; its message is the English words.
 * No HyperFormula here.
 */
import { GRID_TEXT, refusalText } from "./grid/text";

export type RefusalReason =
  /** A formula longer than Excel's 8,192 characters. */
  | "formulaLength"
  /** More than 32,767 characters in one cell. */
  | "cellText"
  /** A text constant ("...") of more than 255 characters inside a formula. */
  | "formulaText"
  /** More than 64 levels of nesting in a formula. */
  | "nesting"
  /** A block that would end past the sheet's last row (1,048,576). */
  | "rows"
  /** A block that would end past the sheet's last column (XFD, 16,384). */
  | "columns"
  /** Inserting rows would push cells that hold something off the sheet's last row. */
  | "shiftOff"
  /** Deleting rows that a spilled array runs through (HyperFormula cannot undo that correctly). */
  | "arrayRows"
  /** Another change (a large paste) is still being applied. */
  | "busy"
  /** HyperFormula threw half-way; everything was put back as it was, undo history kept. */
  | "engine"
  /** HyperFormula threw half-way and could not be trusted: rebuilt as before, undo history cleared. */
  | "engineRebuilt";

export interface RefusalDetails {
  /** Where the offending input is ("C6"), when it is one cell. */
  readonly address?: string;
  /** HyperFormula's own message, for "engine" and "engineRebuilt". */
  readonly cause?: string;
}

export class RefusedOperation extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly details: RefusalDetails = {}
  ) {
    super(refusalText(GRID_TEXT.en, { reason, details }));
    this.name = "RefusedOperation";
  }
}

/** The error as a refusal: itself when it is one, else the engine's throw after a rollback. */
export function refusalOf(error: unknown, rebuilt: boolean): RefusedOperation {
  if (error instanceof RefusedOperation) return error;
  const cause = error instanceof Error ? error.message : String(error);
  return new RefusedOperation(rebuilt ? "engineRebuilt" : "engine", { cause });
}
