/**
 * Displays cell values as Excel would: number formats are Excel's format codes read by numfmt
 * (MIT; ECMA-376 number formats with Excel's rules, General included), so that the preview shows
 *   "$"#,##0.0"B" → $200.0B      0.0% → 37.5%      0% → 50%      0.00 → 1.00
 * and Excel's General for cells without a format. Pure: no DOM, no HyperFormula.
 */
import { format, isPercentFormat } from "numfmt";

/** What a cell holds once evaluated, in the shapes HyperFormula's getCellValue returns. */
export type DisplayValue = number | string | boolean | null | undefined | { value: string };

const GENERAL = "General";

/**
 * Texts already worked out, per format code: a grid redraws the same values often (scrolling,
 * recalculation) and numfmt takes a few microseconds per call. Emptied when it grows large.
 */
const shown = new Map<string, Map<number, string>>();
const MAX_REMEMBERED = 20_000;
let remembered = 0;

function remember(numberFormat: string, value: number, text: string): string {
  if (remembered >= MAX_REMEMBERED) {
    shown.clear();
    remembered = 0;
  }
  let texts = shown.get(numberFormat);
  if (!texts) shown.set(numberFormat, (texts = new Map()));
  texts.set(value, text);
  remembered += 1;
  return text;
}

/** A format code numfmt cannot read is shown as General, as a cell without a format. */
function formatOrGeneral(numberFormat: string, value: number): string {
  try {
    return format(numberFormat, value);
  } catch {
    return format(GENERAL, value);
  }
}

/** A number in an Excel format code ("$200.0B", "37.5%", "-$25.0B"), General without one. */
export function formatNumber(value: number, numberFormat: string = GENERAL): string {
  return (
    shown.get(numberFormat)?.get(value) ??
    remember(numberFormat, value, formatOrGeneral(numberFormat, value))
  );
}

/** True for the error values HyperFormula returns (DetailedCellError: #VALUE!, #NUM!, ...). */
export function isErrorValue(value: unknown): value is { value: string; message?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { value?: unknown }).value === "string" &&
    (value as { value: string }).value.startsWith("#")
  );
}

/** What a cell shows: a formatted number, its text, TRUE/FALSE, the error code, or "". */
export function formatValue(value: DisplayValue, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, numberFormat);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isErrorValue(value)) return value.value;
  return String(value);
}

/** Whether a format code shows its number as a percentage (false for one numfmt cannot read). */
function isPercent(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  try {
    return isPercentFormat(numberFormat);
  } catch {
    return false;
  }
}

/**
 * What the formula bar and the cell editor show for a value that is not a formula: percentages
 * as "50%" in a percent-formatted cell (as Excel shows them), other numbers in full.
 */
export function editText(value: DisplayValue, numberFormat?: string): string {
  if (typeof value === "number") {
    const percent = isPercent(numberFormat);
    const text = String(Number((percent ? value * 100 : value).toPrecision(15)));
    return percent ? `${text}%` : text;
  }
  return formatValue(value, undefined);
}
