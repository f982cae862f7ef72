/**
 * The layout's promise: the company table, which grows and shrinks as a user adds, deletes or
 * inserts companies, shares its rows with no other section and has nothing below it, so that a
 * row operation in it (a whole sheet row in Excel or LibreOffice, or Excel's Insert/Delete Table
 * Rows, which shift only the table's columns) leaves every other section whole. Stated over the
 * plan's own section ranges, for every preset, language, form and option.
 */
import { LANGUAGES, PRESET_IDS } from "../../src/engine";
import { parseRange } from "../../src/engine/a1";
import {
  buildTemplatePlan,
  TEMPLATE_FORMULAS,
  type SectionPlan,
  type TemplatePlan,
} from "../../src/template";

const plans: Array<[string, TemplatePlan]> = PRESET_IDS.flatMap((preset) =>
  LANGUAGES.flatMap((language) =>
    TEMPLATE_FORMULAS.flatMap((formulas) =>
      [true, false].flatMap((includeGrid) =>
        [true, false].map((includeChart): [string, TemplatePlan] => [
          `${preset} ${language} ${formulas} grid:${includeGrid} chart:${includeChart}`,
          buildTemplatePlan({ preset, language, formulas, includeGrid, includeChart }),
        ])
      )
    )
  )
);

const box = (s: SectionPlan) => parseRange(s.range);
const inside = (address: string, s: SectionPlan) => {
  const a = parseRange(address);
  const b = box(s);
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
};

describe.each(plans)("the sections of %s", (_, plan) => {
  it("hold every cell the plan writes, the table and the charts", () => {
    const places = [
      ...plan.cells.map((c) => c.address),
      plan.table.range,
      ...plan.charts.map((c) => `${c.topLeft}:${c.bottomRight}`),
      ...plan.grids.map((g) => g.range),
    ];
    const outside = places.filter((place) => !plan.sections.some((s) => inside(place, s)));
    expect(outside).toEqual([]);
  });

  it("put the company table, header included, inside the one section that grows", () => {
    const growing = plan.sections.filter((s) => s.grows);
    expect(growing.map((s) => s.name)).toEqual(["companyTable"]);
    expect(inside(plan.table.range, growing[0])).toBe(true);
  });

  it("overlap nowhere, and none shares a row with a growing table or lies below it", () => {
    const { sections } = plan;
    for (const [i, a] of sections.entries()) {
      for (const b of sections.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        const rowsMeet = p.top <= q.bottom && q.top <= p.bottom;
        const columnsMeet = p.left <= q.right && q.left <= p.right;
        expect({ pair: [a.name, b.name], overlap: rowsMeet && columnsMeet }).toEqual({
          pair: [a.name, b.name],
          overlap: false,
        });
      }
    }
    for (const table of sections.filter((s) => s.grows)) {
      const reaching = sections.filter((s) => s !== table && box(s).bottom >= box(table).top);
      expect(reaching.map((s) => s.name)).toEqual([]);
    }
  });
});
