/*
 * The preview's workbook: a PaneHost over a HyperFormula instance. It writes the same TemplatePlan
 * that the Excel host writes (values, formulas, the company table as plain cells, the revenue
 * column as a sheet-scoped named expression) and keeps what HyperFormula has no notion of (number
 * formats, styles, column widths, the table's extent, the chart) for the page to render.
 * It translates, never computes: every figure comes from HyperFormula evaluating the plan's
 * formulas with the GPU.* plugin over the engine. No DOM here, so jest can drive it from node.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import { HyperFormula } from "hyperformula";
import type { CellValue, RawCellContent, SimpleCellAddress } from "hyperformula";
import { isGpuFormula, reenteredFormula } from "../taskpane/gpuFormulas";
import { translateCells, type FormulaCell } from "../engine/portable/translate";
import {
  PaneError,
  type PaneHost,
  type PortableMode,
  type PortableResult,
  type ReenteredFormulas,
} from "../taskpane/host";
import {
  columnLetter,
  quoteSheetName,
  uniqueSheetName,
  uniqueTableName,
  type ChartPlan,
  type StyleName,
  type TemplatePlan,
} from "../template";
import { registerGpuPlugin } from "./gpuPlugin";
import { SpillFormulas } from "./spillFormulas";

/** How one cell looks, kept beside HyperFormula (which stores values and formulas only). */
export interface CellFormat {
  readonly numberFormat?: string;
  readonly style?: StyleName;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The company table as the preview keeps it: a header row over data rows that can grow. */
export interface TableView {
  readonly name: string;
  /** The whole table, header row included. */
  readonly range: CellRange;
  readonly columnFormats: ReadonlyArray<string | undefined>;
  readonly style: string;
}

/** One sheet of the workbook, as the page renders it. */
export interface SheetView {
  readonly id: number;
  readonly name: string;
  /** Number formats and styles by A1 address ("B12"). */
  readonly formats: ReadonlyMap<string, CellFormat>;
  /** Column widths in points by column letter; other columns have the default width. */
  readonly columnWidths: ReadonlyMap<string, number>;
  readonly table?: TableView;
  readonly charts: readonly ChartPlan[];
}

export type HostChange =
  | { readonly kind: "sheets" }
  | { readonly kind: "selection" }
  | { readonly kind: "values"; readonly sheet: string; readonly addresses: readonly string[] };

/** Excel's default column width, in points. */
export const DEFAULT_COLUMN_POINTS = 48;

interface MutableSheet {
  id: number;
  name: string;
  formats: Map<string, CellFormat>;
  columnWidths: Map<string, number>;
  table?: {
    name: string;
    range: CellRange;
    columnFormats: ReadonlyArray<string | undefined>;
    style: string;
  };
  /** Sheet-scoped names over a table column: grown with the table. */
  tableNames: Array<{ name: string; column: number }>;
  charts: readonly ChartPlan[];
}

/** "B12" → column 1, row 11 (0-based). Throws on anything else. */
export function parseAddress(address: string): { col: number; row: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(match[2]) - 1 };
}

