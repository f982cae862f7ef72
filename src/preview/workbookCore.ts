/*
 * The preview workbook's state and how it changes: the HyperFormula engine (a new one when an
 * operation left it broken), the sheet records beside it, the selection, the undo history, and the
 * one path every change takes (guard → change → settled): all or nothing (allOrNothing.ts), spills
 * settled, one history entry, announced to subscribers only once it has succeeded. Saving and
 * loading the whole workbook live here too. The operations themselves are hyperformulaHost.ts.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type { ExportedChange, HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import { absoluteRange, normalAddress, parseAddress, type CellRange } from "./address";
import { allOrNothing, type GuardedHost, type Touches } from "./allOrNothing";
import { changedAddresses, newEngine } from "./engine";
import { excelNumbersIn } from "./excelNumbers";
import { forgetOldest } from "./engineStacks";
import { History, type HistoryEntry, type HostState } from "./history";
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
import { grownTable, newSheetRecord, tableColumnRange, type SheetView } from "./sheetRecord";
import { ownContents } from "./sheetCopy";
import { SpillFormulas } from "./spillFormulas";

export type HostChange =
  | { readonly kind: "sheets" }
  | { readonly kind: "selection" }
  | { readonly kind: "values"; readonly sheet: string; readonly addresses: readonly string[] };

export interface HyperFormulaHostOptions {
  /** The first, empty sheet of the new workbook (as in a new Excel workbook). */
  readonly firstSheetName?: string;
}

export type Block = ReadonlyArray<ReadonlyArray<RawCellContent>>;

export abstract class WorkbookCore {
  /** The engine; a new one replaces it when an operation left it broken (allOrNothing.ts). */
  protected engine: HyperFormula;
  /** Formulas typed with a spill reference (A1#), shown as typed. */
  protected spills: SpillFormulas;
  protected sheetList: readonly SheetView[] = [];
  protected active = 0;
  protected selected = "A1";
  protected readonly listeners = new Set<(change: HostChange) => void>();
  protected readonly history = new History();
  protected readonly firstSheetName: string;
  /** The change to announce once the operation that made it has succeeded. */
  protected pending?: HostChange;
  /** While a large paste runs: the workbook as it was before it (what a save stores meanwhile). */
  protected pasting?: { readonly before: SavedWorkbook };
  /** What allOrNothing needs of this host to put an operation back. */
  protected readonly guarded: GuardedHost = ((core: WorkbookCore): GuardedHost => ({
    get hf() {
      return core.engine;
    },
    state: () => core.state(),
    setState: (state) => {
      core.pending = undefined;
      core.setState(state);
    },
    saved: () => core.saved(),
    rebuild: (saved) => core.rebuild(saved),
    forgetRedo: () => {
      core.engine.clearRedoStack();
      core.history.clearFuture();
    },
  }))(this);

