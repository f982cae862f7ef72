/**
 * The .xlsx writer, read back part by part: every part the package names exists, every element is
 * in the order the OOXML schema's sequences fix (Excel refuses a file otherwise, LibreOffice does
 * not, so only this test guards it), formulas are native with HyperFormula's cached values, the
 * table, the sheet-scoped name, the styles, the widths, the data validation and both charts
 * (column, and line by year) are what the plan says.
 * The sequences below are copied from ECMA-376 Part 1 (sml.xsd, dml-chart.xsd), not from the writer.
 */
import { COMPANY_REVENUES, requiredRevenue } from "../../src/engine";
import { exportHostXlsx } from "../../src/preview/xlsx/exportWorkbook";
import { exportTemplateXlsx } from "../../src/cli/exportTemplate";
import type { WorkbookModel } from "../../src/export/model";
import { writeXlsx } from "../../src/export/xlsx";
import { withFilePrefixes } from "../../src/export/futureFunctions";
import { planValidations } from "../../src/export/planValidations";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { formatCell, parseRange } from "../../src/engine/a1";
import {
  GRID_MARGINS,
  GRID_SPENDS,
  LABELS,
  MONEY_FORMAT,
  buildTemplatePlan,
  type ChartPlan,
} from "../../src/template";
import {
  child,
  childNames,
  descendants,
  followsSequence,
  parseXml,
  readParts,
  sharedStrings,
  type Parts,
  worksheetCells,
  writtenFiles,
} from "./support";
import { testWrittenFilesValidate } from "./schemas";

const SEQUENCE = {
  worksheet:
    "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst",
  workbook:
    "fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst",
  styleSheet:
    "numFmts fonts fills borders cellStyleXfs cellXfs cellStyles dxfs tableStyles colors extLst",
  table: "autoFilter sortState tableColumns tableStyleInfo extLst",
  chartSpace:
    "date1904 lang roundedCorners style clrMapOvr pivotSource protection chart spPr txPr externalData printSettings userShapes extLst",
  chart:
    "title autoTitleDeleted pivotFmts view3D floor sideWall backWall plotArea legend plotVisOnly dispBlanksAs showDLblsOverMax extLst",
  title: "tx layout overlay spPr txPr extLst",
  plotArea: "layout barChart lineChart catAx valAx dTable spPr extLst",
  barChart: "barDir grouping varyColors ser dLbls gapWidth overlap serLines axId extLst",
  barSer:
    "idx order tx spPr invertIfNegative pictureOptions dPt dLbls trendline errBars cat val shape extLst",
  lineChart:
    "grouping varyColors ser dLbls dropLines hiLowLines upDownBars marker smooth axId extLst",
  lineSer: "idx order tx spPr marker dPt dLbls trendline errBars cat val smooth extLst",
  catAx:
    "axId scaling delete axPos majorGridlines minorGridlines title numFmt majorTickMark minorTickMark tickLblPos spPr txPr crossAx crosses crossesAt auto lblAlgn lblOffset tickLblSkip tickMarkSkip noMultiLvlLbl extLst",
  valAx:
    "axId scaling delete axPos majorGridlines minorGridlines title numFmt majorTickMark minorTickMark tickLblPos spPr txPr crossAx crosses crossesAt crossBetween majorUnit minorUnit dispUnits extLst",
  twoCellAnchor: "from to sp grpSp graphicFrame cxnSp pic contentPart clientData",
  graphicFrame: "nvGraphicFramePr xfrm graphic",
  xf: "alignment protection extLst",
  dLbls:
    "dLbl delete numFmt spPr txPr dLblPos showLegendKey showVal showCatName showSerName showPercent showBubbleSize separator showLeaderLines leaderLines extLst",
} as const;
const sequence = (name: keyof typeof SEQUENCE): string[] => SEQUENCE[name].split(" ");

function expectOrder(parent: ReturnType<typeof parseXml>, name: keyof typeof SEQUENCE): void {
  const names = childNames(parent);
  expect({ element: parent.localName, names, ok: followsSequence(names, sequence(name)) }).toEqual({
    element: parent.localName,
    names,
    ok: true,
  });
}

const plan = buildTemplatePlan();
const a = plan.addresses;
let parts: Parts;

beforeAll(async () => {
  parts = readParts((await exportTemplateXlsx()).bytes);
});

