/** A table part (an Excel table over a range: header row, banded rows, filter buttons). */
import { formatRange } from "../engine/a1";
import type { TableModel } from "./model";
import { el, NS, XML_DECLARATION } from "./xml";

/** id is the table's number, unique in the workbook. */
export function tableXml(table: TableModel, id: number): string {
  const ref = formatRange(table.range);
  return (
    XML_DECLARATION +
    el(
      "table",
      { xmlns: NS.main, id, name: table.name, displayName: table.name, ref, totalsRowShown: 0 },
      el("autoFilter", { ref }),
      el(
        "tableColumns",
        { count: table.columns.length },
        ...table.columns.map((name, i) => el("tableColumn", { id: i + 1, name }))
      ),
      el("tableStyleInfo", {
        name: table.style,
        showFirstColumn: 0,
        showLastColumn: 0,
        showRowStripes: 1,
        showColumnStripes: 0,
      })
    )
  );
}

/**
 * A structured reference to one column's data, as a name or formula writes it:
 * Revenue[[AI revenue ($B)]]. The column is bracketed twice, so any header text is safe once
 * its [, ], # and ' are escaped with a '.
 */
export function tableColumnRef(tableName: string, column: string): string {
  return `${tableName}[[${column.replace(/['[\]#]/g, "'$&")}]]`;
}
