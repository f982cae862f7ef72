/**
 * How one cell looks: its text (the number format applied), its alignment, and the template's
 * style taken from STYLES (src/template/plan.ts), the one description both hosts use. Styles are
 * set through the element's style object (CSSOM), which the page's Content-Security-Policy allows.
 */
import { STYLES } from "../../template/styles";
import type { CellStyle } from "../../template/types";
import { formatValue, isErrorValue, type DisplayValue } from "../format";
import type { Language } from "../../engine";
import { messageIn } from "../errorMessages";
import type { CellFormat } from "../sheetRecord";

/** The table's part of a cell: its header row, a banded row, a plain row, or outside it. */
export type TableRole = "table-header" | "table-band" | "table-row" | undefined;

export interface CellLook {
  readonly text: string;
  /** The CSS classes: the value's kind, the table's part, the alignment. */
  readonly className: string;
  readonly style?: CellStyle;
  /** The error's code and message, for the tooltip and the status bar. */
  readonly error?: string;
  /** Text that may run on over empty cells to its right (left-aligned text). */
  readonly overflows: boolean;
}

export function valueKind(value: DisplayValue): string {
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "logical";
  if (isErrorValue(value)) return "error";
  if (typeof value === "string" && value !== "") return "text";
  return "empty";
}

/** An error's code and message, the message in the language (errorMessages.ts). */
export function errorText(value: DisplayValue, language: Language = "en"): string | undefined {
  if (!isErrorValue(value)) return undefined;
  return value.message ? `${value.value} ${messageIn(value.message, language)}` : value.value;
}

export function cellLook(
  value: DisplayValue,
  format: CellFormat,
  table: TableRole,
  language: Language = "en"
): CellLook {
  const style = format.style ? STYLES[format.style] : undefined;
  const kind = valueKind(value);
  const classes = ["cell", kind];
  if (table) classes.push(table);
  if (style?.horizontalAlignment) classes.push(`align-${style.horizontalAlignment.toLowerCase()}`);
  return {
    text: formatValue(value, format.numberFormat),
    className: classes.join(" "),
    style,
    error: errorText(value, language),
    overflows: kind === "text" && !style?.horizontalAlignment,
  };
}

const pointsToPx = (points: number) => `${Math.round((points * 4) / 3)}px`;

/** Applies a template style to an element (and clears what another style had set). */
export function applyStyle(element: HTMLElement, style: CellStyle | undefined): void {
  const s = element.style;
  s.fontWeight = style?.bold ? "bold" : "";
  s.fontStyle = style?.italic ? "italic" : "";
  s.fontSize = style?.fontSize ? pointsToPx(style.fontSize) : "";
  s.color = style?.fontColor ?? "";
  s.backgroundColor = style?.fill ?? "";
}
