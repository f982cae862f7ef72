/**
 * Excel's rules for sheet and table names, and how a host picks a new name that touches nothing
 * the user already has.
 */

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_CHARACTERS = /[:\\/?*[\]]/g;

/** True when Excel accepts the name for a sheet (length, characters, no leading or trailing '). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Makes any text a valid sheet name base: forbidden characters become spaces, length is capped. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN_SHEET_CHARACTERS, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = cleaned.length > 0 && cleaned.toLowerCase() !== "history" ? cleaned : "Sheet";
  return Array.from(base).slice(0, MAX_SHEET_NAME_LENGTH).join("").trim();
}

/**
 * The first of "base", "base (2)", "base (3)", ... that no existing sheet has, ignoring case as
 * Excel does, and never longer than 31 characters (the base is shortened to fit the suffix).
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (name) => name.toLowerCase()));
  const clean = sanitizeSheetName(base);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const room = MAX_SHEET_NAME_LENGTH - suffix.length;
    const candidate = Array.from(clean).slice(0, room).join("").trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The first of "base", "base2", "base3", ... that no existing table or name uses (case-insensitive). */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Quotes a sheet name for use in a formula when it needs it: 'GPU Payback (2)'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
