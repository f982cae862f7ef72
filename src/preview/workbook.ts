/**
 * The preview's workbook view: sheet tabs, a name box and formula bar, a grid of editable cells
 * and the template's chart, all drawn from a HyperFormulaHost. Every figure shown is a value
 * HyperFormula evaluated; this file only displays and forwards what the user types.
 * DOM through createElement/textContent only; handlers attached with addEventListener.
 */
import { STYLES, columnLetter } from "../template";
import { drawChart } from "./chart";
import { editText, formatValue, isErrorValue } from "./format";
import {
  DEFAULT_COLUMN_POINTS,
  formatAddress,
  parseAddress,
  type HyperFormulaHost,
  type SheetView,
} from "./hyperformulaHost";

/** Row height in CSS px (Excel's 15 pt rows are 20 px). */
const ROW_PX = 22;
const ROW_HEADER_PX = 44;
const COLUMN_HEADER_PX = 22;
const MIN_ROWS = 50;
const MIN_COLUMNS = 12;
/** Left plus right padding of a cell (preview.css). */
const CELL_PADDING_PX = 8;

const pointsToPx = (points: number) => Math.round((points * 4) / 3);

/** The zoom choices: "fit" scales the used columns to the window (between 70% and 100%). */
const ZOOMS: ReadonlyArray<[string, string]> = [
  ["fit", "Fit width"],
  ["0.75", "75%"],
  ["0.9", "90%"],
  ["1", "100%"],
  ["1.25", "125%"],
];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Editing {
  readonly address: string;
  readonly input: HTMLInputElement;
}

