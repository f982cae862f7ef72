/**
 * The preview's workbook view: toolbar, name box and formula bar, the virtual grid, the status bar
 * with sheet tabs and zoom. It paints an empty sheet at once and shows the workbook when the host
 * (HyperFormula, loaded as a separate chunk) is attached. Every figure shown is a value the host
 * evaluated; this file wires the parts together and forwards what the user does:
 *   grid/virtualGrid (cells in view), grid/selection (ranges and moves), grid/keyboard,
 *   grid/mouse, grid/cellEditor + grid/pointMode, grid/formulaBar, grid/statusBar, grid/toolbar,
 *   grid/clipboard, grid/contextMenu.
 */
import type { Language } from "../template";
import { formatCell, formatRange, parseCell } from "../engine/a1";
import { editText, type DisplayValue } from "./format";
import type { HostChange, HyperFormulaHost } from "./hyperformulaHost";
import { cellFormat } from "./sheetRecord";
import { CellEditor } from "./grid/cellEditor";
import { errorText } from "./grid/cellStyle";
import { fitZoom } from "./grid/fitZoom";
import { attachClipboard, type GridClipboard } from "./grid/clipboard";
import { attachContextMenu } from "./grid/contextMenu";
import { element } from "./grid/dom";
import { selectionFigures } from "./grid/figures";
import { FormulaBar } from "./grid/formulaBar";
import { usedColumns, type Geometry } from "./grid/geometry";
import { attachPageUndo, onGridKeyDown } from "./grid/keyboard";
import { TypedWhileLoading } from "./grid/loading";
import { attachMouse } from "./grid/mouse";
import { resolveReference } from "./grid/reference";
import { selectedRange, single, type Cell, type Selection } from "./grid/selection";
import { StatusBar } from "./grid/statusBar";
import { attempt } from "./grid/refusals";
import { GRID_TEXT, type GridText } from "./grid/text";
import { Toolbar, type Words } from "./grid/toolbar";
import { VirtualGrid, type GridSource } from "./grid/virtualGrid";

const words = (pick: (text: GridText) => string): Words => ({
  en: pick(GRID_TEXT.en),
  "zh-TW": pick(GRID_TEXT["zh-TW"]),
});

export interface WorkbookOptions {
  readonly language?: Language;
  /** "New workbook" after the user confirmed it. */
  readonly onNewWorkbook?: () => void;
}

export class WorkbookView {
  readonly toolbar: Toolbar;
  readonly formulaBar: FormulaBar;
  readonly scroller: HTMLDivElement;
  readonly grid: VirtualGrid;
  readonly editor: CellEditor;
  readonly statusBar: StatusBar;
  host?: HyperFormulaHost;
  clipboard?: GridClipboard;
  selection: Selection = single({ col: 0, row: 0 });
  language: Language;
  private notice = "";
  private readonly typedWhileLoading = new TypedWhileLoading();
  /** Called after the language changes (parts mounted beside the view relabel themselves). */
  readonly onLanguage: Array<(language: Language) => void> = [];

  constructor(
    readonly root: HTMLElement,
    private readonly options: WorkbookOptions = {}
  ) {
    this.language = options.language ?? "en";
    root.classList.add("workbook");
    this.toolbar = new Toolbar(words((t) => t.toolbar));
    this.formulaBar = new FormulaBar({
      go: (typed) => this.goTo(typed),
      commit: (text) => this.write(this.selection.active, text),
      done: () => this.focusGrid(),
    });
    this.scroller = element("div", "grid-scroll");
    this.scroller.id = "sheet-panel";
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute("role", "tabpanel");
    this.grid = new VirtualGrid(this.scroller);
    this.editor = new CellEditor(this.grid.layer, {
      commit: (cell, text, dc, dr) => this.commitEdit(cell, text, dc, dr),
      cancel: () => this.afterEdit(),
      changed: (text) => {
        this.formulaBar.mirror(text);
        this.grid.showPoint(this.editor.pointMode.range);
      },
      arrow: (key, shift) => this.pointByKey(key, shift),
    });
    this.statusBar = new StatusBar(
      this.scroller.id,
      (name) => this.host?.activate(name),
      () => this.applyZoom()
    );
    root.append(this.toolbar.root, this.formulaBar.root, this.scroller, this.statusBar.root);
    this.addCommands();
    this.scroller.addEventListener("keydown", (event) => onGridKeyDown(this, event));
    attachMouse(this);
    attachPageUndo(this);
    attachClipboard(this);
    attachContextMenu(this);
    // The pane's splitter, the window: whenever the grid's box changes, fit and fill it again.
    if (typeof ResizeObserver !== "undefined")
      new ResizeObserver(() => {
        this.applyZoom();
        this.grid.renderVisible();
      }).observe(this.scroller);
    this.setLanguage(this.language);
    // Until attach: the grid says it is loading, and what is typed waits (grid/loading.ts).
    this.scroller.setAttribute("aria-busy", "true");
    this.grid.show(this.typedWhileLoading.source());
    this.showSelection(false);
  }

