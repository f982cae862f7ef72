/**
 * The exported files in LibreOffice, an engine no one here wrote. Every cached value is poisoned
 * (999999) before LibreOffice opens the file with a profile that recalculates on load, so only a
 * real recalculation of the written formulas passes: the article's figures, both grids, annual
 * required revenue and payback years, the row values over the years (worked out by hand), June
 * 2024, a spend changed in the file, a row added to the table, a sheet converted by the
 * translator; the GPU.* form shows #NAME? as it would to a colleague without the add-in. The
 * table, the sheet-scoped name and both charts survive LibreOffice's own round trip to .xlsx.
 * Two soffice runs in all (one batch to CSV, one to .xlsx), to keep the time modest.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { readFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { translateCells } from "../../src/engine/portable/translate";
import { exportHostXlsx } from "../../src/preview/xlsx/exportWorkbook";
import { exportTemplateXlsx } from "../../src/cli/exportTemplate";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { formatCell, parseRange } from "../../src/engine/a1";
import {
  GRID_MARGINS,
  GRID_SPENDS,
  LABELS,
  buildTemplatePlan,
  checkAddress,
  type TemplatePlan,
} from "../../src/template";
import {
  CSV_EVERY_SHEET,
  convert,
  csvValue,
  describeWithLibreOffice,
  readCsv,
  recalculatingProfile,
} from "./libreoffice";
import {
  child,
  descendants,
  parseXml,
  readAnyParts,
  readParts,
  worksheetCells,
  writtenFiles,
} from "./support";
import { FIRST_SHEET, POISON, editPart, poisoned, setNumber } from "./poison";
import { testWrittenFilesValidate } from "./schemas";

const SHEET = FIRST_SHEET;

/** A new row of cells, placed in row order (the row must not exist yet). */
function addRow(xml: string, row: number, cells: string): string {
  if (xml.includes(`<row r="${row}"`)) throw new Error(`Row ${row} exists`);
  const later = new RegExp(`<row r="(\\d+)"`, "g");
  for (const match of xml.matchAll(later)) {
    if (Number(match[1]) > row)
      return xml.replace(match[0], `<row r="${row}">${cells}</row>${match[0]}`);
  }
  return xml.replace("</sheetData>", `<row r="${row}">${cells}</row></sheetData>`);
}

/** The cached value of every formula cell of the first sheet: a number, or a formula's text. */
function formulaValues(bytes: Uint8Array): Map<string, number | string> {
  return new Map(
    Array.from(worksheetCells(readParts(bytes)[SHEET]))
      .filter(([, cell]) => cell.formula !== undefined)
      .map(([address, cell]) => [
        address,
        cell.type === "str" ? (cell.value ?? "") : Number(cell.value),
      ])
  );
}

/** The figures a sheet must show, by address. */
function figures(plan: TemplatePlan, f: Record<string, number>): Array<[string, number]> {
  const a = plan.addresses as unknown as Record<string, string>;
  return Object.entries(f).map(([key, value]) => [a[key], value]);
}

/**
 * Both grids at the article's inputs (energy 1, no cloud margin, rate 0), worked out by hand:
 * required revenue = spend × 2 ÷ (1 − margin); annual required revenue of the 50 of spend =
 * 100 ÷ life ÷ (1 − margin).
 */
function gridFigures(plan: TemplatePlan): Array<[string, number]> {
  return plan.grids.flatMap((grid) => {
    const values = parseRange(grid.valuesRange);
    return grid.rows.flatMap((row, i) =>
      grid.margins.map((margin, j): [string, number] => [
        formatCell(values.left + j, values.top + i),
        grid.rowsVary === "spend" ? (row * 2) / (1 - margin) : 100 / row / (1 - margin),
      ])
    );
  });
}

/** Each cell of a row "F27:M27" with its value, in order. */
function rowFigures(range: string, values: readonly number[]): Array<[string, number]> {
  const { top, left, right } = parseRange(range);
  expect(right - left + 1).toBe(values.length);
  return values.map((value, i): [string, number] => [formatCell(left + i, top), value]);
}

