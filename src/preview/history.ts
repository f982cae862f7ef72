/**
 * Undo and redo for the preview's workbook. HyperFormula keeps an undo stack of its own cells
 * (one entry per batch, and one per formula written again as spills settle); the host's side data
 * (sheets list, formats, the table's extent, the chart) is kept here as the immutable state before
 * and after each change. One user action is one entry: undoing it undoes its HyperFormula steps
 * and puts back the state from before. The history holds at most UNDO_LIMIT actions and never more
 * engine steps than HyperFormula keeps (ENGINE_UNDO_LIMIT), so every action it offers can be undone.
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
  /** How many HyperFormula undo entries the action made (its batches and rewrites). */
  readonly engineSteps: number;
  readonly before: HostState;
  readonly after: HostState;
}

/** As many actions as can be undone. */
export const UNDO_LIMIT = 100;

/**
 * HyperFormula's undo limit: room for UNDO_LIMIT actions of many steps each (spills settling,
 * a large paste in chunks). The history drops its oldest actions before their steps would exceed it.
 */
export const ENGINE_UNDO_LIMIT = 10_000;

export class History {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private pastSteps = 0;

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** How many actions can be undone. */
  get depth(): number {
    return this.past.length;
  }

  /** How many engine steps the actions that can be undone hold (HyperFormula's undo stack). */
  get engineSteps(): number {
    return this.pastSteps;
  }

  /**
   * Adds an action (nothing left to redo) and drops the oldest beyond the limits; returns how
   * many engine steps those dropped actions held (for the host to drop from HyperFormula too).
   */
  record(entry: HistoryEntry): number {
    this.past.push(entry);
    this.pastSteps += entry.engineSteps;
    this.future = [];
    let dropped = 0;
    while (
      this.past.length > 0 &&
      (this.past.length > UNDO_LIMIT || this.pastSteps > ENGINE_UNDO_LIMIT)
    ) {
      const oldest = this.past.shift() as HistoryEntry;
      this.pastSteps -= oldest.engineSteps;
      dropped += oldest.engineSteps;
    }
    return dropped;
  }

  /** The entry to undo, moved to the redo side; undefined when there is none. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.past.pop();
    if (entry) {
      this.pastSteps -= entry.engineSteps;
      this.future.push(entry);
    }
    return entry;
  }

  /** The entry to redo, moved back to the undo side; undefined when there is none. */
  takeRedo(): HistoryEntry | undefined {
    const entry = this.future.pop();
    if (entry) {
      this.pastSteps += entry.engineSteps;
      this.past.push(entry);
    }
    return entry;
  }

  /** Nothing left to redo (the engine's redo steps are gone). */
  clearFuture(): void {
    this.future = [];
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.pastSteps = 0;
  }
}
