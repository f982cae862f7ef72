/**
 * The proxies of the fake Excel workbook (fakeExcel.ts): worksheets, ranges, tables, names,
 * charts, the used range and the active cell, each applying its commands to the model in order.
 */
import type { FakeWorkbook } from "./fakeExcel";
import {
  cellsOf,
  column,
  excelError,
  letters,
  type CellFormat,
  type FakeCell,
  type FakeChart,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  compareVersions,
} from "./fakeExcelModel";

/** A worksheet proxy; `target` is undefined when the sheet was never added (its command failed). */
export class FakeWorksheet {
  readonly tables: { add(range: FakeRange, hasHeaders: boolean): FakeTableProxy };
  readonly names: {
    add(name: string, formula: string, comment?: string): FakeNamedItem;
    getItem(name: string): FakeNamedItem;
  };
  readonly charts: { add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy };
  private loadedId?: string;
  private loadedName?: string;

  constructor(
    readonly workbook: FakeWorkbook,
    private readonly target: () => FakeSheet | undefined,
    /** How the sheet was asked for (getItem's name or id), for the command log. */
    private readonly key?: string,
    /** For a sheet that worksheets.add returned: the failed syncs before it (see failedSyncs). */
    private readonly addedAfter?: number
  ) {
    this.tables = { add: (range, hasHeaders) => this.addTable(range, hasHeaders) };
    this.names = {
      add: (name, formula, comment) => this.addName(name, formula, comment),
      getItem: (name) =>
        new FakeNamedItem(
          workbook,
          () => target()?.names.find((n) => n.name.toLowerCase() === name.toLowerCase()),
          target
        ),
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: FakeChart = { type, source: source.address, seriesBy };
        this.command("charts.add", (sheet) => sheet.charts.push(chart));
        return new FakeChartProxy(this.workbook, chart);
      },
    };
  }

  /** The sheet this proxy stands for, if it exists. */
  get model(): FakeSheet | undefined {
    return this.target();
  }

  /** Runs a command on the sheet; a sheet that was never added makes it fail, as in Excel. */
  command(what: string, change: (sheet: FakeSheet) => void): void {
    this.workbook.run(`${what} on ${this.target()?.name ?? "?"}`, () => {
      if (this.addedAfter !== undefined && this.workbook.failedSyncs > this.addedAfter)
        throw excelError(
          "InvalidObjectPath",
          "The object path is not valid after a failed request."
        );
      const sheet = this.target();
      if (!sheet) throw excelError("ItemNotFound", "The sheet does not exist.");
      change(sheet);
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this, address);
  }

  load(what: "id" | "name"): this {
    this.workbook.queueLoad(() => {
      // office.js loads only the property named: load("") delivers neither.
      if (what === "id") this.loadedId = this.target()?.id;
      else if (what === "name") this.loadedName = this.target()?.name;
    });
    return this;
  }

  get name(): string {
    if (this.loadedName === undefined)
      throw excelError("PropertyNotLoaded", "name was not loaded.");
    return this.loadedName;
  }

  private nullAfterSync?: boolean;

  /** For getItemOrNullObject: whether the sheet was missing, known after the sync. */
  trackNull(): this {
    this.workbook.queueLoad(() => {
      this.nullAfterSync = this.target() === undefined;
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullAfterSync === undefined) throw excelError("PropertyNotLoaded", "Not synced yet.");
    return this.nullAfterSync;
  }

  /** The range from the first to the last cell that holds a value or a formula, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeUsedRange {
    if (valuesOnly !== true) throw new Error("The fake knows the used range of values only");
    return new FakeUsedRange(this.workbook, this);
  }

  /** Worksheet.copy, after this sheet only (what the add-in uses). */
  copy(positionType: string, relativeTo: FakeWorksheet): FakeWorksheet {
    let copied: FakeSheet | undefined;
    this.command(`worksheet.copy ${positionType}`, (sheet) => {
      if (positionType !== "After" || relativeTo.model !== sheet)
        throw excelError("InvalidArgument", "The fake copies a sheet right after itself only.");
      copied = this.workbook.copySheet(sheet);
    });
    return new FakeWorksheet(this.workbook, () => copied);
  }

  get id(): string {
    if (this.loadedId === undefined) throw excelError("PropertyNotLoaded", "id was not loaded.");
    return this.loadedId;
  }

  delete(): void {
    const sheet = this.target();
    this.workbook.run(`worksheet.delete ${sheet?.name ?? this.key ?? "?"}`, () => {
      if (!sheet) throw excelError("ItemNotFound", `No sheet ${this.key}.`);
      this.workbook.deleteSheet(sheet);
    });
  }

  private addName(name: string, formula: string, comment?: string): FakeNamedItem {
    let added: FakeName | undefined;
    this.command(`names.add ${name}`, (sheet) => {
      if (sheet.names.some((other) => other.name.toLowerCase() === name.toLowerCase()))
        throw excelError("ItemAlreadyExists", `The name ${name} exists on ${sheet.name}.`);
      const structured = /^=([^[\]]+)\[/.exec(formula);
      let kept = formula;
      const behaviour = this.workbook.structuredNames(name);
      if (structured && behaviour === "refused")
        throw excelError("InvalidArgument", "The argument is invalid or missing.");
      if (structured && behaviour === "fixed-range")
        kept = this.workbook.columnRange(structured[1], formula);
      added = { name, formula: kept, comment };
      sheet.names.push(added);
    });
    return new FakeNamedItem(
      this.workbook,
      () => added,
      () => this.target()
    );
  }

  activate(): void {
    this.command("activate", (sheet) => {
      this.workbook.activeSheet = sheet.name;
    });
  }

  private addTable(range: FakeRange, hasHeaders: boolean): FakeTableProxy {
    const table: FakeTable = { name: "", sheet: "", range: range.address, hasHeaders };
    this.command("tables.add", (sheet) => {
      table.sheet = sheet.name;
      table.name = `Table${this.workbook.tables.length + 1}`;
      this.workbook.tables.push(table);
    });
    return new FakeTableProxy(this.workbook, table);
  }
}

export class FakeTableProxy {
  /** As office.js does, a property set on the proxy reads back at once, loaded or not. */
  private localName?: string;
  private loadedId?: string;
  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly table: FakeTable
  ) {}
  load(what: string): this {
    if (what !== "id") throw new Error(`The fake loads a table's id only, not ${what}`);
    this.workbook.queueLoad(() => {
      const index = this.workbook.tables.indexOf(this.table);
      this.loadedId = index === -1 ? undefined : `${index + 1}`;
    });
    return this;
  }
  /** Read-only in Excel: there only once a load came back. */
  get id(): string {
    if (this.loadedId === undefined) throw excelError("PropertyNotLoaded", "id was not loaded.");
    return this.loadedId;
  }
  get name(): string {
    if (this.localName === undefined) throw excelError("PropertyNotLoaded", "name was not loaded.");
    return this.localName;
  }
  set name(name: string) {
    this.localName = name;
    this.workbook.run(`table.name ${name}`, () => {
      const lower = name.toLowerCase();
      const clash =
        this.workbook.tables.some((t) => t !== this.table && t.name.toLowerCase() === lower) ||
        this.workbook.names.some((n) => n.name.toLowerCase() === lower);
      if (clash) throw excelError("InvalidArgument", `The name ${name} is taken.`);
      this.table.name = name;
    });
  }
  set style(style: string) {
    this.workbook.run(`table.style ${style}`, () => {
      this.table.style = style;
    });
  }
}

/** A name added on a sheet: its formula as Excel kept it, once loaded; it can be deleted. */
class FakeNamedItem {
  private loaded?: string;
  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly target: () => FakeName | undefined,
    private readonly sheet: () => FakeSheet | undefined
  ) {}
  load(what: string): this {
    if (what !== "formula") throw new Error(`The fake loads a name's formula only, not ${what}`);
    this.workbook.queueLoad(() => {
      this.loaded = this.target()?.formula;
    });
    return this;
  }
  get formula(): string {
    if (this.loaded === undefined) throw excelError("PropertyNotLoaded", "formula was not loaded.");
    return this.loaded;
  }
  delete(): void {
    const name = this.target();
    this.workbook.run(`name.delete ${name?.name ?? "?"}`, () => {
      const sheet = this.sheet();
      if (!name || !sheet || !sheet.names.includes(name))
        throw excelError("ItemNotFound", "No such name.");
      sheet.names.splice(sheet.names.indexOf(name), 1);
    });
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly axes: { categoryAxis: { setCategoryNames(range: FakeRange): void } };
  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly chart: FakeChart
  ) {
    const set = <K extends keyof FakeChart>(key: K, value: FakeChart[K]) =>
      workbook.run(`chart.${String(key)}`, () => {
        chart[key] = value;
      });
    this.title = setter((text: string) => set("title", text), "text");
    this.legend = setter((visible: boolean) => set("legendVisible", visible), "visible");
    this.dataLabels = setter((show: boolean) => set("showValue", show), "showValue");
    const setCategoryNames = (range: FakeRange) =>
      workbook.run("chart.axes.categoryAxis.setCategoryNames", () => {
        requireApi(workbook, "1.7");
        chart.categoryNames = range.address;
      });
    this.axes = { categoryAxis: { setCategoryNames } };
  }
  setPosition(topLeft: string, bottomRight: string): void {
    this.workbook.run("chart.setPosition", () => {
      this.chart.topLeft = topLeft;
      this.chart.bottomRight = bottomRight;
    });
  }
}

