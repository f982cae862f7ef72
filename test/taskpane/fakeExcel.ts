/**
 * A small Excel workbook behind an office-addin-mock request context, for the Excel host's tests.
 *
 * The context is an OfficeMockObject: the collections the host reads (worksheets, tables, names)
 * are its data, so reading `items` before `load` and `context.sync()` gives the library's error
 * instead of the names, as in Excel. The objects the host writes (sheets, ranges, tables, charts)
 * apply their changes to the model below the way Excel runs a batch: in order, and once one
 * command fails nothing after it runs and the next `context.sync()` rejects with the error.
 * Excel's own rules that the host must respect are enforced: sheet names unique ignoring case,
 * table names unique among tables and names, no table over another.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelEnvironment } from "../../src/taskpane/excelHost";

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontalAlignment?: string;
}

export interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  format: CellFormat;
  /** Range.dataValidation's rule, prompt and errorAlert as written (ExcelApi 1.8). */
  validation?: { rule?: unknown; prompt?: unknown; errorAlert?: unknown };
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: string;
  hasHeaders: boolean;
  style?: string;
}

export interface FakeName {
  name: string;
  formula: string;
  comment?: string;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  showValue?: boolean;
  topLeft?: string;
  bottomRight?: string;
  /** The category axis's names, from ChartAxis.setCategoryNames (ExcelApi 1.7). */
  categoryNames?: string;
}

export interface FakeSheet {
  /** Excel's worksheet id, unique and never reused, e.g. "{00000000-0001-0000-0000-000000000000}". */
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  names: FakeName[];
  charts: FakeChart[];
  columnWidths: Map<string, number>;
  selection?: string;
}

/** An error as office.js reports one: a message and a code such as "AccessDenied". */
export function excelError(code: string, message = `${code}: the operation failed.`): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

