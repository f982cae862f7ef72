import { CAPITAL_SOURCES, COMPANY_REVENUES } from "../../src/engine";
import {
  buildTemplatePlan,
  columnIndex,
  columnLetters as columnLetter,
  FIRST_YEAR,
  GRID_LIVES,
  GRID_MARGINS,
  GRID_SPENDS,
  isValidSheetName,
  LABELS,
  LAST_YEAR,
  MODEL_DEFAULTS,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  RATIO_FORMAT,
  REVENUES_NAME,
  Stack,
  tableColumnRange,
  type CellPlan,
  type TemplatePlan,
} from "../../src/template";
import {
  absolute,
  box,
  cellsOf,
  fixedColumn,
  fixedRow,
  INPUT_KEYS,
  inside,
  offset,
  overlaps,
  RESULT_KEYS,
  rowOf,
} from "../support/cells";

// Built for each test, not once as the file loads: StrykerJS runs a mutant with the tests that
// cover it, and what runs while a file loads (or in a beforeAll) covers no test, so a mutant in the
// plan's code survived every assertion here (docs/mutation.md).
let sept: TemplatePlan;
let june: TemplatePlan;
let zh: TemplatePlan;
beforeEach(() => {
  sept = buildTemplatePlan();
  june = buildTemplatePlan({ preset: "june2024" });
  zh = buildTemplatePlan({ language: "zh-TW" });
});
const at = (plan: TemplatePlan, address: string): CellPlan | undefined =>
  plan.cells.find((cell) => cell.address === address);
// Cells by what they are (test/support/cells.ts): where they are comes from the plan.
const c = cellsOf(buildTemplatePlan());
const INPUTS = c.inputs;
const tableRows = COMPANY_REVENUES.length;