/** An API of that ExcelApi version fails on an Excel without it, as in Excel. */
function requireApi(workbook: FakeWorkbook, version: string): void {
  if (compareVersions(version, workbook.excelApi) > 0)
    throw excelError("ApiNotFound", `ExcelApi ${version} is not supported.`);
}

/** An object with one write-only property that runs `write`. */
function setter<K extends string, V>(write: (value: V) => void, key: K): Record<K, V> {
  const object = {} as Record<K, V>;
  Object.defineProperty(object, key, { set: write, enumerable: true });
  return object;
}

class FakeRange {
  readonly format: {
    font: CellFormat;
    fill: { color: string };
    horizontalAlignment: string;
    columnWidth: number;
  };
  readonly dataValidation: { rule: unknown; prompt: unknown; errorAlert: unknown };

  constructor(
    private readonly sheet: FakeWorksheet,
    readonly address: string
  ) {
    const style = (key: keyof CellFormat) => (value: unknown) =>
      this.eachCell(`format.${key}`, (cell) => {
        (cell.format as Record<string, unknown>)[key] = value;
      });
    const font = {} as CellFormat;
    for (const key of ["bold", "italic", "size", "color"] as const)
      Object.defineProperty(font, key, { set: style(key), enumerable: true });
    const format = { font, fill: setter(style("fill"), "color") };
    Object.defineProperty(format, "horizontalAlignment", {
      set: style("horizontalAlignment"),
      enumerable: true,
    });
    Object.defineProperty(format, "columnWidth", {
      set: (points: number) => {
        sheet.command(`format.columnWidth ${address}`, (target) => {
          const match = /^([A-Z]+):\1$/.exec(address);
          if (!match) throw excelError("InvalidArgument", `Not a whole column: ${address}`);
          target.columnWidths.set(match[1], points);
        });
      },
      enumerable: true,
    });
    this.format = format as FakeRange["format"];
    const validation = {} as FakeRange["dataValidation"];
    for (const key of ["rule", "prompt", "errorAlert"] as const) {
      Object.defineProperty(validation, key, {
        set: (value: unknown) => {
          this.eachCell(`dataValidation.${key}`, (cell) => {
            requireApi(sheet.workbook, "1.8");
            cell.validation = { ...cell.validation, [key]: value };
          });
        },
        enumerable: true,
      });
    }
    this.dataValidation = validation;
  }

