/**
 * The task pane's host in Excel: writes a TemplatePlan into a new sheet through Excel.run, and
 * writes example formulas into the selected cell. It translates the plan, it computes nothing.
 *
 * Requirement sets (checked with Office.context.requirements.isSetSupported before any write):
 * - insertTemplate: ExcelApi 1.4 (Worksheet.names / NamedItemCollection.add 1.4,
 *   RangeFormat.columnWidth 1.2; sheets, ranges, tables, charts, activate and select 1.1);
 * - insertFormula: ExcelApi 1.7 (Workbook.getActiveCell);
 * - recalculate: ExcelApi 1.1 (Application.calculate);
 * - makePortable: ExcelApi 1.7 (Worksheet.copy 1.7, getUsedRangeOrNullObject 1.4).
 */
/* global Excel, Office */
import {
  STYLES,
  tableColumnRange,
  uniqueSheetName,
  uniqueTableName,
  type CellPlan,
  type CellStyle,
  type NamePlan,
  type TemplatePlan,
} from "../template";
import { makeActiveSheetPortable } from "./excelPortable";
import {
  PaneError,
  type Cleanup,
  type PaneErrorReason,
  type PaneHost,
  type PortableMode,
  type PortableResult,
} from "./host";
import {
  columnReference,
  followsTable,
  structuredColumnReference,
  withNameReplaced,
} from "./tableNames";

export { structuredColumnReference } from "./tableNames";

/** The ExcelApi version each action needs. */
export const REQUIRED_EXCEL_API = {
  insertTemplate: "1.4",
  insertFormula: "1.7",
  recalculate: "1.1",
  makePortable: "1.7",
} as const;

/** What the host needs from Office: Excel.run and the requirement-set check (tests pass fakes). */
export interface ExcelEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office environment; only call it after Office.onReady. */
export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Excel's error code for "the workbook, sheet or cell is protected". */
const ACCESS_DENIED = "AccessDenied";

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function reasonFor(code: string | undefined): PaneErrorReason {
  switch (code) {
    case ACCESS_DENIED:
      return "protected";
    case "ApiNotFound":
    case "UnsupportedOperation":
      return "unsupported";
    case "InvalidOperationInCellEditMode":
      return "busy";
    default:
      return "failed";
  }
}

/** Any error from Excel.run as a PaneError the pane can explain. */
function toPaneError(error: unknown, details: Partial<PaneError["details"]> = {}): PaneError {
  if (error instanceof PaneError) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return new PaneError(reasonFor(code), message, { ...details, code });
}

function writeCell(sheet: Excel.Worksheet, cell: CellPlan): void {
  const range = sheet.getRange(cell.address);
  if (cell.formula !== undefined) range.formulas = [[cell.formula]];
  else if (cell.value !== undefined) range.values = [[cell.value]];
  if (cell.numberFormat !== undefined) range.numberFormat = [[cell.numberFormat]];
  const style: CellStyle = cell.style !== undefined ? STYLES[cell.style] : {};
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    range.format.horizontalAlignment = style.horizontalAlignment;
}

/** A property that a load delivered, or undefined where it was not (office.js throws then). */
function loaded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The proxies of a queued template whose loads tell, after the sync, how far Excel got. */
interface QueuedTemplate {
  /** The sheet added; its id (loaded with the add) identifies it for a rollback. */
  readonly sheet: Excel.Worksheet;
  /** Loaded just before the names are added: delivered when everything before them ran. */
  readonly beforeNames: Excel.Table;
  /** The names added, each with its formula loaded as Excel kept it. */
  readonly names: ReadonlyArray<{ readonly plan: NamePlan; readonly item: Excel.NamedItem }>;
}

/**
 * Queues the sheet, its values and the company table: everything the template's names refer to.
 * The sheet's id is loaded with the add, so a rollback deletes this sheet and no other.
 */
function queueSheetAndTable(
  workbook: Excel.Workbook,
  plan: TemplatePlan,
  sheetName: string,
  tableName: string
): { sheet: Excel.Worksheet; table: Excel.Table } {
  const sheet = workbook.worksheets.add(sheetName);
  sheet.load("id");

  for (const cell of plan.cells) if (cell.formula === undefined) writeCell(sheet, cell);

  const { table: tablePlan } = plan;
  const tableRange = sheet.getRange(tablePlan.range);
  tableRange.values = [[...tablePlan.headers], ...tablePlan.rows.map((row) => [...row])];
  const table = sheet.tables.add(tableRange, true);
  table.name = tableName;
  table.style = tablePlan.style;
  tablePlan.columnFormats.forEach((numberFormat, column) => {
    if (numberFormat === undefined) return;
    sheet.getRange(tableColumnRange(tablePlan, column)).numberFormat = tablePlan.rows.map(() => [
      numberFormat,
    ]);
  });
  return { sheet, table };
}

