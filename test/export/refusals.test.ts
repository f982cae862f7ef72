/**
 * The writer refuses, before writing a byte, any model Excel would have to repair: each refusal
 * names the place (sheet and cell, name or table) and Excel's limit, in English and Chinese.
 * Every case is one fault in an otherwise valid workbook, so the refusal is that fault's own.
 */
import type { CellModel, SheetModel, WorkbookModel } from "../../src/export/model";
import { refusalText, WorkbookRefusal } from "../../src/export/refusal";
import { writeXlsx } from "../../src/export/xlsx";
import { testWrittenFilesValidate } from "./schemas";
import { readParts, writtenFiles, type Parts } from "./support";

const sheet = (over: Partial<SheetModel> = {}): SheetModel => ({
  name: "Data",
  cells: [
    { row: 0, col: 0, value: "Company" },
    { row: 0, col: 1, value: "Revenue" },
    { row: 1, col: 0, value: "A" },
    { row: 1, col: 1, value: 5 },
  ],
  columnWidths: [],
  tables: [
    {
      name: "Revenue",
      range: { top: 0, left: 0, bottom: 1, right: 1 },
      columns: ["Company", "Revenue"],
      style: "TableStyleMedium2",
    },
  ],
  names: [{ name: "Total", refersTo: "Data!$B$2", sheetScoped: true }],
  charts: [],
  ...over,
});
const book = (...sheets: SheetModel[]): WorkbookModel => ({ sheets, activeSheet: 0 });
const withCell = (cell: CellModel): WorkbookModel =>
  book(sheet({ cells: [...sheet().cells, cell] }));

/** Written and read back (and so validated against the schemas at the end). */
const write = (model: WorkbookModel): Parts => readParts(writeXlsx(model));

function refusal(model: WorkbookModel): WorkbookRefusal {
  try {
    writeXlsx(model);
  } catch (error) {
    if (error instanceof WorkbookRefusal) return error;
    throw error;
  }
  throw new Error("written, not refused");
}

test("the valid workbook these cases start from is written", () => {
  expect(Object.keys(write(book(sheet())))).toContain("xl/tables/table1.xml");
});

test("the preview's status bar gets the refusal in the page's language, other errors as they are", () => {
  const error = refusal(withCell({ row: 4, col: 2, value: Infinity }));
  expect(refusalText(error, "zh-TW")).toBe(error.messages["zh-TW"]);
  expect(refusalText(error, "en")).toBe(error.message);
  expect(refusalText(new Error("disk full"), "zh-TW")).toBe("disk full");
});