  /**
   * Shows the host's workbook and follows its changes. What was typed while the engine loaded is
   * written now, in order (the selection and an open edit stay where the user has them).
   */
  attach(host: HyperFormulaHost): void {
    this.host = host;
    const editing = this.editor.editing !== undefined;
    const { col, row } = this.selection.active;
    if (editing || this.typedWhileLoading.count > 0) host.select(formatCell(col, row));
    host.subscribe((change) => this.onHostChange(change));
    this.scroller.setAttribute("aria-busy", "false");
    this.renderSheet(editing);
    const written = this.typedWhileLoading.release((e) => this.write(e.cell, e.text), this.text);
    if (written) this.say(written);
    this.updateCommands();
  }

  setLanguage(language: Language): void {
    this.language = language;
    const text = GRID_TEXT[language];
    this.toolbar.setLanguage(language);
    this.grid.language = language;
    this.formulaBar.setLanguage(text);
    this.statusBar.setLanguage(text);
    this.scroller.setAttribute("aria-label", text.worksheet);
    this.root.lang = language;
    if (!this.host) this.statusBar.say(this.typedWhileLoading.message(text));
    else this.sayActiveError();
    for (const listener of this.onLanguage ?? []) listener(language);
  }

  /** The active cell's error again, in the language now shown. */
  private sayActiveError(): void {
    const { col, row } = this.selection.active;
    const error =
      this.host && errorText(this.host.valueAt(col, row) as DisplayValue, this.language);
    if (error) this.statusBar.say(error);
  }

  get text(): GridText {
    return GRID_TEXT[this.language];
  }

  /** The grid's source over the host's active sheet. */
  private source(host: HyperFormulaHost): GridSource {
    return {
      sheet: host.activeSheet,
      valueAt: (col, row) => host.valueAt(col, row) as DisplayValue,
      extent: () => host.extent(),
    };
  }

  private onHostChange(change: HostChange): void {
    const host = this.host;
    if (!host) return;
    if (change.kind === "sheets") this.renderSheet();
    else if (change.kind === "selection") {
      const active = parseCell(host.selection);
      const current = this.selection.active;
      if (active.col !== current.col || active.row !== current.row) this.select(single(active));
    } else if (change.sheet === host.activeSheet.name) {
      this.grid.update(change.addresses);
      this.showSelection(false);
    }
    this.updateCommands();
  }

  /** Shows the host's active sheet (an edit open before the engine was ready stays: keepEdit). */
  private renderSheet(keepEdit = false): void {
    const host = this.host;
    if (!host) return;
    if (!keepEdit) this.editor.cancel();
    this.statusBar.showTabs(
      host.sheets.map((sheet) => ({ name: sheet.name, active: sheet === host.activeSheet }))
    );
    const active = parseCell(host.selection);
    this.grid.show(
      this.source(host),
      (geometry, viewWidth) => this.zoomFor(geometry, viewWidth),
      active
    );
    const current = this.selection.active;
    if (active.col !== current.col || active.row !== current.row) this.selection = single(active);
    this.showSelection(false);
  }