const column = (letters: string): number =>
  [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
const letters = (index: number): string => {
  let text = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
};

/** The cells of an A1 range such as "B12" or "A20:C31", row by row. */
export function cellsOf(address: string): string[][] {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!match) throw excelError("InvalidArgument", `Not a cell range: ${address}`);
  const [c1, r1] = [column(match[1]), Number(match[2])];
  const [c2, r2] = match[3] ? [column(match[3]), Number(match[4])] : [c1, r1];
  const rows: string[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: string[] = [];
    for (let c = c1; c <= c2; c++) row.push(`${letters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

export interface ActiveCell {
  sheet: string;
  address: string;
  formula?: string;
  value?: unknown;
}

/** What Excel does with a name over a table column (see FakeWorkbookOptions.structuredNames). */
export type NameBehaviour = "kept" | "fixed-range" | "refused";

export interface FakeWorkbookOptions {
  /** Existing sheets (with a few cells each so that a test can see they were not touched). */
  sheets?: string[];
  /** Existing tables as [name, sheet, range]. */
  tables?: Array<[string, string, string]>;
  /** Existing workbook-scoped names. */
  names?: string[];
  /** The highest ExcelApi version the fake supports (Office's isSetSupported). */
  excelApi?: string;
  /** The active cell and what it holds (a value without a formula: a cell a formula spills into). */
  activeCell?: ActiveCell;
  /** Makes the command described (e.g. "charts.add") fail with the error returned. */
  failOn?: (command: string) => Error | undefined;
  /**
   * What Excel does with a name over a table column: keeps the structured reference (the
   * default), turns it into the column's fixed range (office-js #740), or refuses it with
   * InvalidArgument (Excel on the web, office-js #1918).
   */
  structuredNames?: NameBehaviour | ((name: string) => NameBehaviour);
  /** Runs after each context.sync (the n-th, from 1): another user changing the workbook. */
  afterSync?: (workbook: FakeWorkbook, sync: number) => void;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  /** Every command that ran, in order, e.g. "range.formulas 'GPU Payback'!B12". */
  readonly commands: string[] = [];
  /** The arguments of every load() on a collection. */
  readonly loads: string[] = [];
  readonly calculations: string[] = [];
  activeSheet: string;
  activeCell: ActiveCell;
  syncs = 0;
  runs = 0;
  /**
   * Syncs that failed. A proxy that an add returned is not used after one: office.js marks the
   * object path of an add as invalid after its request, so the fake refuses it (InvalidObjectPath).
   */
  failedSyncs = 0;
  /** Loads of proxies outside the mock (the active cell), delivered by the next sync. */
  readonly pendingLoads: Array<() => void> = [];
  failOn?: (command: string) => Error | undefined;
  readonly structuredNames: (name: string) => NameBehaviour;
  private readonly afterSync?: (workbook: FakeWorkbook, sync: number) => void;
  private sheetIds = 0;
  readonly excelApi: string;
  /** The error of the batch that failed, thrown by the next sync. */
  private failure?: Error;

  constructor(options: FakeWorkbookOptions = {}) {
    for (const name of options.sheets ?? ["Sheet1"]) {
      const sheet = this.newSheet(name);
      sheet.cells.set("A1", { value: `${name} data`, format: { bold: true } });
      sheet.cells.set("B2", { formula: "=A1", format: {} });
    }
    for (const [name, sheet, range] of options.tables ?? [])
      this.tables.push({ name, sheet, range, hasHeaders: true });
    for (const name of options.names ?? []) this.names.push({ name, formula: "=Sheet1!$A$1" });
    this.activeSheet = this.sheets[0].name;
    this.activeCell = options.activeCell ?? { sheet: this.activeSheet, address: "C3" };
    this.excelApi = options.excelApi ?? "1.17";
    this.failOn = options.failOn;
    const names = options.structuredNames ?? "kept";
    this.structuredNames = typeof names === "function" ? names : () => names;
    this.afterSync = options.afterSync;
  }

  /** A sheet added by someone else (another user, another add-in), with a cell of its own. */
  addCompetingSheet(name: string): FakeSheet {
    const sheet = this.newSheet(name);
    sheet.cells.set("A1", { value: "someone else's", format: {} });
    return sheet;
  }

  /**
   * Queues a load: office.js delivers, with the next sync, the results of the actions that ran,
   * even when a later action fails; a load queued after the failing action gets nothing.
   */
  queueLoad(deliver: () => void): void {
    if (!this.failure) this.pendingLoads.push(deliver);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** A deep copy of everything, to show that a part of the workbook did not change. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify(
        {
          sheets: this.sheets.map((sheet) => ({
            ...sheet,
            cells: [...sheet.cells],
            columnWidths: [...sheet.columnWidths],
          })),
          tables: this.tables,
          names: this.names,
        },
        (_, value) => (value === undefined ? null : value)
      )
    );
  }

  /** Office's requirement-set check and Excel.run, over this workbook. */
  environment(): ExcelEnvironment {
    return {
      isSetSupported: (name, version) =>
        name === "ExcelApi" && compareVersions(version, this.excelApi) <= 0,
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        this.runs += 1;
        this.failure = undefined;
        return batch(this.context() as unknown as Excel.RequestContext);
      },
    };
  }

  private newSheet(name: string): FakeSheet {
    this.sheetIds += 1;
    const sheet: FakeSheet = {
      id: `{00000000-000${this.sheetIds}-0000-0000-000000000000}`,
      name,
      cells: new Map(),
      names: [],
      charts: [],
      columnWidths: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Runs one command of the batch, unless an earlier one failed or this one is made to fail. */
  run(command: string, change: () => void): void {
    if (this.failure) return;
    const injected = this.failOn?.(command);
    if (injected) {
      this.failure = injected;
      return;
    }
    try {
      change();
      this.commands.push(command);
    } catch (error) {
      this.failure = error as Error;
    }
  }

  /** A fresh request context, as each Excel.run makes. */
  private context(): OfficeMockObject {
    const workbook = this;
    const collection = (items: () => unknown[]) => ({
      items: [] as unknown[],
      load(this: OfficeMockObject & Record<string, unknown>, what: string) {
        workbook.loads.push(what);
        // office-addin-mock cannot walk "items/name"; it loads "items", filled from the model now.
        (this as unknown as { setValue(name: string, value: unknown): void }).setValue(
          "items",
          items()
        );
        OfficeMockObject.prototype.load.call(this, "items");
        return this;
      },
    });
    const mock = new OfficeMockObject(
      {
        workbook: {
          worksheets: {
            ...collection(() =>
              workbook.sheets.map((sheet) => ({
                id: sheet.id,
                name: sheet.name,
                delete: () =>
                  workbook.run(`worksheet.delete ${sheet.name}`, () => workbook.deleteSheet(sheet)),
              }))
            ),
            add: (name: string) => workbook.addSheet(name),
            getActiveWorksheet: () =>
              new FakeWorksheet(workbook, () => workbook.sheet(workbook.activeSheet)),
            getItem: (key: string) => {
              const found = () =>
                workbook.sheets.find(
                  (sheet) => sheet.id === key || sheet.name.toLowerCase() === key.toLowerCase()
                );
              return new FakeWorksheet(workbook, found, key);
            },
          },
          tables: collection(() => workbook.tables.map((table) => ({ name: table.name }))),
          names: collection(() => workbook.names.map((name) => ({ name: name.name }))),
          application: {
            calculate: (type: string) =>
              workbook.run(`application.calculate ${type}`, () => workbook.calculations.push(type)),
          },
          getActiveCell: () => new FakeActiveCell(workbook),
        },
      },
      "excel" as never
    ) as OfficeMockObject & { sync: () => Promise<void> };
    const librarySync = OfficeMockObject.prototype.sync.bind(mock);
    mock.sync = async () => {
      workbook.syncs += 1;
      const failure = workbook.failure;
      workbook.failure = undefined;
      await librarySync();
      for (const deliver of workbook.pendingLoads.splice(0)) deliver();
      workbook.afterSync?.(workbook, workbook.syncs);
      if (failure) {
        workbook.failedSyncs += 1;
        throw failure;
      }
    };
    return mock;
  }

  private addSheet(name: string): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    this.run(`worksheets.add ${name}`, () => {
      if (!isExcelSheetName(name)) throw excelError("InvalidArgument", `Bad sheet name: ${name}`);
      if (this.sheets.some((other) => other.name.toLowerCase() === name.toLowerCase()))
        throw excelError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      sheet = this.newSheet(name);
    });
    return new FakeWorksheet(this, () => sheet, undefined, this.failedSyncs);
  }

  /**
   * The fixed range that Excel made of =Table[[column]] (office-js #740): the column's data
   * cells as they are now, e.g. ='GPU Payback'!$B$21:$B$31.
   */
  columnRange(tableName: string, formula: string): string {
    const table = this.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    const sheet = table && this.sheet(table.sheet);
    if (!table || !sheet) throw excelError("InvalidArgument", `No table ${tableName}.`);
    const column = formula
      .slice(formula.indexOf("[[") + 2, formula.lastIndexOf("]]"))
      .replace(/'(.)/g, "$1");
    const rows = cellsOf(table.range);
    const index = rows[0].findIndex((address) => sheet.cells.get(address)?.value === column);
    if (index === -1) throw excelError("InvalidArgument", `No column ${column} in ${tableName}.`);
    const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const [first, last] = [rows[1][index], rows[rows.length - 1][index]];
    return `='${sheet.name.replace(/'/g, "''")}'!${absolute(first)}:${absolute(last)}`;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw excelError("InvalidOperation", "The last sheet stays.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet.name) this.tables.splice(i, 1);
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0].name;
  }
}

