/**
 * The writer's check of names: every defined name and table name is one Excel accepts (the rule of
 * isValidTableName: a letter, _ or \ first, letters, digits, _ and . after, not a cell reference,
 * not TRUE or FALSE, at most 255 characters), a table's name is used by no defined name, a defined
 * name is used once in its scope (case ignored), a table's columns have names of their own, and
 * what a name refers to is a formula within Excel's limits.
 */
import { EXCEL_LIMITS } from "../engine/excelLimits";
import { isValidTableName } from "../template/sheetNames";
import { checkFormula } from "./formulaLimits";
import type { TableModel, WorkbookModel } from "./model";
import { REFUSAL, refuse } from "./refusal";

/** Excel's built-in names (_xlnm.Print_Area…) are written with their prefix. */
const BUILT_IN = /^_xlnm\.[A-Za-z_]+$/;

function checkColumns(table: TableModel): void {
  const width = table.range.right - table.range.left + 1;
  const keys = new Set(table.columns.map((name) => name.toLowerCase()));
  const fits = table.columns.every(
    (name) => name.length > 0 && name.length <= EXCEL_LIMITS.definedName
  );
  if (table.columns.length !== width || keys.size !== width || !fits) {
    refuse(REFUSAL.tableColumns(table.name));
  }
}

/** Throws a WorkbookRefusal at the first name Excel would not accept. */
export function checkNames(model: WorkbookModel): void {
  const tables = new Set<string>();
  for (const table of model.sheets.flatMap((sheet) => sheet.tables)) {
    if (!isValidTableName(table.name)) refuse(REFUSAL.name("table", table.name));
    const key = table.name.toLowerCase();
    if (tables.has(key)) refuse(REFUSAL.sameName(table.name));
    tables.add(key);
    checkColumns(table);
  }
  const scoped = new Set<string>();
  model.sheets.forEach((sheet, index) => {
    for (const name of sheet.names) {
      if (!isValidTableName(name.name) && !BUILT_IN.test(name.name)) {
        refuse(REFUSAL.name("name", name.name));
      }
      const key = name.name.toLowerCase();
      const scopeKey = `${name.sheetScoped ? index : "workbook"}:${key}`;
      if (tables.has(key) || scoped.has(scopeKey)) refuse(REFUSAL.sameName(name.name));
      scoped.add(scopeKey);
      checkFormula(`${name.name}`, name.refersTo);
    }
  });
}
