/**
 * One worksheet part: its cells (values, formulas with their cached values, styles), column widths,
 * the selection, and the references to its drawing and table parts, in CT_Worksheet's order.
 */
import { formatCell, formatRange } from "../engine/a1";
import { isErrorValue, type CellModel, type SheetModel, type ValidationModel } from "./model";
import type { SharedStrings } from "./sharedStrings";
import type { StyleSheet } from "./styles";
import { el, NS, textEl, XML_DECLARATION } from "./xml";

/** Excel's maximum digit width of 11 pt Calibri, in pixels: column widths count in these. */
const DIGIT_PX = 7;

/** A width in points → Excel's column width unit (characters of the maximum digit width). */
export function columnWidthUnits(points: number): number {
  const px = (points * 4) / 3;
  return Math.floor((px / DIGIT_PX) * 256) / 256;
}

/** A number as the file writes it: shortest round-trip text, never -0; never Infinity or NaN. */
export function numberText(value: number): string {
  // checkWorkbook refuses such a model first; this guards any other caller.
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${String(value)}`);
  return Object.is(value, -0) ? "0" : String(value);
}

function cellXml(cell: CellModel, strings: SharedStrings, styles: StyleSheet): string {
  const style = styles.index(cell.numberFormat, cell.style);
  const s = style === 0 ? undefined : style;
  const r = formatCell(cell.col, cell.row);
  const value = cell.value;
  const arrayRef = cell.arrayRange === undefined ? undefined : formatRange(cell.arrayRange);
  const formula =
    cell.formula === undefined
      ? undefined
      : textEl("f", { t: arrayRef && "array", ref: arrayRef }, cell.formula);
  if (formula !== undefined) {
    // A formula keeps its last computed value, typed: str, b, e or a number.
    if (value === null || value === "") return el("c", { r, s }, formula);
    if (typeof value === "number")
      return el("c", { r, s }, formula, el("v", {}, numberText(value)));
    if (typeof value === "boolean")
      return el("c", { r, s, t: "b" }, formula, el("v", {}, value ? "1" : "0"));
    if (isErrorValue(value))
      return el("c", { r, s, t: "e" }, formula, textEl("v", {}, value.error));
    return el("c", { r, s, t: "str" }, formula, textEl("v", {}, value));
  }
  if (value === null || value === "") return el("c", { r, s });
  if (typeof value === "number") return el("c", { r, s }, el("v", {}, numberText(value)));
  if (typeof value === "boolean") return el("c", { r, s, t: "b" }, el("v", {}, value ? "1" : "0"));
  if (isErrorValue(value)) return el("c", { r, s, t: "e" }, textEl("v", {}, value.error));
  return el("c", { r, s, t: "s" }, el("v", {}, String(strings.index(value))));
}

function rowsXml(
  cells: readonly CellModel[],
  strings: SharedStrings,
  styles: StyleSheet
): string[] {
  const byRow = new Map<number, CellModel[]>();
  for (const cell of cells) {
    const row = byRow.get(cell.row) ?? [];
    row.push(cell);
    byRow.set(cell.row, row);
  }
  return Array.from(byRow.keys())
    .sort((a, b) => a - b)
    .map((row) => {
      const inRow = (byRow.get(row) as CellModel[]).sort((a, b) => a.col - b.col);
      return el("row", { r: row + 1 }, ...inRow.map((cell) => cellXml(cell, strings, styles)));
    });
}

function dimension(cells: readonly CellModel[]): string {
  if (cells.length === 0) return "A1";
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return `${formatCell(left, top)}:${formatCell(right, bottom)}`;
}

/** CT_DataValidation: the rule's attributes, then formula1. Blank is allowed (the check cell names it). */
function validationXml(validation: ValidationModel): string {
  return el(
    "dataValidation",
    {
      type: validation.type,
      operator: validation.type === "custom" ? undefined : validation.operator,
      allowBlank: true,
      showInputMessage: true,
      showErrorMessage: true,
      errorTitle: validation.title,
      error: validation.error,
      promptTitle: validation.title,
      prompt: validation.prompt,
      sqref: formatRange(validation.range),
    },
    textEl("formula1", {}, validation.formula)
  );
}

export interface WorksheetParts {
  /** The relationship id of the sheet's drawing, if it has charts. */
  readonly drawingRelId?: string;
  /** The relationship ids of its table parts, in the order of sheet.tables. */
  readonly tableRelIds: readonly string[];
  readonly selected: boolean;
}

export function worksheetXml(
  sheet: SheetModel,
  parts: WorksheetParts,
  strings: SharedStrings,
  styles: StyleSheet
): string {
  const widths = [...sheet.columnWidths].sort((a, b) => a.col - b.col);
  const active = sheet.activeCell ?? "A1";
  const validations = sheet.validations ?? [];
  return (
    XML_DECLARATION +
    el(
      "worksheet",
      { xmlns: NS.main, "xmlns:r": NS.r },
      el("dimension", { ref: dimension(sheet.cells) }),
      el(
        "sheetViews",
        {},
        el(
          "sheetView",
          { tabSelected: parts.selected || undefined, workbookViewId: 0 },
          el("selection", { activeCell: active, sqref: active })
        )
      ),
      el("sheetFormatPr", { defaultRowHeight: 15 }),
      widths.length > 0 &&
        el(
          "cols",
          {},
          ...widths.map((w) =>
            el("col", {
              min: w.col + 1,
              max: w.col + 1,
              width: columnWidthUnits(w.points),
              customWidth: true,
            })
          )
        ),
      el("sheetData", {}, ...rowsXml(sheet.cells, strings, styles)),
      validations.length > 0 &&
        el("dataValidations", { count: validations.length }, ...validations.map(validationXml)),
      el("pageMargins", {
        left: 0.7,
        right: 0.7,
        top: 0.75,
        bottom: 0.75,
        header: 0.3,
        footer: 0.3,
      }),
      parts.drawingRelId !== undefined && el("drawing", { "r:id": parts.drawingRelId }),
      parts.tableRelIds.length > 0 &&
        el(
          "tableParts",
          { count: parts.tableRelIds.length },
          ...parts.tableRelIds.map((id) => el("tablePart", { "r:id": id }))
        )
    )
  );
}
