/**
 * "Make this sheet portable" in Excel: reads the active sheet's formulas, rewrites the GPU.* ones
 * through the translator (src/engine/portable/translate.ts) and writes only those cells back.
 *
 * Office.js writes clear Excel's undo stack, so by default the formulas are rewritten on a copy of
 * the sheet (Worksheet.copy, ExcelApi 1.7) and the original keeps its GPU.* formulas; the pane asks
 * before it writes in place. The copy's own formulas are translated, not the original's: Excel
 * renames the copied tables and adjusts the structured references that point at them.
 *
 * context.sync round trips: 1 when the sheet has no GPU.* formula (nothing is written);
 * in place 2 (read, write); on a copy 3 (read, copy and read the copy, write).
 */
/* global Excel */
import {
  translateCells,
  type FormulaCell,
  type SheetTranslation,
} from "../engine/portable/translate";
import { formatCell, parseSheetRange } from "../engine/a1";
import type { PortableMode, PortableResult } from "./host";

/** The formula cells of a used range, by A1 address ("Sheet1!B2:C3" starts at B2). */
export function formulaCells(
  address: string,
  formulas: readonly (readonly unknown[])[]
): FormulaCell[] {
  const { left, top } = parseSheetRange(address);
  const cells: FormulaCell[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula === "string" && formula.startsWith("=")) {
        cells.push({ address: formatCell(left + c, top + r), formula });
      }
    })
  );
  return cells;
}

/** The translation of a used range as loaded (address and formulas), or of nothing. */
function translateUsed(used: {
  isNullObject: boolean;
  address: string;
  formulas: unknown[][];
}): SheetTranslation {
  return used.isNullObject
    ? { converted: [], untranslated: [] }
    : translateCells(formulaCells(used.address, used.formulas));
}

function writeFormulas(sheet: Excel.Worksheet, translation: SheetTranslation): void {
  for (const cell of translation.converted) {
    sheet.getRange(cell.address).formulas = [[cell.formula]];
  }
}

/** Runs "Make this sheet portable" in one Excel.run batch's context. */
export async function makeActiveSheetPortable(
  context: Excel.RequestContext,
  mode: PortableMode
): Promise<PortableResult> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["address", "formulas"]);
  await context.sync(); // round trip 1: the active sheet's formulas
  const original = translateUsed(used);
  const source = sheet.name;
  if (original.converted.length === 0) {
    return { sheet: source, source, converted: 0, untranslated: original.untranslated };
  }
  if (mode === "in-place") {
    writeFormulas(sheet, original);
    await context.sync(); // round trip 2: the native formulas written
    return {
      sheet: source,
      source,
      converted: original.converted.length,
      untranslated: original.untranslated,
    };
  }
  const copy = sheet.copy("After", sheet);
  copy.load("name");
  const copiedUsed = copy.getUsedRangeOrNullObject(true);
  copiedUsed.load(["address", "formulas"]);
  await context.sync(); // round trip 2: the copy made, its formulas read
  const translation = translateUsed(copiedUsed);
  writeFormulas(copy, translation);
  copy.activate();
  try {
    await context.sync(); // round trip 3: the native formulas written on the copy
  } catch (error) {
    copy.delete(); // nothing half-converted stays behind
    await context.sync().catch(() => undefined);
    throw error;
  }
  return {
    sheet: copy.name,
    source,
    converted: translation.converted.length,
    untranslated: translation.untranslated,
  };
}
