/**
 * The template plan evaluated in a real spreadsheet engine: HyperFormula, with the GPU.* functions
 * as a plugin over the payback engine, written by the preview's host exactly as the plan describes
 * it. Proves the plan's formulas: the article's figures come out, every input drives exactly the
 * cells that depend on it, every grid and year cell equals the engine's value, and the input
 * check names an empty or invalid input in words.
 */
import type { CellValue } from "hyperformula";
import { DetailedCellError } from "hyperformula";
import {
  annualRequiredRevenue,
  chargesInService,
  COMPANY_REVENUES,
  dataCenterCost,
  paybackYears,
  PRESETS,
  requiredRevenue,
} from "../../src/engine";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import {
  LABELS,
  REVENUES_NAME,
  buildTemplatePlan,
  type TemplateOptions,
  type TemplatePlan,
} from "../../src/template";
import {
  absolute as absoluteAddress,
  address as formatCell,
  addressesIn,
  box,
  cellsOf,
  offset,
  type InputName,
} from "../support/cells";

/**
 * A template inserted in HyperFormula; `a` names its cells by what they are (test/support/cells.ts),
 * so that no assertion here depends on where a section sits.
 */
async function inserted(options: TemplateOptions = {}) {
  const host = new HyperFormulaHost();
  const plan = buildTemplatePlan(options);
  const sheet = await host.pane.insertTemplate(plan);
  const value = (address: string) => host.value(address, sheet);
  const set = (address: string, input: string) => host.edit.setInput(address, input, sheet);
  return { host, plan, sheet, value, set, a: cellsOf(plan) };
}

/** The September 2023 sheet's cells (every preset and language shares its layout). */
const c = cellsOf(buildTemplatePlan());

/** Every cell's value on the sheet, by address. */
function snapshot(host: HyperFormulaHost, sheet: string): Map<string, CellValue> {
  const values = host.hf.getSheetValues(host.sheet(sheet).id);
  const cells = new Map<string, CellValue>();
  values.forEach((row, r) => row.forEach((v, col) => cells.set(formatCell(col, r), v)));
  return cells;
}

/** The addresses whose values differ between two snapshots. */
function changed(before: Map<string, CellValue>, after: Map<string, CellValue>): string[] {
  const addresses = new Set([...before.keys(), ...after.keys()]);
  const same = (a: CellValue | undefined, b: CellValue | undefined) =>
    (a ?? null) === (b ?? null) ||
    (a instanceof DetailedCellError && b instanceof DetailedCellError && a.value === b.value);
  return [...addresses].filter((a) => !same(before.get(a), after.get(a))).sort();
}

const sorted = (addresses: string[]) => [...addresses].sort();
const OK = LABELS.en.checkOk;