  private eachCell(what: string, change: (cell: FakeCell, row: number, col: number) => void) {
    this.sheet.command(`range.${what} ${this.address}`, (target) => {
      cellsOf(this.address).forEach((row, r) =>
        row.forEach((address, c) => {
          const cell = target.cells.get(address) ?? { format: {} };
          target.cells.set(address, cell);
          change(cell, r, c);
        })
      );
    });
  }

  private grid(values: unknown[][]): void {
    const shape = cellsOf(this.address);
    const fits =
      values.length === shape.length && values.every((row, r) => row.length === shape[r].length);
    if (!fits) throw excelError("InvalidArgument", `The values do not fit ${this.address}.`);
  }

  set values(values: unknown[][]) {
    this.eachCell("values", (cell, r, c) => {
      if (c === 0 && r === 0) this.grid(values);
      const value = values[r][c];
      if (typeof value === "string" && value.startsWith("=")) {
        cell.formula = value; // Excel reads a text that starts with = as a formula
        delete cell.value;
      } else {
        cell.value = value;
        delete cell.formula;
      }
    });
  }

  set formulas(formulas: unknown[][]) {
    this.eachCell("formulas", (cell, r, c) => {
      if (c === 0 && r === 0) this.grid(formulas);
      cell.formula = String(formulas[r][c]);
      delete cell.value;
    });
  }

  set numberFormat(formats: unknown[][]) {
    this.eachCell("numberFormat", (cell, r, c) => {
      if (c === 0 && r === 0) this.grid(formats);
      cell.numberFormat = String(formats[r][c]);
    });
  }