describe("numbers and lengths", () => {
  test.each([Infinity, -Infinity, NaN])("%s is refused, naming the cell", (value) => {
    const { messages } = refusal(withCell({ row: 4, col: 2, value }));
    expect(messages.en).toMatch(
      new RegExp(`^Data!C5: ${String(value)} is not a number Excel can hold`)
    );
    expect(messages["zh-TW"]).toMatch(/^Data!C5：.*不是 Excel 能存的數字/);
  });

  test("a formula's cached value that is not finite is refused too", () => {
    expect(
      refusal(withCell({ row: 2, col: 0, value: Infinity, formula: "1E308*10" })).message
    ).toMatch(/^Data!A3: Infinity is not a number/);
  });

  test("32,767 characters in a cell are written, 32,768 refused", () => {
    expect(() => write(withCell({ row: 3, col: 0, value: "x".repeat(32_767) }))).not.toThrow();
    expect(refusal(withCell({ row: 3, col: 0, value: "x".repeat(32_768) })).message).toBe(
      "Data!A4: the text has 32,768 characters; Excel allows at most 32,767 in a cell. Shorten it."
    );
  });

  test("a formula of 8,192 characters with its = is written, 8,193 refused; _xlfn. does not count", () => {
    const sum = (n: number): string => `1${"+1".repeat((n - 2) / 2)}`; // "=1+1+…" of n characters
    expect(() => write(withCell({ row: 3, col: 0, value: 1, formula: sum(8_192) }))).not.toThrow();
    expect(
      write(withCell({ row: 3, col: 0, value: 1, formula: `_xlfn.IFNA(${sum(8_180)},0)` }))
    ).toHaveProperty(["xl/workbook.xml"]);
    expect(refusal(withCell({ row: 3, col: 0, value: 1, formula: `${sum(8_192)}+` })).message).toBe(
      "Data!A4: the formula has 8,193 characters; Excel allows at most 8,192. Shorten it."
    );
  });

  test("every _xlfn. prefix of a formula is left out of its count, not only the first", () => {
    const sum = (n: number): string => `1${"+1".repeat((n - 2) / 2)}`;
    // Shown as =IFNA(IFNA(1+1+…,0),0): 1 + 10 + 8,175 + 6 = 8,192 characters.
    const nested = (inner: string) => `_xlfn.IFNA(_xlfn.IFNA(${inner},0),0)`;
    expect(() =>
      write(withCell({ row: 3, col: 0, value: 1, formula: nested(sum(8_176)) }))
    ).not.toThrow();
    expect(
      refusal(withCell({ row: 3, col: 0, value: 1, formula: nested(`${sum(8_176)}+`) })).message
    ).toBe("Data!A4: the formula has 8,193 characters; Excel allows at most 8,192. Shorten it.");
  });

  test('a text constant of 255 characters in a formula is written, 256 refused ("" is one quote)', () => {
    const text = (n: number): string => `"${"a".repeat(n - 1)}"""`;
    expect(() =>
      write(withCell({ row: 3, col: 0, value: "", formula: `LEN(${text(255)})` }))
    ).not.toThrow();
    expect(
      refusal(withCell({ row: 3, col: 0, value: "", formula: `LEN(${text(256)})` })).message
    ).toBe(
      "Data!A4: a text in quotes in the formula has 256 characters; Excel allows at most 255. Join shorter texts with &."
    );
  });

  test("a cell beyond row 1,048,576 or column XFD, an unknown error value", () => {
    expect(refusal(withCell({ row: 1_048_576, col: 0, value: 1 })).message).toMatch(
      /^Data!R1048577C1: outside Excel's grid/
    );
    expect(refusal(withCell({ row: 0, col: 16_384, value: 1 })).message).toMatch(
      /outside Excel's grid/
    );
    expect(refusal(withCell({ row: 5, col: 0, value: { error: "#SPILL!" } })).message).toBe(
      "Data!A6: #SPILL! is not an error value a spreadsheet file can hold."
    );
  });

  test("a data validation's error message over 225 characters, a title over 32", () => {
    const rule = {
      range: { top: 1, left: 1, bottom: 1, right: 1 },
      type: "decimal" as const,
      operator: "greaterThan" as const,
      formula: "0",
      title: "Revenue",
      prompt: "A number",
      error: "Positive",
    };
    expect(() =>
      write(book(sheet({ validations: [{ ...rule, error: "e".repeat(225) }] })))
    ).not.toThrow();
    expect(
      refusal(book(sheet({ validations: [{ ...rule, error: "e".repeat(226) }] }))).message
    ).toBe(
      "Data!B2: the data validation's error message has 226 characters; Excel allows at most 225."
    );
    expect(
      refusal(book(sheet({ validations: [{ ...rule, title: "t".repeat(33) }] }))).message
    ).toMatch(/^Data!B2: the data validation's title has 33 characters/);
  });
});

describe("sheet names", () => {
  test.each([
    "a[b",
    "a]b",
    "a:b",
    "a*b",
    "a?b",
    "a/b",
    "a\\b",
    "'quoted",
    "quoted'",
    "",
    "x".repeat(32),
    "History",
    "a\u0001b",
  ])("%j is refused", (name) => {
    const { messages } = refusal(book(sheet({ name, names: [] })));
    expect(messages.en).toBe(
      `Sheet name "${name}": Excel allows 1 to 31 characters, none of : \\ / ? * [ ] or control characters, not starting or ending with ', and not "History". Rename the sheet.`
    );
    expect(messages["zh-TW"]).toMatch(/^工作表名稱「/);
  });

  test("31 characters, quotes inside and spaces are accepted; two sheets differing in case are not", () => {
    expect(() => write(book(sheet({ name: `R&D's ${"x".repeat(25)}`, names: [] })))).not.toThrow();
    const other = sheet({ name: "DATA", tables: [], names: [] });
    expect(refusal(book(sheet(), other)).message).toMatch(/^Two sheets are named DATA/);
  });
});

describe("defined names and table names", () => {
  test.each([
    "A1",
    "xfd1048576",
    "R1C1",
    "rc",
    "C",
    "has space",
    "1st",
    "TRUE",
    "a-b",
    "",
    "n".repeat(256),
  ])("the defined name %j is refused", (name) => {
    const { messages } = refusal(
      book(sheet({ names: [{ name, refersTo: "Data!$B$2", sheetScoped: true }] }))
    );
    expect(messages.en).toMatch(
      new RegExp(`^Name "${name}": in Excel a name starts with a letter`)
    );
    expect(messages["zh-TW"]).toMatch(/^名稱「/);
  });

  test("names Excel accepts: _x, \\name, AB1C (no cell), XFE1 (beyond the columns), a.b, 名稱", () => {
    for (const name of ["_x", "\\name", "AB1C", "XFE1", "a.b", "名稱"]) {
      expect(() =>
        write(book(sheet({ names: [{ name, refersTo: "Data!$B$2", sheetScoped: true }] })))
      ).not.toThrow();
    }
  });

  test("a table named like a cell, or like a defined name (case ignored), or two of one name", () => {
    const base = sheet();
    const table = base.tables[0];
    expect(refusal(book(sheet({ tables: [{ ...table, name: "B2" }] }))).message).toMatch(
      /^Table name "B2": in Excel a name starts/
    );
    expect(
      refusal(book(sheet({ names: [{ name: "REVENUE", refersTo: "1", sheetScoped: false }] })))
        .message
    ).toMatch(/^"REVENUE" names two things/);
    const second = sheet({ name: "Other", names: [], tables: [{ ...table, name: "revenue" }] });
    expect(refusal(book(base, second)).message).toMatch(/^"revenue" names two things/);
  });

  test("one name twice in a scope is refused; a sheet's name and a workbook name may share it", () => {
    const twice = [
      { name: "Total", refersTo: "1", sheetScoped: true },
      { name: "total", refersTo: "2", sheetScoped: true },
    ];
    expect(refusal(book(sheet({ names: twice }))).message).toMatch(/^"total" names two things/);
    const scopes = [twice[0], { ...twice[1], sheetScoped: false }];
    expect(() => write(book(sheet({ names: scopes })))).not.toThrow();
  });

  test("a table's header cell holding a formula, or a text other than its column's name", () => {
    const cells = sheet().cells.map((cell) =>
      cell.row === 0 && cell.col === 1 ? { ...cell, formula: '"Reve"&"nue"' } : cell
    );
    expect(refusal(book(sheet({ cells }))).message).toBe(
      "Data!B1: a table's header cell holds text only in Excel, not a formula or a value other than its column's name."
    );
    const renamed = sheet().cells.map((cell) =>
      cell.row === 0 && cell.col === 1 ? { ...cell, value: "Sales" } : cell
    );
    expect(refusal(book(sheet({ cells: renamed }))).message).toMatch(/^Data!B1: a table's header/);
    const table = sheet().tables[0];
    const same = sheet().cells.map((cell) =>
      cell.row === 0 && cell.col === 1 ? { ...cell, value: "company" } : cell
    );
    const columns = ["Company", "company"];
    expect(refusal(book(sheet({ cells: same, tables: [{ ...table, columns }] }))).message).toMatch(
      /^Table Revenue: each column needs a name of its own/
    );
  });
});

testWrittenFilesValidate(writtenFiles);
