/**
 * Excel's rules for sheet and table names, and how a host picks a new name that touches nothing
 * the user already has. Lengths count UTF-16 code units, as Excel does; a cut never splits a
 * character made of two code units.
 */
import { isLogicalName, readsAsCell, readsAsR1C1 } from "../engine/a1";

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;
/** Excel's limit on a table (or defined) name's length. */
export const MAX_TABLE_NAME_LENGTH = 255;
/** Excel keeps this sheet name for itself (the change history), in any case. */
const RESERVED_SHEET_NAME = "history";
const FORBIDDEN_SHEET_CHARACTER = /[:\\/?*[\]]/;
const FORBIDDEN_SHEET_CHARACTERS = /[:\\/?*[\]]/g;
/** Whitespace and apostrophes at either end (a sheet name may not start or end with '). */
const LOOSE_ENDS = /^[\s']+|[\s']+$/g;
const LOOSE_END = /[\s']+$/;

/** The name cut to at most max UTF-16 code units, never in the middle of a surrogate pair. */
function truncate(name: string, max: number): string {
  let end = max;
  const last = name.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate whose partner would be cut off
  return name.slice(0, end);
}

/** Every form Excel may treat as the same name (it ignores case). */
function nameKeys(name: string): string[] {
  return [name.toLowerCase(), name.toUpperCase()];
}

/** The names already taken, in every case form, for collision checks. */
function takenKeys(existing: Iterable<string>): Set<string> {
  const taken = new Set<string>();
  for (const name of existing) for (const key of nameKeys(name)) taken.add(key);
  return taken;
}

function isTaken(name: string, taken: ReadonlySet<string>): boolean {
  return nameKeys(name).some((key) => taken.has(key));
}

/** True when Excel accepts the name for a sheet (length, characters, no leading or trailing '). */
export function isValidSheetName(name: string): boolean {
  return (
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !FORBIDDEN_SHEET_CHARACTER.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== RESERVED_SHEET_NAME
  );
}

/**
 * Makes any text a valid sheet name base: forbidden characters become spaces, apostrophes and
 * spaces at either end go, the length is capped at 31; "Sheet" when nothing usable is left.
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = String(name ?? "")
    .replace(FORBIDDEN_SHEET_CHARACTERS, " ")
    .replace(LOOSE_ENDS, "");
  const capped = truncate(cleaned, MAX_SHEET_NAME_LENGTH).replace(LOOSE_END, "");
  return capped.length > 0 && capped.toLowerCase() !== RESERVED_SHEET_NAME ? capped : "Sheet";
}

/**
 * The first of "base", "base (2)", "base (3)", ... that no existing sheet has, ignoring case as
 * Excel does, and never longer than 31 characters (the base is shortened to fit the suffix).
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = takenKeys(existing);
  const clean = sanitizeSheetName(base);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const stem = truncate(clean, MAX_SHEET_NAME_LENGTH - suffix.length).replace(LOOSE_END, "");
    const candidate = stem + suffix;
    if (isValidSheetName(candidate) && !isTaken(candidate, taken)) return candidate;
  }
}

/**
 * True when Excel accepts the name for a table: starts with a letter, _ or \; then letters,
 * digits, _ and . only; at most 255 characters; not readable as a cell reference; and neither
 * TRUE nor FALSE (ECMA-376 Part 4, "Names").
 */
export function isValidTableName(name: string): boolean {
  return (
    typeof name === "string" &&
    name.length <= MAX_TABLE_NAME_LENGTH &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !readsAsCell(name) &&
    !readsAsR1C1(name) &&
    !isLogicalName(name)
  );
}

/** Makes any text a valid table name base: other characters become _, a leading _ when needed. */
function sanitizeTableName(name: string): string {
  const clean = truncate(
    String(name ?? "").replace(/[^\p{L}\p{N}_.]/gu, "_"),
    MAX_TABLE_NAME_LENGTH - 8 // room for a leading _ and a suffix up to "_999999"
  );
  // A leading _ where the name would not do: a digit or . first, a cell's address, TRUE, none.
  return isValidTableName(clean) ? clean : `_${clean}`;
}

/**
 * The first of "base", "base2", "base3", ... that no existing table or name uses (ignoring case)
 * and that Excel accepts as a table name ("base_2" where "base2" would read as a cell, as GPU2 does).
 */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const taken = takenKeys(existing);
  const clean = sanitizeTableName(base);
  for (let n = 1; ; n++) {
    const numbered = `${clean}${n}`;
    const candidate = n === 1 ? clean : isValidTableName(numbered) ? numbered : `${clean}_${n}`;
    if (isValidTableName(candidate) && !isTaken(candidate, taken)) return candidate;
  }
}
