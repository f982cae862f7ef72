import { buildTemplatePlan, MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "../../src/template";
import { ExcelHost, structuredColumnReference } from "../../src/taskpane/excelHost";
import { PaneError } from "../../src/taskpane/host";
import { absolute, cellsOf, fixedColumn, fixedRow, offset } from "../support/cells";
import { excelError, FakeWorkbook, type FakeWorkbookOptions } from "./fakeExcel";

const sept = buildTemplatePlan({ preset: "sept2023", language: "en" });
/**
 * The template's cells by what they are, from the plan (test/support/cells.ts): these tests say
 * that the host writes each one, not where the plan puts it (test/template/plan.test.ts pins that).
 * Literal addresses below are cells of a user's own sheets (Sheet1, Model), not of the template.
 */
const c = cellsOf(sept);

function setUp(options: FakeWorkbookOptions = {}) {
  const workbook = new FakeWorkbook(options);
  return { workbook, host: new ExcelHost(workbook.environment()) };
}

async function failure(promise: Promise<unknown>): Promise<PaneError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PaneError);
    return error as PaneError;
  }
  throw new Error("expected the call to fail");
}

describe("ExcelHost.insertTemplate: the Sept 2023 preset in English", () => {
  let workbook: FakeWorkbook;
  let before: { sheets: unknown[] };
  let name: string;
  // Each test inserts the template anew, not once in a beforeAll: StrykerJS's per-test coverage
  // credits what a beforeAll runs to no test, so its mutants survived these tests
  // (docs/mutation.md).
  beforeEach(async () => {
    const setup = setUp({ sheets: ["Sheet1", "Budget"] });
    workbook = setup.workbook;
    before = workbook.snapshot() as { sheets: unknown[] };
    name = await setup.host.insertTemplate(sept);
  });
  const cell = (address: string) => workbook.sheet("GPU Payback")!.cells.get(address);

  it("makes a new sheet named GPU Payback in two round trips", () => {
    expect(name).toBe("GPU Payback");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Budget", "GPU Payback"]);
    expect(workbook.syncs).toBe(2);
    expect(workbook.runs).toBe(1);
    expect(workbook.loads).toEqual(["items/name", "items/name", "items/name"]);
  });

  it("writes the inputs as values with their number formats, marked as inputs", () => {
    expect(cell(c.label(c.spend))?.value).toBe("GPU spend ($B)");
    expect(cell(c.spend)).toMatchObject({ value: 50, numberFormat: '"$"#,##0.0"B"' });
    expect(cell(c.energy)).toMatchObject({ value: 1, numberFormat: "0.00" });
    expect(cell(c.margin)).toMatchObject({ value: 0.5, numberFormat: "0.0%" });
    for (const address of [c.spend, c.energy, c.margin]) {
      expect(cell(address)?.format).toEqual({ bold: true, color: "#0000FF", fill: "#FFF2CC" });
    }
  });

  it("writes the data validation of every input, with its input message (ExcelApi 1.8)", () => {
    expect(cell(c.spend)?.validation).toEqual({
      rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      prompt: { showPrompt: true, title: "GPU spend ($B)", message: "Enter a number, 0 or more." },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: "GPU spend ($B)",
        message: "GPU spend ($B) must be a number, 0 or more.",
      },
    });
    const m = c.margin;
    expect(cell(m)?.validation?.rule).toEqual({
      custom: { formula: `=AND(ISNUMBER(${m}),NOT(OR(${m}<0,${m}>=1)))` },
    });
    expect(cell(c.life)?.validation?.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThan" },
    });
    const validated = [...workbook.sheet("GPU Payback")!.cells].filter(([, c]) => c.validation);
    expect(validated.map(([address]) => address)).toEqual(
      sept.cells.filter((c) => c.validation).map((c) => c.address)
    );
  });

  it("writes every result as a formula over the inputs and the Revenues name", () => {
    const { spend, energy, margin, cloudMargin, requiredRevenue, identifiedRevenue } = c;
    expect(cell(c.dataCenterCost)).toMatchObject({
      formula: `=GPU.DATACENTER_COST(${spend},${energy})`,
    });
    expect(cell(requiredRevenue)).toMatchObject({
      formula: `=GPU.REQUIRED_REVENUE(${spend},${energy},${margin},${cloudMargin})`,
    });
    expect(cell(identifiedRevenue)).toMatchObject({ formula: "=SUM(Revenues)" });
    expect(cell(c.gap)).toMatchObject({ formula: `=GPU.GAP(Revenues,${requiredRevenue})` });
    expect(cell(c.coverage)).toMatchObject({
      formula: `=GPU.COVERAGE(Revenues,${requiredRevenue})`,
    });
    expect(cell(c.breakevenSpend)).toMatchObject({
      formula: `=GPU.BREAKEVEN_SPEND(${identifiedRevenue},${energy},${margin})`,
    });
    for (const address of [
      c.dataCenterCost,
      requiredRevenue,
      identifiedRevenue,
      c.gap,
      c.breakevenSpend,
    ])
      expect(cell(address)).toMatchObject({ numberFormat: MONEY_FORMAT, format: { bold: true } });
    expect(cell(c.coverage)?.numberFormat).toBe(PERCENT_FORMAT);
    for (const address of c.results) expect(cell(address)?.value).toBeUndefined();
  });

  it("gives each style its font, fill and alignment: italic notes, centred grid headers, plain labels", () => {
    const grid = c.grid("spend");
    expect(cell(c.source)?.format).toEqual({ italic: true, color: "#404040" });
    expect(cell(c.method)?.format).toEqual({ italic: true, color: "#595959" });
    expect(cell(c.section("inputs").top)?.format).toEqual({
      bold: true,
      size: 12,
      color: "#1F3864",
    });
    expect(cell(grid.marginHeader(0.3))?.format).toEqual({
      bold: true,
      fill: "#D9E1F2",
      horizontalAlignment: "Center",
    });
    expect(cell(grid.rowHeader(25))?.format).toEqual(cell(grid.marginHeader(0.3))?.format);
    expect(cell(c.label(c.spend))?.format).toEqual({}); // a label
    expect(cell(grid.cell(25, 0.3))?.format).toEqual({}); // a grid cell
  });

  it("writes the title, the source and the method", () => {
    const r = c.requiredRevenue;
    expect(cell(c.title)).toMatchObject({
      formula: `=IFERROR("GPU Payback: AI's $"&IF(ROUND(${r},0)>=1000,ROUND(${r}/1000,1)&"T Question",ROUND(${r},0)&"B Question"),"GPU Payback")`,
      format: { bold: true, size: 16, color: "#1F3864" },
    });
    expect(cell(c.source)?.value).toBe(
      'Source: David Cahn, "AI\'s $200B Question", Sequoia Capital, September 2023'
    );
    expect(String(cell(c.method)?.value)).toMatch(/^Method: GPU spend × \(1 \+ energy\)/);
  });

  it("writes the company table as an Excel table with 12 rows totalling 75", () => {
    const table = workbook.tables.find((t) => t.sheet === "GPU Payback");
    expect(table).toEqual({
      name: "GpuPaybackRevenue",
      sheet: "GPU Payback",
      range: sept.table.range, // where the plan puts it: last on the sheet, below the debate
      hasHeaders: true,
      style: "TableStyleMedium2",
    });
    expect(c.table.headers.map((a) => cell(a)?.value)).toEqual([
      "Company",
      "AI revenue ($B)",
      "Basis in the article",
    ]);
    expect(c.table.rows).toHaveLength(12);
    const companies = c.table.rows.map((row) => cell(row.name)?.value);
    expect(companies).toEqual([
      "OpenAI",
      "Google",
      "Microsoft",
      "Meta",
      "Apple",
      "Oracle",
      "ByteDance",
      "Alibaba",
      "Tencent",
      "X",
      "Tesla",
      "Other (not itemised)",
    ]);
    const revenues = c.table.rows.map((row) => cell(row.revenue)?.value as number);
    expect(revenues).toEqual([1, 10, 10, 10, 10, 5, 5, 5, 5, 5, 5, 4]);
    expect(revenues.reduce((a, b) => a + b, 0)).toBe(75);
    expect(cell(c.company("Microsoft").revenue)?.value).toBe(10);
    for (const row of c.table.rows) expect(cell(row.revenue)?.numberFormat).toBe(MONEY_FORMAT);
    // only the revenue column has a number format, and only below its header
    const [first, last] = [c.table.rows[0], c.table.rows[11]];
    for (const address of [...c.table.headers, first.name, first.basis, last.name, last.basis])
      expect([address, cell(address)?.numberFormat]).toEqual([address, undefined]);
    expect(cell(c.table.below)).toBeUndefined();
  });

  it("names the revenue column Revenues on the sheet, as a structured reference to the table", () => {
    expect(workbook.sheet("GPU Payback")!.names).toEqual([
      {
        name: "Revenues",
        formula: "=GpuPaybackRevenue[[AI revenue ($B)]]",
        comment: "The AI revenue column of the company table",
      },
    ]);
    // The name exists before any formula that uses it is written.
    const nameAt = workbook.commands.findIndex((c) => c.startsWith("names.add Revenues"));
    const firstFormula = workbook.commands.findIndex((c) => c.startsWith("range.formulas"));
    expect(nameAt).toBeGreaterThan(-1);
    expect(nameAt).toBeLessThan(firstFormula);
  });

  it("writes the 6 × 5 sensitivity grid as formulas that follow the energy and cloud margin inputs", () => {
    const grid = c.grid("spend");
    expect(cell(grid.corner)?.value).toBe("GPU spend ↓ / margin →");
    expect(grid.marginHeaders.map((a) => cell(a)?.value)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(grid.rowHeaders.map((a) => cell(a)?.value)).toEqual([25, 50, 100, 150, 200, 300]);
    const [energy, cloudMargin] = [c.energy, c.cloudMargin].map(absolute);
    let formulas = 0;
    for (const spend of [25, 50, 100, 150, 200, 300])
      for (const margin of [0.3, 0.4, 0.5, 0.6, 0.7]) {
        const [row, column] = [
          fixedColumn(grid.rowHeader(spend)),
          fixedRow(grid.marginHeader(margin)),
        ];
        expect(cell(grid.cell(spend, margin))).toMatchObject({
          formula: `=GPU.REQUIRED_REVENUE(${row},${energy},${column},${cloudMargin})`,
          numberFormat: MONEY_FORMAT,
        });
        formulas++;
      }
    expect(formulas).toBe(30);
  });

  it("adds a column chart of required vs identified revenue and the gap, and a line chart by year", () => {
    // where the plan places them (its own test says where that is), over the cells it names
    const [columns, lines] = sept.charts;
    expect(columns.sourceRange).toBe(`${c.label(c.requiredRevenue)}:${c.gap}`);
    expect(lines.sourceRange).toBe(
      `${c.years.label("required")}:${c.years.year("identified", 2030)}`
    );
    expect(workbook.sheet("GPU Payback")!.charts).toEqual([
      {
        type: "ColumnClustered",
        source: columns.sourceRange,
        seriesBy: "Columns",
        title: "Required vs identified AI revenue ($B)",
        legendVisible: false,
        showValue: true,
        topLeft: columns.topLeft,
        bottomRight: columns.bottomRight,
      },
      {
        type: "Line",
        source: lines.sourceRange,
        seriesBy: "Rows",
        title: "Required vs identified AI revenue by year ($B)",
        legendVisible: true,
        showValue: false,
        categoryNames: sept.years.yearsRange,
        topLeft: lines.topLeft,
        bottomRight: lines.bottomRight,
      },
    ]);
  });

  it("sets the column widths, then activates the sheet and selects GPU spend", () => {
    const widths = workbook.sheet("GPU Payback")!.columnWidths;
    expect(Object.fromEntries(widths)).toEqual(
      Object.fromEntries(sept.columnWidths.map((w) => [w.column, w.points]))
    );
    expect(workbook.activeSheet).toBe("GPU Payback");
    expect(workbook.sheet("GPU Payback")!.selection).toBe(c.spend);
    expect(workbook.commands.slice(-2)).toEqual([
      "activate on GPU Payback",
      `select ${c.spend} on GPU Payback`,
    ]);
  });

  it("writes every cell of the plan exactly, and nothing else outside the table", () => {
    const written = workbook.sheet("GPU Payback")!.cells;
    for (const planned of sept.cells) {
      const actual = written.get(planned.address);
      if (planned.formula !== undefined) expect(actual?.formula).toBe(planned.formula);
      else expect(actual?.value).toBe(planned.value);
      expect(actual?.numberFormat).toBe(planned.numberFormat);
    }
    const tableCells = 13 * 3;
    expect(written.size).toBe(sept.cells.length + tableCells);
  });

  it("gives the cells a formula spills into their format only: no value written blocks the spill", () => {
    const formatOnly = sept.cells.filter((p) => p.formula === undefined && p.value === undefined);
    expect(formatOnly.length).toBeGreaterThan(0);
    for (const planned of formatOnly) {
      const writes = workbook.commands.filter((c) =>
        c.endsWith(` ${planned.address} on GPU Payback`)
      );
      expect([planned.address, writes]).toEqual([
        planned.address,
        [`range.numberFormat ${planned.address} on GPU Payback`],
      ]);
    }
  });

  it("touches nothing that was there", () => {
    const after = workbook.snapshot() as { sheets: unknown[] };
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(workbook.commands.filter((c) => / on (Sheet1|Budget)$/.test(c))).toEqual([]);
  });
});

