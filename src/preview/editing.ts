/*
 * The host's edits, as the grid makes them: typing into a cell, pasting a block (in chunks when it
 * is large), emptying a range, moving one (a cut and paste), inserting and deleting rows. Each is
 * one change of the workbook (workbookCore.ts: all or nothing, one undo entry), refused with
 * nothing changed (RefusedOperation) when Excel would not take it. A block written just under the
 * company table joins it, as an Excel table grows.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type { ExportedChange, RawCellContent, SimpleCellRange } from "hyperformula";
import { absoluteRange, formatCell, parseCell, type CellRange } from "../engine/a1";
import { allOrNothingAsync, cellsBefore, type Touches } from "./allOrNothing";
import { checkRowsDelete, shiftRowsThroughArrays } from "./arrayRows";
import { chunksOf, isLarge, writeInChunks, type Chunk } from "./chunkedPaste";
import { MAX_ROWS } from "./engine";
import { blockWidth, checkBlock, checkFits } from "./inputLimits";
import { savedWorkbook } from "./persistence";
import { RefusedOperation } from "./refusal";
import { grownTable, movedFormats, shiftedRows, tableColumnRange } from "./sheetRecord";
import type { Block, WorkbookCore } from "./workbookCore";

type At = { col: number; row: number };

export class Editing {
  constructor(private readonly core: WorkbookCore) {}

  /**
   * Writes what a user typed into a cell: "=..." is a formula, "150" a number, "50%" 0.5, "'text"
   * text, "" clears the cell. HyperFormula recalculates every dependent cell at once. Typing in
   * the row under the company table adds that row to the table (its named column grows), as an
   * Excel table does. Returns the addresses whose values changed on that sheet.
   */
  setInput(address: string, input: string, sheetName?: string): string[] {
    const { col, row } = parseCell(address);
    return this.writeBlock({ col, row }, [[input === "" ? null : input]], sheetName);
  }

  /**
   * Writes a block of typed contents (rows of cells) with its top-left corner at `at`, as one
   * change: a paste. A block that starts just under the table joins it. A formula with a spill
   * reference (A1#) is handed to HyperFormula translated and shown as typed. Refused
   * (RefusedOperation), with nothing changed, when Excel would not take it.
   */
  writeBlock(at: At, block: Block, sheetName?: string): string[] {
    const core = this.core;
    core.refuseWhileBusy();
    checkBlock(at, block);
    const index = core.sheetIndex(sheetName);
    const sheet = core.sheetList[index];
    const range = blockRange(at, block.length, blockWidth(block));
    const touches = { cells: [cellsBefore(core.hf, sheet.id, range)] };
    const addresses = core.guard(touches, () => {
      // Before translating: what the cells were typed with belongs to the state undo puts back.
      const before = core.state();
      const filled = core.typedBlock(sheet.id, at, block, range.right - range.left + 1);
      return core.change(
        index,
        () => {
          core.hf.setCellContents({ sheet: sheet.id, ...at }, filled);
          if (hasContent(filled)) this.growTable(index, range);
        },
        before
      );
    });
    const written = formatCell(at.col, at.row);
    if (!addresses.includes(written)) addresses.push(written);
    return addresses;
  }

  /**
   * A paste: writeBlock, in chunks of rows with pauses between them when the block is large
   * (chunkedPaste.ts), telling `progress` the fraction done. Still one action of the history,
   * refused or put back as a whole; every other change is refused while it runs.
   */
  async pasteBlock(at: At, block: Block, progress?: (fraction: number) => void): Promise<string[]> {
    const core = this.core;
    core.refuseWhileBusy();
    checkBlock(at, block);
    const width = blockWidth(block);
    if (!isLarge(block.length, width)) return this.writeBlock(at, block);
    const index = core.active;
    const chunks = chunksOf(block, width);
    const before = core.state();
    core.pasting = { before: savedWorkbook(core) };
    const range = blockRange(at, block.length, width);
    const writer = this.chunkWriter(index, at, range, core.pasting.before);
    try {
      return await allOrNothingAsync(core.guarded, writer.touched, async () => {
        const changes = await writeInChunks(chunks, writer.write, progress);
        return core.settled(index, changes, chunks.length, before);
      });
    } finally {
      core.pasting = undefined;
      core.announce();
    }
  }

  /**
   * Writes a large paste's chunks one batch each, keeping what the chunk being written touches;
   * the last one grows the table by the whole block (`range`).
   */
  private chunkWriter(
    index: number,
    at: At,
    range: CellRange,
    workbook: Touches["workbook"]
  ): { write: (chunk: Chunk, last: boolean) => ExportedChange[]; touched: () => Touches } {
    const core = this.core;
    const id = core.sheetList[index].id;
    const width = range.right - range.left + 1;
    let touched: Touches = { workbook };
    const write = (chunk: Chunk, last: boolean): ExportedChange[] => {
      const corner = { sheet: id, col: at.col, row: at.row + chunk.offset };
      const rows = chunk.rows.length;
      touched = { cells: [cellsBefore(core.hf, id, blockRange(corner, rows, width))], workbook };
      const filled = core.typedBlock(id, corner, chunk.rows, width);
      return core.hf.batch(() => {
        core.hf.setCellContents(corner, filled);
        if (last) this.growTable(index, range);
      });
    };
    return { write, touched: () => touched };
  }

  /** Empties every cell of a range (Delete on a selection) within the sheet's used cells, as one change. */
  clear(range: CellRange, sheetName?: string): string[] {
    const used = this.core.extent(sheetName);
    const rows = Math.min(range.bottom, used.rows - 1) - range.top + 1;
    const cols = Math.min(range.right, used.columns - 1) - range.left + 1;
    if (rows <= 0 || cols <= 0) return [];
    const block = Array.from({ length: rows }, () => new Array<RawCellContent>(cols).fill(null));
    return this.writeBlock({ col: range.left, row: range.top }, block, sheetName);
  }

  /**
   * What pasting a copied range of the active sheet at `target` writes, as Excel pastes it:
   * formulas keep their absolute references and move their relative ones by the offset
   * (HyperFormula's fill data). Refused when it does not fit on the sheet. The grid pastes it
   * with pasteBlock(target, fillBlock(source, target)).
   */
  fillBlock(source: CellRange, target: At): RawCellContent[][] {
    const id = this.core.activeSheet.id;
    const range = (r: CellRange): SimpleCellRange => ({
      start: { sheet: id, col: r.left, row: r.top },
      end: { sheet: id, col: r.right, row: r.bottom },
    });
    const rows = source.bottom - source.top + 1;
    const columns = source.right - source.left + 1;
    checkFits(target, rows, columns);
    return this.core.hf.getFillRangeData(range(source), range(blockRange(target, rows, columns)));
  }

  /**
   * Moves a range of the active sheet (a cut and paste): formulas anywhere that referred to the
   * moved cells follow them, and so do the cells' formats.
   */
  moveRange(source: CellRange, target: At): string[] {
    const core = this.core;
    const index = core.active;
    const sheet = core.sheetList[index];
    checkFits(target, source.bottom - source.top + 1, source.right - source.left + 1);
    return core.guard({ workbook: savedWorkbook(core) }, () =>
      core.change(index, () => {
        core.hf.moveCells(
          {
            start: { sheet: sheet.id, col: source.left, row: source.top },
            end: { sheet: sheet.id, col: source.right, row: source.bottom },
          },
          { sheet: sheet.id, col: target.col, row: target.row }
        );
        const dc = target.col - source.left;
        const dr = target.row - source.top;
        core.replaceSheet(index, movedFormats(sheet, source, dc, dr));
      })
    );
  }

  /** Inserts `count` empty rows above row `at` (0-based) of the active sheet. */
  insertRows(at: number, count = 1): void {
    if (this.core.extent().rows + count > MAX_ROWS) throw new RefusedOperation("shiftOff");
    this.shiftRows(at, count);
  }

  /** Deletes `count` rows from row `at` (0-based) of the active sheet. */
  deleteRows(at: number, count = 1): void {
    this.core.refuseWhileBusy();
    checkRowsDelete(this.core.hf, this.core.activeSheet.id, at, count);
    this.shiftRows(at, -count);
  }

  /** Inserts (count > 0) or deletes rows, arrays spilling through them spilling again. */
  private shiftRows(at: number, count: number): void {
    const core = this.core;
    const index = core.active;
    const sheet = core.sheetList[index];
    core.guard({ workbook: savedWorkbook(core) }, () =>
      core.change(index, () => {
        shiftRowsThroughArrays(core.hf, sheet.id, at, count);
        core.replaceSheet(index, shiftedRows(sheet, at, count));
        this.renameTableColumns(index);
      })
    );
  }

  /** A block written just under the table, within its columns, makes those rows part of the table. */
  private growTable(index: number, block: CellRange): void {
    const sheet = this.core.sheetList[index];
    const table = grownTable(sheet.table, block);
    if (!table) return;
    this.core.replaceSheet(index, { ...sheet, table });
    this.renameTableColumns(index);
  }

  /** Points the table's column names at its data rows (after it grew or shrank). */
  private renameTableColumns(index: number): void {
    const sheet = this.core.sheetList[index];
    if (!sheet.table) return;
    for (const named of sheet.tableNames) {
      const range = tableColumnRange(sheet.table, named.column);
      this.core.hf.changeNamedExpression(
        named.name,
        `=${absoluteRange(sheet.name, range)}`,
        sheet.id
      );
    }
  }
}

/** The rectangle of a block `rows` × `columns` with its top-left corner at `at`. */
export function blockRange(at: At, rows: number, columns: number): CellRange {
  return { top: at.row, left: at.col, bottom: at.row + rows - 1, right: at.col + columns - 1 };
}

function hasContent(block: ReadonlyArray<ReadonlyArray<RawCellContent>>): boolean {
  return block.some((row) => row.some((v) => v !== null && v !== ""));
}
