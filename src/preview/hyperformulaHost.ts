/*
 * The preview's workbook: a PaneHost over a HyperFormula instance. It writes the same TemplatePlan
 * that the Excel host writes (values, formulas, the company table as plain cells, the revenue
 * column as a sheet-scoped named expression) and keeps what HyperFormula has no notion of (number
 * formats, styles, column widths, the table's extent, the chart) as immutable sheet records.
 * Every change is one entry of the undo history (HyperFormula's steps and the records together),
 * all or nothing: the state and the one path every change takes are workbookCore.ts; this file
 * holds the operations (typing, pastes, rows, the pane's). It translates, never computes: every figure comes from HyperFormula evaluating the plan's
 * formulas with the GPU.* plugin over the engine. No DOM here, so jest can drive it from node.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type {
  CellValue,
  ExportedChange,
  RawCellContent,
  SimpleCellAddress,
  SimpleCellRange,
} from "hyperformula";
import { isGpuFormula, reenteredFormula } from "../taskpane/gpuFormulas";
import { translateCells, type FormulaCell } from "../engine/portable/translate";
import {
  PaneError,
  type PaneHost,
  type PortableMode,
  type PortableResult,
  type ReenteredFormulas,
} from "../taskpane/host";
import { quoteSheetName, uniqueSheetName, type TemplatePlan } from "../template";
import { formatAddress, normalAddress, parseAddress, type CellRange } from "./address";
import { allOrNothingAsync, cellsBefore, type Touches } from "./allOrNothing";
import { checkRowsDelete, shiftRowsThroughArrays } from "./arrayRows";
import { MAX_ROWS } from "./engine";
import { dropSince, engineMark, undoSince, type EngineMark } from "./engineStacks";
import { blockWidth, checkBlock, checkFits } from "./inputLimits";
import { chunksOf, isLarge, writeInChunks, type Chunk } from "./chunkedPaste";
import { RefusedOperation } from "./refusal";
import {
  cellFormat,
  movedFormats,
  shiftedRows,
  type CellFormat,
  type SheetView,
} from "./sheetRecord";
import { addSheetCopy, copiedRecord, formulaCells, SHEET_COPY_STEPS } from "./sheetCopy";
import { templateSheet } from "./templateSheet";
import { WorkbookCore, type Block } from "./workbookCore";

export { absoluteRange, formatAddress, parseAddress, parseRange, type CellRange } from "./address";
export type { CellFormat, SheetView, TableView } from "./sheetRecord";
/** For the page's benchmark hook (window.gpuPreview): plans built in the engine's chunk. */
export { buildTemplatePlan } from "../template";
export { MAX_ROWS } from "./engine";
export { RefusedOperation } from "./refusal";
export type { HostChange, HyperFormulaHostOptions } from "./workbookCore";

export class HyperFormulaHost extends WorkbookCore implements PaneHost {
  readonly kind = "preview" as const;

  /** The evaluated value of a cell: number, text, boolean, null, or a DetailedCellError. */
  value(address: string, sheetName?: string): CellValue {
    return this.hf.getCellValue(this.cellAddress(address, sheetName));
  }

  /** The value at a column and row (0-based) of the active sheet: the grid's fast path. */
  valueAt(col: number, row: number): CellValue {
    return this.hf.getCellValue({ sheet: this.activeSheet.id, col, row });
  }

  /** The cell's formula as typed ("=GPU.GAP(Revenues,B12)", "=GPU.GAP(A1#)"), or undefined for a value. */
  formula(address: string, sheetName?: string): string | undefined {
    return this.spills.formula(this.cellAddress(address, sheetName));
  }

  /** The cell's number format and style (a table row's from its column). */
  format(address: string, sheetName?: string): CellFormat {
    const { col, row } = parseAddress(address);
    return cellFormat(this.sheet(sheetName), col, row);
  }

