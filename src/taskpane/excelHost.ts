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

/**
 * A structured reference to one table column: =Table[[AI revenue ($B)]]. In a column name
 * [ ] # ' and @ are escaped with ', as Excel requires.
 */
export function structuredColumnReference(table: string, column: string): string {
  return `=${table}[[${column.replace(/[[\]#'@]/g, "'$&")}]]`;
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

/**
 * Queues the whole template on a new sheet, in an order where every formula finds what it
 * refers to: values, then the table, then the names over the table, then the formulas.
 */
function queueTemplate(
  workbook: Excel.Workbook,
  plan: TemplatePlan,
  sheetName: string,
  tableName: string
): void {
  const sheet = workbook.worksheets.add(sheetName);

  const formulaCells = plan.cells.filter((cell) => cell.formula !== undefined);
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

  for (const name of plan.names) {
    const header = tablePlan.headers[name.tableColumn];
    sheet.names.add(name.name, structuredColumnReference(tableName, header), name.comment);
  }

  for (const cell of formulaCells) writeCell(sheet, cell);

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
 * After a failed insertion: deletes the sheet that the insertion added, if it got that far.
 * The name was free when the insertion began, so a sheet by that name is the partial one.
 */
async function removePartialSheet(
  context: Excel.RequestContext,
  sheetName: string
): Promise<Cleanup> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const partial = sheets.items.find((sheet) => sheet.name === sheetName);
    if (!partial) return "nothing-written";
    partial.delete();
    await context.sync();
    return "removed";
  } catch {
    return "failed";
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
   * Two round trips: one reads the names in use, one writes everything. On a failure, the sheet
   * it added is deleted (extra round trips on that path only) and a PaneError says why.
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

    try {
      queueTemplate(workbook, plan, sheetName, tableName);
      await context.sync(); // round trip 2: everything written
    } catch (error) {
      // "ItemAlreadyExists": someone took the name meanwhile; that sheet is not ours to delete.
      const cleanup: Cleanup =
        errorCode(error) === "ItemAlreadyExists"
          ? "nothing-written"
          : await removePartialSheet(context, sheetName);
      throw toPaneError(error, { sheet: sheetName, cleanup });
    }
    return sheetName;
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