describe("the package", () => {
  test("every part has a content type and every relationship points at a part", () => {
    const types = parseXml(parts["[Content_Types].xml"]);
    const overrides = descendants(types, "Override").map((o) => o.getAttribute("PartName"));
    for (const path of Object.keys(parts)) {
      if (path.endsWith(".rels") || path === "[Content_Types].xml") continue;
      expect(overrides).toContain(`/${path}`);
    }
    for (const [path, xml] of Object.entries(parts)) {
      if (!path.endsWith(".rels")) continue;
      const base = path.replace(/_rels\/[^/]*\.rels$/, "");
      for (const rel of descendants(parseXml(xml), "Relationship")) {
        const target = new URL(
          rel.getAttribute("Target") as string,
          `file:///${base}`
        ).pathname.slice(1);
        expect({ target, found: parts[target] !== undefined }).toEqual({ target, found: true });
      }
    }
  });

  test("the workbook asks for a full recalculation on load and scopes the name to its sheet", () => {
    const workbook = parseXml(parts["xl/workbook.xml"]);
    expectOrder(workbook, "workbook");
    expect(child(workbook, "calcPr")?.getAttribute("fullCalcOnLoad")).toBe("1");
    const [name] = descendants(workbook, "definedName");
    expect(name.getAttribute("name")).toBe("Revenues");
    expect(name.getAttribute("localSheetId")).toBe("0");
    // A structured reference: in Excel and LibreOffice the name grows with the table.
    expect(name.textContent).toBe(`GpuPaybackRevenue[[${LABELS.en.revenue}]]`);
    expect(descendants(workbook, "sheet")[0].getAttribute("name")).toBe("GPU Payback");
  });

  test("the same workbook gives the same bytes", async () => {
    const again = readParts((await exportTemplateXlsx()).bytes);
    expect(again).toEqual(parts);
  });
});

describe("the worksheet", () => {
  test("its elements follow CT_Worksheet's order, and its cells run in row and column order", () => {
    const sheet = parseXml(parts["xl/worksheets/sheet1.xml"]);
    expectOrder(sheet, "worksheet");
    expect(childNames(sheet)).toEqual(
      expect.arrayContaining(["cols", "sheetData", "drawing", "tableParts"])
    );
    const rows = descendants(sheet, "row").map((row) => Number(row.getAttribute("r")));
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
  });

  test("results are native formulas with HyperFormula's values cached", () => {
    const cells = worksheetCells(parts["xl/worksheets/sheet1.xml"]);
    const expected: Array<[string, number]> = [
      [a.dataCenterCost, 100],
      [a.requiredRevenue, 200],
      [a.identifiedRevenue, 75],
      [a.gap, 125],
      [a.coverage, 0.375],
      [a.breakevenSpend, 18.75],
    ];
    for (const [address, value] of expected) {
      const cell = cells.get(address);
      expect(cell?.formula).toBeDefined();
      expect(cell?.formula).not.toMatch(/GPU\./i);
      expect(cell?.formula).not.toMatch(/^=/);
      expect(Number(cell?.value)).toBeCloseTo(value, 12);
    }
    expect(cells.get(a.spend)).toMatchObject({ value: "50", formula: undefined });
  });

  test("--formulas gpu keeps the GPU.* calls", async () => {
    const gpu = readParts((await exportTemplateXlsx({ formulas: "gpu" })).bytes);
    const cells = worksheetCells(gpu["xl/worksheets/sheet1.xml"]);
    expect(cells.get(a.requiredRevenue)?.formula).toBe(
      `GPU.REQUIRED_REVENUE(${a.spend},${a.energy},${a.margin},${a.cloudMargin})`
    );
    expect(cells.get(a.requiredRevenue)?.value).toBe("200");
  });

  test("styles: the input's fill and blue bold font, the money format, the title's size", () => {
    const cells = worksheetCells(parts["xl/worksheets/sheet1.xml"]);
    const styles = parseXml(parts["xl/styles.xml"]);
    expectOrder(styles, "styleSheet");
    const xfs = descendants(child(styles, "cellXfs")!, "xf");
    const fonts = descendants(child(styles, "fonts")!, "font");
    const fills = descendants(child(styles, "fills")!, "fill");
    const formats = new Map(
      descendants(styles, "numFmt").map((f) => [
        f.getAttribute("numFmtId"),
        f.getAttribute("formatCode"),
      ])
    );
    xfs.forEach((xf) => expectOrder(xf, "xf"));
    const input = xfs[cells.get(a.spend)!.style];
    const font = fonts[Number(input.getAttribute("fontId"))];
    expect(child(font, "b")).toBeDefined();
    expect(child(font, "color")?.getAttribute("rgb")).toBe("FF0000FF");
    const fill = fills[Number(input.getAttribute("fillId"))];
    expect(descendants(fill, "fgColor")[0].getAttribute("rgb")).toBe("FFFFF2CC");
    expect(formats.get(input.getAttribute("numFmtId"))).toBe(MONEY_FORMAT);
    const coverage = xfs[cells.get(a.coverage)!.style];
    expect(formats.get(coverage.getAttribute("numFmtId"))).toBe("0.0%");
    const title = fonts[Number(xfs[cells.get("A1")!.style].getAttribute("fontId"))];
    expect(child(title, "sz")?.getAttribute("val")).toBe("16");
  });

  test("column widths in Excel's units: the plan's points at 4/3 px each, 7 px a character", () => {
    const cols = descendants(parseXml(parts["xl/worksheets/sheet1.xml"]), "col");
    const width = (letter: string): number => {
      const index = letter.charCodeAt(0) - 64;
      return Number(
        cols.find((c) => c.getAttribute("min") === String(index))?.getAttribute("width")
      );
    };
    for (const { column, points } of plan.columnWidths) {
      expect(width(column)).toBeCloseTo((points * 4) / 3 / 7, 2);
    }
  });
});

