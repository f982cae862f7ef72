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

const sept = buildTemplatePlan();
const june = buildTemplatePlan({ preset: "june2024" });
const zh = buildTemplatePlan({ language: "zh-TW" });
const at = (plan: TemplatePlan, address: string): CellPlan | undefined =>
  plan.cells.find((cell) => cell.address === address);

/** [column index, row] of an A1 address. */
function position(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  return [columnIndex(match[1]), Number(match[2])];
}

function inside(address: string, range: string): boolean {
  const [from, to] = range.split(":").map(position);
  const [c, r] = position(address);
  return c >= from[0] && c <= to[0] && r >= from[1] && r <= to[1];
}

function overlaps(a: string, b: string): boolean {
  const [[a0, a1], [b0, b1]] = [a.split(":").map(position), b.split(":").map(position)];
  return a0[0] <= b1[0] && b0[0] <= a1[0] && a0[1] <= b1[1] && b0[1] <= a1[1];
}

const INPUTS = ["B6", "B7", "B8", "B9", "B10", "B11", "B12", "B13"];
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
    expect(sept.activeCell).toBe("B6");
  });

  it("puts eight inputs in B6:B13, the check in B14 and the results in B17:B24", () => {
    expect(sept.addresses).toEqual({
      spend: "B6",
      energy: "B7",
      margin: "B8",
      cloudMargin: "B9",
      life: "B10",
      rate: "B11",
      spendGrowth: "B12",
      revenueGrowth: "B13",
      check: "B14",
      dataCenterCost: "B17",
      requiredRevenue: "B18",
      identifiedRevenue: "B19",
      gap: "B20",
      coverage: "B21",
      breakevenSpend: "B22",
      annualRequiredRevenue: "B23",
      paybackYears: "B24",
    });
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

  it("labels every input and result in column A, each with a note in column C", () => {
    const rows = [6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 21, 22, 23, 24];
    expect(rows.map((r) => at(sept, `A${r}`)?.value)).toEqual([
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
    for (const r of rows) expect([r, typeof at(sept, `C${r}`)?.value]).toEqual([r, "string"]);
  });

  it("names a source in the note of every input the article does not set", () => {
    const notes = [9, 10, 11, 12, 13].map((r) => String(at(sept, `C${r}`)?.value));
    expect(notes[0]).toMatch(/article \(Cahn, 2023\)/);
    expect(notes[1]).toMatch(/10-Ks.*Burry/);
    expect(notes[2]).toMatch(/Cahn, 2023.*PMT/);
    expect(notes[3]).toMatch(/\$150B \(Cahn, 2024\)/);
    expect(notes[4]).toMatch(/\$75B \(Cahn, 2023\)/);
  });

  it("makes every result a formula over the input cells and the Revenues name", () => {
    const results = ["B17", "B18", "B19", "B20", "B21", "B22", "B23", "B24"].map((a) => {
      const cell = at(sept, a)!;
      expect(cell.value).toBeUndefined();
      return [a, cell.formula, cell.numberFormat, cell.style];
    });
    expect(results).toEqual([
      ["B17", "=GPU.DATACENTER_COST(B6,B7)", MONEY_FORMAT, "result"],
      ["B18", "=GPU.REQUIRED_REVENUE(B6,B7,B8,B9)", MONEY_FORMAT, "result"],
      ["B19", "=SUM(Revenues)", MONEY_FORMAT, "result"],
      ["B20", "=GPU.GAP(Revenues,B18)", MONEY_FORMAT, "result"],
      ["B21", "=GPU.COVERAGE(Revenues,B18)", PERCENT_FORMAT, "result"],
      ["B22", "=GPU.BREAKEVEN_SPEND(B19,B7,B8)", MONEY_FORMAT, "result"],
      ["B23", "=GPU.ANNUAL_REQUIRED_REVENUE(B6,B10,B7,B8,B11,B9)", MONEY_FORMAT, "result"],
      ["B24", "=GPU.PAYBACK_YEARS(B17,B19*(1-B8),B13)", "0.0", "result"],
    ]);
  });

  it("titles the sheet with a formula over its own required revenue", () => {
    expect(at(sept, "A1")).toEqual({
      address: "A1",
      formula: `=IFERROR("GPU Payback: AI's $"&IF(ROUND(B18,0)>=1000,ROUND(B18/1000,1)&"T Question",ROUND(B18,0)&"B Question"),"GPU Payback")`,
      style: "title",
    });
    expect(at(zh, "A1")?.formula).toBe(
      `=IFERROR("GPU 回本試算：AI 的 "&IF(ROUND(B18,0)>=1000,ROUND(B18/1000,1)&" 兆美元問題",ROUND(B18*10,0)&" 億美元問題"),"GPU 回本試算")`
    );
    expect(at(sept, "A2")?.value).toContain("September 2023");
    expect(at(sept, "A25")?.value).toContain("cloud vendors");
    expect(at(sept, "A26")?.value).toContain("$125B");
  });

  it("notes under the June 2024 figures that the essay says about $500B and the sheet $525B", () => {
    expect(at(june, "A26")?.value).toMatch(/about \$500B.*\$525B/);
    expect(at(buildTemplatePlan({ preset: "june2024", language: "zh-TW" }), "A26")?.value).toMatch(
      /5000 億.*5250 億/
    );
  });

  it("holds the company table last, below the debate, its revenue column named Revenues", () => {
    const { table } = sept;
    const last = 95 + tableRows;
    expect(at(sept, "A94")).toMatchObject({ value: "Company AI revenue", style: "section" });
    expect(table.name).toBe("GpuPaybackRevenue");
    expect(table.range).toBe(`A95:C${last}`);
    expect(table.headers).toEqual(["Company", "AI revenue ($B)", "Basis in the article"]);
    expect(table.rows.map((row) => row[1])).toEqual(COMPANY_REVENUES.map((r) => r.revenue));
    expect(table.rows.reduce((total, row) => total + Number(row[1]), 0)).toBe(75);
    expect(table.columnFormats).toEqual([undefined, MONEY_FORMAT, undefined]);
    expect(sept.names).toEqual([
      {
        name: REVENUES_NAME,
        range: `B96:B${last}`,
        tableColumn: 1,
        comment: "The AI revenue column of the company table",
      },
    ]);
    expect(tableColumnRange(table, 1)).toBe(`B96:B${last}`);
    // The plan's cells stay out of the table: the table writes its own.
    expect(sept.cells.filter((cell) => inside(cell.address, table.range))).toEqual([]);
  });
});

describe("the sources", () => {
  it("lists every source the notes name in full, below the charts", () => {
    const top = 69;
    expect(at(sept, `E${top}`)).toMatchObject({
      value: "Sources named in the notes",
      style: "section",
    });
    expect(at(zh, `E${top}`)?.value).toBe("附註所引資料來源");
    const debateTop = sept.debate[0].row - 2;
    const cited = sept.cells.filter(
      (c) =>
        position(c.address)[1] > top &&
        position(c.address)[1] < debateTop &&
        position(c.address)[0] === 4
    );
    expect(cited.length).toBe(Object.keys(CAPITAL_SOURCES).length);
    for (const cell of cited)
      expect(cell.value).toMatch(
        /^[^=+\-@].*, ".+", .+: https:\/\/\S+(; also at https:\/\/\S+(, https:\/\/\S+)*)?$/
      );
    const all = cited.map((c) => String(c.value)).join("\n");
    for (const named of [
      "AI's $200B Question",
      "AI's $600B Question",
      "10-K",
      "GPU Obsolescence",
      "PMT",
    ])
      expect(all).toContain(named);
  });
});

describe("the inputs' validation and the input check", () => {
  it("gives each input the rule of what it takes", () => {
    expect(INPUTS.map((a) => at(sept, a)?.validation?.rule)).toEqual([
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "custom", formula: "=AND(ISNUMBER(B8),NOT(OR(B8<0,B8>=1)))" },
      { type: "custom", formula: "=AND(ISNUMBER(B9),NOT(OR(B9<0,B9>=1)))" },
      // Above 0, as ANNUAL_REQUIRED_REVENUE takes it; the check names what needs whole years.
      { type: "decimal", operator: "GreaterThan", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
      { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 },
    ]);
    expect(sept.cells.filter((c) => c.validation).map((c) => c.address)).toEqual(INPUTS);
  });

  it("says what each input takes in its input message and its error, in both languages", () => {
    expect(at(sept, "B8")?.validation).toMatchObject({
      title: "End-customer margin",
      prompt: "Enter a percentage from 0% to below 100%.",
      error: "End-customer margin must be a percentage from 0% to below 100%.",
    });
    expect(at(zh, "B10")?.validation).toMatchObject({
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
    const check = at(sept, "B14")!;
    expect(at(sept, "A14")?.value).toBe("Input check");
    expect(check.formula).toMatch(
      /^=IF\(ISBLANK\(B6\),"GPU spend \(\$B\) is empty: enter a number, 0 or more\."/
    );
    for (const a of INPUTS) {
      expect(check.formula).toContain(`ISBLANK(${a})`);
      expect(check.formula).toContain(`ISNUMBER(${a})`);
    }
    expect(check.formula).toContain("IF(NOT(B10<=0),");
    expect(check.formula).toContain("IF(NOT(OR(B10<=0,B10<>INT(B10))),");
    expect(check.formula).toContain('"✓ Every input is valid."');
    const functions = new Set(check.formula!.match(/[A-Z.]+(?=\()/g));
    expect([...functions].sort()).toEqual(["IF", "INT", "ISBLANK", "ISNUMBER", "NOT", "OR"]);
    expect(at(zh, "B14")?.formula).toContain(
      '"終端客戶利潤率為空白：請輸入 0% 以上、未滿 100% 的百分比。"'
    );
  });
});

describe("the sensitivity grids", () => {
  it("holds required revenue by spend × margin in E6:J12, following energy and cloud margin", () => {
    expect(sept.grids[0]).toEqual({
      rowsVary: "spend",
      range: "E6:J12",
      valuesRange: "F7:J12",
      rows: [25, 50, 100, 150, 200, 300],
      margins: [0.3, 0.4, 0.5, 0.6, 0.7],
    });
    expect(GRID_SPENDS).toEqual([25, 50, 100, 150, 200, 300]);
    expect(GRID_MARGINS).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    const formulas = sept.cells.filter((cell) => cell.formula && inside(cell.address, "F7:J12"));
    expect(formulas.length).toBe(30);
    for (const cell of formulas) {
      const [c, r] = position(cell.address);
      expect(cell.formula).toBe(`=GPU.REQUIRED_REVENUE($E${r},$B$7,${columnLetter(c)}$6,$B$9)`);
    }
  });

  it("holds annual required revenue by useful life {3, 4, 5, 6} × margin below it", () => {
    expect(sept.grids[1]).toEqual({
      rowsVary: "life",
      range: "E16:J20",
      valuesRange: "F17:J20",
      rows: [3, 4, 5, 6],
      margins: GRID_MARGINS,
    });
    expect(GRID_LIVES).toEqual([3, 4, 5, 6]);
    expect(["E17", "E18", "E19", "E20"].map((a) => at(sept, a)?.value)).toEqual([3, 4, 5, 6]);
    expect(at(sept, "E16")?.value).toBe("Useful life ↓ / margin →");
    const formulas = sept.cells.filter((cell) => cell.formula && inside(cell.address, "F17:J20"));
    expect(formulas.length).toBe(20);
    for (const cell of formulas) {
      const [c, r] = position(cell.address);
      expect(cell.formula).toBe(
        `=GPU.ANNUAL_REQUIRED_REVENUE($B$6,$E${r},$B$7,${columnLetter(c)}$16,$B$11,$B$9)`
      );
    }
  });
});

describe("over the years", () => {
  const years = sept.years;
  const row = (key: keyof typeof years.rows) => years.rows[key].split(":")[0].slice(1);

  it("has one column a year from 2023 to 2030 in F:M, one row a figure", () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([2023, 2030]);
    expect(years.years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(years.yearsRange).toBe("F24:M24");
    expect(years.rows).toEqual({
      spend: "F25:M25",
      dataCenterCost: "F26:M26",
      charges: "F27:M27",
      required: "F28:M28",
      identified: "F29:M29",
      gap: "F30:M30",
      cumulativeGap: "F31:M31",
    });
    expect(["F24", "M24"].map((a) => at(sept, a)?.value)).toEqual([2023, 2030]);
  });

  it("takes the preset's year from the GPU spend input, the other essay's year from its figure", () => {
    // September 2023: 2023 is the input; 2024 the June 2024 essay's 150. June 2024: the reverse.
    expect([at(sept, "F25")?.formula, at(sept, "G25")?.value]).toEqual(["=$B$6", 150]);
    expect([at(june, "F25")?.value, at(june, "G25")?.formula]).toEqual([50, "=$B$6"]);
    // The note under the block says which year is which, and that the stated figure is overwritable.
    expect(at(sept, "E32")).toMatchObject({ style: "note" });
    expect(at(sept, "E32")?.value).toMatch(
      /2023 is the GPU spend input; 2024 is .*\$150B.*overwrite/
    );
    expect(at(june, "E32")?.value).toMatch(
      /2024 is the GPU spend input; 2023 is .*\$50B.*overwrite/
    );
    expect(at(zh, "E32")?.value).toMatch(/2023 年取自 GPU 支出輸入；2024 年.*1,500 億美元.*可覆寫/);
    expect(at(sept, "E33")?.value).toMatch(/^Charges in service/);
  });

  it("grows GPU spend by the input after the essays' years; every spend cell is an input", () => {
    for (const plan of [sept, june]) {
      expect(at(plan, "H25")?.formula).toBe("=G25*(1+$B$12)");
      expect(at(plan, "M25")?.formula).toBe("=L25*(1+$B$12)");
      for (const a of ["F25", "G25", "H25", "M25"]) expect(at(plan, a)?.style).toBe("input");
    }
  });

  it("makes every other figure a formula over the year's cells and the inputs", () => {
    expect(
      ["F26", "F27", "F28", "F29", "G29", "F30", "F31", "H31"].map((a) => at(sept, a)?.formula)
    ).toEqual([
      "=GPU.DATACENTER_COST(F25,$B$7)",
      "=GPU.CHARGES_IN_SERVICE(F25:M25,$B$10,$B$7,$B$11)",
      "=GPU.REQUIRED_REVENUE(F27,0,$B$8,$B$9)",
      "=$B$19",
      "=F29*(1+$B$13)",
      "=GPU.GAP(F29,F28)",
      "=SUM($F$30:F30)",
      "=SUM($F$30:H30)",
    ]);
    // The charges spill from F27 across the years: the cells they fill get a format, no content.
    const spilled = sept.cells.filter((c) => inside(c.address, "G27:M27"));
    expect(spilled.map((c) => [c.value, c.formula, c.numberFormat])).toEqual(
      Array(7).fill([undefined, undefined, MONEY_FORMAT])
    );
    for (const key of [
      "dataCenterCost",
      "required",
      "identified",
      "gap",
      "cumulativeGap",
    ] as const) {
      const cells = sept.cells.filter((c) => inside(c.address, years.rows[key]));
      expect([key, cells.length, cells.every((c) => c.formula)]).toEqual([key, 8, true]);
    }
    expect(row("required")).toBe("28");
  });
});

describe("the charts", () => {
  it("charts required, identified and the gap as columns, and required vs identified by year as lines", () => {
    expect(sept.charts).toEqual([
      {
        type: "ColumnClustered",
        title: "Required vs identified AI revenue ($B)",
        sourceRange: "A18:B20",
        seriesBy: "Columns",
        showLegend: false,
        showValues: true,
        topLeft: "E35",
        bottomRight: "M50",
      },
      {
        type: "Line",
        title: "Required vs identified AI revenue by year ($B)",
        sourceRange: "E28:M29",
        seriesBy: "Rows",
        categoriesRange: "F24:M24",
        showLegend: true,
        showValues: false,
        topLeft: "E52",
        bottomRight: "M67",
      },
    ]);
    expect(["A18", "A19", "A20"].map((a) => at(sept, a)?.value)).toEqual([
      "Required revenue ($B)",
      "Identified AI revenue ($B)",
      "Gap ($B)",
    ]);
    expect(["E28", "E29"].map((a) => at(sept, a)?.value)).toEqual([
      "Revenue required that year",
      "Identified AI revenue",
    ]);
  });

  it("keeps every chart clear of every cell, of the table and of the other chart", () => {
    for (const plan of [sept, buildTemplatePlan({ includeGrid: false })]) {
      const areas = plan.charts.map((c) => `${c.topLeft}:${c.bottomRight}`);
      for (const area of areas) {
        expect(plan.cells.filter((cell) => inside(cell.address, area))).toEqual([]);
        expect(overlaps(area, plan.table.range)).toBe(false);
      }
      expect(overlaps(areas[0], areas[1])).toBe(false);
    }
  });
});

describe("the layout", () => {
  it("sets a width for every column it uses", () => {
    const used = new Set(sept.cells.map((c) => position(c.address)[0]));
    for (const chart of sept.charts) used.add(position(chart.bottomRight)[0]);
    const widths = sept.columnWidths.map((w) => columnIndex(w.column));
    for (const column of used) expect(widths).toContain(column);
    for (const { points } of sept.columnWidths) expect(points).toBeGreaterThan(0);
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
    expect(at(june, "A2")?.value).toContain("June 20, 2024");
    // The same formulas, but for the years' spend in 2023 and 2024, the preset's year the input.
    const formulas = (plan: TemplatePlan) =>
      plan.cells.filter((c) => c.formula && !["F25", "G25"].includes(c.address));
    expect(formulas(june)).toEqual(formulas(sept));
  });

  it("leaves out the grids, moving the years and charts up, and leaves out the charts", () => {
    const noGrid = buildTemplatePlan({ includeGrid: false });
    expect(noGrid.grids).toEqual([]);
    expect(noGrid.years.yearsRange).toBe("F6:M6");
    expect(at(noGrid, "E5")?.value).toBe("Over the years ($B)");
    expect(noGrid.charts.map((c) => c.topLeft)).toEqual(["E17", "E34"]);
    expect(noGrid.charts[1]).toMatchObject({ sourceRange: "E10:M11", categoriesRange: "F6:M6" });
    expect(buildTemplatePlan({ includeChart: false }).charts).toEqual([]);
    const bare = buildTemplatePlan({ includeGrid: false, includeChart: false });
    expect(bare.addresses).toEqual(sept.addresses);
    expect(bare.cells.filter((c) => inside(c.address, "A1:C26"))).toEqual(
      sept.cells.filter((c) => inside(c.address, "A1:C26"))
    );
  });

  it("writes Traditional Chinese labels with the same formulas but the words, formats, layout and figures", () => {
    expect(zh.language).toBe("zh-TW");
    expect(zh.sheetName).toBe("GPU 回本試算");
    expect(isValidSheetName(zh.sheetName)).toBe(true);
    expect(at(zh, "A18")?.value).toBe("回本所需營收（十億美元）");
    expect(at(zh, "A23")?.value).toBe("每年所需營收（十億美元）");
    expect(at(zh, "A24")?.value).toBe("回本年數");
    expect(at(zh, "E23")?.value).toBe("逐年試算（十億美元）");
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
        words(c.address === "A1" ? undefined : c.formula),
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
