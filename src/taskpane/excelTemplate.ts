/**
 * Writes a TemplatePlan into a new sheet through an Excel request context: values, then the
 * company table, then the name over its revenue column, then the formulas, chart and layout, in
 * two round trips. Where Excel turns the name into a fixed range or refuses it, a third round trip
 * puts the structured reference in its place (tableNames.ts). A failure deletes the sheet it
 * added, found by the id loaded with the add, and nothing else.
 */
/* global Excel */
import {
  STYLES,
  tableColumnRange,
  uniqueSheetName,
  uniqueTableName,
  type CellPlan,
  type CellStyle,
  type ChartPlan,
  type NamePlan,
  type TemplatePlan,
} from "../template";
import { errorCode, toPaneError } from "./excelErrors";
import type { Cleanup } from "./host";
import { columnReference, followsTable, withNameReplaced } from "./tableNames";

/** The parts of the template that need more than ExcelApi 1.4: written where Excel has them. */
export interface OptionalParts {
  /** The inputs' data validation (ExcelApi 1.8). */
  readonly validation: boolean;
  /** The line chart's year labels (ChartAxis.setCategoryNames, ExcelApi 1.7). */
  readonly categoryNames: boolean;
}

function writeCell(sheet: Excel.Worksheet, cell: CellPlan, optional: OptionalParts): void {
  const range = sheet.getRange(cell.address);
  if (cell.validation && optional.validation) writeValidation(range, cell.validation);
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

function writeValidation(range: Excel.Range, validation: NonNullable<CellPlan["validation"]>) {
  const { rule, title, prompt, error } = validation;
  range.dataValidation.rule =
    rule.type === "custom"
      ? { custom: { formula: rule.formula } }
      : { [rule.type]: { formula1: rule.bound, operator: rule.operator } };
  range.dataValidation.prompt = { showPrompt: true, title, message: prompt };
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title, message: error };
}

function writeChart(sheet: Excel.Worksheet, plan: ChartPlan, optional: OptionalParts): void {
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.sourceRange), plan.seriesBy);
  chart.title.text = plan.title;
  chart.legend.visible = plan.showLegend;
  chart.dataLabels.showValue = plan.showValues;
  if (plan.categoriesRange && optional.categoryNames)
    chart.axes.categoryAxis.setCategoryNames(sheet.getRange(plan.categoriesRange));
  chart.setPosition(plan.topLeft, plan.bottomRight);
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
  tableName: string,
  optional: OptionalParts
): { sheet: Excel.Worksheet; table: Excel.Table } {
  const sheet = workbook.worksheets.add(sheetName);
  sheet.load("id");

  for (const cell of plan.cells) if (cell.formula === undefined) writeCell(sheet, cell, optional);

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
  optional: OptionalParts,
  formulaOf: (formula: string) => string = (formula) => formula
): void {
  for (const cell of plan.cells) {
    if (cell.formula !== undefined)
      writeCell(sheet, { ...cell, formula: formulaOf(cell.formula) }, optional);
  }
  for (const chart of plan.charts) writeChart(sheet, chart, optional);

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
  tableName: string,
  optional: OptionalParts
): QueuedTemplate {
  const { sheet, table } = queueSheetAndTable(workbook, plan, sheetName, tableName, optional);
  // The table's id, read-only, is there only when this load came back (a name set here would be).
  table.load("id");
  const names = plan.names.map((name) => {
    const item = sheet.names.add(name.name, `=${nameOperand(plan, name, tableName)}`, name.comment);
    item.load("formula");
    return { plan: name, item };
  });
  queueFormulasAndLayout(sheet, plan, optional);
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

/** The names that Excel refused (no formula came back) or kept as something else than the table. */
function namesOffTable(queued: QueuedTemplate, tableName: string): QueuedTemplate["names"] {
  return queued.names.filter(
    ({ item }) =>
      !followsTable(
        loaded(() => item.formula),
        tableName
      )
  );
}

/**
 * After a failed write: whether it was the names that Excel refused (office-js #1918), i.e.
 * everything before them ran (its load came back) and not every name was added. office.js
 * hands out the results of the actions that ran even when a later one fails.
 */
function namesRefused(queued: QueuedTemplate): boolean {
  if (loaded(() => queued.beforeNames.id) === undefined) return false;
  return queued.names.some(({ item }) => loaded(() => item.formula) === undefined);
}

/**
 * After a failed insertion: deletes the sheet that the insertion added, found by the id loaded
 * with the add, never by its name, so a sheet that someone else added meanwhile under that name
 * stays.
 */
async function removePartialSheet(
  context: Excel.RequestContext,
  queued: QueuedTemplate | undefined,
  sheetName: string,
  error: unknown
): Promise<Cleanup> {
  const id = queued && loaded(() => queued.sheet.id);
  if (id === undefined) return withoutId(context, sheetName, error);
  try {
    context.workbook.worksheets.getItem(id).delete();
    await context.sync();
    return "removed";
  } catch (error) {
    // Gone already (someone deleted it): nothing of ours is left.
    return errorCode(error) === "ItemNotFound" ? "nothing-written" : "failed";
  }
}

/**
 * Two round trips: one reads the names in use, one writes everything. Where Excel changed or
 * refused the name over the table column, one more writes its structured reference into the
 * formulas instead. On a failure, the sheet it added is deleted (one more round trip) and a
 * PaneError says why.
 */
export async function writeTemplate(
  context: Excel.RequestContext,
  plan: TemplatePlan,
  optional: OptionalParts
): Promise<string> {
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
    queued = queueTemplate(workbook, plan, sheetName, tableName, optional);
    await context.sync(); // round trip 2: everything written
  } catch (error) {
    if (!queued || !namesRefused(queued)) return rollBack(context, queued, sheetName, error);
    await writeWithoutNames(context, queued, plan, sheetName, tableName, optional); // round trip 3
    return sheetName;
  }
  const fixed = namesOffTable(queued, tableName);
  if (fixed.length > 0) {
    await replaceFixedNames(context, queued, plan, fixed, sheetName, tableName); // round trip 3
  }
  return sheetName;
}

