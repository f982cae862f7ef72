/**
 * A clipboard that holds HTML only (no text/plain, as some pages and apps put a copied table):
 * the cells of its first simple table, as rows of text, so that the paste still lands in cells.
 * Anything else (no table, merged cells) is not guessed at: the grid says it cannot paste it.
 */

/** The rows of cells of the HTML's first table, or undefined when it has none or merges cells. */
export function htmlTableRows(html: string): string[][] | undefined {
  if (typeof DOMParser === "undefined") return undefined;
  const table = new DOMParser().parseFromString(html, "text/html").querySelector("table");
  if (!table) return undefined;
  const rows: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll("tr"))) {
    const cells = Array.from(tr.querySelectorAll("td, th"));
    if (cells.some((cell) => Number(cell.getAttribute("colspan") ?? 1) > 1)) return undefined;
    if (cells.some((cell) => Number(cell.getAttribute("rowspan") ?? 1) > 1)) return undefined;
    rows.push(cells.map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()));
  }
  return rows.length > 0 ? rows : undefined;
}
