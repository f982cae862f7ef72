/**
 * The little XML this writer needs: escaped text and attributes, elements written in the order
 * the caller gives (the OOXML schemas fix that order, so each part lists its children in sequence).
 *
 * Text is escaped as ECMA-376 Part 1 escapes ST_Xstring (§22.9.2.19), as Excel does: a character
 * XML 1.0 cannot hold (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF, a lone
 * surrogate) is written _xHHHH_, and a literal "_xHHHH_" in the text has its underscore written
 * _x005F_ so that a reader does not decode it. A carriage return is written &#13; (a parser would
 * turn a raw one into a line feed), and in attributes tab and line feed are written &#9; and &#10;
 * too (a parser turns raw ones into spaces). DrawingML's own text (a:t, xsd:string) has no such
 * escape: there the characters XML forbids are left out ("plain").
 */

/** Characters XML 1.0 forbids, lone surrogates included. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A literal escape sequence in a user's text. */
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

const hex4 = (ch: string): string => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** True when the text holds a character XML 1.0 cannot hold. */
export function hasForbiddenCharacter(text: string): boolean {
  return text.search(FORBIDDEN) !== -1;
}

/** How free text is written: ST_Xstring's _xHHHH_ escapes, or plain (forbidden characters left out). */
export type TextKind = "xstring" | "plain";

function markup(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;");
}

/** Element text: &, <, >, ", ' and CR escaped; forbidden characters as _xHHHH_ (or left out). */
export function escapeXml(text: string, kind: TextKind = "xstring"): string {
  const safe =
    kind === "xstring"
      ? text.replace(LITERAL_ESCAPE, "_x005F_$1").replace(FORBIDDEN, (ch) => `_x${hex4(ch)}_`)
      : text.replace(FORBIDDEN, "");
  return markup(safe);
}

/** An attribute value: as element text, and tab and line feed as character references. */
export function escapeAttribute(text: string, kind: TextKind = "xstring"): string {
  return escapeXml(text, kind).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** True when a reader must be told to keep the text's spaces: at either end, or a line break or tab. */
export function needsPreserve(text: string): boolean {
  return /^[ \t\r\n]|[ \t\r\n]$|[\t\r\n]/.test(text);
}

export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

function attributes(attrs: Attributes, kind: TextKind): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
    out += ` ${name}="${escapeAttribute(text, kind)}"`;
  }
  return out;
}

/** An element with its attributes and children (already XML), self-closed when it has none. */
export function el(
  name: string,
  attrs: Attributes = {},
  ...children: ReadonlyArray<string | false | undefined>
): string {
  const inner = children.filter((child): child is string => typeof child === "string").join("");
  return inner === ""
    ? `<${name}${attributes(attrs, "xstring")}/>`
    : `<${name}${attributes(attrs, "xstring")}>${inner}</${name}>`;
}

/** An empty element whose attributes are DrawingML's plain strings (no _xHHHH_ escapes). */
export function plainEl(name: string, attrs: Attributes): string {
  return `<${name}${attributes(attrs, "plain")}/>`;
}

/** An element holding text (ST_Xstring escapes unless kind is "plain", for DrawingML's text). */
export function textEl(
  name: string,
  attrs: Attributes,
  text: string,
  kind: TextKind = "xstring"
): string {
  return `<${name}${attributes(attrs, kind)}>${escapeXml(text, kind)}</${name}>`;
}

/** A text element that keeps its spaces and line breaks (xml:space="preserve" where needed). */
export function spacedTextEl(name: string, text: string, kind: TextKind = "xstring"): string {
  return textEl(name, { "xml:space": needsPreserve(text) ? "preserve" : undefined }, text, kind);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  theme: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
} as const;
