/**
 * Before the engine is ready: HyperFormula arrives as a separate chunk after the grid is painted.
 * Meanwhile the grid says it is loading (aria-busy, the status bar's message) and what is typed
 * into a cell (the cell editor, the formula bar) is kept here, in order, and shown in its cell as
 * typed (the grid's source until the host is attached); then written into the host, each entry
 * one undoable change. Nothing typed is dropped.
 */
import { formatCell } from "../../engine/a1";
import type { Cell } from "./selection";
import type { GridText } from "./text";
import type { GridSource } from "./virtualGrid";

/** At most this many cells are named in a message; more are "…". */
const NAMED_CELLS = 5;

export interface TypedEntry {
  readonly cell: Cell;
  readonly text: string;
}

export class TypedWhileLoading {
  private entries: TypedEntry[] = [];

  /** Keeps what was typed into a cell until the engine is ready. */
  hold(cell: Cell, text: string): void {
    this.entries.push({ cell: { ...cell }, text });
  }

  get count(): number {
    return this.entries.length;
  }

  /** What was last typed into a cell, if anything. */
  textAt(col: number, row: number): string | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const { cell, text } = this.entries[i];
      if (cell.col === col && cell.row === row) return text;
    }
    return undefined;
  }

  /** The grid's source before the engine is ready: an empty sheet with what was typed, as typed. */
  source(): GridSource {
    return {
      sheet: undefined,
      valueAt: (col, row) => this.textAt(col, row) ?? null,
      extent: () => ({
        rows: Math.max(0, ...this.entries.map(({ cell }) => cell.row + 1)),
        columns: Math.max(0, ...this.entries.map(({ cell }) => cell.col + 1)),
      }),
    };
  }

  /** The status bar's words while loading: what is kept, if anything. */
  message(text: GridText): string {
    return this.entries.length === 0 ? text.loading : text.loadingTyped(cellList(this.entries));
  }

  /**
   * Writes every entry, in the order typed, with `write`; returns the words saying so (or
   * undefined when nothing was typed). An entry the host refuses does not stop the others: the
   * words name it and say why.
   */
  release(write: (entry: TypedEntry) => void, text: GridText): string | undefined {
    if (this.entries.length === 0) return undefined;
    const entries = this.entries;
    this.entries = [];
    const refused: TypedEntry[] = [];
    let reason = "";
    for (const entry of entries) {
      try {
        write(entry);
      } catch (error) {
        refused.push(entry);
        reason = error instanceof Error ? error.message : String(error);
      }
    }
    if (refused.length === 0) return text.typedWritten(cellList(entries));
    return text.typedRefused(cellList(refused), reason);
  }
}

/** The cells typed into, each once, in order: "A1, B2". */
function cellList(entries: readonly TypedEntry[]): string {
  const addresses = [...new Set(entries.map(({ cell }) => formatCell(cell.col, cell.row)))];
  const named = addresses.slice(0, NAMED_CELLS).join(", ");
  return addresses.length > NAMED_CELLS ? `${named}, …` : named;
}