describe("the table and the charts", () => {
  test("the company table is a table part whose columns are the header cells' text", () => {
    const table = parseXml(parts["xl/tables/table1.xml"]);
    expectOrder(table, "table");
    expect(table.getAttribute("ref")).toBe(plan.table.range);
    expect(table.getAttribute("name")).toBe("GpuPaybackRevenue");
    const columns = descendants(table, "tableColumn").map((c) => c.getAttribute("name"));
    expect(columns).toEqual(plan.table.headers);
    const strings = sharedStrings(parts);
    const cells = worksheetCells(parts["xl/worksheets/sheet1.xml"]);
    const headerRow = plan.table.range.replace(/^[A-Z]+(\d+):.*$/, "$1");
    const headers = ["A", "B", "C"].map(
      (c) => strings[Number(cells.get(`${c}${headerRow}`)?.value)]
    );
    expect(headers).toEqual(plan.table.headers);
  });

  test("the column chart follows the chart schema's order, refers to the cells and caches their values", () => {
    const [column] = plan.charts;
    const space = parseXml(parts["xl/charts/chart1.xml"]);
    expectOrder(space, "chartSpace");
    const chart = child(space, "chart")!;
    expectOrder(chart, "chart");
    expectOrder(child(chart, "title")!, "title");
    const plot = child(chart, "plotArea")!;
    expectOrder(plot, "plotArea");
    const bar = child(plot, "barChart")!;
    expectOrder(bar, "barChart");
    descendants(bar, "ser").forEach((ser) => expectOrder(ser, "barSer"));
    expectOrder(child(bar, "dLbls")!, "dLbls");
    expect(child(child(bar, "dLbls")!, "showVal")?.getAttribute("val")).toBe("1");
    expectOrder(child(plot, "catAx")!, "catAx");
    expectOrder(child(plot, "valAx")!, "valAx");
    const refs = descendants(space, "f").map((f) => f.textContent);
    const rows = column.sourceRange.match(/\d+/g)!;
    expect(refs).toEqual([
      `'GPU Payback'!$A$${rows[0]}:$A$${rows[1]}`,
      `'GPU Payback'!$B$${rows[0]}:$B$${rows[1]}`,
    ]);
    const values = descendants(child(descendants(space, "val")[0], "numRef")!, "v").map((v) =>
      Number(v.textContent)
    );
    expect(values).toEqual([200, 75, 125]);
    // Coloured as the preview draws it: Excel's blue, green and orange, a column each.
    const points = descendants(bar, "dPt").map((p) =>
      descendants(p, "srgbClr")[0].getAttribute("val")
    );
    expect(points).toEqual(["4472C4", "70AD47", "ED7D31"]);
    expect(descendants(space, "t")[0].textContent).toBe(LABELS.en.chartTitle);
    // One series, no legend (showLegend: false).
    expect(child(chart, "legend")).toBeUndefined();
  });

  test("the line chart: required and identified revenue by year, named by their labels, the years as categories", () => {
    const space = parseXml(parts["xl/charts/chart2.xml"]);
    expectOrder(space, "chartSpace");
    const chart = child(space, "chart")!;
    expectOrder(chart, "chart");
    const plot = child(chart, "plotArea")!;
    expectOrder(plot, "plotArea");
    expect(child(plot, "barChart")).toBeUndefined();
    const line = child(plot, "lineChart")!;
    expectOrder(line, "lineChart");
    // showValues: false, showLegend: true.
    expect(child(line, "dLbls")).toBeUndefined();
    expect(child(chart, "legend")).toBeDefined();
    expect(descendants(space, "t")[0].textContent).toBe(LABELS.en.yearsChartTitle);
    const series = descendants(line, "ser");
    series.forEach((ser) => expectOrder(ser, "lineSer"));
    const lineColour = (ser: (typeof series)[number]) =>
      descendants(child(ser, "spPr")!, "srgbClr")[0].getAttribute("val");
    expect(series.map(lineColour)).toEqual(["4472C4", "70AD47"]);
    expect(series.map((s) => child(s, "tx")?.textContent)).toEqual([
      LABELS.en.yearsRequired,
      LABELS.en.yearsIdentified,
    ]);
    const { years } = plan;
    const across = (range: string) => {
      const [first, last] = range.split(":");
      const row = first.replace(/^[A-Z]+/, "");
      return `'GPU Payback'!$${first.replace(/\d+$/, "")}$${row}:$${last.replace(/\d+$/, "")}$${row}`;
    };
    for (const ser of series) {
      const cat = child(ser, "cat")!;
      expect(descendants(cat, "f")[0].textContent).toBe(across(years.yearsRange));
      expect(descendants(cat, "v").map((v) => v.textContent)).toEqual([
        "2023",
        "2024",
        "2025",
        "2026",
        "2027",
        "2028",
        "2029",
        "2030",
      ]);
    }
    expect(series.map((s) => descendants(child(s, "val")!, "f")[0].textContent)).toEqual([
      across(years.rows.required),
      across(years.rows.identified),
    ]);
    const cache = (ser: (typeof series)[number]) =>
      descendants(child(ser, "val")!, "v").map((v) => Number(v.textContent));
    // Charges 20, 80, 140, 200, 260, 300… (a five-year life, 50 then 150 a year) ÷ (1 − 50%).
    expect(cache(series[0])).toEqual([40, 160, 280, 400, 520, 600, 600, 600]);
    expect(cache(series[1])).toEqual([75, 75, 75, 75, 75, 75, 75, 75]);
  });

  test("the drawing anchors each chart over the plan's cells", () => {
    const drawing = parseXml(parts["xl/drawings/drawing1.xml"]);
    const anchors = descendants(drawing, "twoCellAnchor");
    expect(anchors).toHaveLength(plan.charts.length);
    const column = (address: string) => address.charCodeAt(0) - 65;
    const row = (address: string) => Number(address.slice(1)) - 1;
    anchors.forEach((anchor, i) => {
      expectOrder(anchor, "twoCellAnchor");
      expectOrder(child(anchor, "graphicFrame")!, "graphicFrame");
      const cell = (marker: string) => {
        const m = child(anchor, marker)!;
        return [Number(child(m, "col")!.textContent), Number(child(m, "row")!.textContent)];
      };
      const { topLeft, bottomRight } = plan.charts[i];
      expect(cell("from")).toEqual([column(topLeft), row(topLeft)]);
      expect(cell("to")).toEqual([column(bottomRight) + 1, row(bottomRight) + 1]);
    });
  });
});

