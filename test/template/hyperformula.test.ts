/**
 * The template plan evaluated in a real spreadsheet engine: HyperFormula, with the GPU.* functions
 * as a plugin over the payback engine, written by the preview's host exactly as the plan describes
 * it. Proves the plan's formulas: the article's figures come out, every input drives exactly the
 * cells that depend on it, and every sensitivity-grid cell equals the engine's value.
 */
import type { CellValue } from "hyperformula";
import { DetailedCellError } from "hyperformula";
import { COMPANY_REVENUES, PRESETS, requiredRevenue } from "../../src/engine";
import {
  HyperFormulaHost,
  formatAddress,
  parseAddress,
  parseRange,
} from "../../src/preview/hyperformulaHost";
import {
  LABELS,
  REVENUES_NAME,
  buildTemplatePlan,
  type TemplateOptions,
  type TemplatePlan,
} from "../../src/template";

async function inserted(options: TemplateOptions = {}) {
  const host = new HyperFormulaHost();
  const plan = buildTemplatePlan(options);
  const sheet = await host.insertTemplate(plan);
  const value = (address: string) => host.value(address, sheet);
  return { host, plan, sheet, value };
}

/** Every address in a range such as "F7:J12". */
function addressesIn(range: string): string[] {
  const { top, left, bottom, right } = parseRange(range);
  const addresses: string[] = [];
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) addresses.push(formatAddress(col, row));
  }
  return addresses;
}