/** The structured reference that a name of the plan stands for (without "="). */
function nameOperand(plan: TemplatePlan, name: NamePlan, tableName: string): string {
  return columnReference(tableName, plan.table.headers[name.tableColumn]);
}

/** Queues the formulas (each through formulaOf), the chart, the widths, and shows the sheet. */
function queueFormulasAndLayout(
  sheet: Excel.Worksheet,
  plan: TemplatePlan,
  formulaOf: (formula: string) => string = (formula) => formula
): void {
  for (const cell of plan.cells) {
    if (cell.formula !== undefined) writeCell(sheet, { ...cell, formula: formulaOf(cell.formula) });
  }

  if (plan.chart) {
    const chart = sheet.charts.add(
      plan.chart.type,
      sheet.getRange(plan.chart.sourceRange),
      "Columns"
    );
    chart.title.text = plan.chart.title;
    chart.legend.visible = false;
    chart.dataLabels.showValue = true;
    chart.setPosition(plan.chart.topLeft, plan.chart.bottomRight);
  }

  for (const { column, points } of plan.columnWidths) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = points;
  }

  sheet.activate();
  sheet.getRange(plan.activeCell).select();
}

/**
 * Queues the whole template on a new sheet, in an order where every formula finds what it
 * refers to: values, then the table, then the names over the table, then the formulas.
 */
function queueTemplate(
  workbook: Excel.Workbook,
  plan: TemplatePlan,
  sheetName: string,
  tableName: string
): QueuedTemplate {
  const { sheet, table } = queueSheetAndTable(workbook, plan, sheetName, tableName);
  table.load("name");
  const names = plan.names.map((name) => {
    const reference = structuredColumnReference(tableName, plan.table.headers[name.tableColumn]);
    const item = sheet.names.add(name.name, reference, name.comment);
    item.load("formula");
    return { plan: name, item };
  });
  queueFormulasAndLayout(sheet, plan);
  return { sheet, beforeNames: table, names };
}

/** The formula with the uses of the given names replaced by their structured references. */
function withoutNames(
  plan: TemplatePlan,
  names: readonly NamePlan[],
  tableName: string
): (formula: string) => string {
  return (formula) =>
    names.reduce(
      (text, name) => withNameReplaced(text, name.name, nameOperand(plan, name, tableName)),
      formula
    );
}

/**
 * After a failed write: whether it was the names that Excel refused (office-js #1918), i.e.
 * everything before them ran (its load came back) and not every name was added. office.js
 * hands out the results of the actions that ran even when a later one fails.
 */
function namesRefused(queued: QueuedTemplate): boolean {
  if (queued.names.length === 0 || loaded(() => queued.beforeNames.name) === undefined)
    return false;
  return queued.names.some(({ item }) => loaded(() => item.formula) === undefined);
}

/**
 * After a failed insertion: deletes the sheet that the insertion added, found by the id loaded
 * with the add, never by its name, so a sheet that someone else added meanwhile under that name
 * stays. No id came back when the add itself did not run: then nothing was written.
 */
async function removePartialSheet(
  context: Excel.RequestContext,
  queued: QueuedTemplate | undefined
): Promise<Cleanup> {
  const id = queued && loaded(() => queued.sheet.id);
  if (id === undefined) return "nothing-written";
  try {
    context.workbook.worksheets.getItem(id).delete();
    await context.sync();
    return "removed";
  } catch (error) {
    // Gone already (someone deleted it): nothing of ours is left.
    return errorCode(error) === "ItemNotFound" ? "nothing-written" : "failed";
  }
}

export class ExcelHost implements PaneHost {
  readonly kind = "excel" as const;

  constructor(private readonly environment: ExcelEnvironment = officeEnvironment()) {}

  private require(action: keyof typeof REQUIRED_EXCEL_API): void {
    const version = REQUIRED_EXCEL_API[action];
    if (!this.environment.isSetSupported("ExcelApi", version)) {
      throw new PaneError("unsupported", `This version of Excel lacks ExcelApi ${version}.`, {
        requirementSet: `ExcelApi ${version}`,
      });
    }
  }

  /**
   * Two round trips: one reads the names in use, one writes everything. Where Excel changed or
   * refused the name over the table column, one more writes its structured reference into the
   * formulas instead. On a failure, the sheet it added is deleted (one more round trip) and a
   * PaneError says why.
   */
  async insertTemplate(plan: TemplatePlan): Promise<string> {
    this.require("insertTemplate");
    try {
      return await this.environment.run((context) => this.writeTemplate(context, plan));
    } catch (error) {
      throw toPaneError(error);
    }
  }