describe("ExcelHost.insertTemplate: names", () => {
  it("never reuses a sheet name: GPU Payback (2), then (3), ignoring case", async () => {
    const { workbook, host } = setUp({ sheets: ["Sheet1", "gpu PAYBACK"] });
    expect(await host.insertTemplate(sept)).toBe("GPU Payback (2)");
    expect(await host.insertTemplate(sept)).toBe("GPU Payback (3)");
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "gpu PAYBACK",
      "GPU Payback (2)",
      "GPU Payback (3)",
    ]);
    // the fake's existing sheets hold their name in A1 (a user's cell, not the template's)
    expect(workbook.sheet("gpu PAYBACK")!.cells.get("A1")?.value).toBe("gpu PAYBACK data");
  });

  it("gives each inserted sheet its own table, and each Revenues name refers to its own table", async () => {
    const { workbook, host } = setUp();
    const names = [
      await host.insertTemplate(sept),
      await host.insertTemplate(sept),
      await host.insertTemplate(sept),
    ];
    expect(names).toEqual(["GPU Payback", "GPU Payback (2)", "GPU Payback (3)"]);
    expect(workbook.tables.map((t) => [t.sheet, t.name])).toEqual([
      ["GPU Payback", "GpuPaybackRevenue"],
      ["GPU Payback (2)", "GpuPaybackRevenue2"],
      ["GPU Payback (3)", "GpuPaybackRevenue3"],
    ]);
    expect(names.map((n) => workbook.sheet(n)!.names[0].formula)).toEqual([
      "=GpuPaybackRevenue[[AI revenue ($B)]]",
      "=GpuPaybackRevenue2[[AI revenue ($B)]]",
      "=GpuPaybackRevenue3[[AI revenue ($B)]]",
    ]);
    expect(workbook.syncs).toBe(6);
  });

  it("avoids the names of existing tables and workbook names, whatever their case", async () => {
    const { workbook, host } = setUp({
      tables: [["gpupaybackrevenue", "Sheet1", "A1:B3"]],
      names: ["GpuPaybackRevenue2"],
    });
    const before = workbook.snapshot() as { tables: unknown[]; names: unknown[] };
    await host.insertTemplate(sept);
    expect(workbook.tables.map((t) => t.name)).toEqual(["gpupaybackrevenue", "GpuPaybackRevenue3"]);
    expect(workbook.sheet("GPU Payback")!.names[0].formula).toBe(
      "=GpuPaybackRevenue3[[AI revenue ($B)]]"
    );
    const after = workbook.snapshot() as { tables: unknown[]; names: unknown[] };
    expect(after.tables[0]).toEqual(before.tables[0]);
    expect(after.names).toEqual(before.names);
  });

  it("escapes [ ] # ' and @ in a structured reference's column name", () => {
    expect(structuredColumnReference("T", "AI revenue ($B)")).toBe("=T[[AI revenue ($B)]]");
    expect(structuredColumnReference("T", "a[1]#'x'@y")).toBe("=T[[a'[1']'#''x'''@y]]");
    expect(structuredColumnReference("T", "AI 營收（十億美元）")).toBe("=T[[AI 營收（十億美元）]]");
  });
});

