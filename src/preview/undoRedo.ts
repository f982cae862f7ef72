/*
 * The host's undo and redo: one user action at a time, its HyperFormula steps run again and the
 * sheet records, selection and spill formulas put back as they were on that side of it
 * (history.ts keeps the entries). Nothing is undone or redone while a large paste runs.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type { HistoryEntry } from "./history";
import type { WorkbookCore } from "./workbookCore";

export class UndoRedo {
  constructor(private readonly core: WorkbookCore) {}

  get canUndo(): boolean {
    return !this.core.pasting && this.core.history.canUndo;
  }

  get canRedo(): boolean {
    return !this.core.pasting && this.core.history.canRedo;
  }

  /** How many actions can be undone, and how many engine steps they hold (for tests). */
  get depth(): { actions: number; engineSteps: number } {
    const { history } = this.core;
    return { actions: history.depth, engineSteps: history.engineSteps };
  }

  /** Undoes the last change (cells, formats, table, sheets together). */
  undo(): boolean {
    this.core.refuseWhileBusy();
    return this.replay(this.core.history.takeUndo(), "undo");
  }

  /** Redoes the change last undone. */
  redo(): boolean {
    this.core.refuseWhileBusy();
    return this.replay(this.core.history.takeRedo(), "redo");
  }

  /** Runs an entry's engine steps (undo or redo) and puts back its side of the workbook. */
  private replay(entry: HistoryEntry | undefined, direction: "undo" | "redo"): boolean {
    if (!entry) return false;
    const { core } = this;
    for (let i = 0; i < entry.engineSteps; i++) {
      if (direction === "undo") core.hf.undo();
      else core.hf.redo();
    }
    core.setState(direction === "undo" ? entry.before : entry.after);
    core.emit({ kind: "sheets" });
    return true;
  }
}