describe("the article's preset (September 2023) in HyperFormula", () => {
  it("reads 100, 200, 75, 125, 37.5%, a break-even spend of 18.75 and the capital model's figures", async () => {
    const { value, a } = await inserted();
    expect([a.spend, a.energy, a.margin].map(value)).toEqual([50, 1, 0.5]);
    expect([a.cloudMargin, a.life, a.rate, a.spendGrowth, a.revenueGrowth].map(value)).toEqual([
      0, 5, 0, 0, 0,
    ]);
    expect(value(a.dataCenterCost)).toBe(100);
    expect(value(a.requiredRevenue)).toBe(200);
    expect(value(a.identifiedRevenue)).toBe(75);
    expect(value(a.gap)).toBe(125);
    expect(value(a.coverage)).toBe(0.375);
    expect(value(a.breakevenSpend)).toBe(18.75);
    // 100 of data-center cost over 5 years, ÷ (1 − 50%): 40 a year; × 5 years = the 200.
    expect(value(a.annualRequiredRevenue)).toBe(40);
    // 75 × (1 − 50%) = 37.5 a year pays back 100 in 2⅔ years.
    expect(value(a.paybackYears)).toBeCloseTo(100 / 37.5, 12);
    expect(value(a.check)).toBe(OK);
    expect(value(a.title)).toBe("GPU Payback: AI's $200B Question");
  });

  it("holds every cell of the plan as written, every formula a number but the title's and the check's texts", async () => {
    const { host, plan, sheet, value, a } = await inserted();
    const texts = [a.title, a.check];
    for (const cell of plan.cells) {
      expect([cell.address, host.formula(cell.address, sheet)]).toEqual([
        cell.address,
        cell.formula,
      ]);
      if (cell.formula === undefined && cell.value === undefined) {
        // A format only: where the charges in service spill, a number.
        expect([cell.address, typeof value(cell.address)]).toEqual([cell.address, "number"]);
      } else if (cell.formula === undefined) {
        expect([cell.address, value(cell.address)]).toEqual([cell.address, cell.value]);
      } else {
        const kind = texts.includes(cell.address) ? "string" : "number";
        expect([cell.address, typeof value(cell.address)]).toEqual([cell.address, kind]);
      }
    }
  });

  it("writes the company table: its header and the article's rows, revenues as numbers", async () => {
    const { plan, value, a } = await inserted();
    expect(a.table.headers.map(value)).toEqual(plan.table.headers);
    COMPANY_REVENUES.forEach((row, i) => {
      expect(value(a.table.rows[i].name)).toBe(row.company);
      expect(value(a.table.rows[i].revenue)).toBe(row.revenue);
    });
    expect(value(a.company("Microsoft").revenue)).toBe(10);
    expect(plan.table.rows).toHaveLength(12);
  });

  it("names the revenue column on the sheet only, over the table's data rows", async () => {
    const { host, plan, sheet, a } = await inserted();
    const id = host.sheet(sheet).id;
    expect(plan.names.map((n) => n.name)).toEqual([REVENUES_NAME]);
    const [first, last] = [a.table.rows[0].revenue, a.table.rows[11].revenue];
    expect(host.hf.getNamedExpressionFormula(REVENUES_NAME, id)).toBe(
      `='GPU Payback'!${absoluteAddress(first)}:${absoluteAddress(last)}`
    );
    expect(host.hf.getNamedExpression(REVENUES_NAME)).toBeUndefined(); // not workbook-wide
  });
});

describe("the June 2024 update in HyperFormula", () => {
  it("reads 600 required, a 525 gap, and a title of $600B", async () => {
    const { value, a } = await inserted({ preset: "june2024" });
    expect(value(a.spend)).toBe(PRESETS.june2024.inputs.spend);
    expect(value(a.requiredRevenue)).toBe(600);
    expect(value(a.gap)).toBe(525);
    expect(value(a.coverage)).toBe(0.125);
    expect(value(a.annualRequiredRevenue)).toBe(120);
    expect(value(a.paybackYears)).toBe(8); // 300 ÷ 37.5
    expect(value(a.title)).toBe("GPU Payback: AI's $600B Question");
  });

  it("in Traditional Chinese: the same figures under Chinese labels, the title in 億", async () => {
    const { sheet, value, a } = await inserted({ preset: "june2024", language: "zh-TW" });
    expect(sheet).toBe(LABELS["zh-TW"].sheetName);
    expect(value(a.title)).toBe("GPU 回本試算：AI 的 6000 億美元問題");
    expect(value(a.requiredRevenue)).toBe(600);
    expect(value(a.gap)).toBe(525);
    expect(value(a.check)).toBe("✓ 所有輸入皆有效。");
    expect(value(a.table.rows[11].name)).toBe("其他（未逐項列出）");
  });
});

describe("the title follows the sheet's own figures", () => {
  it("$600B at a spend of 150, $250B with a 20% cloud margin, the plain title on an error", async () => {
    const { value, set, a } = await inserted();
    set(a.spend, "150");
    expect(value(a.title)).toBe("GPU Payback: AI's $600B Question");
    set(a.spend, "50");
    set(a.cloudMargin, "20%");
    expect(value(a.title)).toBe("GPU Payback: AI's $250B Question");
    set(a.cloudMargin, "30%");
    expect(value(a.title)).toBe("GPU Payback: AI's $286B Question"); // 200 ÷ 0.7 = 285.714…
    set(a.margin, "150");
    expect(value(a.title)).toBe("GPU Payback");
  });
});