describe("the preview's whole workbook", () => {
  test("every sheet and every edit: a new spend, a grown table, a formula typed on Sheet1", async () => {
    const host = new HyperFormulaHost();
    const first = await host.pane.insertTemplate(buildTemplatePlan());
    const second = await host.pane.insertTemplate(
      buildTemplatePlan({ preset: "june2024", language: "zh-TW" })
    );
    host.edit.setInput(a.spend, "150", first);
    const tableEnd = Number(plan.table.range.replace(/^.*[A-Z](\d+)$/, "$1"));
    host.edit.setInput(`B${tableEnd + 1}`, "25", first);
    host.edit.setInput("A1", `=GPU.REQUIRED_REVENUE(10)+'${first}'!${a.gap}`, "Sheet1");
    host.edit.setInput("A2", '="GPU.GAP is a name"', "Sheet1");
    const { bytes, untranslated } = exportHostXlsx(host);
    expect(untranslated).toEqual([]);
    const written = readParts(bytes);
    const sheets = descendants(parseXml(written["xl/workbook.xml"]), "sheet").map((s) =>
      s.getAttribute("name")
    );
    expect(sheets).toEqual(["Sheet1", first, second]);

    const sheet1 = worksheetCells(written["xl/worksheets/sheet1.xml"]);
    // REQUIRED_REVENUE(10) = 10 × 2 ÷ 0.5 = 40; the gap is 600 − (75 + 25) = 500.
    expect(Number(sheet1.get("A1")?.value)).toBe(540);
    expect(sheet1.get("A1")?.formula).not.toMatch(/GPU\./);
    expect(sheet1.get("A2")).toMatchObject({ type: "str", value: "GPU.GAP is a name" });

    const edited = worksheetCells(written["xl/worksheets/sheet2.xml"]);
    expect(edited.get(a.requiredRevenue)?.value).toBe("600");
    expect(edited.get(a.gap)?.value).toBe("500");
    expect(edited.get(`B${tableEnd + 1}`)?.value).toBe("25");
    // GPU.CHARGES_IN_SERVICE's spill, written natively one formula a year (the translator's
    // cell-by-cell form), each with HyperFormula's value. 2023 takes the spend of 150 (the
    // preset's year), 2024 the June 2024 essay's 150, 2025 grows by 0%: 300 ÷ 5 = 60 a vintage,
    // so 60, 120, 180.
    const charges = parseRange(plan.years.rows.charges);
    const chargeCells = [0, 1, 2].map((i) => edited.get(formatCell(charges.left + i, charges.top)));
    expect(chargeCells.map((cell) => Number(cell?.value))).toEqual([60, 120, 180]);
    for (const cell of chargeCells) {
      expect(cell?.formula).toBeDefined();
      expect(cell?.formula).not.toMatch(/GPU\./);
    }
    expect(
      descendants(parseXml(written["xl/worksheets/sheet2.xml"]), "f").filter(
        (f) => f.getAttribute("t") === "array"
      )
    ).toEqual([]);

    const tables = [written["xl/tables/table1.xml"], written["xl/tables/table2.xml"]].map(parseXml);
    expect(tables.map((t) => t.getAttribute("ref"))).toEqual([
      plan.table.range.replace(/\d+$/, String(tableEnd + 1)),
      plan.table.range,
    ]);
    // Table names are unique in a workbook: the second sheet's table is renamed, its name follows.
    expect(tables.map((t) => t.getAttribute("name"))).toEqual([
      "GpuPaybackRevenue",
      "GpuPaybackRevenue2",
    ]);
    const names = descendants(parseXml(written["xl/workbook.xml"]), "definedName").map((n) => [
      n.getAttribute("localSheetId"),
      n.textContent,
    ]);
    expect(names).toEqual([
      ["1", `GpuPaybackRevenue[[${LABELS.en.revenue}]]`],
      ["2", `GpuPaybackRevenue2[[${LABELS["zh-TW"].revenue}]]`],
    ]);
    // Two charts a template sheet.
    expect(Object.keys(written).filter((p) => p.startsWith("xl/charts/"))).toHaveLength(4);
  });

  test("a spilled formula becomes an array formula over the cells it fills", async () => {
    const host = new HyperFormulaHost();
    host.edit.setInput("A1", "=GPU.ARTICLE_TABLE()", "Sheet1");
    const { bytes, untranslated } = exportHostXlsx(host);
    expect(untranslated).toEqual([]);
    const sheet = parseXml(readParts(bytes)["xl/worksheets/sheet1.xml"]);
    const formulas = descendants(sheet, "f");
    expect(formulas).toHaveLength(1);
    // The article's table: a header row and one row per company, three columns.
    expect(formulas[0].getAttribute("t")).toBe("array");
    expect(formulas[0].getAttribute("ref")).toBe(`A1:C${COMPANY_REVENUES.length + 1}`);
    expect(formulas[0].textContent).not.toMatch(/GPU\./);
  });
  test("functions newer than Excel 2007 get the file's _xlfn. prefix; strings and names do not", () => {
    expect(withFilePrefixes('IFNA(A1,"IFNA(x)")+STDEV.S(B1:B3)')).toBe(
      '_xlfn.IFNA(A1,"IFNA(x)")+_xlfn.STDEV.S(B1:B3)'
    );
    expect(withFilePrefixes("FILTER(A1:A3,A1:A3>0)")).toBe("_xlfn._xlws.FILTER(A1:A3,A1:A3>0)");
    expect(withFilePrefixes("SUM(IFS_total)+'IFNA sheet'!A1")).toBe(
      "SUM(IFS_total)+'IFNA sheet'!A1"
    );
    expect(withFilePrefixes("xor(TRUE, FALSE)")).toBe("_xlfn.xor(TRUE, FALSE)");
  });
});

