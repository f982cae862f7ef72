/**
 * HyperFormula's own undo and redo stacks, as far as the preview needs to see them: how deep the
 * undo stack is (a batch that throws still commits its partial entry there), dropping entries the
 * host has put back by other means, and forgetting the oldest steps the host's history no longer
 * offers. HyperFormula 3.5 has no public API for these; they read its UndoRedo object, and every
 * use falls back to "unknown" (the host then rebuilds instead of trusting the stacks) if that
 * object is not where it was. test/preview/engineStacks.test.ts pins them against the version.
 */
import type { HyperFormula } from "hyperformula";

interface UndoRedo {
  undoStack: unknown[];
  redoStack: unknown[];
  cleanupOldDataForEntries?: (discarded: unknown[], retained: unknown[]) => void;
}

function undoRedo(hf: HyperFormula): UndoRedo | undefined {
  const crud = (hf as unknown as { _crudOperations?: { undoRedo?: Partial<UndoRedo> } })
    ._crudOperations;
  const stacks = crud?.undoRedo;
  if (!stacks || !Array.isArray(stacks.undoStack) || !Array.isArray(stacks.redoStack)) {
    return undefined;
  }
  return stacks as UndoRedo;
}

/** The engine's undo stack depth before an operation (undefined when it cannot be read). */
export interface EngineMark {
  readonly undo: number | undefined;
  readonly redo: number | undefined;
}

export function engineMark(hf: HyperFormula): EngineMark {
  const stacks = undoRedo(hf);
  return { undo: stacks?.undoStack.length, redo: stacks?.redoStack.length };
}

/** How many undo steps the engine holds, or undefined when that cannot be read. */
export function undoDepth(hf: HyperFormula): number | undefined {
  return undoRedo(hf)?.undoStack.length;
}

/** Whether the engine's redo stack is as deep as at the mark (every engine write empties it). */
export function redoKept(hf: HyperFormula, mark: EngineMark): boolean {
  return mark.redo !== undefined && undoRedo(hf)?.redoStack.length === mark.redo;
}

/**
 * Undoes, newest first, every engine entry made since the mark (the partial batch of an operation
 * that threw). False when the stack cannot be read or an undo throws: the engine is then not
 * known to be as it was.
 */
export function undoSince(hf: HyperFormula, mark: EngineMark): boolean {
  const stacks = undoRedo(hf);
  if (!stacks || mark.undo === undefined || stacks.undoStack.length < mark.undo) return false;
  try {
    while (stacks.undoStack.length > mark.undo) hf.undo();
  } catch {
    return false;
  }
  return true;
}

/**
 * Drops the entries made since the mark without undoing them (the host wrote the cells back
 * itself) and the redo entries that undoing them left: none is a change the user made. The redo
 * stack keeps its entries from before the mark only when `keepRedo` (the engine had not emptied it).
 */
export function dropSince(hf: HyperFormula, mark: EngineMark, keepRedo: boolean): boolean {
  const stacks = undoRedo(hf);
  if (!stacks || mark.undo === undefined || stacks.undoStack.length < mark.undo) return false;
  stacks.undoStack.length = mark.undo;
  stacks.redoStack.length = keepRedo ? Math.min(stacks.redoStack.length, mark.redo ?? 0) : 0;
  return true;
}

/** Forgets the engine's oldest `steps` undo entries (those the host's history dropped). */
export function forgetOldest(hf: HyperFormula, steps: number): void {
  const stacks = undoRedo(hf);
  if (!stacks || steps <= 0) return;
  const evicted = stacks.undoStack.splice(0, steps);
  stacks.cleanupOldDataForEntries?.call(stacks, evicted, [
    ...stacks.undoStack,
    ...stacks.redoStack,
  ]);
}