describe("ExcelHost.insertTemplate: languages and presets", () => {
  it("writes the zh-TW labels with the same formulas, formats and layout", async () => {
    const { workbook, host } = setUp();
    const zh = buildTemplatePlan({ preset: "sept2023", language: "zh-TW" });
    expect(await host.insertTemplate(zh)).toBe("GPU 回本試算");
    expect(await host.insertTemplate(sept)).toBe("GPU Payback");
    const zhCells = workbook.sheet("GPU 回本試算")!.cells;
    const enCells = workbook.sheet("GPU Payback")!.cells;
    const z = cellsOf(zh);
    expect(zhCells.get(z.title)?.formula).toBe(zh.cells[0].formula);
    expect(zhCells.get(z.label(z.spend))?.value).toBe("GPU 支出（十億美元）");
    expect(zhCells.get(z.label(z.gap))?.value).toBe("營收缺口（十億美元）");
    expect(zhCells.get(z.table.headers[1])?.value).toBe("AI 營收（十億美元）");
    expect(zhCells.get(z.table.rows[11].name)?.value).toBe("其他（未逐項列出）");
    expect(zhCells.get(z.company("Meta").basis)?.value).toBe("假設");
    expect(zhCells.get(z.life)?.validation?.prompt).toEqual({
      showPrompt: true,
      title: "使用年限（年）",
      message: "請輸入 大於 0 的數字。",
    });
    expect(workbook.sheet("GPU 回本試算")!.names[0].formula).toBe(
      "=GpuPaybackRevenue[[AI 營收（十億美元）]]"
    );
    expect(workbook.sheet("GPU 回本試算")!.charts[0].title).toBe(
      "所需營收 vs 已確認營收（十億美元）"
    );
    expect(zhCells.size).toBe(enCells.size);
    // The same formulas but for the words they write (and the title's $B or 億).
    const words = (formula?: string) => formula?.replace(/"[^"]*"/g, '""').replace("*10", "");
    for (const [address, en] of enCells) {
      const other = zhCells.get(address)!;
      expect([address, words(other.formula), other.numberFormat]).toEqual([
        address,
        words(en.formula),
        en.numberFormat,
      ]);
      if (typeof en.value === "number") expect(other.value).toBe(en.value);
    }
    expect(zhCells.get(z.requiredRevenue)?.formula).toBe(
      `=GPU.REQUIRED_REVENUE(${z.spend},${z.energy},${z.margin},${z.cloudMargin})`
    );
    expect(zhCells.get(z.gap)?.formula).toBe(`=GPU.GAP(Revenues,${z.requiredRevenue})`);
  });

  it("writes 150 as GPU spend for the June 2024 preset and leaves out grid and chart on request", async () => {
    const { workbook, host } = setUp();
    const plan = buildTemplatePlan({ preset: "june2024", includeGrid: false, includeChart: false });
    await host.insertTemplate(plan);
    const sheet = workbook.sheet("GPU Payback")!;
    const j = cellsOf(plan);
    expect(sheet.cells.get(j.spend)).toMatchObject({ value: 150, numberFormat: MONEY_FORMAT });
    expect(sheet.cells.get(j.energy)).toMatchObject({ value: 1, numberFormat: RATIO_FORMAT });
    expect(sheet.cells.get(j.source)?.value).toContain("June 20, 2024");
    expect(sheet.cells.get(j.years.title)?.value).toBe("Over the years ($B)");
    expect(sheet.cells.get(offset(j.years.headers[0], -1, 0))?.value).toBe("Year");
    expect(sheet.charts).toEqual([]);
    expect(workbook.syncs).toBe(2);
  });
});