describe("cell values of every type, and text that needs escaping", () => {
  const model: WorkbookModel = {
    activeSheet: 0,
    sheets: [
      {
        name: "R&D <2024>",
        cells: [
          { row: 0, col: 0, value: "a & b < c", formula: undefined },
          { row: 0, col: 1, value: true, formula: "1<2" },
          { row: 0, col: 2, value: { error: "#DIV/0!" }, formula: "1/0" },
          { row: 0, col: 3, value: "ok", formula: 'IF(1>0,"ok","no")' },
          { row: 1, col: 0, value: -0 },
          { row: 1, col: 1, value: 1e-7 },
          { row: 1, col: 2, value: null, formula: 'A1&""' },
        ],
        columnWidths: [],
        tables: [],
        names: [{ name: "Total", refersTo: "'R&D <2024>'!$A$2", sheetScoped: false }],
        charts: [],
      },
    ],
  };

  test("typed cached values (b, e, str), numbers as round-trip text, never -0", () => {
    const written = readParts(writeXlsx(model));
    const cells = worksheetCells(written["xl/worksheets/sheet1.xml"]);
    expect(cells.get("A1")).toMatchObject({ type: "s" });
    expect(sharedStrings(written)[Number(cells.get("A1")?.value)]).toBe("a & b < c");
    expect(cells.get("B1")).toMatchObject({ type: "b", formula: "1<2", value: "1" });
    expect(cells.get("C1")).toMatchObject({ type: "e", formula: "1/0", value: "#DIV/0!" });
    expect(cells.get("D1")).toMatchObject({
      type: "str",
      formula: 'IF(1>0,"ok","no")',
      value: "ok",
    });
    expect(cells.get("A2")?.value).toBe("0");
    expect(Number(cells.get("B2")?.value)).toBe(1e-7);
    expect(cells.get("C2")).toMatchObject({ formula: 'A1&""', value: undefined });
    const workbook = parseXml(written["xl/workbook.xml"]);
    expect(descendants(workbook, "sheet")[0].getAttribute("name")).toBe("R&D <2024>");
    const [name] = descendants(workbook, "definedName");
    expect(name.getAttribute("localSheetId")).toBeNull();
    expect(name.textContent).toBe("'R&D <2024>'!$A$2");
  });

  test("a line chart follows CT_LineChart and CT_LineSer", () => {
    const withChart: WorkbookModel = {
      ...model,
      sheets: [
        {
          ...model.sheets[0],
          charts: [
            {
              kind: "line",
              title: "By year",
              categories: { ref: "Sheet1!$A$1:$A$2", cache: ["2023", "2024"] },
              series: [
                { name: "Required", ref: "Sheet1!$B$1:$B$2", cache: [200, 600] },
                { name: "Identified", ref: "Sheet1!$C$1:$C$2", cache: [75, null] },
              ],
              anchor: { top: 3, left: 0, bottom: 10, right: 4 },
            },
          ],
        },
      ],
    };
    const space = parseXml(readParts(writeXlsx(withChart))["xl/charts/chart1.xml"]);
    const chart = child(space, "chart")!;
    expectOrder(chart, "chart");
    expect(child(chart, "legend")).toBeDefined();
    const line = descendants(space, "lineChart")[0];
    expectOrder(line, "lineChart");
    const series = descendants(line, "ser");
    series.forEach((ser) => expectOrder(ser, "lineSer"));
    // The missing value is left out of the cache (a gap), not written as 0.
    expect(descendants(child(series[1], "val")!, "pt").map((p) => p.getAttribute("idx"))).toEqual([
      "0",
    ]);
  });

  test("two sheets or two tables of one name are refused, not written", () => {
    const twice = {
      ...model,
      sheets: [model.sheets[0], { ...model.sheets[0], name: "r&d <2024>" }],
    };
    expect(() => writeXlsx(twice)).toThrow(/^Two sheets are named r&d <2024>/);
    expect(() => writeXlsx({ activeSheet: 0, sheets: [] })).toThrow(/at least one sheet/);
  });
});

