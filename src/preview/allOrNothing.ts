/**
 * Every change to the preview's workbook is all or nothing. The host checks what it can before it
 * writes (inputLimits.ts); when HyperFormula throws anyway, half-way through a batch, this puts
 * back exactly what was there before:
 *   - the engine: the partial entry HyperFormula committed to its undo stack is undone, the cells
 *     the operation was writing are written back as they were, and neither step stays on the
 *     engine's stacks (engineStacks.ts). Read back equal: the undo history is kept.
 *   - when the engine cannot be trusted (an operation that moves cells threw, or the cells do not
 *     read back equal), a new engine is built from the workbook as it was: the undo history is
 *     cleared (its steps were the old engine's), and the refusal says so.
 *   - the side data (sheets, formats, table, selection, spill formulas) as it was.
 * Nothing is emitted for a change put back exactly (autosave saves nothing new); a rebuilt engine
 * is announced once it holds the state from before, so a save can only store that state.
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import type { CellRange } from "../engine/a1";
import { dropSince, engineMark, redoKept, undoSince, type EngineMark } from "./engineStacks";
import type { HostState } from "./history";
import { refusalOf, RefusedOperation } from "./refusal";
import type { SavedWorkbook } from "./savedWorkbook";

/** The cells of a rectangle of one sheet as the engine held them before an operation. */
export interface CellsBefore {
  readonly sheet: number;
  readonly col: number;
  readonly row: number;
  readonly contents: RawCellContent[][];
}

/**
 * What an operation may touch, for putting it back: the cells it writes (read before it starts,
 * costing as much as the block), and, for an operation that moves cells about or runs in many
 * steps, the whole workbook as it was (a new engine is built from it if the engine cannot be
 * trusted; without it, from the engine's cells with `cells` written back over them).
 */
export interface Touches {
  readonly cells?: readonly CellsBefore[];
  readonly workbook?: SavedWorkbook;
}

/** The host as this needs it: its engine, its side data, and a new engine from a saved workbook. */
export interface GuardedHost {
  readonly hf: HyperFormula;
  state(): HostState;
  setState(state: HostState): void;
  saved(): SavedWorkbook;
  /** A new engine holding `saved`, the undo history cleared, the change announced. */
  rebuild(saved: SavedWorkbook): void;
  /** The engine's redo steps are gone: nothing is left to redo. */
  forgetRedo(): void;
}

/** A rectangle's cells as the engine holds them; cells an array spills into are left empty. */
export function cellsBefore(hf: HyperFormula, sheet: number, range: CellRange): CellsBefore {
  const contents = hf.getRangeSerialized({
    start: { sheet, col: range.left, row: range.top },
    end: { sheet, col: range.right, row: range.bottom },
  });
  contents.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell === null || (typeof cell === "string" && cell.startsWith("="))) return;
      const address = { sheet, col: range.left + j, row: range.top + i };
      if (hf.isCellPartOfArray(address) && hf.getCellFormula(address) === undefined) row[j] = null;
    })
  );
  return { sheet, col: range.left, row: range.top, contents };
}

function sameCells(hf: HyperFormula, cells: CellsBefore): boolean {
  const rows = cells.contents.length;
  const columns = cells.contents[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return true;
  const now = cellsBefore(hf, cells.sheet, {
    top: cells.row,
    left: cells.col,
    bottom: cells.row + rows - 1,
    right: cells.col + columns - 1,
  });
  return JSON.stringify(now.contents) === JSON.stringify(cells.contents);
}

/**
 * The engine as at the mark after an operation threw: its partial entries undone, the cells
 * written back, none of that left on the stacks. Whether the cells read back as before, and
 * whether the steps the user could redo are still there.
 */
export function putBack(
  hf: HyperFormula,
  mark: EngineMark,
  cells: readonly CellsBefore[]
): { exact: boolean; redo: boolean } {
  const redo = redoKept(hf, mark);
  try {
    if (!undoSince(hf, mark)) return { exact: false, redo: false };
    const changed = cells.filter((c) => !sameCells(hf, c));
    if (changed.length > 0) {
      hf.batch(() => {
        for (const c of changed) hf.setCellContents(c, c.contents);
      });
    }
    if (!dropSince(hf, mark, redo)) return { exact: false, redo: false };
    return { exact: cells.every((c) => sameCells(hf, c)), redo };
  } catch {
    return { exact: false, redo: false };
  }
}

/** The saved workbook as before: the side data from before, the cells written back over it. */
function patchedSaved(host: GuardedHost, before: HostState, cells: readonly CellsBefore[]) {
  host.setState(before);
  const saved = host.saved();
  for (const c of cells) {
    const index = before.sheets.findIndex((sheet) => sheet.id === c.sheet);
    const sheet = saved.sheets[index];
    if (!sheet) continue;
    const rows = sheet.cells as RawCellContent[][];
    c.contents.forEach((row, i) => {
      while (rows.length <= c.row + i) rows.push([]);
      const target = rows[c.row + i];
      while (target.length < c.col + row.length) target.push(null);
      row.forEach((cell, j) => (target[c.col + j] = cell));
    });
  }
  return saved;
}

/** After `work` threw: everything as before, and the refusal to throw. */
function recover(
  host: GuardedHost,
  touches: Touches,
  mark: EngineMark,
  before: HostState,
  error: unknown
): RefusedOperation {
  const untouched = mark.undo !== undefined && engineMark(host.hf).undo === mark.undo;
  if (error instanceof RefusedOperation && untouched && redoKept(host.hf, mark)) {
    host.setState(before);
    return error;
  }
  const cells = touches.cells ?? [];
  if (touches.cells) {
    const back = putBack(host.hf, mark, cells);
    if (back.exact) {
      host.setState(before);
      if (!back.redo) host.forgetRedo();
      return refusalOf(error, false);
    }
  }
  host.rebuild(touches.workbook ?? patchedSaved(host, before, cells));
  return refusalOf(error, true);
}

/**
 * Runs `work` (the operation) all or nothing: its result, or, when it threw, everything put back as
 * before and a RefusedOperation saying what was refused and whether the undo history survived.
 */
export function allOrNothing<T>(host: GuardedHost, touches: Touches, work: () => T): T {
  const mark = engineMark(host.hf);
  const before = host.state();
  try {
    return work();
  } catch (error) {
    throw recover(host, touches, mark, before, error);
  }
}

/** allOrNothing for an operation in several steps; `touches` is read when one of them fails. */
export async function allOrNothingAsync<T>(
  host: GuardedHost,
  touches: () => Touches,
  work: () => Promise<T>
): Promise<T> {
  const mark = engineMark(host.hf);
  const before = host.state();
  try {
    return await work();
  } catch (error) {
    throw recover(host, touches(), mark, before, error);
  }
}