describe("the input check names an empty or invalid input in words", () => {
  const cases: Array<[InputName, string, string]> = [
    ["spend", "", "GPU spend ($B) is empty: enter a number, 0 or more."],
    ["spend", "'fifty", "GPU spend ($B) must be a number, 0 or more."],
    ["energy", "-1", "Energy ($ per GPU $) must be a number, 0 or more."],
    ["margin", "100%", "End-customer margin must be a percentage from 0% to below 100%."],
    ["margin", "", "End-customer margin is empty: enter a percentage from 0% to below 100%."],
    ["cloudMargin", "-5%", "Cloud margin must be a percentage from 0% to below 100%."],
    // 2.5 years: the results take it (annual required revenue), the years' charges do not.
    [
      "life",
      "2.5",
      "Useful life (years) is not a whole number: the results use it, but “Charges in service” in Over the years needs a whole number of years, 1 or more.",
    ],
    ["life", "0", "Useful life (years) must be a number above 0."],
    ["life", "'five", "Useful life (years) must be a number above 0."],
    ["rate", "", "Cost of capital is empty: enter a number, 0 or more."],
    ["spendGrowth", "-10%", "GPU spend growth a year must be a number, 0 or more."],
    ["revenueGrowth", "", "AI revenue growth a year is empty: enter a number, 0 or more."],
  ];
  it.each(cases)("%s = %j: %s", async (input, typed, message) => {
    const { value, set, a } = await inserted();
    set(a.input(input), typed);
    expect(value(a.check)).toBe(message);
  });

  it("accepts the edges: spend 0, margin 0% and 99.9%, life 1, and names the first of two faults", async () => {
    const { value, set, a } = await inserted();
    for (const [address, input] of [
      [a.spend, "0"],
      [a.margin, "0"],
      [a.cloudMargin, "99.9%"],
      [a.life, "1"],
    ]) {
      set(address, input);
      expect([address, input, value(a.check)]).toEqual([address, input, OK]);
    }
    set(a.rate, "");
    set(a.energy, "");
    expect(value(a.check)).toBe("Energy ($ per GPU $) is empty: enter a number, 0 or more.");
  });

  it("in Traditional Chinese", async () => {
    const { value, set, a } = await inserted({ language: "zh-TW" });
    set(a.life, "");
    expect(value(a.check)).toBe("使用年限（年）為空白：請輸入 大於 0 的數字。");
    set(a.life, "2.5");
    expect(value(a.check)).toBe(
      "使用年限（年）不是整數：結果可以使用，但「逐年試算」的「在役資本費用」需要 1 以上的整數年數。"
    );
    set(a.life, "5");
    set(a.margin, "1");
    expect(value(a.check)).toBe("終端客戶利潤率必須是 0% 以上、未滿 100% 的百分比。");
  });
});

