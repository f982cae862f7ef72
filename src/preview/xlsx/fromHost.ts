/**
 * The preview's workbook as a WorkbookModel: every sheet (or the ones asked for) with every value,
 * formula, number format and style, column width, the company table at its current extent, the
 * names (a name over a table column becomes a structured reference, so it grows with the table in
 * Excel and LibreOffice), and the charts with their cached values. A spilled formula is an array
 * formula, or one formula a cell where the caller gives its cell-by-cell form. It reads the host;
 * it never computes: the cached values are HyperFormula's.
 * HyperFormula is GPL: this file reads a HyperFormulaHost and so belongs to the preview and the
 * command line, never to dist/ (it imports the host's type only).
 */
import { parse, tokenize } from "@borgar/fx";
import type { CellValue as HfCellValue } from "hyperformula";
import type { FormulaCell } from "../../engine/portable/translate";
import {
  absoluteRange,
  columnIndex,
  formatCell,
  parseCell,
  parseRange,
  parseSheetRange,
  readSheetRange,
} from "../../engine/a1";
import type { HyperFormulaHost, SheetView } from "../hyperformulaHost";
import { CHART_COLOURS, STYLES, type ChartPlan } from "../../template";
import type {
  CellModel,
  CellValue,
  ChartModel,
  DefinedNameModel,
  RangeModel,
  SheetModel,
  TableModel,
  ValidationModel,
  WorkbookModel,
} from "../../export/model";
import { FILE_ERRORS } from "../../export/checkModel";
import { validationModel } from "../../export/planValidations";
import { withFilePrefixes } from "../../export/futureFunctions";
import { tableColumnRef } from "../../export/table";

export interface FromHostOptions {
  /** Rewrites a formula (without "=") for the file, e.g. into its native form; identity if left out. */
  readonly formula?: (formula: string) => string;
  /**
   * A spilled formula's cell-by-cell form (each cell's formula, with "="), or undefined to keep it
   * as an array formula; every spill is kept as an array formula if left out.
   */
  readonly spilled?: (cell: FormulaCell) => readonly FormulaCell[] | undefined;
  /** The sheets to write, in tab order; every sheet if left out. */
  readonly sheets?: readonly string[];
  /** Told each sheet's name before its cells are read (for messages about its formulas). */
  readonly onSheet?: (name: string) => void;
}

/** A cell's value for the file; HyperFormula's own errors (#CYCLE!, #SPILL!, #ERROR!) become #VALUE!. */
function cellValue(value: HfCellValue): CellValue {
  if (value === null || typeof value !== "object") return value;
  return { error: FILE_ERRORS.has(value.value) ? value.value : "#VALUE!" };
}

/**
 * A formula that is not a formula in Excel's grammar either (HyperFormula could not read it, nor
 * can @borgar/fx's parser: "=SUM(1,"): a file with it would need Excel's repair, so it is kept as
 * the text the user typed. One HyperFormula alone cannot read ("=A1 B1") stays a formula.
 */
function isMalformed(value: HfCellValue, formula: string): boolean {
  if (typeof value !== "object" || value === null || value.type !== "ERROR") return false;
  try {
    parse(tokenize(formula, { mergeRefs: true }));
    return false;
  } catch {
    return true;
  }
}

/** A name unique among the taken ones (case-insensitive), by a number suffix. */
function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

interface SheetContext {
  readonly host: HyperFormulaHost;
  readonly view: SheetView;
  readonly rewrite: (formula: string) => string;
  readonly spilled?: FromHostOptions["spilled"];
  readonly table?: TableModel;
}

/** Header texts: the header cells' text, blanks named Column1…, duplicates numbered. */
function tableColumns(host: HyperFormulaHost, view: SheetView, range: RangeModel): string[] {
  const taken = new Set<string>();
  const columns: string[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const value = host.hf.getCellValue({ sheet: view.id, col, row: range.top });
    const text = value === null || typeof value === "object" ? "" : String(value).trim();
    columns.push(uniqueName(text === "" ? `Column${col - range.left + 1}` : text, taken));
  }
  return columns;
}

/** The cells a spilled (array) formula at this origin fills. */
function arrayRange(context: SheetContext, row: number, col: number): RangeModel | undefined {
  const { hf } = context.host;
  const sheet = context.view.id;
  if (!hf.isCellPartOfArray({ sheet, col, row })) return undefined;
  const spilled = (c: number, r: number): boolean =>
    hf.isCellPartOfArray({ sheet, col: c, row: r }) &&
    hf.getCellFormula({ sheet, col: c, row: r }) === undefined;
  let right = col;
  while (spilled(right + 1, row)) right++;
  let bottom = row;
  while (spilled(col, bottom + 1)) bottom++;
  return right === col && bottom === row ? undefined : { top: row, left: col, bottom, right };
}

/** The header cell's text as the table names its column (a table's headers are always text). */
function headerText(table: TableModel | undefined, row: number, col: number): string | undefined {
  if (!table || row !== table.range.top || col < table.range.left || col > table.range.right)
    return undefined;
  return table.columns[col - table.range.left];
}

