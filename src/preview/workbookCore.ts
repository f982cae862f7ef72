/*
 * The preview workbook's state, shared by the host's parts (hyperformulaHost.ts): the HyperFormula
 * engine (a new one when an operation left it broken), the sheet records beside it, the selection,
 * the undo history's entries, the listeners; and the one path every change takes (guard → change
 * → settled): all or nothing (allOrNothing.ts), spills settled, one history entry, announced to
 * subscribers only once it has succeeded. The parts that act on it are editing.ts, undoRedo.ts,
 * persistence.ts and previewPane.ts; it is not handed out beyond them.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type { ExportedChange, HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import { parseCell } from "../engine/a1";
import { allOrNothing, type GuardedHost, type Touches } from "./allOrNothing";
import { changedAddresses, newEngine } from "./engine";
import { forgetOldest } from "./engineStacks";
import { History, type HistoryEntry, type HostState } from "./history";
import { rebuildEngine, savedWorkbook } from "./persistence";
import { RefusedOperation } from "./refusal";
import type { SavedWorkbook } from "./savedWorkbook";
import { newSheetRecord, type SheetView } from "./sheetRecord";
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

export class WorkbookCore {
  /** The engine; a new one replaces it when an operation left it broken (allOrNothing.ts). */
  engine: HyperFormula;
  /** Formulas typed with a spill reference (A1#), shown as typed. */
  spills: SpillFormulas;
  sheetList: readonly SheetView[] = [];
  active = 0;
  selected = "A1";
  readonly history = new History();
  readonly firstSheetName: string;
  /** The change to announce once the operation that made it has succeeded. */
  pending?: HostChange;
  /** While a large paste runs: the workbook as it was before it (what a save stores meanwhile). */
  pasting?: { readonly before: SavedWorkbook };
  private readonly listeners = new Set<(change: HostChange) => void>();
  /** What allOrNothing needs of the workbook to put an operation back. */
  readonly guarded: GuardedHost = ((core: WorkbookCore): GuardedHost => ({
    get hf() {
      return core.engine;
    },
    state: () => core.state(),
    setState: (state) => {
      core.pending = undefined;
      core.setState(state);
    },
    saved: () => savedWorkbook(core),
    rebuild: (saved) => rebuildEngine(core, saved),
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

  get activeSheet(): SheetView {
    return this.sheetList[this.active];
  }

  /** The sheet with that name, or the active one. */
  sheet(name?: string): SheetView {
    return this.sheetList[this.sheetIndex(name)];
  }

  sheetIndex(name?: string): number {
    if (name === undefined) return this.active;
    const index = this.sheetList.findIndex((s) => s.name === name);
    if (index === -1) throw new Error(`No sheet named ${name}`);
    return index;
  }

  cellAddress(address: string, sheetName?: string): SimpleCellAddress {
    const { col, row } = parseCell(address);
    return { sheet: this.sheet(sheetName).id, col, row };
  }

  /** The used rows and columns of a sheet (its dimensions; 0 when it is empty). */
  extent(sheetName?: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheet(sheetName).id);
    return { rows: height, columns: width };
  }

  addEmptySheet(name: string): SheetView {
    const added = this.hf.addSheet(name);
    return newSheetRecord(this.hf.getSheetId(added) as number, added);
  }

  replaceSheet(index: number, sheet: SheetView): void {
    this.sheetList = this.sheetList.map((s, i) => (i === index ? sheet : s));
  }

  /** Calls the listener after every change of sheets, selection or values; returns the unsubscribe. */
  subscribe(listener: (change: HostChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: HostChange): void {
    for (const listener of Array.from(this.listeners)) listener(change);
  }

  announce(): void {
    const change = this.pending;
    this.pending = undefined;
    if (change) this.emit(change);
  }

  state(): HostState {
    const { sheetList: sheets, active, selected } = this;
    return { sheets, active, selected, typed: this.spills.snapshot() };
  }

  setState(state: HostState): void {
    this.sheetList = state.sheets;
    this.active = state.active;
    this.selected = state.selected;
    this.spills.restore(state.typed);
  }

  forgetHistory(): void {
    this.hf.clearUndoStack();
    this.history.clear();
  }

  record(entry: HistoryEntry): void {
    forgetOldest(this.hf, this.history.record(entry));
  }

  refuseWhileBusy(): void {
    if (this.pasting) throw new RefusedOperation("busy");
  }

  /** Runs an operation all or nothing (allOrNothing.ts), then announces what it changed. */
  guard<T>(touches: Touches, work: () => T): T {
    this.refuseWhileBusy();
    const result = allOrNothing(this.guarded, touches, work);
    this.announce();
    return result;
  }

  /**
   * Runs one change as one HyperFormula batch and one undo entry; returns the changed addresses.
   * Call inside guard(): the change is announced once it has all succeeded.
   */
  change(index: number, work: () => void, before = this.state()): string[] {
    return this.settled(index, this.hf.batch(work), 1, before);
  }

  /**
   * After a change's `engineSteps` batches: spill references are translated again and blocked
   * arrays spill again where they can (their rewrites belong to the same entry), the entry is
   * recorded, the change kept to announce; returns the changed addresses.
   */
  settled(
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
  typedBlock(
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
}