describe("editing an input recalculates exactly the cells that depend on it", () => {
  let plan: TemplatePlan;

  async function edit(address: string, input: string) {
    const book = await inserted();
    plan = book.plan;
    const before = snapshot(book.host, book.sheet);
    const reported = book.host.edit.setInput(address, input, book.sheet);
    const after = snapshot(book.host, book.sheet);
    return { ...book, changes: changed(before, after), reported: sorted(reported) };
  }

  it("GPU spend 50 → 150: the chain from it, the title, the life grid and 2023 on in the years", async () => {
    const { changes, reported, value, a } = await edit(c.spend, "150");
    const years = plan.years.rows;
    const first = (range: string, count: number) => addressesIn(range).slice(0, count);
    expect(changes).toEqual(
      sorted([
        a.title,
        a.spend,
        a.dataCenterCost,
        a.requiredRevenue,
        a.gap,
        a.coverage,
        a.annualRequiredRevenue,
        a.paybackYears,
        ...addressesIn(plan.grids[1].valuesRange),
        // 2023 takes the input: its cost, and its charges for the 5 years of its life
        ...first(years.spend, 1),
        ...first(years.dataCenterCost, 1),
        ...first(years.charges, 5),
        ...first(years.required, 5),
        ...first(years.gap, 5),
        ...addressesIn(years.cumulativeGap),
      ])
    );
    // The host reports the charges' whole spilled row, recomputed as one array (its last 3 unchanged).
    expect(reported).toEqual(sorted([...changes, ...addressesIn(years.charges).slice(5)]));
    expect(value(a.requiredRevenue)).toBe(600);
    expect(value(a.breakevenSpend)).toBe(18.75); // depends on revenue, not spend
  });

  it("margin 50% → 60%: the results that divide by it and the years' required; not the grids (their own margins)", async () => {
    const { changes, value, a } = await edit(c.margin, "60%");
    const years = plan.years.rows;
    expect(changes).toEqual(
      sorted([
        a.title,
        a.margin,
        a.requiredRevenue,
        a.gap,
        a.coverage,
        a.breakevenSpend,
        a.annualRequiredRevenue,
        a.paybackYears,
        ...addressesIn(years.required),
        ...addressesIn(years.gap),
        ...addressesIn(years.cumulativeGap),
      ])
    );
    expect(value(a.requiredRevenue)).toBe(requiredRevenue(50, 1, 0.6));
  });

  it("a table row's revenue 1 → 11: identified revenue and what follows from it", async () => {
    const revenue = c.company("OpenAI").revenue;
    const { changes, value, a } = await edit(revenue, "11");
    const years = plan.years.rows;
    expect(changes).toEqual(
      sorted([
        revenue,
        a.identifiedRevenue,
        a.gap,
        a.coverage,
        a.breakevenSpend,
        a.paybackYears,
        ...addressesIn(years.identified),
        ...addressesIn(years.gap),
        ...addressesIn(years.cumulativeGap),
      ])
    );
    expect(value(a.identifiedRevenue)).toBe(85);
    expect(value(a.gap)).toBe(115);
  });

  it("a company's name changes nothing else", async () => {
    const company = c.company("OpenAI").name;
    const { changes } = await edit(company, "OpenAI (ChatGPT)");
    expect(changes).toEqual([company]);
  });

  it("a row typed under the table joins it, as in an Excel table: the gap follows", async () => {
    const book = await inserted();
    const rows = book.plan.table.rows.length;
    book.set(book.a.table.row(rows).name, "Nvidia");
    book.set(book.a.table.row(rows).revenue, "20");
    expect(book.value(book.a.identifiedRevenue)).toBe(95);
    expect(book.value(book.a.gap)).toBe(105);
    const grown = box(book.plan.table.range);
    expect(book.host.sheet(book.sheet).table?.range).toEqual({
      ...grown,
      bottom: grown.bottom + 1,
    });
  });

  it("a margin of 150 shows #VALUE! saying what to fix, and the check names the margin", async () => {
    const { value, a } = await edit(c.margin, "150");
    for (const address of [a.requiredRevenue, a.gap, a.annualRequiredRevenue]) {
      const error = value(address) as DetailedCellError;
      expect(error).toBeInstanceOf(DetailedCellError);
      expect(error.value).toBe("#VALUE!");
      expect(error.message).toMatch(/margin must be below 100%/);
    }
    expect(value(a.check)).toMatch(/^End-customer margin must be/);
  });
});

describe("the sensitivity grids equal the engine", () => {
  it("required revenue for each spend and margin, at the energy and cloud margin inputs", async () => {
    const book = await inserted();
    const grid = book.a.grid("spend");
    for (const [energy, cloud] of [
      [1, 0],
      [0.5, 0.2],
      [3, 0.35],
    ]) {
      book.set(book.a.energy, String(energy));
      book.set(book.a.cloudMargin, String(cloud));
      grid.rows.forEach((spend) => {
        grid.margins.forEach((margin) => {
          const address = grid.cell(spend, margin);
          expect([address, book.value(address)]).toEqual([
            address,
            requiredRevenue(spend, energy, margin, cloud),
          ]);
        });
      });
    }
  });

  it("annual required revenue for each life and margin, at every other input", async () => {
    const book = await inserted({ preset: "june2024" });
    const grid = book.a.grid("life");
    for (const [energy, rate, cloud] of [
      [1, 0, 0],
      [1, 0.1, 0.2],
      [0.5, 0.08, 0],
    ]) {
      book.set(book.a.energy, String(energy));
      book.set(book.a.rate, String(rate));
      book.set(book.a.cloudMargin, String(cloud));
      grid.rows.forEach((life) => {
        grid.margins.forEach((margin) => {
          const address = grid.cell(life, margin);
          expect([address, book.value(address)]).toEqual([
            address,
            annualRequiredRevenue(150, life, energy, margin, rate, cloud),
          ]);
        });
      });
    }
    // At rate 0, a life of 4 and a margin of 50%: 300 ÷ 4 ÷ 0.5 = 150 a year.
    book.set(book.a.rate, "0");
    book.set(book.a.cloudMargin, "0");
    book.set(book.a.energy, "1");
    expect(book.value(grid.cell(4, 0.5))).toBe(150);
  });
});