interface WrittenFormula {
  /** Without "=", as the file writes it. */
  readonly formula: string;
  readonly arrayRange?: RangeModel;
}

/**
 * Every formula of the sheet as the file writes it, by address: rewritten; a spilled one as an
 * array formula over the cells it fills or, where the caller has its cell-by-cell form
 * (options.spilled), one formula a cell.
 */
function sheetFormulas(
  context: SheetContext,
  formulas: ReadonlyArray<ReadonlyArray<string | undefined>>
): Map<string, WrittenFormula> {
  const written = new Map<string, WrittenFormula>();
  const put = (address: string, formula: string, range?: RangeModel): void => {
    written.set(address, {
      formula: context.rewrite(formula.replace(/^=/, "")),
      arrayRange: range,
    });
  };
  formulas.forEach((rowFormulas, row) =>
    rowFormulas.forEach((formula, col) => {
      if (formula === undefined) return;
      const address = formatCell(col, row);
      const range = arrayRange(context, row, col);
      const cells = range && context.spilled?.({ address, formula });
      if (cells) cells.forEach((cell) => put(cell.address, cell.formula));
      else put(address, formula, range);
    })
  );
  return written;
}

function sheetCells(context: SheetContext): CellModel[] {
  const { host, view, table } = context;
  const values = host.hf.getSheetValues(view.id);
  const formulas = host.hf.getSheetFormulas(view.id);
  const fileFormulas = sheetFormulas(context, formulas);
  const cells: CellModel[] = [];
  const written = new Set<string>();
  values.forEach((rowValues, row) => {
    rowValues.forEach((raw, col) => {
      const address = formatCell(col, row);
      const format = host.format(address, view.name);
      const header = headerText(table, row, col);
      const formula = formulas[row]?.[col];
      if (header === undefined && formula !== undefined && isMalformed(raw, formula)) {
        cells.push({ row, col, value: formula, numberFormat: format.numberFormat });
        written.add(address);
        return;
      }
      // A header cell of a table is a text constant in Excel: a formula there is written as its text.
      const value = header ?? cellValue(raw);
      const fileFormula = header === undefined ? fileFormulas.get(address) : undefined;
      if (value === null && fileFormula === undefined) {
        if (format.numberFormat === undefined && format.style === undefined) return;
      }
      written.add(address);
      cells.push({
        row,
        col,
        value,
        formula: fileFormula?.formula,
        arrayRange: fileFormula?.arrayRange,
        numberFormat: format.numberFormat,
        style: format.style === undefined ? undefined : STYLES[format.style],
      });
    });
  });
  // A formatted cell with nothing in it yet (a table row's number format) keeps its format.
  for (const [address, format] of view.formats) {
    if (written.has(address)) continue;
    const { row, col } = parseCell(address);
    const style = format.style === undefined ? undefined : STYLES[format.style];
    cells.push({ row, col, value: null, numberFormat: format.numberFormat, style });
  }
  return cells;
}

function sheetTable(
  host: HyperFormulaHost,
  view: SheetView,
  taken: Set<string>
): TableModel | undefined {
  if (!view.table) return undefined;
  const range = view.table.range;
  return {
    name: uniqueName(view.table.name, taken),
    range,
    columns: tableColumns(host, view, range),
    style: view.table.style,
  };
}

/** The sheet's own names; a name over exactly one table column's data refers to that column. */
function sheetNames(context: SheetContext): DefinedNameModel[] {
  const { host, view, table } = context;
  return host.hf.listNamedExpressions(view.id).map((name): DefinedNameModel => {
    const expression = (host.hf.getNamedExpression(name, view.id)?.expression ?? "").replace(
      /^=/,
      ""
    );
    const refersTo = tableColumnName(table, expression) ?? expression;
    return { name, refersTo, sheetScoped: true };
  });
}

function tableColumnName(table: TableModel | undefined, expression: string): string | undefined {
  const reference = table && readSheetRange(expression);
  if (!table || reference?.sheet === undefined || !expression.includes(":")) return undefined;
  const range = reference.range;
  const data = { top: table.range.top + 1, bottom: table.range.bottom };
  if (range.left !== range.right || range.top !== data.top || range.bottom !== data.bottom)
    return undefined;
  if (range.left < table.range.left || range.left > table.range.right) return undefined;
  return tableColumnRef(table.name, table.columns[range.left - table.range.left]);
}

/**
 * The template's colours (CHART_COLOURS), as the preview draws them: one a series, and one a point
 * in a column chart of one series.
 */
function coloured(kind: ChartModel["kind"], series: ChartModel["series"]): ChartModel["series"] {
  const colour = (i: number): string => CHART_COLOURS[i % CHART_COLOURS.length];
  return series.map((s, i) => ({
    ...s,
    colour: colour(i),
    pointColours:
      kind === "column" && series.length === 1 ? s.cache.map((_, j) => colour(j)) : undefined,
  }));
}