describeWithLibreOffice("in LibreOffice (headless soffice, recalculating on load)", (soffice) => {
  const plan = buildTemplatePlan();
  const nativePlan = buildTemplatePlan({ formulas: "native" });
  const june = buildTemplatePlan({ preset: "june2024" });
  const tableEnd = parseRange(plan.table.range).bottom + 1;
  let dir: string;
  let out: string;
  /** HyperFormula's cached values of every formula cell of the native and the GPU.* template. */
  let cached: Map<string, number | string>;
  let gpuCached: Map<string, number | string>;
  const sheet = (file: string, sheetName = plan.sheetName) =>
    readCsv(path.join(out, `${file}-${sheetName}.csv`));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "gpu-lo-"));
    out = path.join(dir, "out");
    const write = (name: string, bytes: Uint8Array): string => {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    };
    const article = (await exportTemplateXlsx()).bytes;
    const gpu = (await exportTemplateXlsx({ formulas: "gpu" })).bytes;
    cached = formulaValues(article);
    gpuCached = formulaValues(gpu);

    // A sheet inserted with GPU.* formulas and made portable by the translator, then an edit.
    const host = new HyperFormulaHost();
    const converted = await host.pane.insertTemplate(plan);
    const formulas = Array.from(gpuCached.keys()).map((address) => ({
      address,
      formula: host.formula(address, converted) as string,
    }));
    const translation = translateCells(formulas);
    expect(translation.untranslated).toEqual([]);
    for (const cell of translation.converted)
      host.edit.setInput(cell.address, cell.formula, converted);
    // Functions newer than Excel 2007, typed by a user: stored with their _xlfn. prefix.
    host.edit.setInput("A1", "=IFNA(NA(),7)", "Sheet1");
    host.edit.setInput("A2", "=STDEV.S(1,2,3)", "Sheet1");
    host.edit.setInput("A3", '=TEXTJOIN("-",TRUE,"a","b")', "Sheet1");
    // Formulas HyperFormula cannot read but Excel can: written as formulas, computed on loading.
    ["1", "2", "3", "4"].forEach((value, i) => host.edit.setInput(`B${i + 1}`, value, "Sheet1"));
    host.edit.setInput("A4", "=SUM(B1:B3 B2:B4)", "Sheet1");
    host.edit.setInput("A5", "=1E308*10", "Sheet1");
    const portable = exportHostXlsx(host, { formulas: "gpu" }).bytes;

    // A tab and a line break in the revenue column's header, as a paste may bring them.
    const tabbed = new HyperFormulaHost();
    const tabbedSheet = await tabbed.pane.insertTemplate(plan);
    const table = parseRange(plan.table.range);
    const header = formatCell(table.left + plan.table.revenueColumn, table.top);
    tabbed.edit.setInput(header, "AI\trevenue\n($B)", tabbedSheet);
    expect(tabbed.value(header, tabbedSheet)).toBe("AI\trevenue\n($B)");

    const files = [
      write("article", poisoned(article)),
      write("tabbed", poisoned(exportHostXlsx(tabbed, { sheets: [tabbedSheet] }).bytes)),
      write("june", poisoned((await exportTemplateXlsx({ preset: "june2024" })).bytes)),
      write("chinese", poisoned((await exportTemplateXlsx({ language: "zh-TW" })).bytes)),
      write(
        "spend80",
        poisoned(editPart(article, SHEET, (xml) => setNumber(xml, plan.addresses.spend, 80)))
      ),
      write(
        "grown",
        poisoned(
          editPart(
            editPart(article, SHEET, (xml) =>
              addRow(
                xml,
                tableEnd + 1,
                `<c r="A${tableEnd + 1}" t="inlineStr"><is><t>Added</t></is></c><c r="B${tableEnd + 1}"><v>25</v></c>`
              )
            ),
            "xl/tables/table1.xml",
            (xml) =>
              xml.replace(
                new RegExp(`ref="(A\\d+):C${tableEnd}"`, "g"),
                `ref="$1:C${tableEnd + 1}"`
              )
          )
        )
      ),
      write("portable", poisoned(portable)),
      write("gpu", poisoned(gpu)),
      write(
        "margin50",
        poisoned(editPart(article, SHEET, (xml) => setNumber(xml, plan.addresses.margin, 50)))
      ),
    ];
    const profile = recalculatingProfile(path.join(dir, "profile"));
    const csvs = files.map((file) => `${path.basename(file, ".xlsx")}-${plan.sheetName}.csv`);
    await convert(soffice, profile, files, CSV_EVERY_SHEET, out, [
      ...csvs.filter((name) => !name.startsWith("chinese")),
      `chinese-${LABELS["zh-TW"].sheetName}.csv`,
      "portable-Sheet1.csv",
    ]);
    await convert(soffice, profile, [write("roundtrip", article)], "xlsx", path.join(out, "xlsx"), [
      "roundtrip.xlsx",
    ]);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const rounded = (value: number | string): number | string =>
    typeof value === "number" ? Number(value.toPrecision(12)) : value;

  function expectFigures(rows: string[][], expected: Array<[string, number | string]>): void {
    for (const [address, value] of expected) {
      expect({ address, actual: rounded(csvValue(rows, address)) }).toEqual({
        address,
        actual: rounded(value),
      });
    }
  }

  test("the article's figures and the whole grid, recalculated (the cached values were 999999)", () => {
    const rows = sheet("article");
    expectFigures(
      rows,
      figures(plan, {
        dataCenterCost: 100,
        requiredRevenue: 200,
        identifiedRevenue: 75,
        gap: 125,
        coverage: 0.375,
        breakevenSpend: 18.75,
      })
    );
    expectFigures(rows, gridFigures(plan));
  });

  test("annual required revenue 40, payback in 2⅔ years, and over the years, worked out by hand", () => {
    const rows = sheet("article");
    // 100 of data-center cost over 5 years ÷ (1 − 50%) = 40 a year; 75 × 50% = 37.5 a year pays 100.
    expectFigures(rows, figures(plan, { annualRequiredRevenue: 40, paybackYears: 100 / 37.5 }));
    const { rows: years } = plan.years;
    // Spend 50 in 2023 and 150 a year after, a five-year life: 2023's 100 is charged 20 a year
    // (to 2027), each later year's 300 adds 60 a year.
    expectFigures(
      rows,
      rowFigures(plan.years.yearsRange, [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030])
    );
    expectFigures(rows, rowFigures(years.charges, [20, 80, 140, 200, 260, 300, 300, 300]));
    expectFigures(rows, rowFigures(years.required, [40, 160, 280, 400, 520, 600, 600, 600]));
    expectFigures(rows, rowFigures(years.gap, [-35, 85, 205, 325, 445, 525, 525, 525]));
    expectFigures(
      rows,
      rowFigures(years.cumulativeGap, [-35, 50, 255, 580, 1025, 1550, 2075, 2600])
    );
  });

  test("every formula cell equals HyperFormula's value, and none kept the poison", () => {
    expect(cached.size).toBeGreaterThanOrEqual(7 + GRID_SPENDS.length * GRID_MARGINS.length);
    expect(cached.get(checkAddress(nativePlan))).toBe(LABELS.en.checkOk);
    const rows = sheet("article");
    expectFigures(rows, Array.from(cached));
    for (const address of cached.keys()) expect(csvValue(rows, address)).not.toBe(Number(POISON));
  });

  test("June 2024: 600 required, 525 gap; Traditional Chinese: the same figures", () => {
    expectFigures(
      sheet("june"),
      figures(june, { requiredRevenue: 600, gap: 525, identifiedRevenue: 75 })
    );
    const chinese = buildTemplatePlan({ language: "zh-TW" });
    expectFigures(
      sheet("chinese", chinese.sheetName),
      figures(chinese, { requiredRevenue: 200, gap: 125, coverage: 0.375 })
    );
  });

  test("spend changed to 80 in the file: 160, 320, gap 245, coverage 23.4375%", () => {
    expectFigures(
      sheet("spend80"),
      figures(plan, {
        dataCenterCost: 160,
        requiredRevenue: 320,
        gap: 245,
        coverage: 75 / 320,
        breakevenSpend: 18.75,
        // 160 ÷ 5 years ÷ (1 − 50%) = 64 a year; 160 ÷ 37.5 years to pay back.
        annualRequiredRevenue: 64,
        paybackYears: 160 / 37.5,
      })
    );
  });

  test("a tab and a line break in the table's header: the name over its column still totals it", () => {
    expectFigures(
      sheet("tabbed"),
      figures(plan, { identifiedRevenue: 75, gap: 125, coverage: 0.375, breakevenSpend: 18.75 })
    );
  });

  test("a row of 25 added to the table (its range grown): identified 100, gap 100, coverage 50%", () => {
    expectFigures(
      sheet("grown"),
      figures(plan, { identifiedRevenue: 100, gap: 100, coverage: 0.5, breakevenSpend: 25 })
    );
  });

  test("a sheet converted from GPU.* by the translator, exported, gives the same values", () => {
    const rows = sheet("portable");
    expectFigures(rows, Array.from(gpuCached));
    const formulas = Array.from(
      worksheetCells(
        readParts(readFileSync(path.join(dir, "portable.xlsx")))["xl/worksheets/sheet2.xml"]
      ).values()
    )
      .map((cell) => cell.formula)
      .filter((formula) => formula !== undefined);
    // GPU.CHARGES_IN_SERVICE's one array formula became one formula a year.
    expect(formulas).toHaveLength(gpuCached.size + plan.years.years.length - 1);
    expect(formulas.filter((formula) => /GPU\./i.test(formula as string))).toEqual([]);
  });

  test("functions newer than Excel 2007 (IFNA, STDEV.S, TEXTJOIN), stored with _xlfn., still compute", () => {
    const rows = sheet("portable", "Sheet1");
    expect(["A1", "A2", "A3"].map((address) => csvValue(rows, address))).toEqual([7, 1, "a-b"]);
  });

  test("formulas only HyperFormula could not read are computed: an intersection 5, an overflow an error", () => {
    const rows = sheet("portable", "Sheet1");
    // B1:B3 ∩ B2:B4 is B2:B3: 2 + 3.
    expect(csvValue(rows, "A4")).toBe(5);
    expect(csvValue(rows, "A5")).toMatch(/^(#NUM!|Err:\d+)$/);
  });

  test("a margin typed as 50 (for 50%): an error value in the results, the check cell says why", () => {
    const rows = sheet("margin50");
    expect(csvValue(rows, checkAddress(nativePlan))).toBe(
      "End-customer margin must be a percentage from 0% to below 100%."
    );
    expect(csvValue(rows, plan.addresses.requiredRevenue)).toMatch(
      /^(#N\/A|#VALUE!|#NUM!|Err:\d+)$/
    );
    expect(csvValue(rows, plan.addresses.gap)).toMatch(/^(#N\/A|#VALUE!|#NUM!|Err:\d+)$/);
  });

  test("the GPU.* form shows #NAME? without the add-in, as a colleague's spreadsheet would", () => {
    const rows = sheet("gpu");
    expect(csvValue(rows, plan.addresses.requiredRevenue)).toBe("#NAME?");
    expect(csvValue(rows, plan.addresses.gap)).toBe("#NAME?");
    expect(csvValue(rows, plan.addresses.identifiedRevenue)).toBe(75); // SUM is native
  });

  test("the table, the sheet-scoped name and both charts survive LibreOffice's round trip", () => {
    const parts = readAnyParts(readFileSync(path.join(out, "xlsx", "roundtrip.xlsx")));
    const tables = Object.keys(parts).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    expect(tables).toHaveLength(1);
    const table = parseXml(parts[tables[0]]);
    expect(table.getAttribute("ref")).toBe(plan.table.range);
    expect(descendants(table, "tableColumn").map((c) => c.getAttribute("name"))).toEqual(
      plan.table.headers
    );
    const names = descendants(parseXml(parts["xl/workbook.xml"]), "definedName").filter(
      (n) => n.getAttribute("name") === "Revenues"
    );
    expect(names).toHaveLength(1);
    expect(names[0].getAttribute("localSheetId")).toBe("0");
    expect(names[0].textContent).toMatch(/^GpuPaybackRevenue\[/);
    const charts = Object.keys(parts)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
      .map((p) => parseXml(parts[p]));
    expect(charts).toHaveLength(2);
    const kind = (space: (typeof charts)[number]) =>
      descendants(space, "barChart").length > 0 ? "column" : "line";
    const column = charts.find((space) => kind(space) === "column")!;
    const line = charts.find((space) => kind(space) === "line")!;
    expect(descendants(line, "lineChart")).toHaveLength(1);
    const title = (space: (typeof charts)[number]) =>
      child(descendants(space, "title")[0], "tx")?.textContent;
    expect(title(column)).toContain(LABELS.en.chartTitle);
    expect(title(line)).toContain(LABELS.en.yearsChartTitle);
    expect(descendants(column, "f").map((f) => f.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^'GPU Payback'!\$B\$\d+:\$B\$\d+$/)])
    );
    // The series keep the template's colours in LibreOffice's own copy: a colour a column, a line.
    const colours = (element: (typeof charts)[number]) =>
      descendants(element, "srgbClr").map((c) => c.getAttribute("val")?.toUpperCase());
    const columnPoints = descendants(column, "dPt").map((p) => colours(p)[0]);
    expect(columnPoints).toEqual(["4472C4", "70AD47", "ED7D31"]);
    const lineColours = descendants(line, "ser").map((s) => colours(child(s, "spPr")!)[0]);
    expect(lineColours).toEqual(["4472C4", "70AD47"]);
    // The line chart keeps its two series by row and the years as categories.
    const [first, last] = plan.years.yearsRange.split(":");
    const yearsRef = `'GPU Payback'!$${first.replace(/\d+$/, "")}$${first.replace(/^[A-Z]+/, "")}:$${last.replace(/\d+$/, "")}$${last.replace(/^[A-Z]+/, "")}`;
    const lineSeries = descendants(line, "ser");
    expect(lineSeries).toHaveLength(2);
    for (const ser of lineSeries) {
      expect(descendants(child(ser, "cat")!, "f")[0]?.textContent).toBe(yearsRef);
    }
  });
});

testWrittenFilesValidate(writtenFiles);