describe("over the years", () => {
  const row = (
    book: Awaited<ReturnType<typeof inserted>>,
    key: keyof TemplatePlan["years"]["rows"]
  ) => addressesIn(book.plan.years.rows[key]).map(book.value);

  it("the article's inputs, worked out by hand: a five-year life, 50 then 150 a year", async () => {
    const book = await inserted();
    expect(addressesIn(book.plan.years.yearsRange).map(book.value)).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(row(book, "spend")).toEqual([50, 150, 150, 150, 150, 150, 150, 150]);
    expect(row(book, "dataCenterCost")).toEqual([100, 300, 300, 300, 300, 300, 300, 300]);
    // 100 ÷ 5 = 20 a year for 2023's vintage (to 2027), 60 for each later one.
    expect(row(book, "charges")).toEqual([20, 80, 140, 200, 260, 300, 300, 300]);
    expect(row(book, "required")).toEqual([40, 160, 280, 400, 520, 600, 600, 600]);
    expect(row(book, "identified")).toEqual([75, 75, 75, 75, 75, 75, 75, 75]);
    expect(row(book, "gap")).toEqual([-35, 85, 205, 325, 445, 525, 525, 525]);
    expect(row(book, "cumulativeGap")).toEqual([-35, 50, 255, 580, 1025, 1550, 2075, 2600]);
  });

  it("is the same in both presets and both languages: the essays' own spend by year", async () => {
    const sept = await inserted();
    for (const options of [{ preset: "june2024" as const }, { language: "zh-TW" as const }]) {
      const other = await inserted(options);
      for (const key of Object.keys(sept.plan.years.rows) as Array<
        keyof TemplatePlan["years"]["rows"]
      >) {
        expect([key, row(other, key)]).toEqual([key, row(sept, key)]);
      }
    }
  });

  it("every cell equals the engine's, whatever the inputs, and a spend typed over a year carries on", async () => {
    const book = await inserted({ preset: "june2024" });
    const settings = [
      {
        energy: 1,
        margin: 0.5,
        cloudMargin: 0,
        life: 4,
        rate: 0.1,
        spendGrowth: 0.2,
        revenueGrowth: 0.5,
      },
      {
        energy: 0.5,
        margin: 0.6,
        cloudMargin: 0.3,
        life: 3,
        rate: 0,
        spendGrowth: 0,
        revenueGrowth: 0.1,
      },
    ];
    for (const inputs of settings) {
      for (const [name, v] of Object.entries(inputs))
        book.set(book.a.input(name as InputName), String(v));
      book.set(book.a.years.year("spend", 2026), "400"); // 2026 overwritten: 2027 on grow from it
      const spend = [50, 150, 150 * (1 + inputs.spendGrowth), 400];
      while (spend.length < 8) spend.push(spend[spend.length - 1] * (1 + inputs.spendGrowth));
      const charges = chargesInService([spend], inputs.life, inputs.energy, inputs.rate)[0];
      const required = charges.map((x) => requiredRevenue(x, 0, inputs.margin, inputs.cloudMargin));
      const identified = spend.map((_, i) => 75 * Math.pow(1 + inputs.revenueGrowth, i));
      const gap = required.map((r, i) => r - identified[i]);
      let total = 0;
      const cumulative = gap.map((g) => (total += g));
      const close = (actual: CellValue[], expected: number[]) =>
        expected.forEach((e, i) => expect(actual[i] as number).toBeCloseTo(e, 9));
      close(row(book, "spend"), spend);
      close(
        row(book, "dataCenterCost"),
        spend.map((s) => dataCenterCost(s, inputs.energy))
      );
      close(row(book, "charges"), charges);
      close(row(book, "required"), required);
      close(row(book, "identified"), identified);
      close(row(book, "gap"), gap);
      close(row(book, "cumulativeGap"), cumulative);
      expect(book.value(book.a.paybackYears)).toBeCloseTo(
        paybackYears(
          dataCenterCost(150, inputs.energy),
          75 * (1 - inputs.margin),
          inputs.revenueGrowth
        ),
        12
      );
    }
  });
});