  /** Scales the grid: a fixed zoom, or "fit width" for the columns the sheet uses. */
  applyZoom(): void {
    this.grid.zoom = this.zoomFor(this.grid.geometry, this.scroller.clientWidth);
  }

  /** The zoom chosen in the status bar; "fit" fits the used columns of that geometry in view. */
  private zoomFor(geometry: Geometry, viewWidth: number): number {
    const choice = this.statusBar.zoomSelect.value;
    let zoom = Number(choice);
    if (choice === "fit") {
      const host = this.host;
      const used = usedColumns(host?.activeSheet, host?.extent() ?? { rows: 0, columns: 0 });
      const available = viewWidth - 16;
      const needed = geometry.columnOffsets[Math.min(used, geometry.columns)];
      zoom = fitZoom(available, needed);
    }
    return Math.round(zoom * 100) / 100;
  }

  /** Selects a range (the active cell is where it ends) and scrolls it into view. */
  select(selection: Selection, scroll = true): void {
    const g = this.grid.geometry;
    const clamp = (c: Cell): Cell => ({
      col: Math.min(Math.max(0, c.col), g.columns - 1),
      row: Math.min(Math.max(0, c.row), g.rows - 1),
    });
    this.selection = { anchor: clamp(selection.anchor), active: clamp(selection.active) };
    this.host?.select(formatCell(this.selection.active.col, this.selection.active.row));
    this.showSelection(scroll);
  }

  private showSelection(scroll: boolean): void {
    const range = selectedRange(this.selection);
    const active = this.selection.active;
    this.grid.select(range, active);
    if (scroll) this.grid.scrollIntoView(active);
    this.formulaBar.show(formatRange(range), this.editTextOf(active));
    const host = this.host;
    this.statusBar.showFigures(host && selectionFigures(host, range));
    this.statusBar.say(
      host
        ? (errorText(host.valueAt(active.col, active.row) as DisplayValue, this.language) ??
            this.notice)
        : this.typedWhileLoading.message(this.text)
    );
    this.notice = "";
  }

  /** A message in the status bar until the selection next changes. */
  say(message: string): void {
    this.notice = message;
    this.statusBar.say(message);
  }

  /** The formula, or the value as it would be typed. */
  editTextOf(cell: Cell): string {
    const host = this.host;
    if (!host) return this.typedWhileLoading.textAt(cell.col, cell.row) ?? "";
    const address = formatRange(selectedRange(single(cell)));
    const formula = host.formula(address);
    if (formula !== undefined) return formula;
    const format = cellFormat(host.activeSheet, cell.col, cell.row);
    return editText(host.valueAt(cell.col, cell.row) as DisplayValue, format.numberFormat);
  }

  /** Opens the in-cell editor on the active cell (enterMode: opened by typing). */
  startEdit(text: string, enterMode: boolean): void {
    // While loading, a cell can be typed into (replaced), not edited: its content is not known.
    if (!this.host && !enterMode) return this.statusBar.say(this.text.loadingNoEdit);
    const cell = this.selection.active;
    this.select(single(cell));
    const box = this.grid.geometry.box(cell.col, cell.row);
    this.editor.open(
      cell,
      box,
      text,
      this.text.editCell(formatRange(selectedRange(single(cell)))),
      enterMode
    );
  }

  private commitEdit(cell: Cell, text: string, dc: number, dr: number): void {
    // Refused (too long, nested too deep...): the text stays in the editor to be fixed.
    if (text !== this.editTextOf(cell) && !this.write(cell, text)) {
      this.startEdit(text, false);
      return;
    }
    this.grid.showPoint(undefined);
    this.select(single({ col: cell.col + dc, row: cell.row + dr }));
    this.focusGrid();
  }

  private afterEdit(): void {
    this.grid.showPoint(undefined);
    this.showSelection(false);
    this.focusGrid();
  }

  /** Writes typed text into a cell (HyperFormula recalculates its dependents). */
  write(cell: Cell, text: string): boolean {
    const host = this.host;
    if (!host) {
      this.typedWhileLoading.hold(cell, text);
      this.grid.update([formatCell(cell.col, cell.row)]);
      this.statusBar.say(this.typedWhileLoading.message(this.text));
      return true;
    }
    return attempt(this, () => host.edit.setInput(formatRange(selectedRange(single(cell))), text));
  }

