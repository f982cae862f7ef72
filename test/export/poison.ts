/**
 * Exported files made to prove a recalculation: every formula's cached value replaced by 999999
 * (so only a real recalculation shows the right figure), and a typed number changed in a part.
 * Shared by the LibreOffice suites (libreoffice.test.ts, debate.libreoffice.test.ts).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const POISON = "999999";
export const FIRST_SHEET = "xl/worksheets/sheet1.xml";

/** The file with one part rewritten. */
export function editPart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string
): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}

/** Every formula's cached value replaced by 999999 in every worksheet (text results as numbers). */
export function poisoned(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let count = 0;
  for (const part of Object.keys(files).filter((p) => p.startsWith("xl/worksheets/sheet"))) {
    const xml = strFromU8(files[part]).replace(/(<f[^>]*>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_, f) => {
      count++;
      return `${f}<v>${POISON}</v>`;
    });
    files[part] = strToU8(xml.replace(/<c ([^>]*) t="(str|e|b)"><f/g, "<c $1><f"));
  }
  if (count === 0) throw new Error("No cached value to poison");
  return zipSync(files);
}

/** A plain number typed into a value cell that is already written. */
export function setNumber(xml: string, address: string, value: number): string {
  const pattern = new RegExp(`(<c r="${address}"[^>]*>)<v>[^<]*</v>`);
  if (!pattern.test(xml)) throw new Error(`No value cell ${address}`);
  return xml.replace(pattern, `$1<v>${value}</v>`);
}