describe("ExcelHost.insertTemplate: an Excel with less than the template can use", () => {
  it("without ExcelApi 1.8 writes the same sheet without data validation, in two round trips", async () => {
    const { workbook: full, host: fullHost } = setUp();
    await fullHost.insertTemplate(sept);
    const { workbook, host } = setUp({ excelApi: "1.7" });
    expect(await host.insertTemplate(sept)).toBe("GPU Payback");
    expect(workbook.syncs).toBe(2);
    const cells = workbook.sheet("GPU Payback")!.cells;
    expect([...cells.values()].filter((c) => c.validation)).toEqual([]);
    expect(workbook.commands.filter((c) => c.includes("dataValidation"))).toEqual([]);
    // Everything else as on a full Excel; the check cell still names an invalid input.
    const without = (sheet: Map<string, unknown>) =>
      [...sheet].map(([address, c]) => [address, { ...(c as object), validation: undefined }]);
    expect(without(cells)).toEqual(without(full.sheet("GPU Payback")!.cells));
    expect(cells.get(c.check)?.formula).toBe(c.at(c.check)!.formula);
    expect(cells.get(c.check)?.formula).toMatch(/^=IF\(ISBLANK\(/);
    expect(workbook.sheet("GPU Payback")!.charts[1].categoryNames).toBe(sept.years.yearsRange);
  });

  it("without ExcelApi 1.7 leaves the line chart's years as 1, 2, 3... and inserts the rest", async () => {
    const { workbook, host } = setUp({ excelApi: "1.6" });
    expect(await host.insertTemplate(sept)).toBe("GPU Payback");
    expect(workbook.syncs).toBe(2);
    const charts = workbook.sheet("GPU Payback")!.charts;
    expect(charts.map((c) => [c.type, c.categoryNames])).toEqual([
      ["ColumnClustered", undefined],
      ["Line", undefined],
    ]);
  });

  it("would fail on such an Excel if it wrote validation anyway: the fake refuses it as Excel does", async () => {
    const workbook = new FakeWorkbook({ excelApi: "1.7" });
    const lying = { ...workbook.environment(), isSetSupported: () => true };
    const error = await failure(new ExcelHost(lying).insertTemplate(sept));
    expect(error).toMatchObject({ reason: "unsupported", details: { code: "ApiNotFound" } });
    expect(workbook.sheet("GPU Payback")).toBeUndefined();
  });
});

describe("ExcelHost.insertTemplate: failures leave nothing behind", () => {
  it("removes the partly written sheet when a write fails midway, and says so", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("charts.add")
          ? excelError("GeneralException", "Chart failed.")
          : undefined,
    });
    const before = workbook.snapshot();
    const error = await failure(host.insertTemplate(sept));
    expect(error.reason).toBe("failed");
    expect(error.message).toBe("Chart failed.");
    expect(error.details).toMatchObject({
      sheet: "GPU Payback",
      cleanup: "removed",
      code: "GeneralException",
    });
    expect(workbook.snapshot()).toEqual(before);
    expect(workbook.commands).toContain("worksheets.add GPU Payback");
    expect(workbook.commands).toContain("worksheet.delete GPU Payback");
    // 2 for the insertion, then 1 on the failure path: delete the sheet by its id.
    expect(workbook.syncs).toBe(3);
  });

  it("reports a protected workbook when no sheet can be added, with nothing to clean up", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("worksheets.add")
          ? excelError("AccessDenied", "Access denied.")
          : undefined,
    });
    const before = workbook.snapshot();
    const error = await failure(host.insertTemplate(sept));
    expect(error.reason).toBe("protected");
    expect(error.details.cleanup).toBe("nothing-written");
    expect(workbook.snapshot()).toEqual(before);
    expect(workbook.commands).toEqual([]);
  });

  it("says which sheet is left when even the clean-up fails", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("charts.add") || command.startsWith("worksheet.delete")
          ? excelError("GeneralException")
          : undefined,
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details).toMatchObject({ cleanup: "failed", sheet: "GPU Payback" });
    expect(workbook.sheet("GPU Payback")).toBeDefined();
  });

  it("a workbook in cell-edit mode refuses the first round trip: busy, and nothing written", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command === "load items/name" ? excelError("InvalidOperationInCellEditMode") : undefined,
    });
    const before = workbook.snapshot();
    const error = await failure(host.insertTemplate(sept));
    expect(error.reason).toBe("busy");
    expect(error.details).toMatchObject({
      cleanup: "nothing-written",
      code: "InvalidOperationInCellEditMode",
    });
    expect(workbook.syncs).toBe(1);
    expect(workbook.snapshot()).toEqual(before);
    expect(workbook.commands).toEqual([]);
  });

  it("does not delete a sheet that someone else added under the same name meanwhile", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("worksheets.add") ? excelError("ItemAlreadyExists") : undefined,
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details.cleanup).toBe("nothing-written");
    expect(workbook.commands.filter((c) => c.startsWith("worksheet.delete"))).toEqual([]);
  });

  it("leaves the workbook as it was whichever write fails", async () => {
    const { workbook: reference, host: referenceHost } = setUp();
    await referenceHost.insertTemplate(sept);
    const commands = reference.commands;
    expect(commands.length).toBeGreaterThan(200);
    for (let n = 0; n < commands.length; n++) {
      // A refused name is not a failure: the names' fallback has its own tests below.
      if (commands[n].startsWith("names.add")) continue;
      let seen = 0;
      const { workbook, host } = setUp({
        sheets: ["Sheet1", "GPU Payback"],
        failOn: (command) =>
          !command.startsWith("load ") && seen++ === n
            ? excelError("GeneralException", `command ${n}`)
            : undefined,
      });
      const before = workbook.snapshot();
      const error = await failure(host.insertTemplate(sept));
      expect([n, error.message, error.details.cleanup]).toEqual([
        n,
        `command ${n}`,
        n === 0 ? "nothing-written" : "removed",
      ]);
      expect(workbook.snapshot()).toEqual(before);
    }
  });

  it("keeps a sheet that someone else added under the same name before the write", async () => {
    const { workbook, host } = setUp({
      afterSync: (book, sync) => {
        if (sync === 1) book.addCompetingSheet("GPU Payback");
      },
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details).toMatchObject({ code: "ItemAlreadyExists", cleanup: "nothing-written" });
    expect(workbook.sheet("GPU Payback")?.cells.get("A1")?.value).toBe("someone else's");
    expect(workbook.commands.filter((c) => c.startsWith("worksheet.delete"))).toEqual([]);
    expect(workbook.syncs).toBe(2);
  });

  it("keeps a sheet that someone else added under the same name after its own add failed", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("worksheets.add") ? excelError("GeneralException") : undefined,
      afterSync: (book, sync) => {
        if (sync === 2) book.addCompetingSheet("GPU Payback");
      },
    });
    const error = await failure(host.insertTemplate(sept));
    // Its own add never ran, so the sheet by that name is not its own: left alone, and said so.
    expect(error.details).toMatchObject({ cleanup: "unknown", sheet: "GPU Payback" });
    expect(workbook.sheet("GPU Payback")?.cells.get("A1")?.value).toBe("someone else's");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "GPU Payback"]);
    expect(workbook.commands.filter((c) => c.startsWith("worksheet.delete"))).toEqual([]);
  });

  it("where Excel sends no results with an error, deletes nothing it cannot prove its own", async () => {
    const { workbook, host } = setUp({
      resultsOnError: false,
      failOn: (command) =>
        command.startsWith("charts.add") ? excelError("GeneralException") : undefined,
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details).toMatchObject({ cleanup: "unknown", sheet: "GPU Payback" });
    expect(workbook.sheet("GPU Payback")).toBeDefined();
    expect(workbook.commands.filter((c) => c.startsWith("worksheet.delete"))).toEqual([]);
    // 2 for the insertion, 1 to look for a sheet by that name.
    expect(workbook.syncs).toBe(3);
  });

  it("where Excel sends no results and no sheet was added, says nothing changed", async () => {
    const { workbook, host } = setUp({
      resultsOnError: false,
      failOn: (command) =>
        command.startsWith("worksheets.add") ? excelError("AccessDenied") : undefined,
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details.cleanup).toBe("nothing-written");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("deletes its own partial sheet by id, even renamed, and not the one that took its name", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("charts.add") ? excelError("GeneralException") : undefined,
      afterSync: (book, sync) => {
        if (sync !== 2) return;
        book.sheet("GPU Payback")!.name = "Renamed by a colleague";
        book.addCompetingSheet("GPU Payback");
      },
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details).toMatchObject({ cleanup: "removed", sheet: "GPU Payback" });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "GPU Payback"]);
    expect(workbook.sheet("GPU Payback")?.cells.get("A1")?.value).toBe("someone else's");
    expect(workbook.commands).toContain("worksheet.delete Renamed by a colleague");
  });

  it("reports nothing left when its partial sheet was deleted by someone else meanwhile", async () => {
    const { workbook, host } = setUp({
      failOn: (command) =>
        command.startsWith("charts.add") ? excelError("GeneralException") : undefined,
      afterSync: (book, sync) => {
        if (sync === 2) book.deleteSheet(book.sheet("GPU Payback")!);
      },
    });
    const error = await failure(host.insertTemplate(sept));
    expect(error.details.cleanup).toBe("nothing-written");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("writes nothing and names the requirement set when Excel lacks ExcelApi 1.4", async () => {
    const { workbook, host } = setUp({ excelApi: "1.3" });
    const error = await failure(host.insertTemplate(sept));
    expect(error.reason).toBe("unsupported");
    expect(error.message).toBe("This version of Excel lacks ExcelApi 1.4.");
    expect(error.details.requirementSet).toBe("ExcelApi 1.4");
    expect(workbook.runs).toBe(0);
  });
});

