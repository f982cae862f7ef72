/**
 * What a user sees when LibreOffice opens an exported file: each cell's text as shown (the
 * CSV filter's "save cell contents as shown"), every formula recalculated on load (the cached
 * values poisoned first). Two files in one soffice run:
 *   - one number in each of Excel's built-in number formats the writer refers to by id (ECMA-376
 *     §18.8.30: 0 General, 1 "0", 2 "0.00", 3 "#,##0", 4 "#,##0.00", 9 "0%", 10 "0.00%"), and in
 *     the template's own formats (custom codes from id 164): a wrong id shows other text;
 *   - the template with ', [, ] and # in the revenue column's header: the name over that column
 *     (a structured reference escaping them with ') must still total the table, $125.0B of gap.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { CellModel, WorkbookModel } from "../../src/export/model";
import { writeXlsx } from "../../src/export/xlsx";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { formatCell, parseRange } from "../../src/engine/a1";
import { exportHostXlsx } from "../../src/preview/xlsx/exportWorkbook";
import { buildTemplatePlan } from "../../src/template";
import { convert, describeWithLibreOffice, readCsv, recalculatingProfile } from "./libreoffice";
import { poisoned } from "./poison";

/** As the CSV_EVERY_SHEET filter, with "save cell contents as shown" (the 9th token) true. */
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/** 1234.5678 in each format, and the text it shows, worked out by hand. */
const SHOWN: ReadonlyArray<[string, string]> = [
  ["General", "1234.5678"],
  ["0", "1235"],
  ["0.00", "1234.57"],
  ["#,##0", "1,235"],
  ["#,##0.00", "1,234.57"],
  ["0%", "123457%"],
  ["0.00%", "123456.78%"],
  ['"$"#,##0.0"B"', "$1,234.6B"],
  ["0.0%", "123456.8%"],
  ["0.0", "1234.6"],
];

function formatsWorkbook(): WorkbookModel {
  const cells: CellModel[] = SHOWN.map(([numberFormat], row) => ({
    row,
    col: 0,
    value: 1234.5678,
    numberFormat,
  }));
  return {
    activeSheet: 0,
    sheets: [{ name: "Formats", cells, columnWidths: [], tables: [], names: [], charts: [] }],
  };
}

describeWithLibreOffice("what LibreOffice shows of an exported file", (soffice) => {
  const plan = buildTemplatePlan();
  const HEADER = "Bob's [AI] revenue #1";
  let dir: string;
  let out: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "gpu-shown-"));
    out = path.join(dir, "out");
    const host = new HyperFormulaHost();
    const sheet = await host.pane.insertTemplate(plan);
    const table = parseRange(plan.table.range);
    const header = formatCell(table.left + plan.table.revenueColumn, table.top);
    host.edit.setInput(header, HEADER, sheet);
    expect(host.value(header, sheet)).toBe(HEADER);
    const files = [
      ["formats", writeXlsx(formatsWorkbook())],
      ["header", poisoned(exportHostXlsx(host, { sheets: [sheet] }).bytes)],
    ].map(([name, bytes]) => {
      const file = path.join(dir, `${name as string}.xlsx`);
      writeFileSync(file, bytes as Uint8Array);
      return file;
    });
    const profile = recalculatingProfile(path.join(dir, "profile"));
    await convert(soffice, profile, files, CSV_AS_SHOWN, out, [
      "formats-Formats.csv",
      `header-${plan.sheetName}.csv`,
    ]);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("each built-in and template number format shows the number as Excel would", () => {
    const rows = readCsv(path.join(out, "formats-Formats.csv"));
    expect(rows.slice(0, SHOWN.length).map((row) => row[0])).toEqual(SHOWN.map(([, t]) => t));
  });

  test("', [, ] and # in the table's header: identified $75.0B, gap $125.0B, coverage 37.5%", () => {
    const rows = readCsv(path.join(out, `header-${plan.sheetName}.csv`));
    const shown = (address: string) => {
      const { top, left } = parseRange(address);
      return rows[top]?.[left];
    };
    expect(shown(plan.addresses.identifiedRevenue)).toBe("$75.0B");
    expect(shown(plan.addresses.gap)).toBe("$125.0B");
    expect(shown(plan.addresses.coverage)).toBe("37.5%");
  });
});
