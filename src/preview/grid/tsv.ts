/**
 * Tab-separated text, as Excel and Google Sheets put cells on the clipboard: cells separated by
 * tabs, rows by line breaks, a cell holding a tab, a line break or a quote written in quotes
 * (a quote doubled). parseTsv reads what they write; toTsv writes what they read.
 */

/** Rows of cells from clipboard text (a final line break ends the last row, it adds none). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === "") {
      // A quoted cell: up to the closing quote, "" being one quote.
      let j = i + 1;
      let quoted = "";
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else quoted += text[j++];
      }
      const next = text[j + 1];
      if (
        j < text.length &&
        (next === undefined || next === "\t" || next === "\n" || next === "\r")
      ) {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // Not a well-formed quoted cell: the quote is text.
    }
    if (ch === "\t") endCell();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

function quote(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Clipboard text from rows of cells. */
export function toTsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map(quote).join("\t")).join("\n");
}
