/*
 * The preview's workbook: a PaneHost over a HyperFormula instance. It writes the same TemplatePlan
 * that the Excel host writes (values, formulas, the company table as plain cells, the revenue
 * column as a sheet-scoped named expression) and keeps what HyperFormula has no notion of (number
 * formats, styles, column widths, the table's extent, the chart) as immutable sheet records.
 * Every change is one entry of the undo history (HyperFormula's steps and the records together).
 * It translates, never computes: every figure comes from HyperFormula evaluating the plan's
 * formulas with the GPU.* plugin over the engine. No DOM here, so jest can drive it from node.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type {
  CellValue,
  ExportedChange,
  HyperFormula,
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
import {
  absoluteRange,
  formatAddress,
  normalAddress,
  parseAddress,
  type CellRange,
} from "./address";
import {
  allOrNothing,
  allOrNothingAsync,
  cellsBefore,
  type GuardedHost,
  type Touches,
} from "./allOrNothing";
import { checkRowsDelete, shiftRowsThroughArrays } from "./arrayRows";
import { changedAddresses, MAX_ROWS, newEngine } from "./engine";
import { forgetOldest } from "./engineStacks";
import { History, type HistoryEntry, type HostState } from "./history";
import { blockWidth, checkBlock } from "./inputLimits";
import { chunksOf, isLarge, writeInChunks, type Chunk } from "./chunkedPaste";
import { RefusedOperation } from "./refusal";
import {
  SAVED_FORMAT,
  SAVED_VERSION,
  savedNames,
  savedSheet,
  sheetFromSaved,
  type SavedCell,
  type SavedWorkbook,
} from "./savedWorkbook";
import {
  cellFormat,
  grownTable,
  movedFormats,
  newSheetRecord,
  shiftedRows,
  tableColumnRange,
  type CellFormat,
  type SheetView,
} from "./sheetRecord";
import {
  addSheetCopy,
  copiedRecord,
  formulaCells,
  ownContents,
  SHEET_COPY_STEPS,
} from "./sheetCopy";
import { SpillFormulas } from "./spillFormulas";
import { templateSheet } from "./templateSheet";

export { absoluteRange, formatAddress, parseAddress, parseRange, type CellRange } from "./address";
export type { CellFormat, SheetView, TableView } from "./sheetRecord";
/** For the page's benchmark hook (window.gpuPreview): plans built in the engine's chunk. */
export { buildTemplatePlan } from "../template";

export { MAX_ROWS } from "./engine";
export { RefusedOperation } from "./refusal";

export type HostChange =
  | { readonly kind: "sheets" }
  | { readonly kind: "selection" }
  | { readonly kind: "values"; readonly sheet: string; readonly addresses: readonly string[] };

export interface HyperFormulaHostOptions {
  /** The first, empty sheet of the new workbook (as in a new Excel workbook). */
  readonly firstSheetName?: string;
}

type Block = ReadonlyArray<ReadonlyArray<RawCellContent>>;

export class HyperFormulaHost implements PaneHost {
  readonly kind = "preview" as const;
  /** The engine; a new one replaces it when an operation left it broken (allOrNothing.ts). */
  private engine: HyperFormula;
  /** Formulas typed with a spill reference (A1#), shown as typed. */
  private spills: SpillFormulas;
  private sheetList: readonly SheetView[] = [];
  private active = 0;
  private selected = "A1";
  private readonly listeners = new Set<(change: HostChange) => void>();
  private readonly history = new History();
  private readonly firstSheetName: string;
  /** The change to announce once the operation that made it has succeeded. */
  private pending?: HostChange;
  /** While a large paste runs: the workbook as it was before it (what a save stores meanwhile). */
  private pasting?: { readonly before: SavedWorkbook };
  /** What allOrNothing needs of this host to put an operation back. */
  private readonly guarded: GuardedHost = {
    hf: undefined as unknown as HyperFormula,
    state: () => this.state(),
    setState: (state) => {
      this.pending = undefined;
      this.setState(state);
    },
    saved: () => this.saved(),
    rebuild: (saved) => this.rebuild(saved),
    forgetRedo: () => {
      this.hf.clearRedoStack();
      this.history.clearFuture();
    },
  };