describe("data validation, charts by rows, value labels", () => {
  test("each input's rule becomes dataValidation (its attributes, formula1) after sheetData", () => {
    expect(planValidations(plan).map((v) => [v.type, v.operator, v.formula])).toEqual([
      ["decimal", "greaterThanOrEqual", "0"], // spend
      ["decimal", "greaterThanOrEqual", "0"], // energy
      ["custom", undefined, `AND(ISNUMBER(${a.margin}),NOT(OR(${a.margin}<0,${a.margin}>=1)))`],
      [
        "custom",
        undefined,
        `AND(ISNUMBER(${a.cloudMargin}),NOT(OR(${a.cloudMargin}<0,${a.cloudMargin}>=1)))`,
      ],
      ["decimal", "greaterThan", "0"], // life, above 0 as the results take it
      ["decimal", "greaterThanOrEqual", "0"], // rate
      ["decimal", "greaterThanOrEqual", "0"], // spend growth
      ["decimal", "greaterThanOrEqual", "0"], // revenue growth
    ]);
    const sheet = parseXml(parts["xl/worksheets/sheet1.xml"]);
    expectOrder(sheet, "worksheet");
    const rules = descendants(sheet, "dataValidation");
    expect(rules.map((r) => [r.getAttribute("type"), r.getAttribute("sqref")])).toEqual([
      ["decimal", a.spend],
      ["decimal", a.energy],
      ["custom", a.margin],
      ["custom", a.cloudMargin],
      ["decimal", a.life],
      ["decimal", a.rate],
      ["decimal", a.spendGrowth],
      ["decimal", a.revenueGrowth],
    ]);
    expect(rules[0].getAttribute("operator")).toBe("greaterThanOrEqual");
    expect(rules[2].getAttribute("operator")).toBeNull();
    expect(rules[2].getAttribute("error")).toBe(
      "End-customer margin must be a percentage from 0% to below 100%."
    );
    expect(child(rules[2], "formula1")?.textContent).toBe(
      `AND(ISNUMBER(${a.margin}),NOT(OR(${a.margin}<0,${a.margin}>=1)))`
    );
    expect(child(rules[4], "formula1")?.textContent).toBe("0");
  });

  test("a line chart by rows: one series a row named by its first cell, categories from their row", async () => {
    const host = new HyperFormulaHost();
    const name = await host.pane.insertTemplate(plan);
    const grid = parseRange(plan.grids[0].valuesRange);
    const first = formatCell(grid.left - 1, grid.top);
    const second = formatCell(grid.right, grid.top + 1);
    const header = `${formatCell(grid.left, grid.top - 1)}:${formatCell(grid.right, grid.top - 1)}`;
    // The plan's line chart has no value labels: a chart by rows over the spend grid, with them.
    (host.sheet(name) as unknown as { charts: ChartPlan[] }).charts = [
      {
        type: "Line",
        title: "Rows",
        sourceRange: `${first}:${second}`,
        seriesBy: "Rows",
        categoriesRange: header,
        showLegend: true,
        showValues: true,
        topLeft: "A40",
        bottomRight: "F55",
      },
    ];
    const written = readParts(exportHostXlsx(host, { sheets: [name] }).bytes);
    const space = parseXml(written["xl/charts/chart1.xml"]);
    const line = descendants(space, "lineChart")[0];
    expectOrder(line, "lineChart");
    expectOrder(child(line, "dLbls")!, "dLbls");
    const series = descendants(line, "ser");
    expect(series.map((s) => child(s, "tx")?.textContent)).toEqual(
      GRID_SPENDS.slice(0, 2).map(String)
    );
    const values = descendants(child(series[1], "val")!, "v").map((v) => Number(v.textContent));
    expect(values).toEqual(GRID_MARGINS.map((m) => requiredRevenue(GRID_SPENDS[1], 1, m)));
    const categories = descendants(child(series[0], "cat")!, "v").map((v) => v.textContent);
    expect(categories).toEqual(GRID_MARGINS.map(String));
    expect(child(child(space, "chart")!, "legend")).toBeDefined();
  });
});

testWrittenFilesValidate(writtenFiles);