  private async writeTemplate(context: Excel.RequestContext, plan: TemplatePlan): Promise<string> {
    const { workbook } = context;
    const sheets = workbook.worksheets;
    const tables = workbook.tables;
    const names = workbook.names;
    sheets.load("items/name");
    tables.load("items/name");
    names.load("items/name");
    try {
      await context.sync(); // round trip 1: the names in use
    } catch (error) {
      throw toPaneError(error, { cleanup: "nothing-written" });
    }

    const sheetName = uniqueSheetName(
      plan.sheetName,
      sheets.items.map((sheet) => sheet.name)
    );
    // A table may take neither another table's name nor a defined name.
    const tableName = uniqueTableName(plan.table.name, [
      ...tables.items.map((table) => table.name),
      ...names.items.map((name) => name.name),
    ]);

    let queued: QueuedTemplate | undefined;
    try {
      queued = queueTemplate(workbook, plan, sheetName, tableName);
      await context.sync(); // round trip 2: everything written
    } catch (error) {
      if (!queued || !namesRefused(queued)) return this.rollBack(context, queued, sheetName, error);
      await this.writeWithoutNames(context, queued, plan, sheetName, tableName); // round trip 3
      return sheetName;
    }
    const fixed = queued.names.filter(({ item }) => !followsTable(item.formula, tableName));
    if (fixed.length > 0) {
      await this.replaceFixedNames(context, queued, plan, fixed, sheetName, tableName); // round trip 3
    }
    return sheetName;
  }

  /**
   * Excel refused the names (office-js #1918): the formulas, with each name's structured
   * reference in its place, and the rest of the template; any name added before goes too.
   */
  private writeWithoutNames(
    context: Excel.RequestContext,
    queued: QueuedTemplate,
    plan: TemplatePlan,
    sheetName: string,
    tableName: string
  ): Promise<void> {
    return this.writeOrRollBack(context, queued, sheetName, () => {
      for (const { item } of queued.names) {
        if (loaded(() => item.formula) !== undefined) item.delete();
      }
      queueFormulasAndLayout(queued.sheet, plan, withoutNames(plan, plan.names, tableName));
    });
  }

  /**
   * Excel kept a name as a fixed range (office-js #740), which would not follow rows added to
   * the table: its uses take the structured reference itself, and the name goes.
   */
  private replaceFixedNames(
    context: Excel.RequestContext,
    queued: QueuedTemplate,
    plan: TemplatePlan,
    fixed: QueuedTemplate["names"],
    sheetName: string,
    tableName: string
  ): Promise<void> {
    const replace = withoutNames(
      plan,
      fixed.map((name) => name.plan),
      tableName
    );
    return this.writeOrRollBack(context, queued, sheetName, () => {
      for (const cell of plan.cells) {
        if (cell.formula === undefined) continue;
        const formula = replace(cell.formula);
        if (formula !== cell.formula) queued.sheet.getRange(cell.address).formulas = [[formula]];
      }
      for (const { item } of fixed) item.delete();
    });
  }

  /** Deletes the partial sheet (if any) and throws the error as a PaneError that says so. */
  private async rollBack(
    context: Excel.RequestContext,
    queued: QueuedTemplate | undefined,
    sheetName: string,
    error: unknown
  ): Promise<never> {
    const cleanup = await removePartialSheet(context, queued);
    throw toPaneError(error, { sheet: sheetName, cleanup });
  }

  /** One more round trip on the template's sheet; on failure the partial sheet goes. */
  private async writeOrRollBack(
    context: Excel.RequestContext,
    queued: QueuedTemplate,
    sheetName: string,
    queue: () => void
  ): Promise<void> {
    try {
      queue();
      await context.sync();
    } catch (error) {
      await this.rollBack(context, queued, sheetName, error);
    }
  }

  /** Writes the formula into the active cell if it is empty; never overwrites what is there. */
  async insertFormula(formula: string): Promise<string> {
    this.require("insertFormula");
    try {
      return await this.environment.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load(["address", "formulas", "values"]);
        await context.sync();
        // A cell that another formula spills into has a value but no formula of its own.
        const held = [cell.formulas[0]?.[0], cell.values[0]?.[0]];
        if (held.some((content) => content !== "" && content !== null && content !== undefined)) {
          throw new PaneError("occupied", `${cell.address} is not empty.`, {
            address: cell.address,
          });
        }
        cell.formulas = [[formula]];
        await context.sync();
        return cell.address;
      });
    } catch (error) {
      throw toPaneError(error);
    }
  }

  async recalculate(): Promise<void> {
    this.require("recalculate");
    try {
      await this.environment.run(async (context) => {
        context.workbook.application.calculate("Full");
        await context.sync();
      });
    } catch (error) {
      throw toPaneError(error);
    }
  }

  /** Rewrites the active sheet's GPU.* formulas natively (src/taskpane/excelPortable.ts). */
  async makePortable(mode: PortableMode): Promise<PortableResult> {
    this.require("makePortable");
    try {
      return await this.environment.run((context) => makeActiveSheetPortable(context, mode));
    } catch (error) {
      throw toPaneError(error);
    }
  }
}

/** The Excel host over the real Office environment. */
export function createExcelHost(environment?: ExcelEnvironment): ExcelHost {
  return new ExcelHost(environment);
}