  constructor(options: HyperFormulaHostOptions = {}) {
    this.engine = newEngine();
    this.spills = new SpillFormulas(this.engine);
    Object.defineProperty(this.guarded, "hf", { get: () => this.engine });
    this.firstSheetName = options.firstSheetName ?? "Sheet1";
    this.sheetList = [this.addEmptySheet(this.firstSheetName)];
    // The first sheet is the new workbook, not an action to undo.
    this.engine.clearUndoStack();
  }

  get hf(): HyperFormula {
    return this.engine;
  }

  /** Every sheet, in tab order. */
  get sheets(): readonly SheetView[] {
    return this.sheetList;
  }

  get activeSheet(): SheetView {
    return this.sheetList[this.active];
  }

  /** The selected cell on the active sheet, e.g. "B6". */
  get selection(): string {
    return this.selected;
  }

  get canUndo(): boolean {
    return !this.pasting && this.history.canUndo;
  }

  get canRedo(): boolean {
    return !this.pasting && this.history.canRedo;
  }

  /** How many actions can be undone, and how many engine steps they hold (for tests). */
  get undoDepth(): { actions: number; engineSteps: number } {
    return { actions: this.history.depth, engineSteps: this.history.engineSteps };
  }

  /** Whether a large paste is being applied (every other change is refused meanwhile). */
  get busy(): boolean {
    return this.pasting !== undefined;
  }