describe("the template plan: Sept 2023 in English (the defaults)", () => {
  it("is the article's preset, in English, with grids and charts", () => {
    expect(sept).toEqual(
      buildTemplatePlan({
        preset: "sept2023",
        language: "en",
        includeGrid: true,
        includeChart: true,
      })
    );
    expect(sept.sheetName).toBe("GPU Payback");
    expect(sept.activeCell).toBe(c.spend);
  });

  it("puts eight inputs one a row under their section's title, the check below them, then the results", () => {
    const inputs = c.section("inputs");
    const results = c.section("results");
    // one column, one row each, straight below the title: the inputs and the check, then the results
    const down = (top: string, count: number) =>
      Array.from({ length: count }, (_, i) => offset(top, 1, 1 + i));
    expect([...c.inputs, c.check]).toEqual(down(inputs.top, 9));
    expect(c.results).toEqual(down(results.top, 8));
    // The inputs' title says what to do, two columns on, as a note.
    expect(at(sept, offset(inputs.top, 2, 0))).toMatchObject({
      value: "Edit the shaded cells: every result is a live formula over them.",
      style: "note",
    });
    expect(Object.keys(sept.addresses).sort()).toEqual(
      [...INPUT_KEYS, "check", ...RESULT_KEYS].sort()
    );
  });

  it("sets the inputs from the preset and the model's defaults, styled as inputs", () => {
    expect(INPUTS.map((a) => [at(sept, a)?.value, at(sept, a)?.numberFormat])).toEqual([
      [50, MONEY_FORMAT],
      [1, RATIO_FORMAT],
      [0.5, PERCENT_FORMAT],
      [0, PERCENT_FORMAT],
      [5, "0"],
      [0, PERCENT_FORMAT],
      [0, PERCENT_FORMAT],
      [0, PERCENT_FORMAT],
    ]);
    expect(MODEL_DEFAULTS).toEqual({
      cloudMargin: 0,
      life: 5,
      rate: 0,
      spendGrowth: 0,
      revenueGrowth: 0,
    });
    for (const a of INPUTS) expect(at(sept, a)?.style).toBe("input");
    expect(MONEY_FORMAT).toBe('"$"#,##0.0"B"');
    expect(PERCENT_FORMAT).toBe("0.0%");
    expect(RATIO_FORMAT).toBe("0.00");
  });

  it("labels every input and result on its left, each with a note on its right", () => {
    const lines = [...c.inputs, ...c.results];
    expect(lines.map((a) => at(sept, c.label(a))?.value)).toEqual([
      "GPU spend ($B)",
      "Energy ($ per GPU $)",
      "End-customer margin",
      "Cloud margin",
      "Useful life (years)",
      "Cost of capital",
      "GPU spend growth a year",
      "AI revenue growth a year",
      "Data-center cost ($B)",
      "Required revenue ($B)",
      "Identified AI revenue ($B)",
      "Gap ($B)",
      "Coverage",
      "Break-even GPU spend ($B)",
      "Annual required revenue ($B)",
      "Payback (years)",
    ]);
    for (const a of lines) expect([a, typeof at(sept, c.note(a))?.value]).toEqual([a, "string"]);
  });

  it("names a source in the note of every input the article does not set", () => {
    const notes = [c.cloudMargin, c.life, c.rate, c.spendGrowth, c.revenueGrowth].map((a) =>
      String(at(sept, c.note(a))?.value)
    );
    expect(notes[0]).toMatch(/article \(Cahn, 2023\)/);
    expect(notes[1]).toMatch(/10-Ks.*Burry/);
    expect(notes[2]).toMatch(/Cahn, 2023.*PMT/);
    expect(notes[3]).toMatch(/\$150B \(Cahn, 2024\)/);
    expect(notes[4]).toMatch(/\$75B \(Cahn, 2023\)/);
  });

  it("makes every result a formula over the input cells and the Revenues name", () => {
    const results = c.results.map((a) => {
      const cell = at(sept, a)!;
      expect(cell.value).toBeUndefined();
      return [a, cell.formula, cell.numberFormat, cell.style];
    });
    const { spend, energy, margin, cloudMargin, life, rate, revenueGrowth } = c;
    const { dataCenterCost, requiredRevenue, identifiedRevenue } = c;
    expect(results).toEqual([
      [dataCenterCost, `=GPU.DATACENTER_COST(${spend},${energy})`, MONEY_FORMAT, "result"],
      [
        requiredRevenue,
        `=GPU.REQUIRED_REVENUE(${spend},${energy},${margin},${cloudMargin})`,
        MONEY_FORMAT,
        "result",
      ],
      [identifiedRevenue, "=SUM(Revenues)", MONEY_FORMAT, "result"],
      [c.gap, `=GPU.GAP(Revenues,${requiredRevenue})`, MONEY_FORMAT, "result"],
      [c.coverage, `=GPU.COVERAGE(Revenues,${requiredRevenue})`, PERCENT_FORMAT, "result"],
      [
        c.breakevenSpend,
        `=GPU.BREAKEVEN_SPEND(${identifiedRevenue},${energy},${margin})`,
        MONEY_FORMAT,
        "result",
      ],
      [
        c.annualRequiredRevenue,
        `=GPU.ANNUAL_REQUIRED_REVENUE(${spend},${life},${energy},${margin},${rate},${cloudMargin})`,
        MONEY_FORMAT,
        "result",
      ],
      [
        c.paybackYears,
        `=GPU.PAYBACK_YEARS(${dataCenterCost},${identifiedRevenue}*(1-${margin}),${revenueGrowth})`,
        "0.0",
        "result",
      ],
    ]);
  });

  it("titles the sheet with a formula over its own required revenue", () => {
    const r = c.requiredRevenue;
    expect(at(sept, c.title)).toEqual({
      address: c.title,
      formula: `=IFERROR("GPU Payback: AI's $"&IF(ROUND(${r},0)>=1000,ROUND(${r}/1000,1)&"T Question",ROUND(${r},0)&"B Question"),"GPU Payback")`,
      style: "title",
    });
    expect(at(zh, c.title)?.formula).toBe(
      `=IFERROR("GPU 回本試算：AI 的 "&IF(ROUND(${r},0)>=1000,ROUND(${r}/1000,1)&" 兆美元問題",ROUND(${r}*10,0)&" 億美元問題"),"GPU 回本試算")`
    );
    expect(at(sept, c.source)?.value).toContain("September 2023");
    expect(at(sept, c.resultsNote(0))?.value).toContain("cloud vendors");
    expect(at(sept, c.resultsNote(1))?.value).toContain("$125B");
  });

  it("notes under the June 2024 figures that the essay says about $500B and the sheet $525B", () => {
    const note = cellsOf(june).resultsNote(1);
    expect(at(june, note)?.value).toMatch(/about \$500B.*\$525B/);
    expect(at(buildTemplatePlan({ preset: "june2024", language: "zh-TW" }), note)?.value).toMatch(
      /5000 億.*5250 億/
    );
  });

  it("holds the company table last, below the debate, its revenue column named Revenues", () => {
    const { table } = sept;
    const section = c.section("companyTable");
    expect(at(sept, section.top)).toMatchObject({ value: "Company AI revenue", style: "section" });
    expect(table.name).toBe("GpuPaybackRevenue");
    // Its header the row below the title, three columns, a row per company; below the debate.
    const header = offset(section.top, 0, 1);
    expect(table.range).toBe(`${header}:${offset(header, 2, tableRows)}`);
    expect(box(table.range).top).toBeGreaterThan(box(c.section("debate").range).bottom);
    const revenues = `${c.table.rows[0].revenue}:${c.table.rows[tableRows - 1].revenue}`;
    expect(revenues).toBe(`${offset(header, 1, 1)}:${offset(header, 1, tableRows)}`);
    expect(table.headers).toEqual(["Company", "AI revenue ($B)", "Basis in the article"]);
    expect(table.rows.map((row) => row[1])).toEqual(COMPANY_REVENUES.map((r) => r.revenue));
    expect(table.rows.reduce((total, row) => total + Number(row[1]), 0)).toBe(75);
    expect(table.columnFormats).toEqual([undefined, MONEY_FORMAT, undefined]);
    // Excel's banded blue table style, and the title's hint that it is a table to edit.
    expect(table.style).toBe("TableStyleMedium2");
    expect(at(sept, offset(section.top, 2, 0))?.value).toBe(
      "An Excel table: add, remove or edit rows and the results follow."
    );
    expect(sept.names).toEqual([
      {
        name: REVENUES_NAME,
        range: revenues,
        tableColumn: 1,
        comment: "The AI revenue column of the company table",
      },
    ]);
    expect(tableColumnRange(table, 1)).toBe(revenues);
    // The plan's cells stay out of the table: the table writes its own.
    expect(sept.cells.filter((cell) => inside(cell.address, table.range))).toEqual([]);
    // The table's section covers the table and alone grows with it, as a user adds rows.
    const own = sept.sections.find((s) => s.name === "companyTable")!;
    expect(box(own.range).bottom).toBe(box(table.range).bottom);
    expect(sept.sections.filter((s) => s.grows).map((s) => s.name)).toEqual(["companyTable"]);
  });
});

