/**
 * A large paste in chunks: HyperFormula takes 100,000 rows × 2 columns in about 1 s in node and
 * several in the browser in one batch, a page frozen that long. Cut into chunks of whole rows of
 * about CHUNK_CELLS cells, each one batch (one engine undo step), with a pause between them the
 * page stays responsive and shows how far the paste is. The host makes the chunks one action of
 * its history and puts everything back if one fails (docs/operations.md).
 */
import type { ExportedChange, RawCellContent } from "hyperformula";

/** About 100 ms of HyperFormula's work per chunk in node (docs/operations.md). */
export const CHUNK_CELLS = 20_000;

export interface Chunk {
  /** The chunk's first row, from the block's top (0-based). */
  readonly offset: number;
  readonly rows: ReadonlyArray<ReadonlyArray<RawCellContent>>;
}

/** Whether a block is large enough to be written in chunks. */
export function isLarge(rows: number, width: number): boolean {
  return rows * width > CHUNK_CELLS;
}

/** The block cut into chunks of whole rows, about CHUNK_CELLS cells each. */
export function chunksOf(
  block: ReadonlyArray<ReadonlyArray<RawCellContent>>,
  width: number
): Chunk[] {
  const size = Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, width)));
  const chunks: Chunk[] = [];
  for (let offset = 0; offset < block.length; offset += size) {
    chunks.push({ offset, rows: block.slice(offset, offset + size) });
  }
  return chunks;
}

/** A pause that lets the browser paint and handle input (a macrotask). */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Writes the chunks one by one (`write` runs one batch), pausing between them and telling
 * `progress` the fraction done; returns all of HyperFormula's changes. A throw stops it there.
 */
export async function writeInChunks(
  chunks: readonly Chunk[],
  write: (chunk: Chunk, last: boolean) => ExportedChange[],
  progress: (fraction: number) => void = () => undefined
): Promise<ExportedChange[]> {
  const changes: ExportedChange[] = [];
  for (let i = 0; i < chunks.length; i++) {
    for (const change of write(chunks[i], i === chunks.length - 1)) changes.push(change);
    progress((i + 1) / chunks.length);
    if (i < chunks.length - 1) await pause();
  }
  return changes;
}