/**
 * Excel refused a name (office-js #1918): the formulas, with the structured reference in
 * place of each name that is not there or not over the table, and the rest of the template.
 */
function writeWithoutNames(
  context: Excel.RequestContext,
  queued: QueuedTemplate,
  plan: TemplatePlan,
  sheetName: string,
  tableName: string,
  optional: OptionalParts
): Promise<void> {
  const off = namesOffTable(queued, tableName);
  return writeOrRollBack(context, queued, sheetName, () => {
    const sheet = sheetAgain(context, queued);
    // A name added before the refused one, but as a fixed range, goes too.
    for (const { plan: name, item } of off) {
      if (loaded(() => item.formula) !== undefined) sheet.names.getItem(name.name).delete();
    }
    const replace = withoutNames(
      plan,
      off.map((name) => name.plan),
      tableName
    );
    queueFormulasAndLayout(sheet, plan, optional, replace);
  });
}

/**
 * Excel kept a name as a fixed range (office-js #740), which would not follow rows added to
 * the table: its uses take the structured reference itself, and the name goes.
 */
function replaceFixedNames(
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
  return writeOrRollBack(context, queued, sheetName, () => {
    const sheet = sheetAgain(context, queued);
    for (const cell of plan.cells) {
      if (cell.formula === undefined) continue;
      const formula = replace(cell.formula);
      if (formula !== cell.formula) sheet.getRange(cell.address).formulas = [[formula]];
    }
    for (const { plan: name } of fixed) sheet.names.getItem(name.name).delete();
  });
}

/**
 * No id came back: the add did not run (office.js hands out the results of the actions that ran
 * before a failure), or this Excel sent no results with its error. A name taken meanwhile means
 * the add was refused; otherwise one look tells whether a sheet by that name is there, which is
 * then left alone, since it may be someone else's.
 */
async function withoutId(
  context: Excel.RequestContext,
  sheetName: string,
  error: unknown
): Promise<Cleanup> {
  if (errorCode(error) === "ItemAlreadyExists") return "nothing-written";
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    return sheet.isNullObject ? "nothing-written" : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * The template's sheet for a later round trip, asked for by the id that came back with the add
 * (it did: the names were reached): a fresh proxy, so nothing rests on a proxy from an earlier,
 * possibly failed, batch.
 */
function sheetAgain(context: Excel.RequestContext, queued: QueuedTemplate): Excel.Worksheet {
  return context.workbook.worksheets.getItem(queued.sheet.id);
}

/** Deletes the partial sheet (if any) and throws the error as a PaneError that says so. */
async function rollBack(
  context: Excel.RequestContext,
  queued: QueuedTemplate | undefined,
  sheetName: string,
  error: unknown
): Promise<never> {
  const cleanup = await removePartialSheet(context, queued, sheetName, error);
  throw toPaneError(error, { sheet: sheetName, cleanup });
}

/** One more round trip on the template's sheet; on failure the partial sheet goes. */
async function writeOrRollBack(
  context: Excel.RequestContext,
  queued: QueuedTemplate,
  sheetName: string,
  queue: () => void
): Promise<void> {
  try {
    queue();
    await context.sync();
  } catch (error) {
    await rollBack(context, queued, sheetName, error);
  }
}