describe("the sources", () => {
  it("lists every source the notes name in full, below the charts", () => {
    const sources = c.section("sources");
    expect(at(sept, sources.top)).toMatchObject({
      value: "Sources named in the notes",
      style: "section",
    });
    expect(at(zh, sources.top)?.value).toBe("附註所引資料來源");
    // Below the charts, each citation one row under the last in the title's column.
    expect(box(sources.range).top).toBeGreaterThan(box(c.section("yearsChart").range).bottom);
    const cited = sources.cells.filter((cell) => cell.address !== sources.top);
    expect(cited.map((cell) => cell.address)).toEqual(
      cited.map((_, i) => offset(sources.top, 0, 1 + i))
    );
    expect(cited.length).toBe(Object.keys(CAPITAL_SOURCES).length);
    for (const cell of cited)
      expect(cell.value).toMatch(
        /^[^=+\-@].*, ".+", .+: https:\/\/\S+(; also at https:\/\/\S+(, https:\/\/\S+)*)?$/
      );
    const all = cited.map((cell) => String(cell.value)).join("\n");
    for (const named of [
      "AI's $200B Question",
      "AI's $600B Question",
      "10-K",
      "GPU Obsolescence",
      "PMT",
    ])
      expect(all).toContain(named);
  });

  it("cites a report with more than one address in full, in each language's punctuation", () => {
    const rowOfSource = (plan: TemplatePlan, url: string) =>
      plan.cells.find((cell) => String(cell.value).includes(url))?.value;
    expect(rowOfSource(sept, "https://wpnews.pro/")).toBe(
      'Exponential View, "The State of the AI Economy", 25 June 2026: ' +
        "https://wpnews.pro/news/the-state-of-the-ai-economy; also at " +
        "https://wiredtoai.com/news/777, https://growtify.ai/en/news/state-of-ai-economy"
    );
    expect(rowOfSource(zh, "https://wpnews.pro/")).toBe(
      "Exponential View，〈The State of the AI Economy〉，2026 年 6 月 25 日：" +
        "https://wpnews.pro/news/the-state-of-the-ai-economy；另見 " +
        "https://wiredtoai.com/news/777、https://growtify.ai/en/news/state-of-ai-economy"
    );
    // A source with one address ends at it.
    expect(rowOfSource(zh, "https://support.microsoft.com/")).toBe(
      "Microsoft Support，〈PMT 函數〉，現行版本：" +
        "https://support.microsoft.com/en-US/excel/functions/pmt-function"
    );
  });
});