describe("ExcelHost.insertFormula and recalculate", () => {
  it("writes the example into the empty active cell and returns its address", async () => {
    const { workbook, host } = setUp({ activeCell: { sheet: "Sheet1", address: "D4" } });
    expect(await host.insertFormula("=GPU.REQUIRED_REVENUE(50,1,50%)")).toBe("Sheet1!D4");
    expect(workbook.sheet("Sheet1")!.cells.get("D4")?.formula).toBe(
      "=GPU.REQUIRED_REVENUE(50,1,50%)"
    );
    expect(workbook.syncs).toBe(2);
  });

  it("never overwrites a cell that holds something", async () => {
    const { workbook, host } = setUp({
      activeCell: { sheet: "Sheet1", address: "B2", formula: "=A1" },
    });
    const before = workbook.snapshot();
    const error = await failure(host.insertFormula("=GPU.ARTICLE_TABLE()"));
    expect(error.reason).toBe("occupied");
    expect(error.message).toBe("Sheet1!B2 is not empty.");
    expect(error.details.address).toBe("Sheet1!B2");
    expect(workbook.activeCell.formula).toBe("=A1");
    expect(workbook.snapshot()).toEqual(before);
  });

  it("never writes into a cell that another formula spills into", async () => {
    const { workbook, host } = setUp({ activeCell: { sheet: "Sheet1", address: "A3", value: 10 } });
    const error = await failure(host.insertFormula("=GPU.DATACENTER_COST(50,1)"));
    expect(error.details.address).toBe("Sheet1!A3");
    expect(workbook.commands).toEqual([]);
  });

  it("reports a locked cell as protected", async () => {
    const { host } = setUp({
      failOn: (command) =>
        command.startsWith("activeCell.formulas") ? excelError("AccessDenied") : undefined,
    });
    expect((await failure(host.insertFormula("=GPU.DATACENTER_COST(50,1)"))).reason).toBe(
      "protected"
    );
  });

  it("needs ExcelApi 1.7 for the active cell", async () => {
    const { workbook, host } = setUp({ excelApi: "1.6" });
    const error = await failure(host.insertFormula("=GPU.DATACENTER_COST(50,1)"));
    expect(error.details.requirementSet).toBe("ExcelApi 1.7");
    expect(workbook.runs).toBe(0);
  });

  it("recalculates the whole workbook in one round trip", async () => {
    const { workbook, host } = setUp();
    await host.recalculate();
    expect(workbook.calculations).toEqual(["Full"]);
    expect(workbook.syncs).toBe(1);
  });

  it("reports an Excel without the operation as unsupported, and an unknown code as failed", async () => {
    for (const [code, reason] of [
      ["UnsupportedOperation", "unsupported"],
      ["ApiNotFound", "unsupported"],
      ["GeneralException", "failed"],
    ] as const) {
      const { host } = setUp({
        failOn: (command) =>
          command.startsWith("application.calculate") ? excelError(code, `${code}!`) : undefined,
      });
      const error = await failure(host.recalculate());
      expect([code, error.reason, error.message, error.details.code]).toEqual([
        code,
        reason,
        `${code}!`,
        code,
      ]);
    }
  });

  it("passes on what was thrown when it is not an Error, and a code only when it is text", async () => {
    const thrown = (value: unknown) =>
      new ExcelHost({
        isSetSupported: () => true,
        run: () => Promise.reject(value),
      });
    const text = await failure(thrown("Excel went away").recalculate());
    expect([text.reason, text.message, text.details.code]).toEqual([
      "failed",
      "Excel went away",
      undefined,
    ]);
    const numbered = await failure(
      thrown(Object.assign(new Error("odd"), { code: 5 })).recalculate()
    );
    expect([numbered.reason, numbered.message, numbered.details.code]).toEqual([
      "failed",
      "odd",
      undefined,
    ]);
    expect((await failure(thrown(null).recalculate())).message).toBe("null");
  });

  it("reports Excel busy editing a cell", async () => {
    const { host } = setUp({
      failOn: (command) =>
        command.startsWith("application.calculate")
          ? excelError("InvalidOperationInCellEditMode")
          : undefined,
    });
    expect((await failure(host.recalculate())).reason).toBe("busy");
  });
});

