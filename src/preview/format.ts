/**
 * Displays cell values as Excel would with the few number formats the template uses:
 *   "$"#,##0.0"B"  → $200.0B      0.0% → 37.5%      0% → 50%      0.00 → 1.00
 * and Excel's General format for cells without one. Pure: no DOM, no HyperFormula.
 */

/** What a cell holds once evaluated, in the shapes HyperFormula's getCellValue returns. */
export type DisplayValue = number | string | boolean | null | undefined | { value: string };

interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly decimals: number;
  readonly minIntegerDigits: number;
  readonly thousands: boolean;
  readonly percent: boolean;
}

const patterns = new Map<string, NumberPattern | null>();

/**
 * Parses a format's first section: literals in quotes or after \, the symbols $ - + ( ) : space
 * and % as themselves, and one digit placeholder run such as #,##0.0. Null when it has none.
 */
export function parseNumberFormat(format: string): NumberPattern | null {
  const cached = patterns.get(format);
  if (cached !== undefined) return cached;
  const section = splitSections(format)[0];
  let prefix = "";
  let suffix = "";
  let placeholder = "";
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal = "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end === -1 ? section.length : end);
      i = end === -1 ? section.length : end;
    } else if (ch === "\\") {
      literal = section[i + 1] ?? "";
      i += 1;
    } else if (/[#0,.]/.test(ch) && (placeholder === "" || suffix === "")) {
      placeholder += ch;
      continue;
    } else if (ch === "%") {
      percent = true;
      literal = "%";
    } else if (/[$\-+():/ ]/.test(ch)) {
      literal = ch;
    } else {
      continue; // colours, conditions and other codes the template never uses
    }
    if (placeholder === "") prefix += literal;
    else suffix += literal;
  }
  let pattern: NumberPattern | null = null;
  if (/[#0]/.test(placeholder)) {
    const [integerPart, decimalPart = ""] = placeholder.split(".");
    pattern = {
      prefix,
      suffix,
      decimals: (decimalPart.match(/[#0]/g) ?? []).length,
      minIntegerDigits: (integerPart.match(/0/g) ?? []).length,
      thousands: integerPart.includes(","),
      percent,
    };
  }
  patterns.set(format, pattern);
  return pattern;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i += 1;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A number in a format: "$200.0B", "37.5%", "-$25.0B" (the sign goes first, as Excel puts it). */
export function formatNumber(value: number, format?: string): string {
  const pattern = format ? parseNumberFormat(format) : null;
  if (!pattern) return formatGeneral(value);
  const scaled = pattern.percent ? value * 100 : value;
  const rounded = Math.abs(scaled).toFixed(pattern.decimals);
  const negative = scaled < 0 && Number(rounded) !== 0;
  let [integer, fraction = ""] = rounded.split(".");
  integer = integer.replace(/^0+/, "");
  if (integer.length < pattern.minIntegerDigits) {
    integer = integer.padStart(pattern.minIntegerDigits, "0");
  }
  if (pattern.thousands) integer = groupThousands(integer);
  const number = fraction ? `${integer}.${fraction}` : integer;
  return `${negative ? "-" : ""}${pattern.prefix}${number}${pattern.suffix}`;
}

/** Excel's General format: up to 11 characters, then scientific notation. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - integerDigits);
  return String(Number(value.toFixed(decimals)));
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
export function formatValue(value: DisplayValue, format?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isErrorValue(value)) return value.value;
  return String(value);
}

/**
 * What the formula bar and the cell editor show for a value that is not a formula: percentages
 * as "50%" in a percent-formatted cell (as Excel shows them), other numbers in full.
 */
export function editText(value: DisplayValue, format?: string): string {
  if (typeof value === "number") {
    const pattern = format ? parseNumberFormat(format) : null;
    const shown = pattern?.percent ? value * 100 : value;
    const text = String(Number(shown.toPrecision(15)));
    return pattern?.percent ? `${text}%` : text;
  }
  return formatValue(value, undefined);
}
