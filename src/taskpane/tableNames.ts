/**
 * The template's name over a table column (Revenues) in Excel's own terms: the structured
 * reference it should refer to, whether what Excel kept still follows the table, and the
 * fallback where it does not: the structured reference written straight into the formulas.
 *
 * Why a fallback: NamedItemCollection.add with a structured reference has been turned into a
 * fixed range by Excel (office-js #740: it came back as =Sheet1!$A$1 from version 1904 on), and
 * refused with InvalidArgument by Excel on the web (office-js #1918). A fixed range would stop
 * the gap from following rows added to the table; a structured reference in the formula itself
 * grows with the table as the name would have.
 */

/** [ ] # ' and @ are escaped with ' inside a structured reference's column name. */
function escapeColumn(column: string): string {
  return column.replace(/[[\]#'@]/g, "'$&");
}

/** The structured reference to one table column, as a formula operand: Table[[AI revenue ($B)]]. */
export function columnReference(table: string, column: string): string {
  return `${table}[[${escapeColumn(column)}]]`;
}

/** The structured reference as a name's formula: =Table[[AI revenue ($B)]]. */
export function structuredColumnReference(table: string, column: string): string {
  return `=${columnReference(table, column)}`;
}

/**
 * Whether a name's formula, as Excel reports it, still refers to the table (Excel may respell
 * =T[[col]] as =T[col]); false for a fixed range such as ='GPU Payback'!$B$21:$B$31.
 */
export function followsTable(formula: string | undefined, table: string): boolean {
  if (formula === undefined) return false;
  const head = `=${table}[`.toLowerCase();
  return formula.trim().toLowerCase().startsWith(head);
}

const NAME_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;

/**
 * The formula with every use of the name replaced by the operand: names outside string literals
 * and quoted sheet names, not part of a longer name, a function call or a sheet reference
 * (Revenues in =SUM(Revenues), not in "Revenues", 'Revenues'!A1, RevenuesX or GPU.Revenues).
 */
export function withNameReplaced(formula: string, name: string, operand: string): string {
  let out = "";
  let i = 0;
  const lower = name.toLowerCase();
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: copied as it is ("" and '' escape themselves).
      const end = formula.indexOf(ch, i + 1);
      const stop = end === -1 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const candidate = formula.slice(i, i + name.length);
    const before = i > 0 ? formula[i - 1] : "";
    const after = formula[i + name.length] ?? "";
    if (
      candidate.toLowerCase() === lower &&
      !NAME_CHAR.test(before) &&
      !NAME_CHAR.test(after) &&
      after !== "(" &&
      after !== "[" &&
      after !== "!"
    ) {
      out += operand;
      i += name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