/**
 * A chart of the sheet as the template plan describes it (ChartPlan). By "Columns": category labels
 * in the first column, one series a further column. By "Rows": one series a row, named in the first
 * column, its categories (the years) from categoriesRange.
 */
function sheetChart(host: HyperFormulaHost, view: SheetView, chart: ChartPlan): ChartModel {
  const source = parseSheetRange(chart.sourceRange);
  const at = (col: number, row: number): HfCellValue =>
    host.hf.getCellValue({ sheet: view.id, col, row });
  const text = (value: HfCellValue): string =>
    value === null ? "" : typeof value === "object" ? value.value : String(value);
  const number = (value: HfCellValue): number | null => (typeof value === "number" ? value : null);
  const cellsOf = (range: RangeModel): Array<{ col: number; row: number }> => {
    const cells: Array<{ col: number; row: number }> = [];
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) cells.push({ col, row });
    }
    return cells;
  };
  const ref = (range: RangeModel) => absoluteRange(view.name, range);
  const series = (range: RangeModel, name?: string) => ({
    name,
    ref: ref(range),
    cache: cellsOf(range).map(({ col, row }) => number(at(col, row))),
    formatCode: host.format(formatCell(range.left, range.top), view.name).numberFormat,
  });
  let categories: RangeModel;
  let seriesList: ChartModel["series"];
  if (chart.seriesBy === "Rows") {
    categories = parseSheetRange(chart.categoriesRange ?? chart.sourceRange);
    seriesList = cellsOf({ ...source, right: source.left }).map(({ row }) =>
      series(
        { top: row, bottom: row, left: source.left + 1, right: source.right },
        text(at(source.left, row))
      )
    );
  } else {
    categories = { ...source, right: source.left };
    seriesList = cellsOf({ ...source, bottom: source.top, left: source.left + 1 }).map(({ col }) =>
      series({ top: source.top, bottom: source.bottom, left: col, right: col })
    );
  }
  const kind = chart.type === "Line" ? "line" : "column";
  return {
    kind,
    series: coloured(kind, seriesList),
    title: chart.title,
    categories: {
      ref: ref(categories),
      cache: cellsOf(categories).map(({ col, row }) => text(at(col, row))),
    },
    anchor: parseRange(`${chart.topLeft}:${chart.bottomRight}`),
    showLegend: chart.showLegend,
    showValues: chart.showValues,
  };
}

/** The input cells' rules the sheet's record keeps (CellFormat.validation), where the cells are now. */
function sheetValidations(view: SheetView): ValidationModel[] {
  const rules: ValidationModel[] = [];
  for (const [address, format] of view.formats) {
    const kept = format.validation;
    // A record read back from storage is checked only loosely: a rule without its parts is left out.
    if (!kept?.plan?.rule || typeof kept.address !== "string") continue;
    rules.push(validationModel(address, kept.plan, kept.address));
  }
  return rules;
}

function sheetModel(context: SheetContext): SheetModel {
  const { host, view } = context;
  const isActive = host.activeSheet === view;
  return {
    name: view.name,
    cells: sheetCells(context),
    columnWidths: Array.from(view.columnWidths, ([letter, points]) => ({
      col: columnIndex(letter),
      points,
    })),
    tables: context.table ? [context.table] : [],
    names: sheetNames(context),
    charts: view.charts.map((chart) => sheetChart(host, view, chart)),
    validations: sheetValidations(view),
    activeCell: isActive ? host.selection : undefined,
  };
}

/** The host's workbook (or the sheets asked for) as a model for the .xlsx writer. */
export function workbookFromHost(
  host: HyperFormulaHost,
  options: FromHostOptions = {}
): WorkbookModel {
  const translate = options.formula ?? ((formula: string) => formula);
  const rewrite = (formula: string): string => withFilePrefixes(translate(formula));
  const wanted = options.sheets ?? host.sheets.map((sheet) => sheet.name);
  const views = wanted.map((name) => host.sheet(name));
  // Tables and defined names share one namespace in Excel: a table takes a name no name uses.
  const tableNames = new Set<string>(
    [
      ...host.hf.listNamedExpressions(),
      ...views.flatMap((view) => host.hf.listNamedExpressions(view.id)),
    ].map((name) => name.toLowerCase())
  );
  const sheets = views.map((view) => {
    options.onSheet?.(view.name);
    const table = sheetTable(host, view, tableNames);
    return sheetModel({
      host,
      view,
      rewrite,
      spilled: options.spilled,
      table,
    });
  });
  const workbookNames: DefinedNameModel[] = host.hf.listNamedExpressions().map((name) => ({
    name,
    refersTo: (host.hf.getNamedExpression(name)?.expression ?? "").replace(/^=/, ""),
    sheetScoped: false,
  }));
  if (workbookNames.length > 0 && sheets.length > 0) {
    sheets[0] = { ...sheets[0], names: [...sheets[0].names, ...workbookNames] };
  }
  return { sheets, activeSheet: Math.max(0, views.indexOf(host.activeSheet)) };
}
