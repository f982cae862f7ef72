/**
 * Undo and redo for the preview's workbook. HyperFormula keeps an undo stack of its own cells
 * (one entry per batch); the host's side data (sheets list, formats, the table's extent, the
 * chart) is kept here as the immutable state before and after each change. One user action is
 * one entry: undoing it undoes its HyperFormula steps and puts back the state from before.
 */
import type { SheetView } from "./sheetRecord";
import type { SpillSnapshot } from "./spillFormulas";

/** The host's side of the workbook at one moment. */
export interface HostState {
  readonly sheets: readonly SheetView[];
  readonly active: number;
  readonly selected: string;
  /** The formulas typed with a spill reference (A1#), as SpillFormulas keeps them. */
  readonly typed: SpillSnapshot;
}

export interface HistoryEntry {
  /** How many HyperFormula undo entries the action made (its batches). */
  readonly engineSteps: number;
  readonly before: HostState;
  readonly after: HostState;
}

/** As many actions as can be undone; HyperFormula is told to keep at least as many steps. */
export const UNDO_LIMIT = 100;

export class History {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  record(entry: HistoryEntry): void {
    this.past.push(entry);
    if (this.past.length > UNDO_LIMIT) this.past.shift();
    this.future = [];
  }

  /** The entry to undo, moved to the redo side; undefined when there is none. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.past.pop();
    if (entry) this.future.push(entry);
    return entry;
  }

  /** The entry to redo, moved back to the undo side; undefined when there is none. */
  takeRedo(): HistoryEntry | undefined {
    const entry = this.future.pop();
    if (entry) this.past.push(entry);
    return entry;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
