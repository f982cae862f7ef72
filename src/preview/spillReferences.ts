/**
 * Excel's spill references (A1#: the whole array that spills from A1) for the preview, whose
 * HyperFormula does not parse them: a formula typed with one is handed to HyperFormula with each
 * A1# replaced by the range the array in A1 fills now (A1:C12 for =GPU.ARTICLE_TABLE()), or by
 * #REF! when A1 spills nothing (as in Excel), while the workbook shows the formula as typed.
 * Pure text work here; the host says where each array ends.
 */
import { anchoredCell, parseCell, unquoteSheetName } from "../engine/a1";

/**
 * A cell reference followed by #, optionally on another sheet: A1#, $B$3#, Sheet2!A1#,
 * 'My sheet'!A1#. Not preceded by a letter, digit, dot or underscore (so not part of a name).
 */
const SPILL_REFERENCE =
  /(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d*)#/g;

/** The end of the array spilling from a cell ("C12" for A1's table), or undefined for none. */
export type SpillEnd = (sheet: string | undefined, anchor: string) => string | undefined;

/** The formula's parts outside and inside string literals ("..." with "" for a quote). */
function outsideStrings(formula: string, replace: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"?)/)
    .map((part) => (part.startsWith('"') ? part : replace(part)))
    .join("");
}

/** Whether a formula holds a spill reference (outside its string literals). */
export function hasSpillReference(formula: string): boolean {
  let found = false;
  outsideStrings(formula, (code) => {
    SPILL_REFERENCE.lastIndex = 0;
    found ||= SPILL_REFERENCE.test(code);
    return code;
  });
  return found;
}

/** The sheet name of a reference's prefix: Sheet2! → Sheet2, 'My ''x'' sheet'! → My 'x' sheet. */
function sheetOf(prefix: string | undefined): string | undefined {
  return prefix ? unquoteSheetName(prefix.slice(0, -1)) : undefined;
}

/**
 * The formula with every spill reference replaced by the range it covers now: A1# → A1:C12,
 * $A$1# → $A$1:$C$12 (the anchor's $ kept on both ends), Sheet2!A1# → Sheet2!A1:C12, and #REF!
 * where the cell spills nothing.
 */
export function translateSpillReferences(formula: string, spillEnd: SpillEnd): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      SPILL_REFERENCE,
      (_match, prefix: string | undefined, colAbs, col: string, rowAbs, row: string) => {
        const end = spillEnd(sheetOf(prefix), `${col.toUpperCase()}${row}`);
        if (end === undefined) return "#REF!";
        const start = `${colAbs}${col.toUpperCase()}${rowAbs}${row}`;
        const last = parseCell(end);
        const anchor = { col: colAbs === "$", row: rowAbs === "$" };
        return `${prefix ?? ""}${start}:${anchoredCell(last.col, last.row, anchor)}`;
      }
    )
  );
}