describe("the inputs' validation and the input check", () => {
  it("gives each input the rule of what it takes", () => {
    expect(INPUTS.map((a) => at(sept, a)?.validation?.rule)).toEqual([
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      {
        type: "custom",
        formula: `=AND(ISNUMBER(${c.margin}),NOT(OR(${c.margin}<0,${c.margin}>=1)))`,
      },
      {
        type: "custom",
        formula: `=AND(ISNUMBER(${c.cloudMargin}),NOT(OR(${c.cloudMargin}<0,${c.cloudMargin}>=1)))`,
      },
      // Above 0, as ANNUAL_REQUIRED_REVENUE takes it; the check names what needs whole years.
      { type: "decimal", operator: "GreaterThan", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
    ]);
    expect(sept.cells.filter((cell) => cell.validation).map((cell) => cell.address)).toEqual(
      INPUTS
    );
  });

  it("says what each input takes in its input message and its error, in both languages", () => {
    expect(at(sept, c.margin)?.validation).toMatchObject({
      title: "End-customer margin",
      prompt: "Enter a percentage from 0% to below 100%.",
      error: "End-customer margin must be a percentage from 0% to below 100%.",
    });
    expect(at(zh, c.life)?.validation).toMatchObject({
      title: "使用年限（年）",
      prompt: "請輸入 大於 0 的數字。",
      error: "使用年限（年）必須是 大於 0 的數字。",
    });
    // Excel's limits: a title of at most 32 characters, messages of at most 255.
    for (const plan of [sept, zh]) {
      for (const { validation } of plan.cells.filter((c) => c.validation)) {
        expect(validation!.title.length).toBeLessThanOrEqual(32);
        expect(validation!.prompt.length).toBeLessThanOrEqual(255);
        expect(validation!.error.length).toBeLessThanOrEqual(255);
      }
    }
  });

  it("names every input in the check formula, with native functions only", () => {
    const check = at(sept, c.check)!;
    expect(at(sept, c.label(c.check))?.value).toBe("Input check");
    expect(check.formula).toMatch(
      new RegExp(
        `^=IF\\(ISBLANK\\(${c.spend}\\),"GPU spend \\(\\$B\\) is empty: enter a number, 0 or more\\."`
      )
    );
    for (const a of INPUTS) {
      expect(check.formula).toContain(`ISBLANK(${a})`);
      expect(check.formula).toContain(`ISNUMBER(${a})`);
    }
    expect(check.formula).toContain(`IF(NOT(${c.life}<=0),`);
    expect(check.formula).toContain(`IF(NOT(OR(${c.life}<=0,${c.life}<>INT(${c.life}))),`);
    expect(check.formula).toContain('"✓ Every input is valid."');
    const functions = new Set(check.formula!.match(/[A-Z.]+(?=\()/g));
    expect([...functions].sort()).toEqual(["IF", "INT", "ISBLANK", "ISNUMBER", "NOT", "OR"]);
    expect(at(zh, c.check)?.formula).toContain(
      '"終端客戶利潤率為空白：請輸入 0% 以上、未滿 100% 的百分比。"'
    );
  });
});

describe("the sensitivity grids", () => {
  it("holds required revenue by spend × margin, following energy and cloud margin", () => {
    const grid = c.grid("spend");
    const section = c.section("spendGrid");
    // the grid's header row is the row under its title; its values are the rows and columns after
    expect(sept.grids[0]).toEqual({
      rowsVary: "spend",
      range: `${offset(section.top, 0, 1)}:${grid.values[grid.values.length - 1]}`,
      valuesRange: `${offset(section.top, 1, 2)}:${grid.values[grid.values.length - 1]}`,
      rows: [25, 50, 100, 150, 200, 300],
      margins: [0.3, 0.4, 0.5, 0.6, 0.7],
    });
    expect(box(grid.valuesRange)).toMatchObject({
      bottom: box(section.top).top + 1 + 6,
      right: box(section.top).left + 5,
    });
    expect(GRID_SPENDS).toEqual([25, 50, 100, 150, 200, 300]);
    expect(GRID_MARGINS).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    const formulas = sept.cells.filter(
      (cell) => cell.formula && inside(cell.address, grid.valuesRange)
    );
    expect(formulas.length).toBe(30);
    for (const spend of GRID_SPENDS) {
      for (const margin of GRID_MARGINS) {
        expect(at(sept, grid.cell(spend, margin))?.formula).toBe(
          `=GPU.REQUIRED_REVENUE(${fixedColumn(grid.rowHeader(spend))},${absolute(c.energy)},${fixedRow(grid.marginHeader(margin))},${absolute(c.cloudMargin)})`
        );
      }
    }
    expect(grid.rowHeaders.map((a) => at(sept, a)?.value)).toEqual(GRID_SPENDS);
    expect(grid.marginHeaders.map((a) => at(sept, a)?.value)).toEqual(GRID_MARGINS);
    // The margins show as percentages (30%, not 0.3), the spends as money.
    expect(new Set(grid.marginHeaders.map((a) => at(sept, a)?.numberFormat))).toEqual(
      new Set(["0%"])
    );
  });

  it("holds annual required revenue by useful life {3, 4, 5, 6} × margin below it", () => {
    const grid = c.grid("life");
    const section = c.section("lifeGrid");
    expect(sept.grids[1]).toEqual({
      rowsVary: "life",
      range: `${offset(section.top, 0, 1)}:${grid.values[grid.values.length - 1]}`,
      valuesRange: `${offset(section.top, 1, 2)}:${grid.values[grid.values.length - 1]}`,
      rows: [3, 4, 5, 6],
      margins: GRID_MARGINS,
    });
    // below the spend grid, with a blank row between
    expect(box(section.range).top).toBe(box(c.section("spendGrid").range).bottom + 2);
    expect(GRID_LIVES).toEqual([3, 4, 5, 6]);
    expect(grid.rowHeaders.map((a) => at(sept, a)?.value)).toEqual([3, 4, 5, 6]);
    expect(at(sept, grid.corner)?.value).toBe("Useful life ↓ / margin →");
    const formulas = sept.cells.filter(
      (cell) => cell.formula && inside(cell.address, grid.valuesRange)
    );
    expect(formulas.length).toBe(20);
    const [spend, energy, rate, cloud] = [c.spend, c.energy, c.rate, c.cloudMargin].map(absolute);
    for (const life of GRID_LIVES) {
      for (const margin of GRID_MARGINS) {
        expect(at(sept, grid.cell(life, margin))?.formula).toBe(
          `=GPU.ANNUAL_REQUIRED_REVENUE(${spend},${fixedColumn(grid.rowHeader(life))},${energy},${fixedRow(grid.marginHeader(margin))},${rate},${cloud})`
        );
      }
    }
  });
});

describe("over the years", () => {
  let years: TemplatePlan["years"];
  beforeEach(() => {
    years = sept.years;
  });
  const y = c.years;
  const KEYS = [
    "spend",
    "dataCenterCost",
    "charges",
    "required",
    "identified",
    "gap",
    "cumulativeGap",
  ] as const;

  it("has one column a year from 2023 to 2030 beside the labels, one row a figure", () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([2023, 2030]);
    expect(years.years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const [first, last] = [y.headers[0], y.headers[y.headers.length - 1]];
    // the row of years under the section's title, one column right of it, eight columns wide
    expect(first).toBe(offset(c.section("years").top, 1, 1));
    expect(years.yearsRange).toBe(`${first}:${offset(first, 7, 0)}`);
    // each figure the next row down, over the same columns
    expect(years.rows).toEqual(
      Object.fromEntries(
        KEYS.map((key, i) => [key, `${offset(first, 0, 1 + i)}:${offset(last, 0, 1 + i)}`])
      )
    );
    expect([first, last].map((a) => at(sept, a)?.value)).toEqual([2023, 2030]);
  });

  it("takes the preset's year from the GPU spend input, the other essay's year from its figure", () => {
    // September 2023: 2023 is the input; 2024 the June 2024 essay's 150. June 2024: the reverse.
    const [y2023, y2024] = [y.year("spend", 2023), y.year("spend", 2024)];
    const input = `=${absolute(c.spend)}`;
    expect([at(sept, y2023)?.formula, at(sept, y2024)?.value]).toEqual([input, 150]);
    expect([at(june, y2023)?.value, at(june, y2024)?.formula]).toEqual([50, input]);
    // The note under the block says which year is which, and that the stated figure is overwritable.
    expect(at(sept, y.note(0))).toMatchObject({ style: "note" });
    expect(at(sept, y.note(0))?.value).toMatch(
      /2023 is the GPU spend input; 2024 is .*\$150B.*overwrite/
    );
    expect(at(june, y.note(0))?.value).toMatch(
      /2024 is the GPU spend input; 2023 is .*\$50B.*overwrite/
    );
    expect(at(zh, y.note(0))?.value).toMatch(
      /2023 年取自 GPU 支出輸入；2024 年.*1,500 億美元.*可覆寫/
    );
    expect(at(sept, y.note(1))?.value).toMatch(/^Charges in service/);
  });

  it("grows GPU spend by the input after the essays' years; every spend cell is an input", () => {
    const growth = absolute(c.spendGrowth);
    for (const plan of [sept, june]) {
      expect(at(plan, y.year("spend", 2025))?.formula).toBe(
        `=${y.year("spend", 2024)}*(1+${growth})`
      );
      expect(at(plan, y.year("spend", 2030))?.formula).toBe(
        `=${y.year("spend", 2029)}*(1+${growth})`
      );
      for (const a of y.row("spend")) expect(at(plan, a)?.style).toBe("input");
    }
  });

  it("makes every other figure a formula over the year's cells and the inputs", () => {
    const [energy, margin, cloud, life, rate, revenueGrowth] = [
      c.energy,
      c.margin,
      c.cloudMargin,
      c.life,
      c.rate,
      c.revenueGrowth,
    ].map(absolute);
    const in2023 = (key: (typeof KEYS)[number]) => y.year(key, 2023);
    const firstGap = absolute(in2023("gap"));
    expect(
      [
        in2023("dataCenterCost"),
        in2023("charges"),
        in2023("required"),
        in2023("identified"),
        y.year("identified", 2024),
        in2023("gap"),
        in2023("cumulativeGap"),
        y.year("cumulativeGap", 2025),
      ].map((a) => at(sept, a)?.formula)
    ).toEqual([
      `=GPU.DATACENTER_COST(${in2023("spend")},${energy})`,
      `=GPU.CHARGES_IN_SERVICE(${years.rows.spend},${life},${energy},${rate})`,
      `=GPU.REQUIRED_REVENUE(${in2023("charges")},0,${margin},${cloud})`,
      `=${absolute(c.identifiedRevenue)}`,
      `=${in2023("identified")}*(1+${revenueGrowth})`,
      `=GPU.GAP(${in2023("identified")},${in2023("required")})`,
      `=SUM(${firstGap}:${in2023("gap")})`,
      `=SUM(${firstGap}:${y.year("gap", 2025)})`,
    ]);
    // The charges spill from 2023 across the years: the cells they fill get a format, no content.
    const spilled = y
      .row("charges")
      .slice(1)
      .map((a) => at(sept, a));
    expect(spilled.map((cell) => [cell?.value, cell?.formula, cell?.numberFormat])).toEqual(
      Array(7).fill([undefined, undefined, MONEY_FORMAT])
    );
    for (const key of [
      "dataCenterCost",
      "required",
      "identified",
      "gap",
      "cumulativeGap",
    ] as const) {
      const cells = sept.cells.filter((cell) => inside(cell.address, years.rows[key]));
      expect([key, cells.length, cells.every((cell) => cell.formula)]).toEqual([key, 8, true]);
    }
  });
});

/** Where the charts go: below the years, a blank row between, over the years' columns. */
function chartPlaces(plan: TemplatePlan) {
  const years = box(cellsOf(plan).section("years").range);
  const corner = (row: number) => offset(cellsOf(plan).section("years").top, 0, row - years.top);
  const across = (top: string) => offset(top, years.right - years.left, CHART_ROWS - 1);
  const first = corner(years.bottom + 2);
  const second = offset(first, 0, CHART_ROWS + 1);
  return [
    { topLeft: first, bottomRight: across(first) },
    { topLeft: second, bottomRight: across(second) },
  ];
}
/** A chart's height in rows. */
const CHART_ROWS = 16;

describe("the charts", () => {
  it("charts required, identified and the gap as columns, and required vs identified by year as lines", () => {
    const y = c.years;
    const [columns, lines] = chartPlaces(sept);
    expect(sept.charts).toEqual([
      {
        type: "ColumnClustered",
        title: "Required vs identified AI revenue ($B)",
        sourceRange: `${c.label(c.requiredRevenue)}:${c.gap}`,
        seriesBy: "Columns",
        showLegend: false,
        showValues: true,
        ...columns,
      },
      {
        type: "Line",
        title: "Required vs identified AI revenue by year ($B)",
        sourceRange: `${y.label("required")}:${y.year("identified", 2030)}`,
        seriesBy: "Rows",
        categoriesRange: sept.years.yearsRange,
        showLegend: true,
        showValues: false,
        ...lines,
      },
    ]);
    expect(
      [c.requiredRevenue, c.identifiedRevenue, c.gap].map((a) => at(sept, c.label(a))?.value)
    ).toEqual(["Required revenue ($B)", "Identified AI revenue ($B)", "Gap ($B)"]);
    expect(
      ["required", "identified"].map((k) => at(sept, y.label(k as "required"))?.value)
    ).toEqual(["Revenue required that year", "Identified AI revenue"]);
  });

  it("keeps every chart clear of every cell, of the table and of the other chart", () => {
    for (const plan of [sept, buildTemplatePlan({ includeGrid: false })]) {
      const areas = plan.charts.map((chart) => `${chart.topLeft}:${chart.bottomRight}`);
      for (const area of areas) {
        expect(plan.cells.filter((cell) => inside(cell.address, area))).toEqual([]);
        expect(overlaps(area, plan.table.range)).toBe(false);
      }
      expect(overlaps(areas[0], areas[1])).toBe(false);
    }
  });
});

describe("the layout", () => {
  // The layout's own test, in literal addresses on purpose: it pins where each section sits on
  // the sheet a user sees, so moving one is a decision this test records. Every other test of the
  // template names its cells through the plan (test/support/cells.ts) and would not change.
  it("sits where the sheet shows it: the model in A:C, the side band from E, the table last", () => {
    expect(sept.sections).toEqual([
      { name: "heading", range: "A1:A3" },
      { name: "inputs", range: "A5:C14" },
      { name: "results", range: "A16:C26" },
      { name: "spendGrid", range: "E5:J13" },
      { name: "lifeGrid", range: "E15:J21" },
      { name: "years", range: "E23:M33" },
      { name: "resultsChart", range: "E35:M50" },
      { name: "yearsChart", range: "E52:M67" },
      { name: "sources", range: "E69:E82" },
      { name: "debate", range: "A84:N92" },
      { name: "companyTable", range: "A94:C107", grows: true },
    ]);
    // the first input a user types, and the headline the title reads
    expect([sept.addresses.spend, sept.addresses.requiredRevenue]).toEqual(["B6", "B18"]);
  });

  it("sets a width for every column it uses", () => {
    const used = new Set(sept.cells.map((cell) => box(cell.address).left));
    for (const chart of sept.charts) used.add(box(chart.bottomRight).left);
    const widths = sept.columnWidths.map((w) => columnIndex(w.column));
    for (const column of used) expect(widths).toContain(column);
    for (const { points } of sept.columnWidths) expect(points).toBeGreaterThan(0);
  });

  it("sets each column's width once, from A to the last column it writes, and none beyond", () => {
    const last = Math.max(...sept.cells.map((cell) => box(cell.address).right));
    expect(sept.columnWidths.map((w) => w.column)).toEqual(
      Array.from({ length: last + 1 }, (_, i) => columnLetter(i))
    );
    // The model's columns are wide enough for its labels and notes, the side band's for a figure.
    expect(sept.columnWidths.slice(0, 5).map((w) => w.points)).toEqual([190, 110, 400, 16, 150]);
    expect(new Set(sept.columnWidths.slice(5).map((w) => w.points))).toEqual(new Set([72]));
  });

  it("uses each address once and never writes a text that Excel would read as a formula", () => {
    for (const plan of [sept, zh, june]) {
      const addresses = plan.cells.map((cell) => cell.address);
      expect(new Set(addresses).size).toBe(addresses.length);
      for (const cell of plan.cells) {
        expect(cell.value === undefined || cell.formula === undefined).toBe(true);
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@]/);
      }
    }
  });

  it("places each section below the last with a blank row between, in its band", () => {
    const stack = new Stack(5, 4);
    const first = stack.place((origin) => ({ cells: [], rows: 3, origin }));
    const kept = stack.reserve(2);
    const third = stack.place((origin) => ({ cells: [], rows: 1, origin }));
    expect([first.origin, kept, third.origin]).toEqual([
      { row: 5, column: 4 },
      { row: 9, column: 4 },
      { row: 12, column: 4 },
    ]);
    expect(stack.nextRow).toBe(14);
  });
});

