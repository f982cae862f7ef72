/**
 * The May 2026 preset and the debate's analyses in the engine, every figure worked out by hand
 * from the published figures: 4 × 75.2 = 300.8; 300.8 × 2 ÷ 0.5 = 1,203.2; 1,203.2 − 175 = 1,028.2;
 * 175 ÷ 1,203.2 = 14.5%; Bain 500 × 4 = 2,000; J.P. Morgan's 650 a year on 5,000 at 10% is a
 * return of capital over ln(650 ÷ 150) ÷ ln(1.1) = 15.38 years; Exponential View 25 ÷ 21 = 119%.
 */
import {
  ANALYSES,
  EXPONENTIAL_VIEW_RUN_RATE,
  NVIDIA_QUARTER_2026,
  PRESETS,
  annualCharge,
  coverage,
  dataCenterCost,
  gap,
  identifiedRevenue,
  requiredRevenue,
  type AnalysisId,
} from "../../src/engine";

const may = PRESETS.may2026;
const analysis = (id: AnalysisId) => {
  const found = ANALYSES.find((a) => a.id === id);
  if (!found) throw new Error(`no analysis ${id}`);
  return found;
};
const inputs = (id: AnalysisId) => analysis(id).inputs.map((input) => input.value);

describe("the May 2026 preset", () => {
  it("takes Nvidia's $75.2B quarter × 4 as the year's GPU spend, the essay's energy and margin", () => {
    expect(NVIDIA_QUARTER_2026).toBe(75.2);
    expect(may.inputs).toEqual({ spend: 300.8, energy: 1, margin: 0.5 });
    expect(may.year).toBe(2026);
  });

  it("needs 601.6 of data-center cost and 1,203.2 of revenue", () => {
    expect(dataCenterCost(may.inputs.spend, may.inputs.energy)).toBe(601.6);
    expect(requiredRevenue(may.inputs.spend, may.inputs.energy, may.inputs.margin)).toBe(1203.2);
  });

  it("identifies one sourced figure, Exponential View's $175B run-rate, not a list of companies", () => {
    expect(may.revenues).toHaveLength(1);
    expect(may.revenues[0].revenue).toBe(175);
    expect(EXPONENTIAL_VIEW_RUN_RATE).toBe(175);
    expect(may.revenues[0].basis).toMatch(/Exponential View.*\$175B.*25 June 2026/);
    expect(may.revenueYear).toBe(2026);
  });

  it("leaves a gap of 1,028.2 and covers 14.5% of the requirement", () => {
    const identified = identifiedRevenue(may.revenues.map((r) => [r.revenue]));
    expect(identified).toBe(175);
    expect(gap(identified, 1203.2)).toBeCloseTo(1028.2, 10);
    expect(coverage(identified, 1203.2)).toBeCloseTo(0.14544547872, 10);
    expect((coverage(identified, 1203.2) * 100).toFixed(1)).toBe("14.5");
  });

  it("keeps the essays' presets as they were, each on the 2023 company table", () => {
    expect(PRESETS.sept2023.revenues).toBe(PRESETS.june2024.revenues);
    expect(PRESETS.sept2023.revenues).toHaveLength(12);
    expect([PRESETS.sept2023.year, PRESETS.june2024.year]).toEqual([2023, 2024]);
    expect([PRESETS.sept2023.revenueYear, PRESETS.june2024.revenueYear]).toEqual([2023, 2023]);
  });
});

describe("the debate's analyses, reproduced by the engine's functions", () => {
  it("lists the essay's two figures, Bain, J.P. Morgan, Exponential View, Big Tech and today's", () => {
    expect(ANALYSES.map((a) => a.id)).toEqual([
      "essay2023",
      "essay2024",
      "bain2025",
      "jpMorgan2025",
      "exponentialView2026",
      "bigTechCapex2026",
      "today2026",
    ]);
  });

  it("the essays: 200 with a 125 gap on $75B; 600 with 525 on the same table, not 500", () => {
    const [spend, energy, margin, identified] = inputs("essay2023");
    expect(requiredRevenue(spend, energy, margin)).toBe(200);
    expect(gap(identified, 200)).toBe(125);
    const [spend24, energy24, margin24, identified24] = inputs("essay2024");
    expect(requiredRevenue(spend24, energy24, margin24)).toBe(600);
    expect(gap(identified24, 600)).toBe(525);
    expect([analysis("essay2023").headline, analysis("essay2024").headline]).toEqual([200, 600]);
  });

  it("Bain: $500B of capex a year needs $2,000B, and $800B short leaves $1,200B", () => {
    const [capex, energy, margin, short] = inputs("bain2025");
    expect([capex, short]).toEqual([500, 800]);
    expect(requiredRevenue(capex, energy, margin)).toBe(2000);
    expect(analysis("bain2025").headline).toBe(2000);
    expect(requiredRevenue(capex, energy, margin) - short).toBe(1200);
  });

  it("J.P. Morgan: $650B a year on $5,000B at 10% is a charge over a life of 15.38 years", () => {
    const [charge, capex, rate] = inputs("jpMorgan2025");
    expect([charge, capex, rate]).toEqual([650, 5000, 0.1]);
    // NPER(10%, −650, 5000): (1.1)^−n = 1 − 5000 × 10% ÷ 650 = 150 ÷ 650, n = ln(650/150) ÷ ln 1.1.
    const life = Math.log(650 / 150) / Math.log(1.1);
    expect(life).toBeCloseTo(15.3849, 4);
    expect(annualCharge(capex, life, rate)).toBeCloseTo(650, 9);
    // Over the hyperscalers' 6 years, the same capex at 10% costs far more a year.
    expect(annualCharge(capex, 6, rate)).toBeGreaterThan(1100);
  });

  it("Exponential View: $25B of a quarter's sales against $21B of its depreciation covers 119%", () => {
    const [revenue, depreciation] = inputs("exponentialView2026");
    expect(coverage(revenue, depreciation)).toBeCloseTo(25 / 21, 12);
    expect(Math.round(coverage(revenue, depreciation) * 100)).toBe(119);
    expect(analysis("exponentialView2026").headline).toBeUndefined(); // a sentence, not a figure
  });

  it("today by the essay's method: 75.2 × 4 → 1,203.2, a 1,028.2 gap against $175B", () => {
    const [quarter, quarters, energy, margin, identified] = inputs("today2026");
    expect([quarter, quarters, identified]).toEqual([75.2, 4, 175]);
    const required = requiredRevenue(quarter * quarters, energy, margin);
    expect(required).toBe(1203.2);
    expect(gap(identified, required)).toBeCloseTo(1028.2, 10);
  });

  it("Big Tech's 2026 capex is context only: a headline of 650 and nothing to reproduce", () => {
    expect(analysis("bigTechCapex2026")).toMatchObject({ inputs: [], headline: 650 });
  });
});