  /** The used rows and columns of a sheet (its dimensions; 0 when it is empty). */
  extent(sheetName?: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheet(sheetName).id);
    return { rows: height, columns: width };
  }

  /**
   * Writes what a user typed into a cell: "=..." is a formula, "150" a number, "50%" 0.5, "'text"
   * text, "" clears the cell. HyperFormula recalculates every dependent cell at once. Typing in
   * the row under the company table adds that row to the table (its named column grows), as an
   * Excel table does. Returns the addresses whose values changed on that sheet.
   */
  setInput(address: string, input: string, sheetName?: string): string[] {
    const { col, row } = parseAddress(address);
    return this.writeBlock({ col, row }, [[input === "" ? null : input]], sheetName);
  }

  /**
   * Writes a block of typed contents (rows of cells) with its top-left corner at `at`, as one
   * change: a paste. A block that starts just under the table joins it. A formula with a spill
   * reference (A1#) is handed to HyperFormula translated and shown as typed. Refused
   * (RefusedOperation), with nothing changed, when Excel would not take it.
   */
  writeBlock(at: { col: number; row: number }, block: Block, sheetName?: string): string[] {
    this.refuseWhileBusy();
    checkBlock(at, block);
    const index = this.sheetIndex(sheetName);
    const sheet = this.sheetList[index];
    const range = blockRange(at, block.length, blockWidth(block));
    const touches = { cells: [cellsBefore(this.hf, sheet.id, range)] };
    const addresses = this.guard(touches, () => {
      // Before translating: what the cells were typed with belongs to the state undo puts back.
      const before = this.state();
      const filled = this.typedBlock(sheet.id, at, block, range.right - range.left + 1);
      return this.change(
        index,
        () => {
          this.hf.setCellContents({ sheet: sheet.id, ...at }, filled);
          if (hasContent(filled)) this.growTable(index, range);
        },
        before
      );
    });
    const written = formatAddress(at.col, at.row);
    if (!addresses.includes(written)) addresses.push(written);
    return addresses;
  }

  /**
   * A paste: writeBlock, in chunks of rows with pauses between them when the block is large
   * (chunkedPaste.ts), telling `progress` the fraction done. Still one action of the history,
   * refused or put back as a whole; every other change is refused while it runs.
   */
  async pasteBlock(
    at: { col: number; row: number },
    block: Block,
    progress?: (fraction: number) => void
  ): Promise<string[]> {
    this.refuseWhileBusy();
    checkBlock(at, block);
    const width = blockWidth(block);
    if (!isLarge(block.length, width)) return this.writeBlock(at, block);
    const index = this.active;
    const id = this.sheetList[index].id;
    const range = blockRange(at, block.length, width);
    const chunks = chunksOf(block, width);
    const before = this.state();
    this.pasting = { before: this.saved() };
    const workbook = this.pasting.before;
    let touched: Touches = { workbook };
    const writeChunk = (chunk: Chunk, last: boolean): ExportedChange[] => {
      const corner = { sheet: id, col: at.col, row: at.row + chunk.offset };
      touched = {
        cells: [cellsBefore(this.hf, id, blockRange(corner, chunk.rows.length, width))],
        workbook,
      };
      const filled = this.typedBlock(id, corner, chunk.rows, width);
      return this.hf.batch(() => {
        this.hf.setCellContents(corner, filled);
        if (last) this.growTable(index, range);
      });
    };
    try {
      return await allOrNothingAsync(
        this.guarded,
        () => touched,
        async () => {
          const changes = await writeInChunks(chunks, writeChunk, progress);
          return this.settled(index, changes, chunks.length, before);
        }
      );
    } finally {
      this.pasting = undefined;
      this.announce();
    }
  }

  /** Empties every cell of a range (Delete on a selection) within the sheet's used cells, as one change. */
  clear(range: CellRange, sheetName?: string): string[] {
    const used = this.extent(sheetName);
    const rows = Math.min(range.bottom, used.rows - 1) - range.top + 1;
    const cols = Math.min(range.right, used.columns - 1) - range.left + 1;
    if (rows <= 0 || cols <= 0) return [];
    const block = Array.from({ length: rows }, () => new Array<RawCellContent>(cols).fill(null));
    return this.writeBlock({ col: range.left, row: range.top }, block, sheetName);
  }

  /**
   * Pastes a copied range of the active sheet at `target` as Excel does: formulas keep their
   * absolute references and move their relative ones by the offset (HyperFormula's fill data).
   * The grid pastes a large one in chunks: pasteBlock(target, fillBlock(source, target)).
   */
  pasteRange(source: CellRange, target: { col: number; row: number }): string[] {
    return this.writeBlock(target, this.fillBlock(source, target));
  }

  /** What pasting a copied range at `target` writes (refused when it does not fit on the sheet). */
  fillBlock(source: CellRange, target: { col: number; row: number }): RawCellContent[][] {
    const id = this.activeSheet.id;
    const range = (r: CellRange): SimpleCellRange => ({
      start: { sheet: id, col: r.left, row: r.top },
      end: { sheet: id, col: r.right, row: r.bottom },
    });
    const rows = source.bottom - source.top + 1;
    const columns = source.right - source.left + 1;
    checkFits(target, rows, columns);
    return this.hf.getFillRangeData(range(source), range(blockRange(target, rows, columns)));
  }

  /**
   * Moves a range of the active sheet (a cut and paste): formulas anywhere that referred to the
   * moved cells follow them, and so do the cells' formats.
   */
  moveRange(source: CellRange, target: { col: number; row: number }): string[] {
    const index = this.active;
    const sheet = this.sheetList[index];
    checkFits(target, source.bottom - source.top + 1, source.right - source.left + 1);
    return this.guard({ workbook: this.saved() }, () =>
      this.change(index, () => {
        this.hf.moveCells(
          {
            start: { sheet: sheet.id, col: source.left, row: source.top },
            end: { sheet: sheet.id, col: source.right, row: source.bottom },
          },
          { sheet: sheet.id, col: target.col, row: target.row }
        );
        const dc = target.col - source.left;
        const dr = target.row - source.top;
        this.replaceSheet(index, movedFormats(sheet, source, dc, dr));
      })
    );
  }

  /** The cells of a range as typed (formulas, values), rows of cells. */
  contents(range: CellRange): RawCellContent[][] {
    const id = this.activeSheet.id;
    return this.hf.getRangeSerialized({
      start: { sheet: id, col: range.left, row: range.top },
      end: { sheet: id, col: range.right, row: range.bottom },
    });
  }

  /** Inserts `count` empty rows above row `at` (0-based) of the active sheet. */
  insertRows(at: number, count = 1): void {
    if (this.extent().rows + count > MAX_ROWS) throw new RefusedOperation("shiftOff");
    this.shiftRows(at, count);
  }

  /** Deletes `count` rows from row `at` (0-based) of the active sheet. */
  deleteRows(at: number, count = 1): void {
    this.refuseWhileBusy();
    checkRowsDelete(this.hf, this.activeSheet.id, at, count);
    this.shiftRows(at, -count);
  }

  async insertTemplate(plan: TemplatePlan): Promise<string> {
    this.refuseWhileBusy();
    const before = this.state();
    const mark = engineMark(this.hf);
    const name = uniqueSheetName(plan.sheetName, this.hf.getSheetNames());
    const addedName = this.hf.addSheet(name);
    const id = this.hf.getSheetId(addedName) as number;
    let sheet: SheetView;
    try {
      sheet = templateSheet(this.hf, id, addedName, plan);
    } catch (error) {
      const cleanup = this.removeFailedSheet(mark, id, addedName);
      throw new PaneError("failed", error instanceof Error ? error.message : String(error), {
        sheet: addedName,
        cleanup,
      });
    }
    this.sheetList = [...this.sheetList, sheet];
    this.active = this.sheetList.length - 1;
    this.selected = normalAddress(plan.activeCell);
    // addSheet, then templateSheet's one batch: two engine steps.
    this.record({ engineSteps: 2, before, after: this.state() });
    this.emit({ kind: "sheets" });
    return addedName;
  }

  /**
   * Nothing half-written stays behind a template that could not be written: its engine steps (the
   * new sheet, the partial batch) are undone and dropped, the undo history kept; if that fails, the
   * sheet is removed and the history cleared.
   */
  private removeFailedSheet(mark: EngineMark, id: number, name: string): "removed" | "failed" {
    const names = this.sheetList.map((sheet) => sheet.name);
    if (undoSince(this.hf, mark) && dropSince(this.hf, mark, false)) {
      if (JSON.stringify(this.hf.getSheetNames()) === JSON.stringify(names)) {
        this.history.clearFuture();
        return "removed";
      }
    }
    this.forgetHistory();
    try {
      if (this.hf.getSheetId(name) !== undefined) this.hf.removeSheet(id);
      return "removed";
    } catch {
      return "failed";
    }
  }

  /** Writes the formula into the selected cell if it is empty; never overwrites what is there. */
  async insertFormula(formula: string): Promise<string> {
    const sheet = this.activeSheet;
    const address = `${quoteSheetName(sheet.name)}!${this.selected}`;
    const cell = this.cellAddress(this.selected);
    const value = this.hf.getCellValue(cell);
    if (this.hf.getCellFormula(cell) !== undefined || (value !== null && value !== "")) {
      throw new PaneError("occupied", `${address} is not empty.`, { address });
    }
    this.setInput(this.selected, formula, sheet.name);
    return address;
  }

  /** Enters each GPU.* formula on the active sheet again (HyperFormula re-evaluates it), as one change. */
  async reenterGpuFormulas(): Promise<ReenteredFormulas> {
    const sheet = this.activeSheet;
    const cells: Array<[SimpleCellAddress, string]> = [];
    this.hf.getSheetFormulas(sheet.id).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (isGpuFormula(formula)) cells.push([{ sheet: sheet.id, col: c, row: r }, formula]);
      })
    );
    if (cells.length > 0)
      this.rewrite(cells.map(([at, formula]) => [at, reenteredFormula(formula)]));
    return { sheet: sheet.name, formulas: cells.length };
  }

  /**
   * Rewrites the active sheet's GPU.* formulas natively, on a copy placed after it (sheetCopy.ts)
   * or in place: one change either way (undone at once, saved by autosave).
   */
  async makePortable(mode: PortableMode): Promise<PortableResult> {
    const source = this.activeSheet;
    const { converted, untranslated } = translateCells(formulaCells(this.hf, source.id));
    const result = { source: source.name, converted: converted.length, untranslated };
    if (converted.length === 0) return { ...result, sheet: source.name };
    if (mode === "in-place") {
      this.rewrite(converted.map((cell) => [this.cellAddress(cell.address), cell.formula]));
      return { ...result, sheet: source.name };
    }
    return { ...result, sheet: this.copySheet(source, converted) };
  }

  /** HyperFormula recalculates on every change: nothing is ever stale. */
  async recalculate(): Promise<void> {
    return;
  }

  /** Adds a copy of `source` after it with `converted` formulas, as one undoable change. */
  private copySheet(source: SheetView, converted: readonly FormulaCell[]): string {
    this.refuseWhileBusy();
    const before = this.state();
    const { id, name } = addSheetCopy(this.hf, source, converted);
    const at = this.sheetList.indexOf(source) + 1;
    const record = copiedRecord(source, id, name, this.sheetList);
    this.sheetList = [...this.sheetList.slice(0, at), record, ...this.sheetList.slice(at)];
    this.active = at;
    this.selected = "A1";
    this.record({ engineSteps: SHEET_COPY_STEPS, before, after: this.state() });
    this.emit({ kind: "sheets" });
    return name;
  }

  /** Writes formulas into cells as one change (GPU.* formulas entered again, made portable). */
  private rewrite(cells: ReadonlyArray<readonly [SimpleCellAddress, string]>): void {
    const one = (at: SimpleCellAddress) => blockRange(at, 1, 1);
    const touches = { cells: cells.map(([at]) => cellsBefore(this.hf, at.sheet, one(at))) };
    this.guard(touches, () =>
      this.change(this.active, () => {
        for (const [address, formula] of cells) this.hf.setCellContents(address, formula);
      })
    );
  }

  /** Inserts (count > 0) or deletes rows, arrays spilling through them spilling again. */
  private shiftRows(at: number, count: number): void {
    const index = this.active;
    const sheet = this.sheetList[index];
    this.guard({ workbook: this.saved() }, () =>
      this.change(index, () => {
        shiftRowsThroughArrays(this.hf, sheet.id, at, count);
        this.replaceSheet(index, shiftedRows(sheet, at, count));
        this.renameTableColumns(index);
      })
    );
  }
}

/** The rectangle of a block `rows` × `columns` with its top-left corner at `at`. */
function blockRange(at: { col: number; row: number }, rows: number, columns: number): CellRange {
  return { top: at.row, left: at.col, bottom: at.row + rows - 1, right: at.col + columns - 1 };
}

function hasContent(block: ReadonlyArray<ReadonlyArray<RawCellContent>>): boolean {
  return block.some((row) => row.some((v) => v !== null && v !== ""));
}