describe("the template plan: options, presets and languages", () => {
  it("sets 150 as GPU spend for the June 2024 update, with the same formulas", () => {
    expect(june.preset).toBe("june2024");
    expect(INPUTS.map((a) => at(june, a)?.value)).toEqual([150, 1, 0.5, 0, 5, 0, 0, 0]);
    expect(at(june, c.source)?.value).toContain("June 20, 2024");
    // The same formulas, but for the years' spend in 2023 and 2024, the preset's year the input.
    const essays = [c.years.year("spend", 2023), c.years.year("spend", 2024)];
    const formulas = (plan: TemplatePlan) =>
      plan.cells.filter((cell) => cell.formula && !essays.includes(cell.address));
    expect(formulas(june)).toEqual(formulas(sept));
  });

  it("leaves out the grids, moving the years and charts up, and leaves out the charts", () => {
    const noGrid = buildTemplatePlan({ includeGrid: false });
    const n = cellsOf(noGrid);
    expect(noGrid.grids).toEqual([]);
    // the years take the spend grid's place, level with the inputs; the charts follow them up
    expect(n.section("years").top).toBe(c.section("spendGrid").top);
    expect(box(n.section("years").top).top).toBe(box(c.section("inputs").top).top);
    expect(at(noGrid, n.years.title)?.value).toBe("Over the years ($B)");
    expect(noGrid.charts.map(({ topLeft, bottomRight }) => ({ topLeft, bottomRight }))).toEqual(
      chartPlaces(noGrid)
    );
    expect(rowOf(noGrid.charts[0].topLeft)).toBeLessThan(rowOf(sept.charts[0].topLeft));
    expect(noGrid.charts[1]).toMatchObject({
      sourceRange: `${n.years.label("required")}:${n.years.year("identified", 2030)}`,
      categoriesRange: noGrid.years.yearsRange,
    });
    expect(buildTemplatePlan({ includeChart: false }).charts).toEqual([]);
    const bare = buildTemplatePlan({ includeGrid: false, includeChart: false });
    expect(bare.addresses).toEqual(sept.addresses);
    // the model's band (heading, inputs, results) is the same cell for cell
    const model = (plan: TemplatePlan) =>
      (["heading", "inputs", "results"] as const).flatMap(
        (name) => cellsOf(plan).section(name).cells
      );
    expect(model(bare)).toEqual(model(sept));
    expect(model(sept).length).toBeGreaterThan(40);
    // Below both bands, a blank row under the lower one: without grids and charts the model's
    // results (their last note) reach lower than the years.
    for (const plan of [bare, sept, noGrid]) {
      const s = cellsOf(plan);
      const bottom = (names: readonly string[]) =>
        Math.max(
          ...names
            .filter((n) => plan.sections.some((x) => x.name === n))
            .map((n) => box(s.section(n as "results").range).bottom)
        );
      const lowest = bottom([
        "results",
        "spendGrid",
        "lifeGrid",
        "years",
        "resultsChart",
        "yearsChart",
        "sources",
      ]);
      expect(box(s.section("debate").range).top).toBe(lowest + 2);
    }
    expect(box(cellsOf(bare).section("results").range).bottom).toBeGreaterThan(
      box(cellsOf(bare).section("years").range).bottom
    );
  });

  it("writes Traditional Chinese labels with the same formulas but the words, formats, layout and figures", () => {
    expect(zh.language).toBe("zh-TW");
    expect(zh.sheetName).toBe("GPU 回本試算");
    expect(isValidSheetName(zh.sheetName)).toBe(true);
    expect(at(zh, c.label(c.requiredRevenue))?.value).toBe("回本所需營收（十億美元）");
    expect(at(zh, c.label(c.annualRequiredRevenue))?.value).toBe("每年所需營收（十億美元）");
    expect(at(zh, c.label(c.paybackYears))?.value).toBe("回本年數");
    expect(at(zh, c.years.title)?.value).toBe("逐年試算（十億美元）");
    expect(zh.table.headers).toEqual(["公司", "AI 營收（十億美元）", "文章依據"]);
    expect(zh.table.rows[tableRows - 1]).toEqual([
      "其他（未逐項列出）",
      4,
      "文章所述總額（750 億美元）減去其列名公司（710 億美元）",
    ]);
    expect(zh.charts.map((c) => c.title)).toEqual([
      "所需營收 vs 已確認營收（十億美元）",
      "逐年所需營收 vs 已確認營收（十億美元）",
    ]);

    // Formulas differ only in the words they write (the title's and the check's texts) and the
    // title's scale ($B in English, 億 in Chinese: tested above).
    const words = (formula?: string) => formula?.replace(/"[^"]*"/g, '""');
    const shape = (plan: TemplatePlan) =>
      plan.cells.map((c) => [
        c.address,
        words(c.address === cellsOf(plan).title ? undefined : c.formula),
        c.numberFormat,
        c.style,
        c.validation?.rule,
        typeof c.value === "number" ? c.value : typeof c.value,
      ]);
    expect(shape(zh)).toEqual(shape(sept));
    expect(zh.table.rows.map((r) => r[1])).toEqual(sept.table.rows.map((r) => r[1]));
    const withoutComment = (plan: TemplatePlan) => plan.names.map(({ comment, ...name }) => name);
    expect([zh.addresses, zh.grids, zh.years, withoutComment(zh), zh.table.range]).toEqual([
      sept.addresses,
      sept.grids,
      sept.years,
      withoutComment(sept),
      sept.table.range,
    ]);
    expect(zh.names.map((name) => name.comment)).toEqual(["公司表格的 AI 營收欄"]);
    expect(zh.charts.map((c) => c.sourceRange)).toEqual(sept.charts.map((c) => c.sourceRange));
    // Every label is translated: no English text from the English sheet is left but the
    // citations of the sources (names and titles as published).
    const citation = (c: CellPlan) =>
      typeof c.value === "string" && /(^|[:：] ?)https:\/\//.test(c.value);
    const english = new Set(
      sept.cells
        .filter((c) => !citation(c))
        .map((c) => c.value)
        .filter((v) => typeof v === "string")
    );
    const leftover = zh.cells.filter((c) => typeof c.value === "string" && english.has(c.value));
    expect(leftover).toEqual([]);
    const texts = (plan: TemplatePlan) =>
      plan.cells.flatMap((c) => c.formula?.match(/"[^"]+"/g) ?? []);
    expect(texts(zh).filter((t) => texts(sept).includes(t))).toEqual([]);
    expect(Object.keys(LABELS)).toEqual(["en", "zh-TW"]);
  });
});

describe("column letters", () => {
  it("go A..Z, AA.. and back", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    for (const n of [0, 4, 25, 26, 51, 701, 702, 16383])
      expect(columnIndex(columnLetter(n))).toBe(n);
    expect(columnLetter(16383)).toBe("XFD");
  });
});