describe("ExcelHost.insertTemplate: the name over the table column where Excel changes or refuses it", () => {
  const reference = "GpuPaybackRevenue[[AI revenue ($B)]]";
  const a = sept.addresses;
  const usesOfRevenues = {
    [a.identifiedRevenue]: `=SUM(${reference})`,
    [a.gap]: `=GPU.GAP(${reference},${a.requiredRevenue})`,
    [a.coverage]: `=GPU.COVERAGE(${reference},${a.requiredRevenue})`,
  };

  /** The sheet as the normal path writes it, to compare a fallback's sheet with. */
  async function normalSheet() {
    const { workbook, host } = setUp();
    await host.insertTemplate(sept);
    return workbook.sheet("GPU Payback")!;
  }

  function formulasOf(sheet: { cells: Map<string, { formula?: string }> }) {
    return Object.fromEntries(
      [...sheet.cells]
        .filter(([, cell]) => cell.formula !== undefined)
        .map(([a, c]) => [a, c.formula])
    );
  }

  it("keeps the name where Excel keeps the structured reference: two round trips", async () => {
    const { workbook, host } = setUp({ structuredNames: "kept" });
    await host.insertTemplate(sept);
    expect(workbook.sheet("GPU Payback")!.names.map((n) => n.formula)).toEqual([`=${reference}`]);
    expect(workbook.sheet("GPU Payback")!.cells.get(a.gap)?.formula).toBe(
      `=GPU.GAP(Revenues,${a.requiredRevenue})`
    );
    expect(workbook.syncs).toBe(2);
  });

  it("writes the table column into the formulas and drops the name where Excel fixed its range", async () => {
    const normal = await normalSheet();
    const { workbook, host } = setUp({ structuredNames: "fixed-range" });
    expect(await host.insertTemplate(sept)).toBe("GPU Payback");
    const sheet = workbook.sheet("GPU Payback")!;
    expect(sheet.names).toEqual([]);
    expect(formulasOf(sheet)).toEqual({ ...formulasOf(normal), ...usesOfRevenues });
    expect(workbook.syncs).toBe(3);
    // The third round trip rewrites the three uses and deletes the name, nothing else.
    const third = workbook.commands.slice(
      workbook.commands.indexOf(`select ${c.spend} on GPU Payback`) + 1
    );
    expect(third).toEqual([
      `range.formulas ${a.identifiedRevenue} on GPU Payback`,
      `range.formulas ${a.gap} on GPU Payback`,
      `range.formulas ${a.coverage} on GPU Payback`,
      "name.delete Revenues",
    ]);
  });

  it("writes the rest with the table column in the formulas where Excel refused the name", async () => {
    const normal = await normalSheet();
    const { workbook, host } = setUp({ structuredNames: "refused" });
    expect(await host.insertTemplate(sept)).toBe("GPU Payback");
    const sheet = workbook.sheet("GPU Payback")!;
    expect(sheet.names).toEqual([]);
    expect(formulasOf(sheet)).toEqual({ ...formulasOf(normal), ...usesOfRevenues });
    expect(sheet.charts).toEqual(normal.charts);
    expect([...sheet.columnWidths]).toEqual([...normal.columnWidths]);
    expect([workbook.activeSheet, sheet.selection]).toEqual(["GPU Payback", c.spend]);
    for (const [address, cell] of normal.cells) {
      const mine = sheet.cells.get(address);
      expect([address, mine?.value, mine?.numberFormat, mine?.format]).toEqual([
        address,
        cell.value,
        cell.numberFormat,
        cell.format,
      ]);
    }
    expect(workbook.syncs).toBe(3);
  });

  it("writes a zh-TW column name into the formulas with its own header", async () => {
    const { workbook, host } = setUp({ structuredNames: "refused" });
    await host.insertTemplate(buildTemplatePlan({ preset: "sept2023", language: "zh-TW" }));
    expect(workbook.sheet("GPU 回本試算")!.cells.get(a.gap)?.formula).toBe(
      `=GPU.GAP(GpuPaybackRevenue[[AI 營收（十億美元）]],${a.requiredRevenue})`
    );
  });

  it("with two names, keeps the one Excel kept and replaces the others", async () => {
    const twoNames = {
      ...sept,
      names: [...sept.names, { ...sept.names[0], name: "Revenues2" }],
      cells: sept.cells.map((cell) =>
        cell.address === a.identifiedRevenue
          ? { ...cell, formula: "=SUM(Revenues2)+0*SUM(Revenues)" }
          : cell
      ),
    };
    for (const [first, second, identified] of [
      ["kept", "refused", `=SUM(${reference})+0*SUM(Revenues)`],
      ["fixed-range", "refused", `=SUM(${reference})+0*SUM(${reference})`],
      ["kept", "fixed-range", `=SUM(${reference})+0*SUM(Revenues)`],
    ] as const) {
      const { workbook, host } = setUp({
        structuredNames: (name) => (name === "Revenues" ? first : second),
      });
      await host.insertTemplate(twoNames);
      const sheet = workbook.sheet("GPU Payback")!;
      expect([first, second, sheet.names.map((n) => n.name)]).toEqual([
        first,
        second,
        first === "kept" ? ["Revenues"] : [],
      ]);
      expect(sheet.cells.get(a.identifiedRevenue)?.formula).toBe(identified);
      expect(sheet.cells.get(a.gap)?.formula).toBe(
        first === "kept" ? `=GPU.GAP(Revenues,${a.requiredRevenue})` : usesOfRevenues[a.gap]
      );
      expect(workbook.syncs).toBe(3);
    }
  });

  it("removes the partial sheet when the fallback's own write fails", async () => {
    for (const [structuredNames, failing] of [
      ["refused", "charts.add"],
      ["fixed-range", "name.delete"],
    ] as const) {
      const { workbook, host } = setUp({
        structuredNames,
        failOn: (command) =>
          command.startsWith(failing) ? excelError("GeneralException") : undefined,
      });
      const before = workbook.snapshot();
      const error = await failure(host.insertTemplate(sept));
      expect([structuredNames, error.details.cleanup]).toEqual([structuredNames, "removed"]);
      expect(workbook.snapshot()).toEqual(before);
      expect(workbook.syncs).toBe(4);
    }
  });
});

