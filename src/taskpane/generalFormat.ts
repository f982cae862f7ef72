/**
 * Numbers as Excel's General format shows them in a column of the standard width: at most 11
 * characters (the sign and the decimal point included), rounded, trailing zeros dropped; in
 * scientific form (1.23457E+11) when the plain form would not fit or would keep fewer digits.
 * The pane shows its examples' results this way, as the cell they are inserted into will.
 */

const WIDTH = 11;

/** 123456789012 → "1.23457E+11", 0.0000123 → "1.23E-05". */
function scientific(value: number): string {
  const [mantissa, exponent] = value.toExponential().split("e");
  const sign = exponent.startsWith("-") ? "-" : "+";
  const digits = exponent.replace(/^[-+]/, "").padStart(2, "0");
  const room = WIDTH - (value < 0 ? 1 : 0) - 2 - 4; // "d." and "E+dd"
  const rounded = Number(mantissa)
    .toFixed(Math.max(0, room))
    .replace(/\.?0+$/, "");
  if (Math.abs(Number(rounded)) >= 10) return scientific(Number(`${rounded}e${exponent}`));
  return `${rounded}E${sign}${digits}`;
}

/** The plain form within the width, or undefined where the integer part alone is too long. */
function plain(value: number): string | undefined {
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  const room = WIDTH - (value < 0 ? 1 : 0) - integerDigits;
  if (room < 0) return undefined;
  const decimals = Math.max(0, room - 1); // the point takes one character
  const text = value.toFixed(decimals);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed.replace(/^-0$/, "0");
}

const significant = (text: string): number =>
  text.replace(/E.*$/, "").replace(/[-.]/g, "").replace(/^0+/, "").length;

/** A number as Excel's General format shows it: 0.8561643835616438 → "0.856164384". */
export function generalText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const fixed = plain(value);
  const sci = scientific(value);
  if (fixed === undefined || fixed === "0" || fixed === "-0") return sci;
  return significant(fixed) < significant(sci) ? sci : fixed;
}

/** A result text whose leading number is shown as General: "0.8561643835616438: …" → "0.856164384: …". */
export function withGeneralNumber(text: string): string {
  return text.replace(/^-?\d+(\.\d+)?(?![\d,])/, (number) => generalText(Number(number)));
}
