/*
 * The preview's workbook over a HyperFormula instance, as the grid, the task pane, saving and the
 * .xlsx download see it. The host itself is the workbook as it stands: its sheets, the cells'
 * values, formulas and formats, the selection, and the changes announced to subscribers. What acts
 * on it is a part each, over one shared state (workbookCore.ts):
 *   edit        typing, pastes, clearing, moving, rows (editing.ts);
 *   history     undo and redo (undoRedo.ts);
 *   persistence the whole workbook saved, loaded, or new (persistence.ts);
 *   pane        the task pane's PaneHost: the template, formulas, portable sheets (previewPane.ts).
 * It keeps what HyperFormula has no notion of (number formats, styles, column widths, the table's
 * extent, the chart) as immutable sheet records. No DOM here, so jest can drive it from node.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type { CellValue, HyperFormula } from "hyperformula";
import { normalCell, parseCell } from "../engine/a1";
import { Editing } from "./editing";
import { Persistence } from "./persistence";
import { PreviewPane } from "./previewPane";
import { cellFormat, type CellFormat, type SheetView } from "./sheetRecord";
import { UndoRedo } from "./undoRedo";
import { WorkbookCore, type HostChange, type HyperFormulaHostOptions } from "./workbookCore";

export type { CellFormat, SheetView, TableView } from "./sheetRecord";
/** For the page's benchmark hook (window.gpuPreview): plans built in the engine's chunk. */
export { buildTemplatePlan } from "../template";
export { MAX_ROWS } from "./engine";
export { RefusedOperation } from "./refusal";
export type { HostChange, HyperFormulaHostOptions } from "./workbookCore";

export class HyperFormulaHost {
  private readonly core: WorkbookCore;
  /** Typing, pastes, clearing, moving a range, inserting and deleting rows. */
  readonly edit: Editing;
  /** Undo and redo, one user action at a time. */
  readonly history: UndoRedo;
  /** The whole workbook as plain data for the browser's storage, loaded back, or new. */
  readonly persistence: Persistence;
  /** What the task pane asks of the workbook (PaneHost). */
  readonly pane: PreviewPane;

  constructor(options: HyperFormulaHostOptions = {}) {
    this.core = new WorkbookCore(options);
    this.edit = new Editing(this.core);
    this.history = new UndoRedo(this.core);
    this.persistence = new Persistence(this.core);
    this.pane = new PreviewPane(this.core, this.edit);
  }

  /** The engine (a new one after an operation left the old one broken). */
  get hf(): HyperFormula {
    return this.core.hf;
  }

  /** Every sheet, in tab order. */
  get sheets(): readonly SheetView[] {
    return this.core.sheetList;
  }

  get activeSheet(): SheetView {
    return this.core.activeSheet;
  }

  /** The sheet with that name, or the active one. */
  sheet(name?: string): SheetView {
    return this.core.sheet(name);
  }

  /** The selected cell on the active sheet, e.g. "B6". */
  get selection(): string {
    return this.core.selected;
  }

  /** Whether a large paste is being applied (every other change is refused meanwhile). */
  get busy(): boolean {
    return this.core.pasting !== undefined;
  }

  /** Calls the listener after every change of sheets, selection or values; returns the unsubscribe. */
  subscribe(listener: (change: HostChange) => void): () => void {
    return this.core.subscribe(listener);
  }

  /** Shows another sheet; the selection moves to its A1. */
  activate(name: string): void {
    const core = this.core;
    const index = core.sheetIndex(name);
    if (index === core.active) return;
    core.active = index;
    core.selected = "A1";
    core.emit({ kind: "sheets" });
  }

  /** Selects a cell on the active sheet. */
  select(address: string): void {
    const normal = normalCell(address);
    if (normal === this.core.selected) return;
    this.core.selected = normal;
    this.core.emit({ kind: "selection" });
  }

  /** The evaluated value of a cell: number, text, boolean, null, or a DetailedCellError. */
  value(address: string, sheetName?: string): CellValue {
    return this.hf.getCellValue(this.core.cellAddress(address, sheetName));
  }

  /** The value at a column and row (0-based) of the active sheet: the grid's fast path. */
  valueAt(col: number, row: number): CellValue {
    return this.hf.getCellValue({ sheet: this.activeSheet.id, col, row });
  }

  /** The cell's formula as typed ("=GPU.GAP(Revenues,B12)", "=GPU.GAP(A1#)"), or undefined for a value. */
  formula(address: string, sheetName?: string): string | undefined {
    return this.core.spills.formula(this.core.cellAddress(address, sheetName));
  }

  /** The cell's number format and style (a table row's from its column). */
  format(address: string, sheetName?: string): CellFormat {
    const { col, row } = parseCell(address);
    return cellFormat(this.sheet(sheetName), col, row);
  }

  /** The used rows and columns of a sheet (its dimensions; 0 when it is empty). */
  extent(sheetName?: string): { rows: number; columns: number } {
    return this.core.extent(sheetName);
  }
}