  /** Calls the listener after every change of sheets, selection or values; returns the unsubscribe. */
  subscribe(listener: (change: HostChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows another sheet; the selection moves to its A1. */
  activate(name: string): void {
    const index = this.sheetList.findIndex((sheet) => sheet.name === name);
    if (index === -1) throw new Error(`No sheet named ${name}`);
    if (index === this.active) return;
    this.active = index;
    this.selected = "A1";
    this.emit({ kind: "sheets" });
  }

  /** Selects a cell on the active sheet. */
  select(address: string): void {
    const normal = normalAddress(address);
    if (normal === this.selected) return;
    this.selected = normal;
    this.emit({ kind: "selection" });
  }

  /** The sheet with that name, or the active one. */
  sheet(name?: string): SheetView {
    if (name === undefined) return this.activeSheet;
    const sheet = this.sheetList.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

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

  /** Empties every cell of a range (Delete on a selection), as one change. */
  clear(range: CellRange, sheetName?: string): string[] {
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    const block = Array.from({ length: rows }, () => new Array<RawCellContent>(cols).fill(null));
    return this.writeBlock({ col: range.left, row: range.top }, block, sheetName);
  }

  /**
   * Pastes a copied range of the active sheet at `target` as Excel does: formulas keep their
   * absolute references and move their relative ones by the offset (HyperFormula's fill data).
   */
  pasteRange(source: CellRange, target: { col: number; row: number }): string[] {
    const sheet = this.activeSheet;
    const range = (r: CellRange): SimpleCellRange => ({
      start: { sheet: sheet.id, col: r.left, row: r.top },
      end: { sheet: sheet.id, col: r.right, row: r.bottom },
    });
    const size = { rows: source.bottom - source.top + 1, cols: source.right - source.left + 1 };
    checkBlock(target, [new Array<null>(size.cols).fill(null)]);
    checkBlock({ ...target, row: target.row + size.rows - 1 }, [[null]]);
    const block = this.hf.getFillRangeData(
      range(source),
      range(blockRange(target, size.rows, size.cols))
    );
    return this.writeBlock(target, block);
  }

  /**
   * Moves a range of the active sheet (a cut and paste): formulas anywhere that referred to the
   * moved cells follow them, and so do the cells' formats.
   */
  moveRange(source: CellRange, target: { col: number; row: number }): string[] {
    const index = this.active;
    const sheet = this.sheetList[index];
    const rows = source.bottom - source.top + 1;
    checkBlock(target, [new Array<null>(source.right - source.left + 1).fill(null)]);
    checkBlock({ ...target, row: target.row + rows - 1 }, [[null]]);
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

  /** Undoes the last change (cells, formats, table, sheets together). */
  undo(): boolean {
    this.refuseWhileBusy();
    return this.replay(this.history.takeUndo(), "undo");
  }

  /** Redoes the change last undone. */
  redo(): boolean {
    this.refuseWhileBusy();
    return this.replay(this.history.takeRedo(), "redo");
  }

  async insertTemplate(plan: TemplatePlan): Promise<string> {
    this.refuseWhileBusy();
    const before = this.state();
    const name = uniqueSheetName(plan.sheetName, this.hf.getSheetNames());
    const addedName = this.hf.addSheet(name);
    const id = this.hf.getSheetId(addedName) as number;
    let sheet: SheetView;
    try {
      sheet = templateSheet(this.hf, id, addedName, plan);
    } catch (error) {
      // Nothing half-written stays behind: the new sheet (and its names) goes.
      let cleanup: "removed" | "failed" = "removed";
      try {
        if (this.hf.getSheetId(addedName) !== undefined) this.hf.removeSheet(id);
      } catch {
        cleanup = "failed";
      }
      this.forgetHistory();
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

  /** The whole workbook as plain data, for the browser's storage (during a paste: as before it). */
  saved(): SavedWorkbook {
    if (this.pasting) return this.pasting.before;
    const names = savedNames(this.hf.getAllNamedExpressionsSerialized(), this.sheetList);
    return {
      format: SAVED_FORMAT,
      version: SAVED_VERSION,
      sheets: this.sheetList.map((sheet) =>
        savedSheet(
          sheet,
          this.spills.asTyped(sheet.id, ownContents(this.hf, sheet.id) as SavedCell[][])
        )
      ),
      names,
      active: this.active,
      selected: this.selected,
    };
  }

  /** Replaces the whole workbook with a saved one (checked by readSaved); no undo across it. */
  load(saved: SavedWorkbook): void {
    this.refuseWhileBusy();
    this.removeAllSheets();
    this.loadSaved(saved);
  }

  /** A new workbook: one empty sheet, nothing to undo. */
  reset(): void {
    this.refuseWhileBusy();
    this.removeAllSheets();
    this.sheetList = [this.addEmptySheet(this.firstSheetName)];
    this.active = 0;
    this.selected = "A1";
    this.forgetHistory();
    this.emit({ kind: "sheets" });
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

  private addEmptySheet(name: string): SheetView {
    const added = this.hf.addSheet(name);
    return newSheetRecord(this.hf.getSheetId(added) as number, added);
  }

  private removeAllSheets(): void {
    this.spills.clear();
    for (const named of this.hf.getAllNamedExpressionsSerialized())
      this.hf.removeNamedExpression(named.name, named.scope);
    for (const sheet of this.sheetList) this.hf.removeSheet(sheet.id);
    this.sheetList = [];
  }

  /** Writes a saved workbook into the engine, which holds no sheet; nothing to undo. */
  private loadSaved(saved: SavedWorkbook): void {
    const records = saved.sheets.map((s) => sheetFromSaved(this.addEmptySheet(s.name), s));
    for (const named of saved.names) {
      const scope = named.sheet === undefined ? undefined : records[named.sheet]?.id;
      this.hf.addNamedExpression(named.name, named.expression, scope);
    }
    saved.sheets.forEach((s, i) => this.hf.setSheetContent(records[i].id, s.cells));
    // Formulas saved as typed with A1#: translated once every array is in place.
    saved.sheets.forEach((s, i) => this.spills.retype(records[i].id, s.cells));
    this.sheetList = records;
    this.active = Math.min(saved.active, records.length - 1);
    this.selected = normalAddress(saved.selected);
    this.forgetHistory();
    this.emit({ kind: "sheets" });
  }

  /** A new engine holding `saved` (the old one could not be trusted): no undo across it. */
  private rebuild(saved: SavedWorkbook): void {
    const old = this.engine;
    this.engine = newEngine();
    this.spills = new SpillFormulas(this.engine);
    this.sheetList = [];
    this.pending = undefined;
    this.loadSaved(saved);
    try {
      old.destroy();
    } catch {
      // A broken engine may not even come apart cleanly: it is dropped either way.
    }
  }

  private forgetHistory(): void {
    this.hf.clearUndoStack();
    this.history.clear();
  }

  private record(entry: HistoryEntry): void {
    forgetOldest(this.hf, this.history.record(entry));
  }

  /** Runs an entry's engine steps (undo or redo) and puts back its side of the workbook. */
  private replay(entry: HistoryEntry | undefined, direction: "undo" | "redo"): boolean {
    if (!entry) return false;
    for (let i = 0; i < entry.engineSteps; i++) {
      if (direction === "undo") this.hf.undo();
      else this.hf.redo();
    }
    this.setState(direction === "undo" ? entry.before : entry.after);
    this.emit({ kind: "sheets" });
    return true;
  }

  private state(): HostState {
    const { sheetList: sheets, active, selected } = this;
    return { sheets, active, selected, typed: this.spills.snapshot() };
  }

  private setState(state: HostState): void {
    this.sheetList = state.sheets;
    this.active = state.active;
    this.selected = state.selected;
    this.spills.restore(state.typed);
  }

  private refuseWhileBusy(): void {
    if (this.pasting) throw new RefusedOperation("busy");
  }

  /** Runs an operation all or nothing (allOrNothing.ts), then announces what it changed. */
  private guard<T>(touches: Touches, work: () => T): T {
    this.refuseWhileBusy();
    const result = allOrNothing(this.guarded, touches, work);
    this.announce();
    return result;
  }

  private announce(): void {
    const change = this.pending;
    this.pending = undefined;
    if (change) this.emit(change);
  }

  /**
   * Runs one change as one HyperFormula batch and one undo entry; returns the changed addresses.
   * Call inside guard(): the change is announced once it has all succeeded.
   */
  private change(index: number, work: () => void, before = this.state()): string[] {
    return this.settled(index, this.hf.batch(work), 1, before);
  }

  /**
   * After a change's `engineSteps` batches: spill references are translated again and blocked
   * arrays spill again where they can (their rewrites belong to the same entry), the entry is
   * recorded, the change kept to announce; returns the changed addresses.
   */
  private settled(
    index: number,
    changes: ExportedChange[],
    engineSteps: number,
    before: HostState
  ): string[] {
    this.spills.written();
    const settled = this.spills.settle(changes);
    for (const change of settled.changes) changes.push(change);
    this.record({ engineSteps: engineSteps + settled.engineSteps, before, after: this.state() });
    const sheet = this.sheetList[index];
    const addresses = changedAddresses(changes, sheet.id);
    const sheetsChanged = before.sheets[index] !== sheet;
    this.pending = sheetsChanged
      ? { kind: "sheets" }
      : { kind: "values", sheet: sheet.name, addresses };
    return addresses;
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

  /** A block's cells as HyperFormula takes them (spill references translated), `width` wide. */
  private typedBlock(
    sheet: number,
    at: { col: number; row: number },
    block: Block,
    width: number
  ): RawCellContent[][] {
    return block.map((r, i) =>
      Array.from({ length: width }, (_, j) =>
        this.spills.cellContent({ sheet, col: at.col + j, row: at.row + i }, r[j] ?? null)
      )
    );
  }

  private replaceSheet(index: number, sheet: SheetView): void {
    this.sheetList = this.sheetList.map((s, i) => (i === index ? sheet : s));
  }

  /** A block written just under the table, within its columns, makes those rows part of the table. */
  private growTable(index: number, block: CellRange): void {
    const sheet = this.sheetList[index];
    const table = grownTable(sheet.table, block);
    if (!table) return;
    this.replaceSheet(index, { ...sheet, table });
    this.renameTableColumns(index);
  }

  /** Points the table's column names at its data rows (after it grew or shrank). */
  private renameTableColumns(index: number): void {
    const sheet = this.sheetList[index];
    if (!sheet.table) return;
    for (const named of sheet.tableNames) {
      const range = tableColumnRange(sheet.table, named.column);
      this.hf.changeNamedExpression(named.name, `=${absoluteRange(sheet.name, range)}`, sheet.id);
    }
  }

  private sheetIndex(name?: string): number {
    if (name === undefined) return this.active;
    const index = this.sheetList.findIndex((s) => s.name === name);
    if (index === -1) throw new Error(`No sheet named ${name}`);
    return index;
  }

  private cellAddress(address: string, sheetName?: string): SimpleCellAddress {
    const { col, row } = parseAddress(address);
    return { sheet: this.sheet(sheetName).id, col, row };
  }

  private emit(change: HostChange): void {
    for (const listener of Array.from(this.listeners)) listener(change);
  }
}

/** The rectangle of a block `rows` × `columns` with its top-left corner at `at`. */
function blockRange(at: { col: number; row: number }, rows: number, columns: number): CellRange {
  return { top: at.row, left: at.col, bottom: at.row + rows - 1, right: at.col + columns - 1 };
}

function hasContent(block: ReadonlyArray<ReadonlyArray<RawCellContent>>): boolean {
  return block.some((row) => row.some((v) => v !== null && v !== ""));
}
