/**
 * Text as ECMA-376 and Excel write it: characters XML 1.0 forbids as _xHHHH_, a literal _xHHHH_
 * escaped as _x005F_xHHHH_, tab, line feed and carriage return in attributes as character
 * references (an XML parser would make spaces of raw ones), a carriage return in text as &#13;,
 * xml:space="preserve" wherever spaces at an end or line breaks must stay. Each text is read back
 * through a real XML parser (@xmldom/xmldom) and the ST_Xstring decoding, and must equal what
 * was written, character for character.
 */
import type { WorkbookModel } from "../../src/export/model";
import { writeXlsx } from "../../src/export/xlsx";
import { escapeAttribute, escapeXml } from "../../src/export/xml";
import {
  decodeXstring,
  descendants,
  parseXml,
  readParts,
  sharedStrings,
  worksheetCells,
  writtenFiles,
} from "./support";
import { testWrittenFilesValidate } from "./schemas";

describe("escapeXml and escapeAttribute", () => {
  test("forbidden characters become _xHHHH_ (uppercase hex); a surrogate pair stays", () => {
    expect(escapeXml("a\u0001b\u0008c\u000Bd\u000Ce\u001Ff")).toBe(
      "a_x0001_b_x0008_c_x000B_d_x000C_e_x001F_f"
    );
    expect(escapeXml("\uFFFE\uFFFF\u0000")).toBe("_xFFFE__xFFFF__x0000_");
    expect(escapeXml("lone \uD83D and \uDE00, pair \uD83D\uDE00")).toBe(
      "lone _xD83D_ and _xDE00_, pair \uD83D\uDE00"
    );
  });

  test("a literal _xHHHH_ gets its underscore escaped; other underscores are left alone", () => {
    expect(escapeXml("_x0041_ and _x00e9_")).toBe("_x005F_x0041_ and _x005F_x00e9_");
    expect(escapeXml("_x41_ snake_case _xGGGG_")).toBe("_x41_ snake_case _xGGGG_");
  });

  test("markup and carriage return in text; tab, LF and CR in attributes as references", () => {
    expect(escapeXml(`<a href="x">&'\r\n\t`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#13;\n\t"
    );
    expect(escapeAttribute("AI\trevenue\n($B)\r")).toBe("AI&#9;revenue&#10;($B)&#13;");
  });

  test("plain text (DrawingML) leaves forbidden characters out and escapes no underscore", () => {
    expect(escapeXml("a\u0001_x0041_", "plain")).toBe("a_x0041_");
  });
});

const HOSTILE = [
  "a\u0001b",
  "\u0008back",
  "v\u000Bt",
  "\uFFFE",
  "_x0041_",
  "_x005F_",
  "ends with a control and a space\u0001 ",
  " leading",
  "trailing ",
  "line\nbreak",
  "carriage\r\nreturn",
  "lone \uD800",
  "astral 😀 𝔸",
  "tab\there",
];

describe("a workbook with hostile text in cells, a table's header and a sheet's name", () => {
  const header = "AI\trevenue ($B)\n";
  const model: WorkbookModel = {
    activeSheet: 0,
    sheets: [
      {
        name: "R&D _x0041_ 'x' y",
        cells: [
          { row: 0, col: 0, value: "Company" },
          { row: 0, col: 1, value: header },
          { row: 1, col: 0, value: "A" },
          { row: 1, col: 1, value: 5 },
          ...HOSTILE.map((value, i) => ({ row: 3 + i, col: 0, value })),
          { row: 3, col: 1, value: "a\u0001b\r", formula: '"a"&CHAR(1)&"b"&CHAR(13)' },
        ],
        columnWidths: [],
        tables: [
          {
            name: "Revenue",
            range: { top: 0, left: 0, bottom: 1, right: 1 },
            columns: ["Company", header],
            style: "TableStyleMedium2",
          },
        ],
        names: [],
        charts: [],
      },
    ],
  };
  const parts = readParts(writeXlsx(model));

  test("every shared string reads back exactly, with xml:space where its spaces must stay", () => {
    const strings = sharedStrings(parts).map(decodeXstring);
    const cells = worksheetCells(parts["xl/worksheets/sheet1.xml"]);
    HOSTILE.forEach((text, i) => {
      expect(strings[Number(cells.get(`A${4 + i}`)?.value)]).toBe(text);
    });
    const preserved = descendants(parseXml(parts["xl/sharedStrings.xml"]), "t")
      .filter((t) => t.getAttribute("xml:space") === "preserve")
      .map((t) => decodeXstring(t.textContent ?? ""));
    expect(preserved.sort()).toEqual(
      [header, ...HOSTILE.filter((t) => /^[ \t\r\n]|[ \t\r\n]$|[\t\r\n]/.test(t))].sort()
    );
    // The one written raw: a carriage return, which a parser would otherwise read as a line feed.
    expect(parts["xl/sharedStrings.xml"]).toContain("carriage&#13;\nreturn");
  });

  test("the header's tab and line feed survive in tableColumn's name: it equals its cell", () => {
    const [, column] = descendants(parseXml(parts["xl/tables/table1.xml"]), "tableColumn");
    expect(decodeXstring(column.getAttribute("name") ?? "")).toBe(header);
    expect(parts["xl/tables/table1.xml"]).toContain('name="AI&#9;revenue ($B)&#10;"');
  });

  test("a formula's cached text and the sheet's name read back exactly", () => {
    const cell = worksheetCells(parts["xl/worksheets/sheet1.xml"]).get("B4");
    expect(cell?.type).toBe("str");
    expect(decodeXstring(cell?.value ?? "")).toBe("a\u0001b\r");
    const [sheet] = descendants(parseXml(parts["xl/workbook.xml"]), "sheet");
    expect(decodeXstring(sheet.getAttribute("name") ?? "")).toBe("R&D _x0041_ 'x' y");
  });
});

testWrittenFilesValidate(writtenFiles);