  constructor(options: HyperFormulaHostOptions = {}) {
    this.engine = newEngine();
    this.spills = new SpillFormulas(this.engine);
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

  protected addEmptySheet(name: string): SheetView {
    const added = this.hf.addSheet(name);
    return newSheetRecord(this.hf.getSheetId(added) as number, added);
  }

  protected removeAllSheets(): void {
    this.spills.clear();
    for (const named of this.hf.getAllNamedExpressionsSerialized())
      this.hf.removeNamedExpression(named.name, named.scope);
    for (const sheet of this.sheetList) this.hf.removeSheet(sheet.id);
    this.sheetList = [];
  }

  /** Writes a saved workbook into the engine, which holds no sheet; nothing to undo. */
  protected loadSaved(saved: SavedWorkbook): void {
    const records = saved.sheets.map((s) => sheetFromSaved(this.addEmptySheet(s.name), s));
    for (const named of saved.names) {
      const scope = named.sheet === undefined ? undefined : records[named.sheet]?.id;
      this.hf.addNamedExpression(named.name, named.expression, scope);
    }
    // Workbooks saved while =1E3 did not parse yet: Excel's numbers read as numbers now.
    saved.sheets.forEach((s, i) => this.hf.setSheetContent(records[i].id, excelNumbersIn(s.cells)));
    // Formulas saved as typed with A1#: translated once every array is in place.
    saved.sheets.forEach((s, i) => this.spills.retype(records[i].id, s.cells));
    this.sheetList = records;
    this.active = Math.min(saved.active, records.length - 1);
    this.selected = normalAddress(saved.selected);
    this.forgetHistory();
    this.emit({ kind: "sheets" });
  }

  /** A new engine holding `saved` (the old one could not be trusted): no undo across it. */
  protected rebuild(saved: SavedWorkbook): void {
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

  protected forgetHistory(): void {
    this.hf.clearUndoStack();
    this.history.clear();
  }

  protected record(entry: HistoryEntry): void {
    forgetOldest(this.hf, this.history.record(entry));
  }

  /** Runs an entry's engine steps (undo or redo) and puts back its side of the workbook. */
  protected replay(entry: HistoryEntry | undefined, direction: "undo" | "redo"): boolean {
    if (!entry) return false;
    for (let i = 0; i < entry.engineSteps; i++) {
      if (direction === "undo") this.hf.undo();
      else this.hf.redo();
    }
    this.setState(direction === "undo" ? entry.before : entry.after);
    this.emit({ kind: "sheets" });
    return true;
  }

  protected state(): HostState {
    const { sheetList: sheets, active, selected } = this;
    return { sheets, active, selected, typed: this.spills.snapshot() };
  }

  protected setState(state: HostState): void {
    this.sheetList = state.sheets;
    this.active = state.active;
    this.selected = state.selected;
    this.spills.restore(state.typed);
  }

  protected refuseWhileBusy(): void {
    if (this.pasting) throw new RefusedOperation("busy");
  }

  /** Runs an operation all or nothing (allOrNothing.ts), then announces what it changed. */
  protected guard<T>(touches: Touches, work: () => T): T {
    this.refuseWhileBusy();
    const result = allOrNothing(this.guarded, touches, work);
    this.announce();
    return result;
  }

  protected announce(): void {
    const change = this.pending;
    this.pending = undefined;
    if (change) this.emit(change);
  }

  /**
   * Runs one change as one HyperFormula batch and one undo entry; returns the changed addresses.
   * Call inside guard(): the change is announced once it has all succeeded.
   */
  protected change(index: number, work: () => void, before = this.state()): string[] {
    return this.settled(index, this.hf.batch(work), 1, before);
  }

  /**
   * After a change's `engineSteps` batches: spill references are translated again and blocked
   * arrays spill again where they can (their rewrites belong to the same entry), the entry is
   * recorded, the change kept to announce; returns the changed addresses.
   */
  protected settled(
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

  /** A block's cells as HyperFormula takes them (spill references translated), `width` wide. */
  protected typedBlock(
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

  protected replaceSheet(index: number, sheet: SheetView): void {
    this.sheetList = this.sheetList.map((s, i) => (i === index ? sheet : s));
  }

  /** A block written just under the table, within its columns, makes those rows part of the table. */
  protected growTable(index: number, block: CellRange): void {
    const sheet = this.sheetList[index];
    const table = grownTable(sheet.table, block);
    if (!table) return;
    this.replaceSheet(index, { ...sheet, table });
    this.renameTableColumns(index);
  }

  /** Points the table's column names at its data rows (after it grew or shrank). */
  protected renameTableColumns(index: number): void {
    const sheet = this.sheetList[index];
    if (!sheet.table) return;
    for (const named of sheet.tableNames) {
      const range = tableColumnRange(sheet.table, named.column);
      this.hf.changeNamedExpression(named.name, `=${absoluteRange(sheet.name, range)}`, sheet.id);
    }
  }

  protected sheetIndex(name?: string): number {
    if (name === undefined) return this.active;
    const index = this.sheetList.findIndex((s) => s.name === name);
    if (index === -1) throw new Error(`No sheet named ${name}`);
    return index;
  }

  protected cellAddress(address: string, sheetName?: string): SimpleCellAddress {
    const { col, row } = parseAddress(address);
    return { sheet: this.sheet(sheetName).id, col, row };
  }

  protected emit(change: HostChange): void {
    for (const listener of Array.from(this.listeners)) listener(change);
  }
}