  select(): void {
    this.sheet.command(`select ${this.address}`, (target) => {
      target.selection = this.address;
    });
  }
}

/** A used range (Worksheet.getUsedRangeOrNullObject(true)): its formulas once loaded. */
class FakeUsedRange {
  private loaded?: {
    isNull: boolean;
    top: number;
    left: number;
    formulas: unknown[][];
    values: unknown[][];
    address: string;
  };

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly sheet: FakeWorksheet
  ) {}

  /** Loads formulas and values (a formula cell's value is #NAME?: the fake computes nothing). */
  load(what: Array<"formulas" | "values" | "address">): this {
    this.workbook.loads.push(`usedRange ${what.join(",")}`);
    this.workbook.queueLoad(() => {
      const cells = [...(this.sheet.model?.cells ?? [])].filter(
        ([, cell]) => cell.formula !== undefined || cell.value !== undefined
      );
      if (cells.length === 0) {
        this.loaded = { isNull: true, top: 0, left: 0, formulas: [], values: [], address: "" };
        return;
      }
      const at = cells.map(([address]) => /^([A-Z]+)(\d+)$/.exec(address)!);
      const cols = at.map((m) => column(m[1]));
      const rows = at.map((m) => Number(m[2]));
      const [top, left] = [Math.min(...rows), Math.min(...cols)];
      const [bottom, right] = [Math.max(...rows), Math.max(...cols)];
      const grid = cellsOf(`${letters(left)}${top}:${letters(right)}${bottom}`).map((row) =>
        row.map((address) => this.sheet.model!.cells.get(address))
      );
      const formulas = grid.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? ""));
      const values = grid.map((row) =>
        row.map((cell) => (cell?.formula !== undefined ? "#NAME?" : (cell?.value ?? "")))
      );
      const name = this.sheet.model!.name;
      const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
      const address = `${quoted}!${letters(left)}${top}:${letters(right)}${bottom}`;
      this.loaded = { isNull: false, top, left, formulas, values, address };
    });
    return this;
  }

  private get read() {
    if (!this.loaded) throw excelError("PropertyNotLoaded", "The used range was not loaded.");
    return this.loaded;
  }

  get isNullObject(): boolean {
    return this.read.isNull;
  }

  get formulas(): unknown[][] {
    if (this.read.isNull) throw excelError("InvalidObjectPath", "The used range is a null object.");
    return this.read.formulas;
  }

  get address(): string {
    if (this.read.isNull) throw excelError("InvalidObjectPath", "The used range is a null object.");
    return this.read.address;
  }

  get values(): unknown[][] {
    if (this.read.isNull) throw excelError("InvalidObjectPath", "The used range is a null object.");
    return this.read.values;
  }

  getCell(row: number, col: number): FakeRange {
    const { top, left } = this.read;
    return this.sheet.getRange(`${letters(left + col)}${top + row}`);
  }
}

/**
 * The active cell (Workbook.getActiveCell): its properties can be read only after load() and a
 * sync, like every Excel proxy; writing formulas goes to the model's active cell.
 */
export class FakeActiveCell {
  private loaded?: { address: string; formulas: string[][]; values: unknown[][] };
  private requested: string[] = [];

  constructor(private readonly workbook: FakeWorkbook) {}

  load(what: string[]): this {
    this.requested = what;
    this.workbook.pendingLoads.push(() => this.deliver());
    return this;
  }

  deliver(): void {
    const { sheet, address, formula, value } = this.workbook.activeCell;
    this.loaded = {
      address: `${sheet}!${address}`,
      formulas: [[formula ?? ""]],
      values: [[value ?? ""]],
    };
  }

  private read<K extends "address" | "formulas" | "values">(key: K) {
    if (!this.loaded || !this.requested.includes(key))
      throw excelError("PropertyNotLoaded", `${key} was not loaded.`);
    return this.loaded[key];
  }

  get address(): string {
    return this.read("address");
  }

  get formulas(): string[][] {
    return this.read("formulas");
  }

  get values(): unknown[][] {
    return this.read("values");
  }

  set formulas(formulas: string[][]) {
    const { activeCell } = this.workbook;
    this.workbook.run(`activeCell.formulas ${activeCell.sheet}!${activeCell.address}`, () => {
      activeCell.formula = formulas[0][0];
      const sheet = this.workbook.sheet(activeCell.sheet);
      sheet?.cells.set(activeCell.address, { formula: formulas[0][0], format: {} });
    });
  }
}