describe("ExcelHost.reenterGpuFormulas", () => {
  /** An active sheet with GPU formulas among values, formats and other formulas. */
  function sheetWithFormulas(options: FakeWorkbookOptions = {}) {
    const setup = setUp({ sheets: ["Sheet1", "Model"], ...options });
    const model = setup.workbook.sheet("Model")!;
    model.cells.set("B6", { value: 50, numberFormat: MONEY_FORMAT, format: { bold: true } });
    model.cells.set("B12", {
      formula: "=GPU.REQUIRED_REVENUE(B6,B7,B8)",
      numberFormat: MONEY_FORMAT,
      format: { fill: "#FFF2CC" },
    });
    model.cells.set("C14", { formula: "=_xldudf_GPU_GAP(C20:C22,B12)", format: {} });
    model.cells.set("D3", { formula: "=SUM(B6:B8)", format: {} });
    model.cells.set("D4", { value: "=GPU.GAP(1) is how it is called", format: {} });
    model.cells.set("E20", {
      formula: '=IF(B6="","",ROUND(gpu.coverage(C20:C22,B12),2))',
      format: {},
    });
    setup.workbook.activeSheet = "Model";
    return setup;
  }

  it("writes each GPU formula of the active sheet back into its own cell, in two round trips", async () => {
    const { workbook, host } = sheetWithFormulas();
    const before = workbook.snapshot();
    expect(await host.reenterGpuFormulas()).toEqual({ sheet: "Model", formulas: 3 });
    expect(workbook.commands).toEqual([
      "range.formulas B12 on Model",
      "range.formulas C14 on Model",
      "range.formulas E20 on Model",
    ]);
    expect(workbook.syncs).toBe(2);
    expect(workbook.runs).toBe(1);
    const cells = workbook.sheet("Model")!.cells;
    expect(cells.get("C14")?.formula).toBe("=GPU.GAP(C20:C22,B12)");
    // Everything else is as it was: values, formats, number formats, other formulas, other sheets.
    const after = workbook.snapshot() as typeof before & { sheets: Array<{ cells: unknown[] }> };
    const expected = JSON.parse(JSON.stringify(before)) as typeof after;
    const model = expected.sheets[1].cells as Array<[string, { formula?: string }]>;
    model.find(([address]) => address === "C14")![1].formula = "=GPU.GAP(C20:C22,B12)";
    expect(after).toEqual(expected);
  });

  it("reads the used range (of values only) once", async () => {
    const { workbook, host } = sheetWithFormulas();
    await host.reenterGpuFormulas();
    expect(workbook.loads).toEqual(["usedRange formulas,values"]);
  });

  it("writes nothing, in one round trip, on a sheet without GPU formulas or an empty one", async () => {
    const plain = setUp();
    expect(await plain.host.reenterGpuFormulas()).toEqual({ sheet: "Sheet1", formulas: 0 });
    expect([plain.workbook.commands, plain.workbook.syncs]).toEqual([[], 1]);
    const empty = setUp({ sheets: ["Sheet1", "Empty"] });
    empty.workbook.sheet("Empty")!.cells.clear();
    empty.workbook.activeSheet = "Empty";
    expect(await empty.host.reenterGpuFormulas()).toEqual({ sheet: "Empty", formulas: 0 });
    expect([empty.workbook.commands, empty.workbook.syncs]).toEqual([[], 1]);
  });

  it("reports a protected sheet, and needs ExcelApi 1.4", async () => {
    const locked = sheetWithFormulas({
      failOn: (command) =>
        command.startsWith("range.formulas") ? excelError("AccessDenied") : undefined,
    });
    const before = locked.workbook.snapshot();
    expect((await failure(locked.host.reenterGpuFormulas())).reason).toBe("protected");
    expect(locked.workbook.snapshot()).toEqual(before);
    const old = sheetWithFormulas({ excelApi: "1.3" });
    expect((await failure(old.host.reenterGpuFormulas())).details.requirementSet).toBe(
      "ExcelApi 1.4"
    );
    expect(old.workbook.runs).toBe(0);
  });
});