describe("the charts' sources", () => {
  it("read required revenue, identified revenue and the gap, live", async () => {
    const book = await inserted();
    const { top, left, bottom, right } = box(book.plan.charts[0].sourceRange);
    const series = () => {
      const points: Array<[CellValue, CellValue]> = [];
      for (let r = top; r <= bottom; r++) {
        points.push([book.value(formatCell(left, r)), book.value(formatCell(right, r))]);
      }
      return points;
    };
    expect(series()).toEqual([
      [LABELS.en.requiredRevenue, 200],
      [LABELS.en.identifiedRevenue, 75],
      [LABELS.en.gap, 125],
    ]);
    book.set(book.a.spend, "150");
    expect(series().map(([, v]) => v)).toEqual([600, 75, 525]);
  });

  it("the line chart reads the years' required and identified revenue by name", async () => {
    const book = await inserted();
    const chart = book.plan.charts[1];
    const { top, left, bottom } = box(chart.sourceRange);
    expect([book.value(formatCell(left, top)), book.value(formatCell(left, bottom))]).toEqual([
      LABELS.en.yearsRequired,
      LABELS.en.yearsIdentified,
    ]);
    expect(addressesIn(chart.categoriesRange!).map(book.value)[0]).toBe(2023);
    expect(book.value(formatCell(left + 1, top))).toBe(40);
  });
});

describe("GPU.ARTICLE_TABLE beside the template", () => {
  it("spills 13 rows × 3 columns from the selected cell, and GPU.GAP over it gives 125", async () => {
    const book = await inserted();
    // the top row, a blank column right of every section: a cell no section writes
    const right = Math.max(...book.plan.sections.map((s) => box(s.range).right));
    const spot = formatCell(right + 2, 0);
    book.host.select(spot);
    await expect(book.host.pane.insertFormula("=GPU.ARTICLE_TABLE()")).resolves.toBe(
      `'GPU Payback'!${spot}`
    );
    const table = `${spot}:${offset(spot, 2, 12)}`;
    for (const address of addressesIn(table)) expect(book.value(address)).not.toBeNull();
    expect(book.value(offset(spot, 0, 13))).toBeNull();
    const gap = offset(spot, 0, 14);
    book.host.select(gap);
    await book.host.pane.insertFormula(`=GPU.GAP(${table},${book.a.requiredRevenue})`);
    expect(book.value(gap)).toBe(125);
  });
});

describe("two template sheets", () => {
  it("keep their own inputs and their own Revenues", async () => {
    const host = new HyperFormulaHost();
    const first = await host.pane.insertTemplate(buildTemplatePlan());
    const second = await host.pane.insertTemplate(buildTemplatePlan());
    expect([first, second]).toEqual(["GPU Payback", "GPU Payback (2)"]);
    host.edit.setInput(c.company("OpenAI").revenue, "101", second);
    host.edit.setInput(c.spend, "150", first);
    expect(host.value(c.requiredRevenue, first)).toBe(600);
    expect(host.value(c.gap, first)).toBe(525);
    expect(host.value(c.requiredRevenue, second)).toBe(200);
    expect(host.value(c.identifiedRevenue, second)).toBe(175);
    expect(host.value(c.gap, second)).toBe(25);
    const [top, bottom] = [c.table.rows[0].revenue, c.table.rows[11].revenue].map(absoluteAddress);
    expect(host.hf.getNamedExpressionFormula(REVENUES_NAME, host.sheet(second).id)).toBe(
      `='GPU Payback (2)'!${top}:${bottom}`
    );
  });
});