export class WorkbookView {
  private readonly nameBox: HTMLInputElement;
  private readonly formulaBar: HTMLInputElement;
  private readonly scroller: HTMLDivElement;
  /** Holds the grid, the chart and the cell editor; scaled by the zoom. */
  private readonly canvas: HTMLDivElement;
  private readonly tabs: HTMLDivElement;
  private readonly zoomSelect: HTMLSelectElement;
  /** The columns the sheet uses (values, widths, chart), for "fit width". */
  private usedColumns = 0;
  private readonly cells = new Map<string, HTMLTableCellElement>();
  private table?: HTMLTableElement;
  private chartBoxes: HTMLDivElement[] = [];
  private rows = 0;
  private columns = 0;
  private columnOffsets: number[] = [];
  /** Top of each row within the canvas (px), header row included; one more for the bottom edge. */
  private rowOffsets: number[] = [];
  private editing?: Editing;
  private formulaBarDirty = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: HyperFormulaHost
  ) {
    root.classList.add("workbook");

    const bar = element("div", "formula-row");
    this.nameBox = element("input", "name-box");
    this.nameBox.id = "name-box";
    this.nameBox.readOnly = true;
    this.nameBox.setAttribute("aria-label", "Selected cell");
    const fx = element("span", "fx", "fx");
    fx.setAttribute("aria-hidden", "true");
    this.formulaBar = element("input", "formula-bar");
    this.formulaBar.id = "formula-bar";
    this.formulaBar.spellcheck = false;
    this.formulaBar.setAttribute("aria-label", "Formula bar: the selected cell's formula or value");
    bar.append(this.nameBox, fx, this.formulaBar);

    this.scroller = element("div", "grid-scroll");
    this.scroller.id = "sheet-panel";
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute("role", "tabpanel");
    this.scroller.setAttribute("aria-label", "Worksheet: type to edit the selected cell");

    this.canvas = element("div", "sheet-canvas");
    this.scroller.appendChild(this.canvas);

    this.tabs = element("div", "sheet-tabs");
    this.tabs.setAttribute("role", "tablist");
    this.tabs.setAttribute("aria-label", "Sheets");

    // Excel's zoom, in the status bar: "fit width" shows every column the sheet uses.
    this.zoomSelect = element("select", "zoom-select");
    this.zoomSelect.id = "zoom";
    for (const [value, label] of ZOOMS) {
      const option = element("option", undefined, label);
      option.value = value;
      this.zoomSelect.appendChild(option);
    }
    const zoomLabel = element("label", "zoom-label", "Zoom");
    zoomLabel.htmlFor = this.zoomSelect.id;
    const statusBar = element("div", "status-bar");
    statusBar.append(this.tabs, element("span", "status-spacer"), zoomLabel, this.zoomSelect);

    root.append(bar, this.scroller, statusBar);
    this.zoomSelect.addEventListener("change", () => this.applyZoom());
    root.ownerDocument.defaultView?.addEventListener("resize", () => this.applyZoom());

    this.scroller.addEventListener("mousedown", (event) => this.onGridMouseDown(event));
    this.scroller.addEventListener("dblclick", (event) => this.onGridDoubleClick(event));
    this.scroller.addEventListener("keydown", (event) => this.onGridKeyDown(event));
    this.formulaBar.addEventListener("input", () => (this.formulaBarDirty = true));
    this.formulaBar.addEventListener("keydown", (event) => this.onFormulaBarKeyDown(event));
    this.formulaBar.addEventListener("blur", () => {
      if (this.formulaBarDirty) this.commitFormulaBar();
    });

    host.subscribe((change) => {
      if (change.kind === "sheets") this.renderSheet();
      else if (change.kind === "selection") this.renderSelection();
      else if (change.kind === "values" && change.sheet === host.activeSheet.name)
        this.renderValues();
    });
    this.renderSheet();
  }

  /** Rebuilds the grid, the tabs and the chart for the active sheet. */
  private renderSheet(): void {
    this.cancelEdit();
    const sheet = this.host.activeSheet;
    this.renderTabs();
    const extent = this.host.extent();
    let rows = Math.max(MIN_ROWS, extent.rows + 8);
    let columns = Math.max(MIN_COLUMNS, extent.columns + 2);
    let used = Math.max(
      extent.columns,
      ...Array.from(sheet.columnWidths.keys(), (c) => parseAddress(`${c}1`).col + 1)
    );
    for (const chart of sheet.charts) {
      const bottomRight = parseAddress(chart.bottomRight);
      rows = Math.max(rows, bottomRight.row + 4);
      columns = Math.max(columns, bottomRight.col + 2);
      used = Math.max(used, bottomRight.col + 1);
    }
    this.usedColumns = Math.max(1, used);
    this.rows = rows;
    this.columns = columns;

    const widths: number[] = [];
    for (let c = 0; c < columns; c++) {
      widths.push(pointsToPx(sheet.columnWidths.get(columnLetter(c)) ?? DEFAULT_COLUMN_POINTS));
    }
    this.columnOffsets = [ROW_HEADER_PX];
    widths.forEach((w, c) => this.columnOffsets.push(this.columnOffsets[c] + w));
    // Rows grow to fit their largest font (the title, the section headings), as Excel's do.
    const heights = new Array<number>(rows).fill(ROW_PX);
    for (const [address, format] of sheet.formats) {
      const fontSize = format.style ? STYLES[format.style].fontSize : undefined;
      const { row } = parseAddress(address);
      if (fontSize && row < rows) {
        heights[row] = Math.max(heights[row], Math.round(pointsToPx(fontSize) * 1.4));
      }
    }
    this.rowOffsets = [COLUMN_HEADER_PX];
    heights.forEach((h, r) => this.rowOffsets.push(this.rowOffsets[r] + h));

    const table = element("table", "grid");
    table.setAttribute("role", "grid");
    table.setAttribute("aria-label", sheet.name);
    table.style.width = `${this.columnOffsets[columns]}px`;
    const colgroup = element("colgroup");
    const corner = element("col");
    corner.style.width = `${ROW_HEADER_PX}px`;
    colgroup.appendChild(corner);
    for (const w of widths) {
      const col = element("col");
      col.style.width = `${w}px`;
      colgroup.appendChild(col);
    }
    table.appendChild(colgroup);

    const head = element("thead");
    const headRow = element("tr");
    headRow.style.height = `${COLUMN_HEADER_PX}px`;
    headRow.appendChild(element("th", "corner"));
    for (let c = 0; c < columns; c++) {
      const th = element("th", "column-header", columnLetter(c));
      th.scope = "col";
      th.dataset.column = columnLetter(c);
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    table.appendChild(head);

    const body = element("tbody");
    this.cells.clear();
    for (let r = 0; r < rows; r++) {
      const tr = element("tr");
      tr.style.height = `${heights[r]}px`;
      const th = element("th", "row-header", String(r + 1));
      th.scope = "row";
      th.dataset.row = String(r + 1);
      tr.appendChild(th);
      for (let c = 0; c < columns; c++) {
        const td = element("td");
        const address = formatAddress(c, r);
        td.dataset.address = address;
        tr.appendChild(td);
        this.cells.set(address, td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);

    this.canvas.replaceChildren(table);
    this.table = table;
    this.chartBoxes = [];
    for (const chart of sheet.charts) {
      const topLeft = parseAddress(chart.topLeft);
      const bottomRight = parseAddress(chart.bottomRight);
      const box = element("div", "chart-box");
      box.style.left = `${this.columnOffsets[topLeft.col] + 4}px`;
      box.style.top = `${this.rowOffsets[topLeft.row] + 4}px`;
      box.style.width = `${this.columnOffsets[bottomRight.col + 1] - this.columnOffsets[topLeft.col] - 8}px`;
      box.style.height = `${this.rowOffsets[bottomRight.row + 1] - this.rowOffsets[topLeft.row] - 8}px`;
      this.canvas.appendChild(box);
      this.chartBoxes.push(box);
    }
    this.scroller.scrollTo({ left: 0, top: 0 });
    this.applyZoom();
    this.renderValues();
    this.renderSelection();
    this.scrollIntoView(this.host.selection);
  }

  /** Scales the sheet: a fixed zoom, or "fit width" for the columns the sheet uses. */
  private applyZoom(): void {
    let zoom = Number(this.zoomSelect.value);
    if (this.zoomSelect.value === "fit") {
      const available = this.scroller.clientWidth - 16;
      const needed = this.columnOffsets[Math.min(this.usedColumns, this.columns)] ?? available;
      zoom = available > 0 ? Math.min(1, Math.max(0.7, available / needed)) : 1;
    }
    this.canvas.style.zoom = String(Math.round(zoom * 100) / 100);
  }

  private renderTabs(): void {
    const active = this.host.activeSheet;
    const buttons = this.host.sheets.map((sheet) => {
      const tab = element("button", "sheet-tab", sheet.name);
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", String(sheet === active));
      tab.setAttribute("aria-controls", this.scroller.id);
      tab.tabIndex = sheet === active ? 0 : -1;
      tab.addEventListener("click", () => this.host.activate(sheet.name));
      tab.addEventListener("keydown", (event) => this.onTabKeyDown(event, sheet));
      return tab;
    });
    this.tabs.replaceChildren(...buttons);
  }

  private onTabKeyDown(event: KeyboardEvent, sheet: SheetView): void {
    const sheets = this.host.sheets;
    const index = sheets.indexOf(sheet);
    let next = -1;
    if (event.key === "ArrowRight") next = (index + 1) % sheets.length;
    else if (event.key === "ArrowLeft") next = (index - 1 + sheets.length) % sheets.length;
    if (next === -1) return;
    event.preventDefault();
    this.host.activate(sheets[next].name);
    (this.tabs.children[next] as HTMLElement | undefined)?.focus();
  }

  /** Writes every cell's displayed value, style and error message; redraws the chart. */
  private renderValues(): void {
    const sheet = this.host.activeSheet;
    const tableRange = sheet.table?.range;
    for (const [address, td] of this.cells) {
      const value = this.host.value(address);
      const format = sheet.formats.get(address) ?? {};
      const { col, row } = parseAddress(address);
      const classes: string[] = [];
      if (format.style) classes.push(`style-${format.style}`);
      if (tableRange && row >= tableRange.top && row <= tableRange.bottom) {
        if (col >= tableRange.left && col <= tableRange.right) {
          if (row === tableRange.top) classes.push("table-header");
          else classes.push((row - tableRange.top) % 2 === 1 ? "table-band" : "table-row");
        }
      }
      if (typeof value === "number") classes.push("number");
      else if (typeof value === "boolean") classes.push("logical");
      else if (isErrorValue(value)) classes.push("error");
      else if (typeof value === "string" && value !== "") classes.push("text");
      const style = format.style ? STYLES[format.style] : undefined;
      if (style?.horizontalAlignment)
        classes.push(`align-${style.horizontalAlignment.toLowerCase()}`);
      if (address === this.host.selection) classes.push("selected");
      const text = formatValue(value as never, format.numberFormat);
      // Text runs on over empty cells to its right, as in Excel, and stops at the next value.
      const spill =
        classes.includes("text") && !style?.horizontalAlignment ? this.spillWidth(col, row) : 0;
      if (spill > 0) {
        classes.push("spill");
        const span = element("span", "spill-text", text);
        span.style.width = `${spill}px`;
        td.replaceChildren(span);
      } else {
        td.textContent = text;
      }
      td.className = classes.join(" ");
      if (isErrorValue(value)) {
        td.title = value.message ? `${value.value} ${value.message}` : value.value;
      } else td.removeAttribute("title");
    }
    this.renderChart(sheet);
    this.renderFormulaBar();
  }

  /** The width (px) a text in this cell may take over the empty cells to its right; 0 if none. */
  private spillWidth(col: number, row: number): number {
    let last = col;
    while (last + 1 < this.columns) {
      const next = this.host.value(formatAddress(last + 1, row));
      if (next !== null && next !== undefined && next !== "") break;
      last++;
    }
    return last === col
      ? 0
      : this.columnOffsets[last + 1] - this.columnOffsets[col] - CELL_PADDING_PX;
  }

  private renderChart(sheet: SheetView): void {
    const source = {
      value: (address: string) => this.host.value(address) as never,
      numberFormat: (address: string) => sheet.formats.get(address)?.numberFormat,
    };
    this.chartBoxes.forEach((box, i) => {
      const [width, height] = [parseFloat(box.style.width), parseFloat(box.style.height)];
      box.replaceChildren(drawChart(sheet.charts[i], source, width, height));
    });
  }

  private renderSelection(): void {
    const address = this.host.selection;
    for (const td of this.scroller.querySelectorAll("td.selected")) {
      td.classList.remove("selected");
      td.removeAttribute("aria-selected");
    }
    this.cells.get(address)?.classList.add("selected");
    this.cells.get(address)?.setAttribute("aria-selected", "true");
    this.table
      ?.querySelectorAll(".header-active")
      .forEach((h) => h.classList.remove("header-active"));
    const { col, row } = parseAddress(address);
    this.table
      ?.querySelector(`th[data-column="${columnLetter(col)}"]`)
      ?.classList.add("header-active");
    this.table?.querySelector(`th[data-row="${row + 1}"]`)?.classList.add("header-active");
    this.nameBox.value = address;
    this.renderFormulaBar();
  }

  private renderFormulaBar(): void {
    if (document.activeElement === this.formulaBar && this.formulaBarDirty) return;
    this.formulaBar.value = this.editTextOf(this.host.selection);
    this.formulaBarDirty = false;
  }

  /** The formula, or the value as it would be typed. */
  private editTextOf(address: string): string {
    const formula = this.host.formula(address);
    if (formula !== undefined) return formula;
    const format = this.host.format(address);
    return editText(this.host.value(address) as never, format.numberFormat);
  }

  private addressAt(target: EventTarget | null): string | undefined {
    const td = (target as HTMLElement | null)?.closest?.("td[data-address]") as HTMLElement | null;
    return td?.dataset.address;
  }

  private onGridMouseDown(event: MouseEvent): void {
    const address = this.addressAt(event.target);
    if (!address) return;
    if (this.editing && this.editing.input === event.target) return;
    this.commitEdit();
    this.host.select(address);
    // Keep keyboard focus on the grid so that typing edits the selected cell.
    event.preventDefault();
    this.scroller.focus({ preventScroll: true });
  }

  private onGridDoubleClick(event: MouseEvent): void {
    const address = this.addressAt(event.target);
    if (!address) return;
    this.startEdit(this.editTextOf(address));
  }

  private onGridKeyDown(event: KeyboardEvent): void {
    if (this.editing) return; // the editor handles its own keys
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const { col, row } = parseAddress(this.host.selection);
    const move = (dc: number, dr: number) => {
      event.preventDefault();
      this.moveSelection(col + dc, row + dr);
    };
    switch (event.key) {
      case "ArrowUp":
        return move(0, -1);
      case "ArrowDown":
        return move(0, 1);
      case "ArrowLeft":
        return move(-1, 0);
      case "ArrowRight":
        return move(1, 0);
      case "Tab":
        return move(event.shiftKey ? -1 : 1, 0);
      case "Enter":
      case "F2":
        event.preventDefault();
        this.startEdit(this.editTextOf(this.host.selection));
        return;
      case "Delete":
      case "Backspace":
        event.preventDefault();
        this.host.setInput(this.host.selection, "");
        return;
      default:
        if (event.key.length === 1) {
          // Typing replaces the cell's content, as in Excel.
          event.preventDefault();
          this.startEdit(event.key);
        }
    }
  }

  private moveSelection(col: number, row: number): void {
    const c = Math.min(Math.max(0, col), this.columns - 1);
    const r = Math.min(Math.max(0, row), this.rows - 1);
    const address = formatAddress(c, r);
    this.host.select(address);
    this.scrollIntoView(address);
  }

  private scrollIntoView(address: string): void {
    this.cells.get(address)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private startEdit(initial: string): void {
    this.cancelEdit();
    const address = this.host.selection;
    const td = this.cells.get(address);
    if (!td) return;
    const input = element("input", "cell-editor");
    input.value = initial;
    input.spellcheck = false;
    input.setAttribute("aria-label", `Edit cell ${address}`);
    const { col, row } = parseAddress(address);
    input.style.left = `${this.columnOffsets[col]}px`;
    input.style.top = `${this.rowOffsets[row]}px`;
    input.style.minWidth = `${this.columnOffsets[col + 1] - this.columnOffsets[col]}px`;
    input.style.height = `${this.rowOffsets[row + 1] - this.rowOffsets[row]}px`;
    this.canvas.appendChild(input);
    this.editing = { address, input };
    input.addEventListener("keydown", (event) => {
      // The editor sits inside the grid: its keys are its own, not the grid's.
      event.stopPropagation();
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        this.commitEdit();
        if (event.key === "Enter") this.moveSelection(col, row + (event.shiftKey ? -1 : 1));
        else this.moveSelection(col + (event.shiftKey ? -1 : 1), row);
        this.scroller.focus({ preventScroll: true });
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.cancelEdit();
        this.scroller.focus({ preventScroll: true });
      }
    });
    input.addEventListener("input", () => {
      this.formulaBar.value = input.value;
    });
    input.addEventListener("blur", () => this.commitEdit());
    this.formulaBar.value = input.value;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  /** Writes the editor's text into its cell (HyperFormula recalculates its dependents). */
  private commitEdit(): void {
    const editing = this.editing;
    if (!editing) return;
    this.editing = undefined;
    editing.input.remove();
    if (editing.input.value !== this.editTextOf(editing.address)) {
      this.host.setInput(editing.address, editing.input.value);
    } else {
      this.renderFormulaBar();
    }
  }

  private cancelEdit(): void {
    const editing = this.editing;
    if (!editing) return;
    this.editing = undefined;
    editing.input.remove();
    this.renderFormulaBar();
  }

  private onFormulaBarKeyDown(event: KeyboardEvent): void {
    if (event.key === "Enter") {
      event.preventDefault();
      this.commitFormulaBar();
      this.scroller.focus({ preventScroll: true });
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.formulaBarDirty = false;
      this.renderFormulaBar();
      this.scroller.focus({ preventScroll: true });
    }
  }

  private commitFormulaBar(): void {
    const text = this.formulaBar.value;
    this.formulaBarDirty = false;
    if (text !== this.editTextOf(this.host.selection))
      this.host.setInput(this.host.selection, text);
  }
}

/** Mounts the workbook view into an element; returns it for tests and the page. */
export function mountWorkbook(root: HTMLElement, host: HyperFormulaHost): WorkbookView {
  return new WorkbookView(root, host);
}
