/**
 * The May 2026 preset inserted by the Excel host (a fake workbook that records what office.js
 * would do): one table row of $175B, the inputs 300.8, 1 and 50%, and "The debate since" below
 * every other section, its reproductions as GPU.* formulas (NPER native), in Traditional Chinese.
 */
import { ExcelHost } from "../../src/taskpane/excelHost";
import { buildTemplatePlan, DEBATE_LABELS } from "../../src/template";
import { FakeWorkbook } from "./fakeExcel";

const plan = buildTemplatePlan({ preset: "may2026", language: "zh-TW" });

describe("ExcelHost.insertTemplate: May 2026 in Traditional Chinese", () => {
  let workbook: FakeWorkbook;
  let name: string;
  // Inserted for each test, not in a beforeAll, which StrykerJS's per-test coverage credits to no
  // test (docs/mutation.md).
  beforeEach(async () => {
    workbook = new FakeWorkbook({ sheets: ["Sheet1"] });
    name = await new ExcelHost(workbook.environment()).insertTemplate(plan);
  });
  const cell = (address: string) => workbook.sheet(name)!.cells.get(address);

  it("writes the inputs and a one-row table of Exponential View's $175B, in two round trips", () => {
    expect(name).toBe("GPU 回本試算");
    expect(workbook.syncs).toBe(2);
    expect(
      [plan.addresses.spend, plan.addresses.energy, plan.addresses.margin].map(
        (a) => cell(a)?.value
      )
    ).toEqual([300.8, 1, 0.5]);
    const table = workbook.tables.find((t) => t.sheet === name);
    expect(table?.range).toBe(plan.table.range);
    const [top] = plan.table.range.match(/\d+/g) as string[];
    expect(cell(`B${Number(top) + 1}`)?.value).toBe(175);
    expect(cell(`A${Number(top) + 2}`)).toBeUndefined(); // one row, nothing under it
  });

  it("writes the debate's rows below everything, every cell as the plan has it", () => {
    const written = workbook.sheet(name)!.cells;
    const first = plan.debate[0].row - 2;
    expect(cell(`A${first}`)?.value).toBe(DEBATE_LABELS["zh-TW"].section);
    const rows = [...written.keys()].map((a) => Number(a.replace(/^[A-Z]+/, "")));
    // From the debate's heading down: the debate, then the company table's heading and rows.
    const inDebate = rows.filter((r) => r >= first);
    const tableCells = 3 * (1 + plan.table.rows.length);
    expect(inDebate.length).toBe(
      plan.cells.filter((c) => Number(c.address.replace(/^[A-Z]+/, "")) >= first).length +
        tableCells
    );
    for (const row of plan.debate) {
      for (const address of [row.reproduced, row.also].filter(
        (a): a is string => a !== undefined
      )) {
        const planned = plan.cells.find((c) => c.address === address);
        expect(cell(address)?.formula).toBe(planned?.formula);
      }
    }
    const jpm = plan.debate.find((r) => r.id === "jpMorgan2025")!;
    expect(cell(jpm.reproduced as string)?.formula).toMatch(/NPER\(/);
    expect(cell(jpm.also as string)?.formula).toMatch(/^=GPU\.ANNUAL_CHARGE\(/);
  });
});