/** Every cell's value on the sheet, by address. */
function snapshot(host: HyperFormulaHost, sheet: string): Map<string, CellValue> {
  const values = host.hf.getSheetValues(host.sheet(sheet).id);
  const cells = new Map<string, CellValue>();
  values.forEach((row, r) => row.forEach((v, c) => cells.set(formatAddress(c, r), v)));
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

describe("the article's preset (September 2023) in HyperFormula", () => {
  it("reads 100, 200, 75, 125, 37.5% and a break-even spend of 18.75", async () => {
    const { plan, value } = await inserted();
    const a = plan.addresses;
    expect(value(a.spend)).toBe(50);
    expect(value(a.energy)).toBe(1);
    expect(value(a.margin)).toBe(0.5);
    expect(value(a.dataCenterCost)).toBe(100);
    expect(value(a.requiredRevenue)).toBe(200);
    expect(value(a.identifiedRevenue)).toBe(75);
    expect(value(a.gap)).toBe(125);
    expect(value(a.coverage)).toBe(0.375);
    expect(value(a.breakevenSpend)).toBe(18.75);
  });

  it("holds every cell of the plan as written: values as values, formulas as formulas", async () => {
    const { host, plan, sheet, value } = await inserted();
    for (const cell of plan.cells) {
      if (cell.formula !== undefined) {
        expect([cell.address, host.formula(cell.address, sheet)]).toEqual([
          cell.address,
          cell.formula,
        ]);
        expect([cell.address, typeof value(cell.address)]).toEqual([cell.address, "number"]);
      } else {
        expect([cell.address, host.formula(cell.address, sheet)]).toEqual([
          cell.address,
          undefined,
        ]);
        expect([cell.address, value(cell.address)]).toEqual([cell.address, cell.value]);
      }
    }
  });

  it("writes the company table: its header and 12 rows, revenues as numbers", async () => {
    const { plan, value } = await inserted();
    const { top, left } = parseRange(plan.table.range);
    plan.table.headers.forEach((header, j) =>
      expect(value(formatAddress(left + j, top))).toBe(header)
    );
    COMPANY_REVENUES.forEach((row, i) => {
      expect(value(formatAddress(left, top + 1 + i))).toBe(row.company);
      expect(value(formatAddress(left + 1, top + 1 + i))).toBe(row.revenue);
      expect(value(formatAddress(left + 2, top + 1 + i))).toBe(row.basis);
    });
    expect(plan.table.rows).toHaveLength(12);
  });

  it("names the revenue column on the sheet only, over the table's data rows", async () => {
    const { host, plan, sheet } = await inserted();
    const id = host.sheet(sheet).id;
    expect(plan.names.map((n) => n.name)).toEqual([REVENUES_NAME]);
    expect(host.hf.getNamedExpressionFormula(REVENUES_NAME, id)).toBe(`='GPU Payback'!$B$21:$B$32`);
    expect(plan.names[0].range).toBe("B21:B32");
    expect(host.hf.getNamedExpression(REVENUES_NAME)).toBeUndefined(); // not workbook-wide
  });
});

describe("the June 2024 update in HyperFormula", () => {
  it("reads 600 required and a 525 gap", async () => {
    const { plan, value } = await inserted({ preset: "june2024" });
    expect(value(plan.addresses.spend)).toBe(PRESETS.june2024.inputs.spend);
    expect(value(plan.addresses.requiredRevenue)).toBe(600);
    expect(value(plan.addresses.gap)).toBe(525);
    expect(value(plan.addresses.coverage)).toBe(0.125);
  });

  it("in Traditional Chinese: the same figures under Chinese labels", async () => {
    const { plan, sheet, value } = await inserted({ preset: "june2024", language: "zh-TW" });
    expect(sheet).toBe(LABELS["zh-TW"].sheetName);
    expect(value("A1")).toBe(LABELS["zh-TW"].title.june2024);
    expect(value(plan.addresses.requiredRevenue)).toBe(600);
    expect(value(plan.addresses.gap)).toBe(525);
    expect(value("A32")).toBe("其他（未逐項列出）");
  });
});

describe("editing an input recalculates exactly the cells that depend on it", () => {
  let plan: TemplatePlan;
  const grid = () => addressesIn(plan.grid!.valuesRange);

  async function edit(address: string, input: string) {
    const book = await inserted();
    plan = book.plan;
    const before = snapshot(book.host, book.sheet);
    const reported = book.host.setInput(address, input, book.sheet);
    const after = snapshot(book.host, book.sheet);
    return { ...book, changes: changed(before, after), reported: sorted(reported) };
  }

  it("GPU spend 50 → 150: data-center cost, required revenue, gap and coverage", async () => {
    const { changes, reported, value } = await edit("B6", "150");
    const a = plan.addresses;
    expect(changes).toEqual(
      sorted([a.spend, a.dataCenterCost, a.requiredRevenue, a.gap, a.coverage])
    );
    expect(reported).toEqual(changes);
    expect(value(a.requiredRevenue)).toBe(600);
    expect(value(a.gap)).toBe(525);
    expect(value(a.breakevenSpend)).toBe(18.75); // depends on revenue, not spend
  });

  it("energy 1 → 2: every result but identified revenue, and the whole sensitivity grid", async () => {
    const { changes, value } = await edit("B7", "2");
    const a = plan.addresses;
    expect(changes).toEqual(
      sorted([
        a.energy,
        a.dataCenterCost,
        a.requiredRevenue,
        a.gap,
        a.coverage,
        a.breakevenSpend,
        ...grid(),
      ])
    );
    expect(value(a.requiredRevenue)).toBe(requiredRevenue(50, 2, 0.5));
    expect(value(a.breakevenSpend)).toBe(12.5);
  });

  it("margin 50% → 60%: required revenue, gap, coverage and break-even spend only", async () => {
    const { changes, value } = await edit("B8", "60%");
    const a = plan.addresses;
    expect(changes).toEqual(
      sorted([a.margin, a.requiredRevenue, a.gap, a.coverage, a.breakevenSpend])
    );
    expect(value(a.margin)).toBe(0.6);
    expect(value(a.requiredRevenue)).toBe(requiredRevenue(50, 1, 0.6));
  });

  it("a table row's revenue 1 → 11: identified revenue, gap, coverage, break-even spend", async () => {
    const { changes, value } = await edit("B21", "11");
    const a = plan.addresses;
    expect(changes).toEqual(
      sorted(["B21", a.identifiedRevenue, a.gap, a.coverage, a.breakevenSpend])
    );
    expect(value(a.identifiedRevenue)).toBe(85);
    expect(value(a.gap)).toBe(115);
  });

  it("a company's name changes nothing else", async () => {
    const { changes } = await edit("A21", "OpenAI (ChatGPT)");
    expect(changes).toEqual(["A21"]);
  });

  it("a row typed under the table joins it, as in an Excel table: the gap follows", async () => {
    const book = await inserted();
    const a = book.plan.addresses;
    book.host.setInput("A33", "Nvidia", book.sheet);
    book.host.setInput("B33", "20", book.sheet);
    expect(book.value(a.identifiedRevenue)).toBe(95);
    expect(book.value(a.gap)).toBe(105);
    expect(book.host.sheet(book.sheet).table?.range).toEqual(parseRange("A20:C33"));
    // Anything further down is not the table's.
    book.host.setInput("B40", "1000", book.sheet);
    expect(book.value(a.identifiedRevenue)).toBe(95);
  });

  it("text in a revenue cell is skipped, a negative revenue is an error with a message", async () => {
    const book = await inserted();
    const a = book.plan.addresses;
    book.host.setInput("B22", "ten", book.sheet);
    expect(book.value(a.identifiedRevenue)).toBe(65);
    expect(book.value(a.gap)).toBe(135);
    book.host.setInput("B22", "-10", book.sheet);
    const gap = book.value(a.gap) as DetailedCellError;
    expect(gap).toBeInstanceOf(DetailedCellError);
    expect(gap.value).toBe("#VALUE!");
    expect(gap.message).toMatch(/range must hold revenues of 0 or more: row 2, column 1/);
  });

  it("a margin of 150 shows #VALUE! saying what to fix, in every cell that uses it", async () => {
    const { value } = await edit("B8", "150");
    for (const address of [plan.addresses.requiredRevenue, plan.addresses.gap]) {
      const error = value(address) as DetailedCellError;
      expect(error).toBeInstanceOf(DetailedCellError);
      expect(error.value).toBe("#VALUE!");
      expect(error.message).toMatch(/margin must be below 100%/);
    }
  });
});

describe("the sensitivity grid", () => {
  it("every cell equals the engine's required revenue for its spend, margin and the energy input", async () => {
    const book = await inserted();
    const grid = book.plan.grid!;
    const first = parseRange(grid.valuesRange);
    for (const energy of [1, 0.5, 3]) {
      book.host.setInput(book.plan.addresses.energy, String(energy), book.sheet);
      grid.spends.forEach((spend, i) => {
        grid.margins.forEach((margin, j) => {
          const address = formatAddress(first.left + j, first.top + i);
          expect([address, book.value(address)]).toEqual([
            address,
            requiredRevenue(spend, energy, margin),
          ]);
        });
      });
    }
    expect(addressesIn(grid.valuesRange)).toHaveLength(30);
  });

  it("shows its spends and margins as the row and column headers", async () => {
    const { plan, value } = await inserted();
    const { top, left } = parseRange(plan.grid!.valuesRange);
    plan.grid!.spends.forEach((spend, i) =>
      expect(value(formatAddress(left - 1, top + i))).toBe(spend)
    );
    plan.grid!.margins.forEach((margin, j) =>
      expect(value(formatAddress(left + j, top - 1))).toBe(margin)
    );
  });

  it("is left out, with the chart, when not asked for", async () => {
    const { host, plan, sheet } = await inserted({ includeGrid: false, includeChart: false });
    expect(plan.grid).toBeUndefined();
    expect(host.sheet(sheet).chart).toBeUndefined();
    expect(host.value("F7", sheet)).toBeNull();
    expect(host.value(plan.addresses.gap, sheet)).toBe(125);
  });
});

describe("the chart's source", () => {
  it("reads required revenue, identified revenue and the gap, live", async () => {
    const book = await inserted();
    const { top, left, bottom, right } = parseRange(book.plan.chart!.sourceRange);
    const series = () => {
      const points: Array<[CellValue, CellValue]> = [];
      for (let row = top; row <= bottom; row++) {
        points.push([book.value(formatAddress(left, row)), book.value(formatAddress(right, row))]);
      }
      return points;
    };
    expect(series()).toEqual([
      [LABELS.en.requiredRevenue, 200],
      [LABELS.en.identifiedRevenue, 75],
      [LABELS.en.gap, 125],
    ]);
    book.host.setInput("B6", "150", book.sheet);
    expect(series().map(([, v]) => v)).toEqual([600, 75, 525]);
  });
});

describe("GPU.ARTICLE_TABLE beside the template", () => {
  it("spills 13 rows × 3 columns from the selected cell, and GPU.GAP over it gives 125", async () => {
    const book = await inserted();
    book.host.select("M1");
    await expect(book.host.insertFormula("=GPU.ARTICLE_TABLE()")).resolves.toBe("'GPU Payback'!M1");
    const { col, row } = parseAddress("M1");
    for (let r = 0; r < 13; r++) {
      for (let c = 0; c < 3; c++) {
        expect(book.value(formatAddress(col + c, row + r))).not.toBeNull();
      }
    }
    expect(book.value("M14")).toBeNull();
    expect(book.value("P1")).toBeNull();
    expect(book.value("M1")).toBe("Company");
    expect(book.value("N13")).toBe(4);
    book.host.select("M15");
    await book.host.insertFormula("=GPU.GAP(M1:O13,B12)");
    expect(book.value("M15")).toBe(125);
  });
});

describe("two template sheets", () => {
  it("keep their own inputs and their own Revenues", async () => {
    const host = new HyperFormulaHost();
    const first = await host.insertTemplate(buildTemplatePlan());
    const second = await host.insertTemplate(buildTemplatePlan());
    expect([first, second]).toEqual(["GPU Payback", "GPU Payback (2)"]);
    host.setInput("B21", "101", second);
    host.setInput("B6", "150", first);
    expect(host.value("B12", first)).toBe(600);
    expect(host.value("B14", first)).toBe(525);
    expect(host.value("B12", second)).toBe(200);
    expect(host.value("B13", second)).toBe(175);
    expect(host.value("B14", second)).toBe(25);
    expect(host.hf.getNamedExpressionFormula(REVENUES_NAME, host.sheet(second).id)).toBe(
      "='GPU Payback (2)'!$B$21:$B$32"
    );
  });
});