/** Column 1, row 11 (0-based) → "B12". */
export function formatAddress(col: number, row: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A20:C31" → its rectangle. */
export function parseRange(range: string): CellRange {
  const [first, last = first] = range.split(":");
  const a = parseAddress(first);
  const b = parseAddress(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A text value written so that HyperFormula keeps it as text ("50%" stays text, not 0.5). */
function asText(value: string): string {
  return `'${value}`;
}

export interface HyperFormulaHostOptions {
  /** The first, empty sheet of the new workbook (as in a new Excel workbook). */
  readonly firstSheetName?: string;
}

export class HyperFormulaHost implements PaneHost {
  readonly kind = "preview" as const;
  readonly hf: HyperFormula;
  /** Formulas typed with a spill reference (A1#), shown as typed. */
  private readonly spills: SpillFormulas;
  private readonly sheetList: MutableSheet[] = [];
  private active = 0;
  private selected = "A1";
  private readonly listeners = new Set<(change: HostChange) => void>();

  constructor(options: HyperFormulaHostOptions = {}) {
    registerGpuPlugin();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      // Exact values, as Excel keeps them (15 digits): no rounding to 10 digits on the way out.
      smartRounding: false,
    });
    this.spills = new SpillFormulas(this.hf);
    const name = this.hf.addSheet(options.firstSheetName ?? "Sheet1");
    this.sheetList.push(this.newSheet(name));
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
    const { col, row } = parseAddress(address);
    const normal = formatAddress(col, row);
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

  /** The cell's formula as typed ("=GPU.GAP(Revenues,B12)", "=GPU.GAP(A1#)"), or undefined for a value. */
  formula(address: string, sheetName?: string): string | undefined {
    return this.spills.formula(this.cellAddress(address, sheetName));
  }

  /** The cell's number format and style. */
  format(address: string, sheetName?: string): CellFormat {
    return this.sheet(sheetName).formats.get(normalAddress(address)) ?? {};
  }

  /** The last used row and column (0-based) of a sheet; -1 when it is empty. */
  extent(sheetName?: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheet(sheetName).id);
    return { rows: height, columns: width };
  }

  /**
   * Writes what a user typed into a cell: "=..." is a formula, "150" a number, "50%" 0.5, "'text"
   * text, "" clears the cell. HyperFormula recalculates every dependent cell at once. Typing in
   * the row under the company table adds that row to the table (its named column grows), as an
   * Excel table does. Resolves with the addresses whose values changed on that sheet.
   */
  setInput(address: string, input: string, sheetName?: string): string[] {
    const sheet = this.mutableSheet(sheetName);
    const { col, row } = parseAddress(address);
    const cell = { sheet: sheet.id, col, row };
    const translated = this.spills.contentFor(cell, input);
    const content: RawCellContent = translated === "" ? null : translated;
    const changes = this.hf.batch(() => {
      this.hf.setCellContents(cell, content);
      if (content !== null) this.growTable(sheet, col, row);
    });
    this.spills.written(cell);
    changes.push(...this.spills.respill(changes));
    changes.push(...this.spills.refresh());
    const addresses = changedAddresses(changes, sheet.id);
    const written = formatAddress(col, row);
    if (!addresses.includes(written)) addresses.push(written);
    this.emit({ kind: "values", sheet: sheet.name, addresses });
    return addresses;
  }

  async insertTemplate(plan: TemplatePlan): Promise<string> {
    const name = uniqueSheetName(plan.sheetName, this.hf.getSheetNames());
    const addedName = this.hf.addSheet(name);
    const id = this.hf.getSheetId(addedName) as number;
    const sheet = this.newSheet(addedName);
    try {
      this.hf.batch(() => {
        const content: RawCellContent[][] = [];
        const put = (address: string, value: RawCellContent): void => {
          const { col, row } = parseAddress(address);
          while (content.length <= row) content.push([]);
          content[row][col] = value;
        };
        for (const cell of plan.cells) {
          const value =
            cell.formula ?? (typeof cell.value === "string" ? asText(cell.value) : cell.value);
          put(cell.address, value ?? null);
          if (cell.numberFormat !== undefined || cell.style !== undefined) {
            sheet.formats.set(normalAddress(cell.address), {
              numberFormat: cell.numberFormat,
              style: cell.style,
            });
          }
        }
        const tableRange = parseRange(plan.table.range);
        plan.table.headers.forEach((header, j) => {
          put(formatAddress(tableRange.left + j, tableRange.top), asText(header));
        });
        plan.table.rows.forEach((cells, i) => {
          cells.forEach((value, j) => {
            const address = formatAddress(tableRange.left + j, tableRange.top + 1 + i);
            put(address, typeof value === "string" ? asText(value) : value);
            const numberFormat = plan.table.columnFormats[j];
            if (numberFormat !== undefined) sheet.formats.set(address, { numberFormat });
          });
        });
        sheet.table = {
          name: plan.table.name,
          range: {
            ...tableRange,
            bottom: Math.max(tableRange.bottom, tableRange.top + plan.table.rows.length),
          },
          columnFormats: plan.table.columnFormats,
          style: plan.table.style,
        };
        this.hf.setSheetContent(
          id,
          content.map((row) => Array.from(row, (v) => v ?? null))
        );
        for (const named of plan.names) {
          this.hf.addNamedExpression(named.name, `=${absoluteRange(addedName, named.range)}`, id);
          sheet.tableNames.push({ name: named.name, column: named.tableColumn });
        }
      });
    } catch (error) {
      // Nothing half-written stays behind: the new sheet (and its names) goes.
      let cleanup: "removed" | "failed" = "removed";
      try {
        if (this.hf.getSheetId(addedName) !== undefined) this.hf.removeSheet(id);
      } catch {
        cleanup = "failed";
      }
      throw new PaneError("failed", error instanceof Error ? error.message : String(error), {
        sheet: addedName,
        cleanup,
      });
    }
    for (const width of plan.columnWidths) sheet.columnWidths.set(width.column, width.points);
    sheet.charts = plan.charts;
    this.sheetList.push(sheet);
    this.active = this.sheetList.length - 1;
    this.selected = normalAddress(plan.activeCell);
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

  /** HyperFormula recalculates on every change: nothing is ever stale. */
  async recalculate(): Promise<void> {
    return;
  }

  /** Enters each GPU.* formula on the active sheet again (HyperFormula re-evaluates it). */
  async reenterGpuFormulas(): Promise<ReenteredFormulas> {
    const sheet = this.activeSheet;
    const cells: Array<[SimpleCellAddress, string]> = [];
    this.hf.getSheetFormulas(sheet.id).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (isGpuFormula(formula)) cells.push([{ sheet: sheet.id, col: c, row: r }, formula]);
      })
    );
    const changes = this.hf.batch(() => {
      for (const [address, formula] of cells)
        this.hf.setCellContents(address, reenteredFormula(formula));
    });
    if (cells.length > 0) {
      const addresses = changedAddresses(changes, sheet.id);
      for (const [{ col, row }] of cells) {
        const written = formatAddress(col, row);
        if (!addresses.includes(written)) addresses.push(written);
      }
      this.emit({ kind: "values", sheet: sheet.name, addresses });
    }
    return { sheet: sheet.name, formulas: cells.length };
  }

  /**
   * Rewrites the active sheet's GPU.* formulas natively, on a copy placed after it (Excel's
   * Worksheet.copy: values, formulas, formats, the table, its sheet-scoped names, the chart) or in
   * place. The copy's own formulas are the ones translated, as in Excel.
   */
  async makePortable(mode: PortableMode): Promise<PortableResult> {
    const source = this.activeSheet as MutableSheet;
    const original = translateCells(this.formulaCells(source));
    if (original.converted.length === 0) {
      const { untranslated } = original;
      return { sheet: source.name, source: source.name, converted: 0, untranslated };
    }
    const target = mode === "copy" ? this.copySheet(source) : source;
    const translation = mode === "copy" ? translateCells(this.formulaCells(target)) : original;
    this.hf.batch(() => {
      for (const cell of translation.converted) {
        this.hf.setCellContents(this.cellAddress(cell.address, target.name), cell.formula);
      }
    });
    if (mode === "copy") {
      this.active = this.sheetList.indexOf(target);
      this.selected = "A1";
      this.emit({ kind: "sheets" });
    } else {
      const addresses = translation.converted.map((cell) => cell.address);
      this.emit({ kind: "values", sheet: target.name, addresses });
    }
    return {
      sheet: target.name,
      source: source.name,
      converted: translation.converted.length,
      untranslated: translation.untranslated,
    };
  }

  /** Every formula on a sheet, by A1 address. */
  private formulaCells(sheet: MutableSheet): FormulaCell[] {
    const cells: FormulaCell[] = [];
    this.hf.getSheetFormulas(sheet.id).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula !== undefined) cells.push({ address: formatAddress(c, r), formula });
      })
    );
    return cells;
  }

  /** A copy of a sheet after it, named "Name (2)", with its sheet-scoped names pointing at it. */
  private copySheet(source: MutableSheet): MutableSheet {
    const name = this.hf.addSheet(uniqueSheetName(source.name, this.hf.getSheetNames()));
    const copy = this.newSheet(name);
    const prefix = `${quoteSheetName(source.name)}!`;
    // Cells a formula spills into hold its values, not content of their own: left empty.
    const content = this.hf.getSheetSerialized(source.id).map((row, r) =>
      row.map((cell, c) => {
        const address = { sheet: source.id, col: c, row: r };
        const spilled =
          this.hf.isCellPartOfArray(address) && this.hf.getCellFormula(address) === undefined;
        return spilled ? null : cell;
      })
    );
    const names = this.hf.listNamedExpressions(source.id).map((named) => {
      const expression = String(this.hf.getNamedExpressionFormula(named, source.id) ?? "");
      return [named, expression.split(prefix).join(`${quoteSheetName(name)}!`)] as const;
    });
    this.hf.batch(() => {
      for (const [named, expression] of names)
        this.hf.addNamedExpression(named, expression, copy.id);
      this.hf.setSheetContent(copy.id, content);
    });
    copy.formats = new Map(source.formats);
    copy.columnWidths = new Map(source.columnWidths);
    copy.tableNames = source.tableNames.map((named) => ({ ...named }));
    copy.charts = source.charts;
    if (source.table) {
      const tables = this.sheetList.flatMap((sheet) => (sheet.table ? [sheet.table.name] : []));
      copy.table = { ...source.table, name: uniqueTableName(source.table.name, tables) };
    }
    this.sheetList.splice(this.sheetList.indexOf(source) + 1, 0, copy);
    return copy;
  }

  private newSheet(name: string): MutableSheet {
    return {
      id: this.hf.getSheetId(name) as number,
      name,
      formats: new Map(),
      columnWidths: new Map(),
      tableNames: [],
      charts: [],
    };
  }

  private mutableSheet(name?: string): MutableSheet {
    return this.sheet(name) as MutableSheet;
  }

  private cellAddress(address: string, sheetName?: string): SimpleCellAddress {
    const { col, row } = parseAddress(address);
    return { sheet: this.sheet(sheetName).id, col, row };
  }

  /** A value typed just under the table, within its columns, makes that row part of the table. */
  private growTable(sheet: MutableSheet, col: number, row: number): void {
    const table = sheet.table;
    if (!table || row !== table.range.bottom + 1) return;
    if (col < table.range.left || col > table.range.right) return;
    table.range = { ...table.range, bottom: row };
    for (const named of sheet.tableNames) {
      const column = columnLetter(table.range.left + named.column);
      const range = `${column}${table.range.top + 2}:${column}${table.range.bottom + 1}`;
      this.hf.changeNamedExpression(named.name, `=${absoluteRange(sheet.name, range)}`, sheet.id);
    }
    table.columnFormats.forEach((numberFormat, j) => {
      if (numberFormat === undefined) return;
      const address = formatAddress(table.range.left + j, row);
      if (!sheet.formats.has(address)) sheet.formats.set(address, { numberFormat });
    });
  }

  private emit(change: HostChange): void {
    for (const listener of Array.from(this.listeners)) listener(change);
  }
}

function normalAddress(address: string): string {
  const { col, row } = parseAddress(address);
  return formatAddress(col, row);
}

/** "B21:B31" on sheet "GPU Payback" → 'GPU Payback'!$B$21:$B$31. */
export function absoluteRange(sheetName: string, range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  const corner = (col: number, row: number) => `$${columnLetter(col)}$${row + 1}`;
  return `${quoteSheetName(sheetName)}!${corner(left, top)}:${corner(right, bottom)}`;
}

/** The A1 addresses on one sheet among HyperFormula's exported changes. */
function changedAddresses(changes: ReturnType<HyperFormula["batch"]>, sheetId: number): string[] {
  const addresses: string[] = [];
  for (const change of changes) {
    const address = (change as { address?: SimpleCellAddress }).address;
    if (address && address.sheet === sheetId)
      addresses.push(formatAddress(address.col, address.row));
  }
  return addresses;
}
