/**
 * Reading back what the exporter wrote: the zip's parts as text, parsed with @xmldom/xmldom, and
 * the cells of a worksheet part by address.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export type Parts = Record<string, string>;

/** Every file this test file's writer produced and read back (readParts), for validateWritten. */
const written: Parts[] = [];

/** A written file's parts as text; it is kept for the schema check at the end of the test file. */
export function readParts(bytes: Uint8Array): Parts {
  const parts = readAnyParts(bytes);
  written.push(parts);
  return parts;
}

/** Parts of a file some other program wrote (LibreOffice's copy): not ours to validate. */
export function readAnyParts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The files read back so far by this test file. */
export function writtenFiles(): readonly Parts[] {
  return written;
}

export function parseXml(xml: string): Element {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  return document.documentElement as unknown as Element;
}

/** The local names of an element's child elements, in document order. */
export function childNames(element: Element): string[] {
  const names: string[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) names.push((node as Element).localName as string);
  }
  return names;
}

/** Every descendant element with this local name. */
export function descendants(element: Element, localName: string): Element[] {
  return Array.from(element.getElementsByTagNameNS("*", localName)) as unknown as Element[];
}

export function child(element: Element, localName: string): Element | undefined {
  return descendants(element, localName).find((e) => e.parentNode === element);
}

export interface WrittenCell {
  readonly type: string | null;
  readonly style: number;
  readonly formula?: string;
  readonly value?: string;
}

/** The cells of a worksheet part by address ("B12"). */
export function worksheetCells(sheetXml: string): Map<string, WrittenCell> {
  const cells = new Map<string, WrittenCell>();
  for (const c of descendants(parseXml(sheetXml), "c")) {
    const f = child(c, "f");
    const v = child(c, "v");
    cells.set(c.getAttribute("r") as string, {
      type: c.getAttribute("t"),
      style: Number(c.getAttribute("s") ?? 0),
      formula: f?.textContent ?? undefined,
      value: v?.textContent ?? undefined,
    });
  }
  return cells;
}

/** The shared strings, by index. */
export function sharedStrings(parts: Parts): string[] {
  return descendants(parseXml(parts["xl/sharedStrings.xml"]), "si").map(
    (si) => si.textContent ?? ""
  );
}

/** True when `names` keeps the relative order of `sequence` (each name in it, in its order). */
export function followsSequence(names: readonly string[], sequence: readonly string[]): boolean {
  let position = -1;
  for (const name of names) {
    const index = sequence.indexOf(name);
    if (index === -1 || index < position) return false;
    position = index;
  }
  return true;
}

/** ST_Xstring's escapes undone (ECMA-376 Part 1 §22.9.2.19): "_x0001_" → U+0001, "_x005F_x0041_" → "_x0041_". */
export function decodeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