  /** Point mode: an arrow key moves (Shift: extends) the reference being written. */
  private pointByKey(key: string, shift: boolean): void {
    const from = this.editor.editing ?? this.selection.active;
    const point = this.editor.pointMode;
    const current = point.pointedCell(from);
    const dc = key === "ArrowLeft" ? -1 : key === "ArrowRight" ? 1 : 0;
    const dr = key === "ArrowUp" ? -1 : key === "ArrowDown" ? 1 : 0;
    const next = {
      col: Math.max(0, current.col + dc),
      row: Math.max(0, current.row + dr),
    };
    point.point(shift ? point.pointedAnchor(from) : next, next);
    this.grid.scrollIntoView(next);
  }

  /** The name box: an address, a range or a defined name; selects it. */
  goTo(typed: string): boolean {
    const host = this.host;
    const found = host && resolveReference(host, typed);
    if (!host || !found) {
      this.say(this.text.notFound(typed));
      return false;
    }
    if (found.sheet !== host.activeSheet.name) host.activate(found.sheet);
    const { top, left, bottom, right } = found.range;
    this.select({ anchor: { col: right, row: bottom }, active: { col: left, row: top } });
    return true;
  }

  focusGrid(): void {
    this.scroller.focus({ preventScroll: true });
  }

  undo(): void {
    attempt(this, () => this.host?.history.undo() && this.updateCommands());
  }

  redo(): void {
    attempt(this, () => this.host?.history.redo() && this.updateCommands());
  }

  /** Inserts as many rows as the selection spans, above it. */
  insertRows(): void {
    const range = selectedRange(this.selection);
    attempt(this, () => this.host?.edit.insertRows(range.top, range.bottom - range.top + 1));
  }

  deleteRows(): void {
    const range = selectedRange(this.selection);
    attempt(this, () => this.host?.edit.deleteRows(range.top, range.bottom - range.top + 1));
  }

  /** Delete: empties every cell of the selection. */
  clearSelection(): void {
    attempt(this, () => this.host?.edit.clear(selectedRange(this.selection)));
  }

  private readonly commands: Array<{ button: HTMLButtonElement; enabled: () => boolean }> = [];

  private addCommands(): void {
    const t = this.toolbar;
    const add = (
      id: string,
      pick: (text: GridText) => string,
      run: () => void,
      enabled: () => boolean,
      repeats = false
    ) => this.commands.push({ button: t.addButton(id, words(pick), run, repeats), enabled });
    // While a large paste runs, nothing else changes the workbook.
    const ready = () => this.host !== undefined && !this.host.busy;
    add(
      "new-workbook",
      (w) => w.newWorkbook,
      () => this.newWorkbook(),
      ready
    );
    t.addSeparator();
    add(
      "undo",
      (w) => w.undo,
      () => this.undo(),
      () => this.host?.history.canUndo ?? false,
      true
    );
    add(
      "redo",
      (w) => w.redo,
      () => this.redo(),
      () => this.host?.history.canRedo ?? false,
      true
    );
    t.addSeparator();
    add(
      "insert-row",
      (w) => w.insertRow,
      () => this.insertRows(),
      ready
    );
    add(
      "delete-row",
      (w) => w.deleteRow,
      () => this.deleteRows(),
      ready
    );
    this.updateCommands();
  }

  updateCommands(): void {
    for (const { button, enabled } of this.commands) button.disabled = !enabled();
  }

  private newWorkbook(): void {
    const view = this.root.ownerDocument.defaultView;
    if (!view?.confirm(this.text.confirmNew)) return;
    attempt(this, () => this.options.onNewWorkbook?.());
  }
}

/** Mounts the workbook view into an element, before the host exists; attach it later. */
export function mountWorkbook(
  root: HTMLElement,
  host?: HyperFormulaHost,
  options: WorkbookOptions = {}
): WorkbookView {
  const view = new WorkbookView(root, options);
  if (host) view.attach(host);
  return view;
}
