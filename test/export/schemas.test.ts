/**
 * The schema check itself (schemas.ts), so that its passes mean something: each part goes to the
 * schema for its kind (schemas.ts), and known faults fail (negative controls): a
 * misnamed element, elements out of the schema's order, a character XML forbids written raw, an
 * xml:space value other than preserve, a theme without its format scheme, a part no schema covers.
 */
import { exportTemplateXlsx } from "../../src/cli/exportTemplate";
import { describeWithSchemas, schemaOf, validateParts } from "./schemas";
import { readAnyParts, type Parts } from "./support";

test("each part has the schema the README names", () => {
  expect(
    [
      "xl/workbook.xml",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      "xl/worksheets/sheet2.xml",
      "xl/tables/table1.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/theme/theme1.xml",
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/media/image1.png",
    ].map(schemaOf)
  ).toEqual([
    "sml.xsd",
    "sml.xsd",
    "sml.xsd",
    "sml.xsd",
    "sml.xsd",
    "dml-chart.xsd",
    "dml-spreadsheetDrawing.xsd",
    "dml-main.xsd",
    "opc/opc-contentTypes.xsd",
    "opc/opc-relationships.xsd",
    "opc/opc-relationships.xsd",
    undefined,
  ]);
});

describeWithSchemas("negative controls: faults the schema check must find", () => {
  let parts: Parts;
  beforeAll(async () => {
    parts = readAnyParts((await exportTemplateXlsx()).bytes);
  });
  const broken = async (part: string, edit: (xml: string) => string) => {
    const xml = edit(parts[part]);
    expect(xml).not.toBe(parts[part]); // the edit did change the part
    return (await validateParts({ ...parts, [part]: xml })).map((p) => p.part.replace(/^0\//, ""));
  };

  test("the file as written validates", async () => {
    expect(await validateParts(parts)).toEqual([]);
  });

  test("a misnamed element, and elements out of order, in the worksheet", async () => {
    const sheet = "xl/worksheets/sheet1.xml";
    expect(
      await broken(sheet, (xml) =>
        xml.replace("<sheetData>", "<sheetDatum>").replace("</sheetData>", "</sheetDatum>")
      )
    ).toEqual([sheet]);
    expect(
      await broken(sheet, (xml) => {
        const cols = /<cols>.*?<\/cols>/.exec(xml)![0];
        return xml.replace(cols, "").replace("</sheetData>", `</sheetData>${cols}`);
      })
    ).toEqual([sheet]);
  });

  test('a raw U+0001 in a shared string; xml:space="keep"', async () => {
    const strings = "xl/sharedStrings.xml";
    expect(await broken(strings, (xml) => xml.replace("<t>", "<t>\u0001"))).toEqual([strings]);
    expect(await broken(strings, (xml) => xml.replace("<t>", '<t xml:space="keep">'))).toEqual([
      strings,
    ]);
  });

  test("a chart series out of CT_BarSer's order; a theme without its format scheme", async () => {
    const chart = "xl/charts/chart1.xml";
    // The series' spPr moved after invertIfNegative: CT_BarSer has it before.
    expect(
      await broken(chart, (xml) =>
        xml.replace(
          /(<c:spPr>(?:(?!<\/c:spPr>).)*<\/c:spPr>)(<c:invertIfNegative val="0"\/>)/,
          "$2$1"
        )
      )
    ).toEqual([chart]);
    const theme = "xl/theme/theme1.xml";
    expect(await broken(theme, (xml) => xml.replace(/<a:fmtScheme.*<\/a:fmtScheme>/, ""))).toEqual([
      theme,
    ]);
  });

  test("a part no schema covers, and a relationship without its Target", async () => {
    expect((await validateParts({ ...parts, "xl/extra.xml": "<x/>" })).map((p) => p.part)).toEqual([
      "0/xl/extra.xml",
    ]);
    expect(await broken("_rels/.rels", (xml) => xml.replace(/ Target="[^"]*"/, ""))).toEqual([
      "_rels/.rels",
    ]);
  });
});
