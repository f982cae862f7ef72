/**
 * The May 2026 preset as a sheet: the plan (its inputs, notes, one-row table, years) and the
 * plan evaluated in HyperFormula in both languages and both formula forms. Figures by hand:
 * 75.2 × 4 = 300.8; × 2 ÷ 0.5 = 1,203.2; − 175 = 1,028.2; 175 ÷ 1,203.2 = 14.5%.
 */
import type { TemplateFormulas } from "../../src/template";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import { formatCell, parseRange } from "../../src/engine/a1";
import { LABELS, buildTemplatePlan, type Language, type TemplatePlan } from "../../src/template";
import { INPUT_KEYS } from "../support/cells";

async function inserted(language: Language = "en", formulas: TemplateFormulas = "gpu") {
  const host = new HyperFormulaHost();
  const plan = buildTemplatePlan({ preset: "may2026", language, formulas });
  const sheet = await host.pane.insertTemplate(plan);
  const value = (address: string) => host.value(address, sheet);
  const set = (address: string, input: string) => host.edit.setInput(address, input, sheet);
  return { host, plan, sheet, value, set, a: plan.addresses };
}

const cell = (plan: TemplatePlan, address: string) => plan.cells.find((c) => c.address === address);
/** The address of a row's cell in the years block: "F25:M25", 2026 → "I25". */
function yearCell(plan: TemplatePlan, range: string, year: number): string {
  const { top, left } = parseRange(range);
  return formatCell(left + plan.years.years.indexOf(year), top);
}
/** The note beside an input: two columns to the right of its value's label. */
const noteOf = (plan: TemplatePlan, address: string) =>
  cell(plan, address.replace(/^B/, "C"))?.value as string;

