import {
  buildTemplatePlan,
  columnIndex,
  columnLetter,
  GRID_MARGINS,
  GRID_SPENDS,
  isValidSheetName,
  LABELS,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  RATIO_FORMAT,
  REVENUES_NAME,
  tableColumnRange,
  type CellPlan,
  type TemplatePlan,
} from "../../src/template";

const sept = buildTemplatePlan();
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

describe("the template plan: Sept 2023 in English (the defaults)", () => {
  it("is the article's preset, in English, with grid and chart", () => {
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

  it("puts the inputs in B6:B8 and the results in B11:B16", () => {
    expect(sept.addresses).toEqual({
      spend: "B6",
      energy: "B7",
      margin: "B8",
      dataCenterCost: "B11",
      requiredRevenue: "B12",
      identifiedRevenue: "B13",
      gap: "B14",
      coverage: "B15",
      breakevenSpend: "B16",
    });
  });

  it("sets the inputs from the preset as values, in $B, a ratio and a percentage, styled as inputs", () => {
    expect(at(sept, "B6")).toEqual({
      address: "B6",
      value: 50,
      numberFormat: '"$"#,##0.0"B"',
      style: "input",
    });
    expect(at(sept, "B7")).toEqual({
      address: "B7",
      value: 1,
      numberFormat: "0.00",
      style: "input",
    });
    expect(at(sept, "B8")).toEqual({
      address: "B8",
      value: 0.5,
      numberFormat: "0.0%",
      style: "input",
    });
  });

  it("makes every result a formula over the input cells and the Revenues name", () => {
    const results = ["B11", "B12", "B13", "B14", "B15", "B16"].map((a) => {
      const cell = at(sept, a)!;
      expect(cell.value).toBeUndefined();
      return [a, cell.formula, cell.numberFormat, cell.style];
    });
    expect(results).toEqual([
      ["B11", "=GPU.DATACENTER_COST(B6,B7)", MONEY_FORMAT, "result"],
      ["B12", "=GPU.REQUIRED_REVENUE(B6,B7,B8)", MONEY_FORMAT, "result"],
      ["B13", "=SUM(Revenues)", MONEY_FORMAT, "result"],
      ["B14", "=GPU.GAP(Revenues,B12)", MONEY_FORMAT, "result"],
      ["B15", "=GPU.COVERAGE(Revenues,B12)", PERCENT_FORMAT, "result"],
      ["B16", "=GPU.BREAKEVEN_SPEND(B13,B7,B8)", MONEY_FORMAT, "result"],
    ]);
    expect(MONEY_FORMAT).toBe('"$"#,##0.0"B"');
    expect(PERCENT_FORMAT).toBe("0.0%");
    expect(RATIO_FORMAT).toBe("0.00");
  });

  it("labels every input and result in column A, with a note in column C", () => {
    const rows = [6, 7, 8, 11, 12, 13, 14, 15, 16];
    expect(rows.map((r) => at(sept, `A${r}`)?.value)).toEqual([
      "GPU spend ($B)",
      "Energy ($ per GPU $)",
      "End-customer margin",
      "Data-center cost ($B)",
      "Required revenue ($B)",
      "Identified AI revenue ($B)",
      "Gap ($B)",
      "Coverage",
      "Break-even GPU spend ($B)",
    ]);
    for (const r of rows) expect(typeof at(sept, `C${r}`)?.value).toBe("string");
    expect(at(sept, "A1")).toMatchObject({
      value: "GPU Payback: AI's $200B Question",
      style: "title",
    });
    expect(at(sept, "A2")?.value).toContain("September 2023");
    expect(at(sept, "A17")?.value).toContain("cloud vendors");
  });

  it("holds the company table: A20:C32, 12 rows totalling 75, the revenue column named Revenues", () => {
    const { table } = sept;
    expect(table.name).toBe("GpuPaybackRevenue");
    expect(table.range).toBe("A20:C32");
    expect(table.headers).toEqual(["Company", "AI revenue ($B)", "Basis in the article"]);
    expect(table.rows.length).toBe(12);
    expect(table.rows.map((row) => row[0])).toEqual([
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
    expect(table.rows.map((row) => row[1])).toEqual([1, 10, 10, 10, 10, 5, 5, 5, 5, 5, 5, 4]);
    expect(table.rows.reduce((total, row) => total + Number(row[1]), 0)).toBe(75);
    expect(table.rows[11][2]).toBe(
      "The article's stated total ($75B) less the companies it names ($71B)"
    );
    expect(table.columnFormats).toEqual([undefined, MONEY_FORMAT, undefined]);
    expect(table.revenueColumn).toBe(1);
    expect(sept.names).toEqual([
      {
        name: REVENUES_NAME,
        range: "B21:B32",
        tableColumn: 1,
        comment: "The AI revenue column of the company table",
      },
    ]);
    expect([0, 1, 2].map((c) => tableColumnRange(table, c))).toEqual([
      "A21:A32",
      "B21:B32",
      "C21:C32",
    ]);
    // The plan's cells stay out of the table: the table writes its own.
    expect(sept.cells.filter((cell) => inside(cell.address, table.range))).toEqual([]);
  });

  it("holds a 6 × 5 sensitivity grid whose every cell is a formula following the energy input $B$7", () => {
    expect(sept.grid).toEqual({
      range: "E6:J12",
      valuesRange: "F7:J12",
      spends: [25, 50, 100, 150, 200, 300],
      margins: [0.3, 0.4, 0.5, 0.6, 0.7],
    });
    expect(GRID_SPENDS).toEqual([25, 50, 100, 150, 200, 300]);
    expect(GRID_MARGINS).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(
      ["F6", "G6", "H6", "I6", "J6"].map((a) => [at(sept, a)?.value, at(sept, a)?.numberFormat])
    ).toEqual(GRID_MARGINS.map((m) => [m, "0%"]));
    expect(["E7", "E8", "E9", "E10", "E11", "E12"].map((a) => at(sept, a)?.value)).toEqual(
      GRID_SPENDS
    );
    const formulas = sept.cells.filter((cell) => cell.formula && inside(cell.address, "F7:J12"));
    expect(formulas.length).toBe(30);
    for (const cell of formulas) {
      const [c, r] = position(cell.address);
      const letter = columnLetter(c);
      expect(cell.formula).toBe(`=GPU.REQUIRED_REVENUE($E${r},$B$7,${letter}$6)`);
      expect(cell.numberFormat).toBe(MONEY_FORMAT);
    }
    expect(at(sept, "F7")?.formula).toBe("=GPU.REQUIRED_REVENUE($E7,$B$7,F$6)");
    expect(`$B$7`).toBe(`$${sept.addresses.energy[0]}$${sept.addresses.energy.slice(1)}`);
  });

  it("charts required revenue, identified revenue and the gap from A12:B14, clear of every cell", () => {
    expect(sept.chart).toEqual({
      type: "ColumnClustered",
      title: "Required vs identified AI revenue ($B)",
      sourceRange: "A12:B14",
      topLeft: "E15",
      bottomRight: "K30",
    });
    expect(["A12", "A13", "A14"].map((a) => at(sept, a)?.value)).toEqual([
      "Required revenue ($B)",
      "Identified AI revenue ($B)",
      "Gap ($B)",
    ]);
    const area = `${sept.chart!.topLeft}:${sept.chart!.bottomRight}`;
    expect(sept.cells.filter((cell) => inside(cell.address, area)).map((c) => c.address)).toEqual(
      []
    );
  });

  it("sets a width for every column it uses", () => {
    expect(sept.columnWidths.map((w) => w.column)).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "I",
      "J",
    ]);
    for (const { points } of sept.columnWidths) expect(points).toBeGreaterThan(0);
  });

  it("uses each address once and never writes a text that Excel would read as a formula", () => {
    const addresses = sept.cells.map((cell) => cell.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const cell of sept.cells) {
      expect(cell.value === undefined || cell.formula === undefined).toBe(true);
      if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe("the template plan: options, presets and languages", () => {
  it("sets 150 as GPU spend for the June 2024 update and names that article", () => {
    const june = buildTemplatePlan({ preset: "june2024" });
    expect(june.preset).toBe("june2024");
    expect(at(june, "B6")?.value).toBe(150);
    expect(at(june, "B7")?.value).toBe(1);
    expect(at(june, "B8")?.value).toBe(0.5);
    expect(at(june, "A1")?.value).toBe("GPU Payback: AI's $600B Question (June 2024 update)");
    expect(at(june, "A2")?.value).toContain("June 20, 2024");
    expect(june.cells.filter((c) => c.formula)).toEqual(sept.cells.filter((c) => c.formula));
  });

  it("leaves out the grid and moves the chart up when asked, and leaves out the chart", () => {
    const noGrid = buildTemplatePlan({ includeGrid: false });
    expect(noGrid.grid).toBeUndefined();
    expect(noGrid.cells.filter((cell) => inside(cell.address, "E5:J13"))).toEqual([]);
    expect(noGrid.chart).toMatchObject({ topLeft: "E5", bottomRight: "K20" });
    const area = `${noGrid.chart!.topLeft}:${noGrid.chart!.bottomRight}`;
    expect(noGrid.cells.filter((cell) => inside(cell.address, area))).toEqual([]);
    expect(buildTemplatePlan({ includeChart: false }).chart).toBeUndefined();
    const bare = buildTemplatePlan({ includeGrid: false, includeChart: false });
    expect(bare.cells.filter((c) => c.formula).map((c) => c.address)).toEqual([
      "B11",
      "B12",
      "B13",
      "B14",
      "B15",
      "B16",
    ]);
  });

  it("writes Traditional Chinese labels with the same formulas, formats, layout and figures", () => {
    const zh = buildTemplatePlan({ language: "zh-TW" });
    expect(zh.language).toBe("zh-TW");
    expect(zh.sheetName).toBe("GPU 回本試算");
    expect(isValidSheetName(zh.sheetName)).toBe(true);
    expect(at(zh, "A1")?.value).toBe("GPU 回本試算：AI 的 2000 億美元問題");
    expect(at(zh, "A12")?.value).toBe("回本所需營收（十億美元）");
    expect(at(zh, "A14")?.value).toBe("營收缺口（十億美元）");
    expect(zh.table.headers).toEqual(["公司", "AI 營收（十億美元）", "文章依據"]);
    expect(zh.table.rows[11]).toEqual([
      "其他（未逐項列出）",
      4,
      "文章所述總額（750 億美元）減去其列名公司（710 億美元）",
    ]);
    expect(zh.table.rows[1]).toEqual([
      "Google",
      10,
      "假設；作者於 2024 年 6 月的重述中列名，中文譯本未列",
    ]);
    expect(zh.table.rows[3]).toEqual(["Meta", 10, "假設"]);
    expect(zh.chart?.title).toBe("所需營收 vs 已確認營收（十億美元）");

    const shape = (plan: TemplatePlan) =>
      plan.cells.map((c) => [
        c.address,
        c.formula,
        c.numberFormat,
        c.style,
        typeof c.value === "number" ? c.value : typeof c.value,
      ]);
    expect(shape(zh)).toEqual(shape(sept));
    expect(zh.table.rows.map((r) => r[1])).toEqual(sept.table.rows.map((r) => r[1]));
    expect([zh.addresses, zh.grid, zh.names, zh.table.range, zh.chart?.sourceRange]).toEqual([
      sept.addresses,
      sept.grid,
      sept.names,
      sept.table.range,
      sept.chart?.sourceRange,
    ]);
    // Every label is translated: no English text from the English sheet is left, names aside.
    const english = new Set(sept.cells.map((c) => c.value).filter((v) => typeof v === "string"));
    const leftover = zh.cells.filter((c) => typeof c.value === "string" && english.has(c.value));
    expect(leftover).toEqual([]);
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
