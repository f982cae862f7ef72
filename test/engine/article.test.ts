/**
 * The article's figures as data (as the essay gives them): defaults, the June 2024 preset and the
 * default company-revenue table, and the headline figures they produce through the engine.
 */
import {
  ARTICLE,
  ARTICLE_DEFAULTS,
  ARTICLE_STATED_TOTAL,
  COMPANY_REVENUES,
  PRESETS,
  PRESET_IDS,
  UPDATE_2024,
  breakevenSpend,
  coverage,
  dataCenterCost,
  gap,
  identifiedRevenue,
  requiredRevenue,
} from "../../src/engine";

const revenueColumn = () => COMPANY_REVENUES.map((row) => [row.revenue]);

describe("the article's defaults and presets", () => {
  it("are spend 50, energy 1 and margin 50%", () => {
    expect(ARTICLE_DEFAULTS).toEqual({ spend: 50, energy: 1, margin: 0.5 });
  });

  it("has three presets: September 2023 (spend 50), June 2024 (150), May 2026 (4 × 75.2 = 300.8), energy and margin unchanged", () => {
    expect(PRESET_IDS).toEqual(["sept2023", "june2024", "may2026"]);
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_IDS].sort());
    expect(PRESETS.sept2023.inputs).toEqual({ spend: 50, energy: 1, margin: 0.5 });
    expect(PRESETS.june2024.inputs).toEqual({ spend: 150, energy: 1, margin: 0.5 });
    expect(PRESETS.may2026.inputs).toEqual({ spend: 300.8, energy: 1, margin: 0.5 });
    for (const id of PRESET_IDS) {
      expect(PRESETS[id].id).toBe(id);
      expect(PRESETS[id].spendBasis.length).toBeGreaterThan(10);
    }
  });

  it("carries its sources", () => {
    expect(PRESETS.sept2023.source).toBe(ARTICLE);
    expect(PRESETS.june2024.source).toBe(UPDATE_2024);
    expect(ARTICLE).toMatchObject({
      title: "AI's $200B Question",
      author: "David Cahn",
      publisher: "Sequoia Capital",
      date: "September 2023",
    });
    expect(UPDATE_2024).toMatchObject({ title: "AI's $600B Question", date: "June 20, 2024" });
    for (const source of [ARTICLE, UPDATE_2024]) expect(source.url).toMatch(/^https:\/\//);
  });
});

describe("the default company-revenue table", () => {
  it("has the author's 11 companies (Google included) plus 'Other (not itemised)' = 4, in order", () => {
    expect(COMPANY_REVENUES.map((row) => [row.company, row.revenue])).toEqual([
      ["OpenAI", 1],
      ["Google", 10],
      ["Microsoft", 10],
      ["Meta", 10],
      ["Apple", 10],
      ["Oracle", 5],
      ["ByteDance", 5],
      ["Alibaba", 5],
      ["Tencent", 5],
      ["X", 5],
      ["Tesla", 5],
      ["Other (not itemised)", 4],
    ]);
  });

  it("gives every row a basis, and labels the extra row as the article's total less the itemised rows", () => {
    for (const row of COMPANY_REVENUES) expect(row.basis.trim().length).toBeGreaterThan(0);
    expect(COMPANY_REVENUES[0].basis).toMatch(/The Information/);
    expect(COMPANY_REVENUES[1].basis).toMatch(/June 2024 restatement/);
    expect(COMPANY_REVENUES[2].basis).toMatch(/Copilot/);
    expect(COMPANY_REVENUES[11].basis).toMatch(/\$75B.*\$71B/);
  });

  it("says in the extra row's basis what the named companies really add up to: 71 = 75 − 4", () => {
    const named = COMPANY_REVENUES.slice(0, -1).reduce((total, row) => total + row.revenue, 0);
    expect(named).toBe(71);
    expect(COMPANY_REVENUES[11].basis).toContain(`($${named}B)`);
    expect(COMPANY_REVENUES[11].basis).toContain(`($${ARTICLE_STATED_TOTAL}B)`);
  });

  it("totals the article's stated $75B", () => {
    expect(ARTICLE_STATED_TOTAL).toBe(75);
    expect(COMPANY_REVENUES.reduce((total, row) => total + row.revenue, 0)).toBe(75);
    expect(identifiedRevenue(revenueColumn())).toBe(75);
  });
});

describe("the June 2024 note", () => {
  it("sets the essay's stated gap (about $500B) beside the $525B the sheet computes", () => {
    const note = PRESETS.june2024.gapNote!;
    expect(note.statedGap).toBe(500);
    const table = identifiedRevenue(revenueColumn());
    expect(note.computedGap).toBe(gap(table, requiredRevenue(PRESETS.june2024.inputs.spend)));
    expect(note.computedGap).toBe(525);
    expect(note.text).toContain("$500B");
    expect(note.text).toContain("$600B − $75B = $525B");
  });

  it("is only on the June 2024 preset: the 2023 essay's $125B is what the sheet computes", () => {
    expect(PRESETS.sept2023.gapNote).toBeUndefined();
  });
});

describe("the headline figures", () => {
  const { spend, energy, margin } = ARTICLE_DEFAULTS;

  it("data-center cost 50 × (1 + 1) = 100", () => {
    expect(dataCenterCost(spend, energy)).toBe(100);
    expect(dataCenterCost(spend)).toBe(100);
  });

  it("required revenue = 200 for the article, 600 for the June 2024 update", () => {
    expect(requiredRevenue(spend, energy, margin)).toBe(200);
    expect(requiredRevenue(50)).toBe(200);
    expect(requiredRevenue(PRESETS.june2024.inputs.spend)).toBe(600);
    expect(requiredRevenue(150, 1, 0.5)).toBe(600);
  });

  it("gap 200 − 75 = 125 and coverage 75 ÷ 200 = 37.5% on the default table", () => {
    const identified = identifiedRevenue(revenueColumn());
    const required = requiredRevenue(spend, energy, margin);
    expect(gap(identified, required)).toBe(125);
    expect(coverage(identified, required)).toBe(0.375);
  });

  it("$75B of revenue pays back $18.75B of GPU spend", () => {
    expect(breakevenSpend(75, energy, margin)).toBe(18.75);
    expect(breakevenSpend(75)).toBe(18.75);
  });

  it("the required $200B pays back exactly the article's $50B", () => {
    expect(breakevenSpend(200, 1, 0.5)).toBe(50);
    expect(breakevenSpend(600, 1, 0.5)).toBe(150);
  });
});