describe("the May 2026 plan", () => {
  // Built for each test, not as the file loads: what runs then covers no test for StrykerJS.
  let en: TemplatePlan;
  let zh: TemplatePlan;
  beforeEach(() => {
    en = buildTemplatePlan({ preset: "may2026" });
    zh = buildTemplatePlan({ preset: "may2026", language: "zh-TW" });
  });

  it("writes 300.8, 1 and 50% as its inputs", () => {
    expect(cell(en, en.addresses.spend)?.value).toBe(300.8);
    expect(cell(en, en.addresses.energy)?.value).toBe(1);
    expect(cell(en, en.addresses.margin)?.value).toBe(0.5);
  });

  it("names each input's source and date in its note, in both languages", () => {
    expect(noteOf(en, en.addresses.spend)).toMatch(
      /\$75\.2B.*26 Apr 2026 × 4 \(reported 20 May 2026\)/
    );
    expect(noteOf(en, en.addresses.energy)).toMatch(/Cahn, Sept 2023/);
    expect(noteOf(en, en.addresses.margin)).toMatch(/Cahn, Sept 2023/);
    expect(noteOf(zh, zh.addresses.spend)).toMatch(/752 億美元 × 4（據報導，2026 年 5 月 20 日）/);
    expect(noteOf(zh, zh.addresses.energy)).toMatch(/Cahn，2023 年 9 月/);
    expect(cell(en, "A2")?.value).toMatch(
      /Nvidia.*20 May 2026, as reported by Lets Data Science and Novara News.*Exponential View.*25 June 2026/
    );
    expect(cell(zh, "A2")?.value).toMatch(/2026 年 5 月 20 日.*2026 年 6 月 25 日/);
  });

  it("every input's note names who and when, in both languages", () => {
    for (const plan of [en, zh]) {
      for (const key of INPUT_KEYS) {
        const note = noteOf(plan, plan.addresses[key]);
        expect([key, /(Cahn|Nvidia|Exponential View|10-K|Burry|報導)/.test(note)]).toEqual([
          key,
          true,
        ]);
        expect([key, /(20\d\d|undated|未註明日期)/.test(note)]).toEqual([key, true]);
      }
    }
  });

  it("has one table row, Exponential View's $175B, in both languages", () => {
    expect(en.table.rows).toEqual([
      [
        "End customers' generative-AI spend (de-duplicated, outside China)",
        175,
        "Exponential View, annualised run-rate above $175B (25 June 2026)",
      ],
    ]);
    expect(zh.table.rows).toEqual([
      [
        "終端客戶的生成式 AI 支出（去除重複、不含中國）",
        175,
        "Exponential View，年化超過 1750 億美元（2026 年 6 月 25 日）",
      ],
    ]);
  });

  it("takes 2026's spend from the input; 2023 and 2024 keep the essays' figures, 2025 and later the growth", () => {
    const { spend, identified } = en.years.rows;
    expect(cell(en, yearCell(en, spend, 2023))?.value).toBe(50);
    expect(cell(en, yearCell(en, spend, 2024))?.value).toBe(150);
    expect(cell(en, yearCell(en, spend, 2025))?.formula).toBe(
      `=${yearCell(en, spend, 2024)}*(1+$B$12)`
    );
    expect(cell(en, yearCell(en, spend, 2026))?.formula).toBe("=$B$6");
    expect(cell(en, yearCell(en, spend, 2027))?.formula).toBe(
      `=${yearCell(en, spend, 2026)}*(1+$B$12)`
    );
    // Identified revenue: the article's stated $75B in 2023, the table's in 2026.
    expect(cell(en, yearCell(en, identified, 2023))?.value).toBe(75);
    expect(cell(en, yearCell(en, identified, 2026))?.formula).toBe(
      `=$B$${en.addresses.identifiedRevenue.slice(1)}`
    );
  });

  it("keeps the essays' years as they were: spend and revenue anchored in 2023", () => {
    const sept = buildTemplatePlan();
    const june = buildTemplatePlan({ preset: "june2024" });
    for (const plan of [sept, june]) {
      expect(cell(plan, yearCell(plan, plan.years.rows.spend, 2026))?.formula).toMatch(/\*\(1\+/);
      expect(cell(plan, yearCell(plan, plan.years.rows.identified, 2023))?.formula).toBe(
        `=$B$${plan.addresses.identifiedRevenue.slice(1)}`
      );
    }
  });
});

describe.each([
  ["en", "gpu"],
  ["en", "native"],
  ["zh-TW", "gpu"],
  ["zh-TW", "native"],
] as const)("May 2026 in HyperFormula (%s, %s formulas)", (language, formulas) => {
  it("reads 300.8 of spend, 1,203.2 required, 175 identified, a 1,028.2 gap, 14.5% covered", async () => {
    const { value, a, plan } = await inserted(language, formulas);
    expect(plan.untranslated ?? []).toEqual([]);
    expect(value(a.spend)).toBe(300.8);
    expect(value(a.dataCenterCost)).toBe(601.6);
    expect(value(a.requiredRevenue)).toBe(1203.2);
    expect(value(a.identifiedRevenue)).toBe(175);
    expect(value(a.gap)).toBeCloseTo(1028.2, 10);
    expect(value(a.coverage)).toBeCloseTo(175 / 1203.2, 12);
    expect(value(a.check)).toBe(LABELS[language].checkOk);
  });

  it("titles itself in trillions, as the figure reads at that size", async () => {
    const { value, set, a } = await inserted(language, formulas);
    const title =
      language === "en" ? "GPU Payback: AI's $1.2T Question" : "GPU 回本試算：AI 的 1.2 兆美元問題";
    expect(value("A1")).toBe(title);
    set(a.spend, "150");
    expect(value("A1")).toBe(
      language === "en" ? "GPU Payback: AI's $600B Question" : "GPU 回本試算：AI 的 6000 億美元問題"
    );
    set(a.spend, "500"); // 2,000: Bain's figure
    expect(value("A1")).toBe(
      language === "en" ? "GPU Payback: AI's $2T Question" : "GPU 回本試算：AI 的 2 兆美元問題"
    );
  });

  it("over the years: 2026 follows the spend input, the gap of 2026 is 1,203.2's share in service", async () => {
    const { value, set, plan, a } = await inserted(language, formulas);
    const { spend, identified, charges } = plan.years.rows;
    expect(value(yearCell(plan, spend, 2026))).toBe(300.8);
    expect(value(yearCell(plan, identified, 2023))).toBe(75);
    expect(value(yearCell(plan, identified, 2025))).toBe(75);
    expect(value(yearCell(plan, identified, 2026))).toBe(175);
    // Five-year life: 2026 carries 2023's 100 ÷ 5, 2024's and 2025's 300 ÷ 5, 2026's 601.6 ÷ 5.
    expect(value(yearCell(plan, charges, 2026))).toBeCloseTo(20 + 60 + 60 + 120.32, 10);
    set(a.spend, "400");
    expect(value(yearCell(plan, spend, 2026))).toBe(400);
    expect(value(yearCell(plan, spend, 2027))).toBe(400);
    expect(value(yearCell(plan, spend, 2025))).toBe(150);
  });
});
