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
 *
 * What office.js does around a batch is modelled too: loads come back with the sync, including
 * those of the actions that ran before a failing one (or none, with resultsOnError: false); a
 * property set on a proxy reads back without a load; a proxy that an add returned is refused
 * after a failed sync. Sheets have ids; another user can add, rename or delete sheets between
 * syncs (afterSync, addCompetingSheet); a name over a table column can be kept, turned into a
 * fixed range (office-js #740) or refused (#1918) (structuredNames).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelEnvironment } from "../../src/taskpane/excelHost";
import {
  cellsOf,
  excelError,
  type FakeChart,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  compareVersions,
  isExcelSheetName,
} from "./fakeExcelModel";
import { FakeActiveCell, FakeWorksheet } from "./fakeExcelProxies";

export * from "./fakeExcelModel";

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
  /**
   * Whether a failing sync still hands out the results of the actions that ran before the failure
   * (office.js processes them when Excel sends them); true unless a test says otherwise.
   */
  resultsOnError?: boolean;
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
  private readonly resultsOnError: boolean;
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
    this.resultsOnError = options.resultsOnError ?? true;
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
        // A load Excel refuses (cell-edit mode, say) fails the batch's sync, as a command does.
        workbook.failure ??= workbook.failOn?.(`load ${what}`);
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
            getItemOrNullObject: (key: string) => {
              const proxy = new FakeWorksheet(workbook, () =>
                workbook.sheets.find((sheet) => sheet.name.toLowerCase() === key.toLowerCase())
              );
              return proxy.trackNull();
            },
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
      const delivered = workbook.pendingLoads.splice(0);
      if (!failure || workbook.resultsOnError) for (const deliver of delivered) deliver();
      workbook.afterSync?.(workbook, workbook.syncs);
      if (failure) {
        workbook.failedSyncs += 1;
        throw failure;
      }
    };
    return mock;
  }

  /**
   * Worksheet.copy: a new sheet named "Name (2)" (or (3), ...) after the source, with its cells,
   * sheet-scoped names, charts and column widths; its tables copied under new names ("Name2"),
   * the copy's structured references to them following the new names, as Excel's do.
   */
  copySheet(source: FakeSheet): FakeSheet {
    const taken = (name: string) =>
      this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    let n = 2;
    while (taken(`${source.name} (${n})`)) n++;
    const copy: FakeSheet = this.newSheet(`${source.name} (${n})`);
    this.sheets.splice(this.sheets.indexOf(copy), 1);
    Object.assign(copy, {
      cells: new Map(
        [...source.cells].map(([address, cell]) => [
          address,
          { ...cell, format: { ...cell.format } },
        ])
      ),
      names: source.names.map((name) => ({ ...name })),
      charts: source.charts.map((chart) => ({ ...chart })),
      columnWidths: new Map(source.columnWidths),
    });
    this.sheets.splice(this.sheets.indexOf(source) + 1, 0, copy);
    for (const table of this.tables.filter((t) => t.sheet === source.name)) {
      let k = 2;
      while (this.tables.some((t) => t.name.toLowerCase() === `${table.name}${k}`.toLowerCase()))
        k++;
      const renamed = `${table.name}${k}`;
      this.tables.push({ ...table, name: renamed, sheet: copy.name });
      const uses = new RegExp(`(?<![\\w.])${table.name.replace(/[.\\]/g, "\\$&")}\\[`, "gi");
      for (const cell of copy.cells.values())
        if (cell.formula !== undefined) cell.formula = cell.formula.replace(uses, `${renamed}[`);
    }
    return copy;
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
