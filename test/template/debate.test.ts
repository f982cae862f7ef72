/**
 * "The debate since" as a section of every template: one row per analysis, below every other
 * section (so it shares no rows with the company table, which grows), its inputs as cells and its
 * headline reproduced by a live formula, in HyperFormula, in every preset, language and formula
 * form. Figures by hand: 50 × 4 = 200 (gap 125 on 75); 150 × 4 = 600 (525); 500 × 4 = 2,000
 * (1,200 left by 800 short); ln(650 ÷ 150) ÷ ln 1.1 = 15.38 years (a charge of 650 over it);
 * 25 ÷ 21 = 119%; 75.2 × 4 × 4 = 1,203.2 (1,028.2 against 175).
 */
import { ANALYSES, CAPITAL_SOURCES, PRESET_IDS, type AnalysisId } from "../../src/engine";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { parseCell, parseRange } from "../../src/engine/a1";
import {
  DEBATE_LABELS,
  LANGUAGES,
  TEMPLATE_FORMULAS,
  buildTemplatePlan,
  type DebateRow,
  type TemplateOptions,
  type TemplatePlan,
} from "../../src/template";

const rowOf = (address: string) => parseCell(address).row + 1;
const row = (plan: TemplatePlan, id: AnalysisId): DebateRow => {
  const found = plan.debate.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const cell = (plan: TemplatePlan, address: string) => plan.cells.find((c) => c.address === address);

/** The debate's figures by hand: the reproduction and the second figure. */
const EXPECTED: ReadonlyArray<[AnalysisId, number | undefined, number | undefined]> = [
  ["essay2023", 200, 125],
  ["essay2024", 600, 525],
  ["bain2025", 2000, 1200],
  ["jpMorgan2025", Math.log(650 / 150) / Math.log(1.1), 650],
  ["exponentialView2026", 25 / 21, undefined],
  ["bigTechCapex2026", undefined, undefined],
  ["today2026", 1203.2, 1028.2],
];

async function inserted(options: TemplateOptions) {
  const host = new HyperFormulaHost();
  const plan = buildTemplatePlan(options);
  const sheet = await host.pane.insertTemplate(plan);
  const value = (address: string) => host.value(address, sheet);
  const set = (address: string, input: string) => host.edit.setInput(address, input, sheet);
  return { plan, value, set };
}

describe("the debate section's plan", () => {
  // Built for each test, not as the file loads: what runs then covers no test for StrykerJS.
  let plan: TemplatePlan;
  beforeEach(() => {
    plan = buildTemplatePlan();
  });

  it("has one row per analysis, in debate.md's order, on consecutive rows", () => {
    expect(plan.debate.map((r) => r.id)).toEqual(ANALYSES.map((a) => a.id));
    plan.debate.forEach((r, i) => expect(r.row).toBe(plan.debate[0].row + i));
  });

  it("sits below every other section and the charts, above the company table, in every preset and language", () => {
    for (const preset of PRESET_IDS) {
      for (const language of LANGUAGES) {
        for (const includeGrid of [true, false]) {
          const p = buildTemplatePlan({ preset, language, includeGrid });
          const first = p.debate[0].row - 2; // its heading, then its header row
          const last = p.debate[p.debate.length - 1].row;
          const tableTop = parseRange(p.table.range).top + 1; // 1-based header row
          const others = p.cells.filter((c) => rowOf(c.address) < first).map((c) => c.address);
          const debate = p.cells.filter(
            (c) => rowOf(c.address) >= first && rowOf(c.address) <= last
          );
          const table = p.cells.filter((c) => rowOf(c.address) > last);
          expect(p.cells.length).toBe(others.length + debate.length + table.length);
          // Below it, only the company table's heading (the table writes its own cells).
          expect(table.map((c) => rowOf(c.address))).toEqual(table.map(() => tableTop - 1));
          expect(tableTop - 1).toBeGreaterThan(last + 1);
          for (const chart of p.charts) expect(first).toBeGreaterThan(rowOf(chart.bottomRight));
          expect(cell(p, `A${first}`)?.value).toBe(DEBATE_LABELS[language].section);
        }
      }
    }
  });

  it("writes who, when, the address, their inputs in words and as cells, the headline and the difference", () => {
    for (const analysis of ANALYSES) {
      const r = row(plan, analysis.id);
      const words = DEBATE_LABELS.en.analyses[analysis.id];
      expect(cell(plan, `A${r.row}`)?.value).toBe(words.who);
      expect(cell(plan, `B${r.row}`)?.value).toBe(words.when);
      expect(cell(plan, `C${r.row}`)?.value).toBe(CAPITAL_SOURCES[analysis.sources[0]].url);
      expect(cell(plan, `E${r.row}`)?.value).toBe(words.inputs);
      expect(r.inputs.map((a) => cell(plan, a)?.value)).toEqual(
        analysis.inputs.map((i) => i.value)
      );
      for (const address of r.inputs) expect(cell(plan, address)?.style).toBe("input");
      expect(cell(plan, r.headline)?.value).toBe(analysis.headline ?? words.headline);
      expect(cell(plan, `N${r.row}`)?.value).toBe(words.difference);
      // Its inputs in F:J, before the headline in K: none written over it.
      expect(r.inputs.map((a) => parseCell(a).col)).toEqual(analysis.inputs.map((_, i) => 5 + i));
      expect(parseCell(r.headline).col).toBe(10);
      for (const a of r.inputs) expect(parseCell(a).col).toBeLessThan(parseCell(r.headline).col);
    }
    expect(DEBATE_LABELS.en.analyses.essay2024.difference).toMatch(/about \$500B.*\$525B/);
  });

  it("reproduces with the add-in's functions over the input cells (NPER native)", () => {
    const formula = (id: AnalysisId, key: "reproduced" | "also") =>
      cell(plan, row(plan, id)[key] as string)?.formula;
    const [bain, jpm, ev, today] = [
      "bain2025",
      "jpMorgan2025",
      "exponentialView2026",
      "today2026",
    ].map((id) => row(plan, id as AnalysisId).inputs);
    expect(formula("bain2025", "reproduced")).toBe(
      `=GPU.REQUIRED_REVENUE(${bain[0]},${bain[1]},${bain[2]})`
    );
    expect(formula("jpMorgan2025", "reproduced")).toContain(`NPER(${jpm[2]},-${jpm[0]},${jpm[1]})`);
    expect(formula("jpMorgan2025", "also")).toBe(
      `=GPU.ANNUAL_CHARGE(${jpm[1]},${row(plan, "jpMorgan2025").reproduced},${jpm[2]})`
    );
    expect(formula("exponentialView2026", "reproduced")).toBe(`=GPU.COVERAGE(${ev[0]},${ev[1]})`);
    expect(formula("today2026", "reproduced")).toBe(
      `=GPU.REQUIRED_REVENUE(${today[0]}*${today[1]},${today[2]},${today[3]})`
    );
    expect(row(plan, "bigTechCapex2026").reproduced).toBeUndefined();
  });

  it("words every analysis in both languages, with a line on the difference", () => {
    for (const language of LANGUAGES) {
      for (const analysis of ANALYSES) {
        const words = DEBATE_LABELS[language].analyses[analysis.id];
        for (const text of [words.who, words.when, words.inputs, words.difference])
          expect(text.trim().length).toBeGreaterThan(3);
        if (analysis.headline === undefined) expect(words.headline).toBeDefined();
      }
    }
  });
});

describe.each(
  PRESET_IDS.flatMap((preset) =>
    LANGUAGES.flatMap((language) =>
      TEMPLATE_FORMULAS.map((formulas) => [preset, language, formulas])
    )
  ) as Array<[TemplateOptions["preset"], TemplateOptions["language"], TemplateOptions["formulas"]]>
)("the debate in HyperFormula (%s, %s, %s formulas)", (preset, language, formulas) => {
  it("gives 200/125, 600/525, 2,000/1,200, 15.38 years/650, 119%, 1,203.2/1,028.2", async () => {
    const { plan, value } = await inserted({ preset, language, formulas });
    for (const [id, reproduced, also] of EXPECTED) {
      const r = row(plan, id);
      for (const [address, expected] of [
        [r.reproduced, reproduced],
        [r.also, also],
      ] as const) {
        if (expected === undefined) expect(address).toBeUndefined();
        else expect([id, value(address as string)]).toEqual([id, expect.closeTo(expected, 9)]);
      }
    }
    const jpm = value(row(plan, "jpMorgan2025").reproduced as string) as number;
    expect(jpm.toFixed(2)).toBe("15.38");
  });
});

describe("the reproductions are live: change an input and they move", () => {
  it("Bain's capex 600 → 2,400 and 1,600; J.P. Morgan's capex 6,000 → a life of 26.9 years", async () => {
    const { plan, value, set } = await inserted({ formulas: "native" });
    const bain = row(plan, "bain2025");
    set(bain.inputs[0], "600");
    expect(value(bain.reproduced as string)).toBe(2400);
    expect(value(bain.also as string)).toBe(1600);
    const jpm = row(plan, "jpMorgan2025");
    set(jpm.inputs[1], "6000");
    // (1.1)^−n = 1 − 600 ÷ 650: n = ln 13 ÷ ln 1.1.
    expect(value(jpm.reproduced as string)).toBeCloseTo(Math.log(13) / Math.log(1.1), 9);
    expect(value(jpm.also as string)).toBeCloseTo(650, 9);
  });

  it("J.P. Morgan's upper $7T at 10% is never repaid by $650B a year: the cell says so", async () => {
    for (const language of LANGUAGES) {
      const { plan, value, set } = await inserted({ language });
      const jpm = row(plan, "jpMorgan2025");
      set(jpm.inputs[1], "7000");
      expect(value(jpm.reproduced as string)).toBe(DEBATE_LABELS[language].neverRepaid);
    }
  });

  it("today's figure follows Nvidia's quarter: 80 × 4 × 4 = 1,280", async () => {
    const { plan, value, set } = await inserted({ preset: "may2026", language: "zh-TW" });
    const today = row(plan, "today2026");
    set(today.inputs[0], "80");
    expect(value(today.reproduced as string)).toBeCloseTo(1280, 10);
    expect(value(today.also as string)).toBeCloseTo(1105, 10);
  });
});
