/**
 * Adding, deleting and inserting companies leaves every other section whole:
 * in the preview's host over a real HyperFormula, a whole sheet row deleted or inserted inside
 * the company table, and a row typed under it, change no cell of any other section: each keeps
 * its address and its content (text, number or formula). The sections are the plan's own.
 */
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { formatCell, parseRange } from "../../src/engine/a1";
import { buildTemplatePlan, type TemplatePlan } from "../../src/template";

/** Every cell's serialized content outside the company table's section, by address. */
function othersContent(host: HyperFormulaHost, plan: TemplatePlan): Map<string, unknown> {
  const id = host.activeSheet.id;
  const contents = new Map<string, unknown>();
  for (const section of plan.sections.filter((s) => s.name !== "companyTable")) {
    const { top, left, bottom, right } = parseRange(section.range);
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++)
        contents.set(formatCell(col, row), host.hf.getCellSerialized({ sheet: id, col, row }));
  }
  return contents;
}

async function inserted(options = {}) {
  const host = new HyperFormulaHost();
  const plan = buildTemplatePlan(options);
  await host.pane.insertTemplate(plan);
  const table = parseRange(plan.table.range); // 0-based; top is the header row
  return { host, plan, table, before: othersContent(host, plan) };
}

describe.each([["sept2023"], ["may2026"]] as const)("the %s sheet's company rows", (preset) => {
  it("a deleted company's whole row takes only that company: every other section as it was", async () => {
    const { host, plan, table, before } = await inserted({ preset });
    const identified = host.value(plan.addresses.identifiedRevenue) as number;
    const first = host.value(formatCell(table.left + 1, table.top + 1)) as number;
    host.edit.deleteRows(table.top + 1, 1);
    expect(othersContent(host, plan)).toEqual(before);
    expect(host.value(plan.addresses.identifiedRevenue)).toBe(identified - first);
    expect(host.sheet().table!.range).toEqual({ ...table, bottom: table.bottom - 1 });
  });

  it("an inserted row joins the table; a company typed in it counts; nothing else moves", async () => {
    const { host, plan, table, before } = await inserted({ preset });
    const identified = host.value(plan.addresses.identifiedRevenue) as number;
    host.edit.insertRows(table.top + 1, 1);
    expect(othersContent(host, plan)).toEqual(before);
    expect(host.sheet().table!.range).toEqual({ ...table, bottom: table.bottom + 1 });
    host.edit.setInput(formatCell(table.left, table.top + 1), "'Newco");
    host.edit.setInput(formatCell(table.left + 1, table.top + 1), "20");
    expect(host.value(plan.addresses.identifiedRevenue)).toBe(identified + 20);
    // The years' identified revenue follows the results where the preset's year reads them.
    expect(othersContent(host, plan)).toEqual(before);
  });

  it("a company typed under the table joins it, and moves nothing", async () => {
    const { host, plan, table, before } = await inserted({ preset });
    const identified = host.value(plan.addresses.identifiedRevenue) as number;
    host.edit.setInput(formatCell(table.left, table.bottom + 1), "'Newco");
    host.edit.setInput(formatCell(table.left + 1, table.bottom + 1), "5");
    expect(host.value(plan.addresses.identifiedRevenue)).toBe(identified + 5);
    expect(othersContent(host, plan)).toEqual(before);
  });
});