/** Excel's sheet-name rules, for the fake's own check. */
function isExcelSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A worksheet proxy; `target` is undefined when the sheet was never added (its command failed). */
class FakeWorksheet {
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
      if (what === "id") this.loadedId = this.target()?.id;
      else this.loadedName = this.target()?.name;
    });
    return this;
  }

  get name(): string {
    if (this.loadedName === undefined)
      throw excelError("PropertyNotLoaded", "name was not loaded.");
    return this.loadedName;
  }

  /** The range from the first to the last cell that holds a value or a formula, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeUsedRange {
    if (valuesOnly !== true) throw new Error("The fake knows the used range of values only");
    return new FakeUsedRange(this.workbook, this);
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

class FakeTableProxy {
  private loadedName?: string;
  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly table: FakeTable
  ) {}
  load(what: string): this {
    if (what !== "name") throw new Error(`The fake loads a table's name only, not ${what}`);
    this.workbook.queueLoad(() => {
      this.loadedName = this.workbook.tables.includes(this.table) ? this.table.name : undefined;
    });
    return this;
  }
  get name(): string {
    if (this.loadedName === undefined)
      throw excelError("PropertyNotLoaded", "name was not loaded.");
    return this.loadedName;
  }
  set name(name: string) {
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
  };

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly sheet: FakeWorksheet
  ) {}

  /** Loads formulas and values (a formula cell's value is #NAME?: the fake computes nothing). */
  load(what: Array<"formulas" | "values">): this {
    this.workbook.loads.push(`usedRange ${what.join(",")}`);
    this.workbook.queueLoad(() => {
      const cells = [...(this.sheet.model?.cells ?? [])].filter(
        ([, cell]) => cell.formula !== undefined || cell.value !== undefined
      );
      if (cells.length === 0) {
        this.loaded = { isNull: true, top: 0, left: 0, formulas: [], values: [] };
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
      this.loaded = { isNull: false, top, left, formulas, values };
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
class FakeActiveCell {
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
