/**
 * The May 2026 preset's results and the debate's reproductions through the BUILT bundle
 * (dist/functions.js), as Excel's runtime calls it: every GPU.* formula of those cells is
 * evaluated over the plan's own input cells, a single cell passed to a range parameter as Excel
 * passes it (a 1 × 1 matrix). Excel's NPER, which is native, is worked out here by its definition.
 */
import { functionSpec } from "../../src/engine";
import { buildTemplatePlan, type TemplatePlan } from "../../src/template";
import { loadFunctionsBundle } from "../support/functionsBundle";

const bundle = loadFunctionsBundle();

/** Excel's NPER(rate, pmt, pv) for a loan (pmt < 0 < pv, fv 0): ln(−pmt ÷ (−pmt − rate × pv)) ÷ ln(1 + rate). */
const nper = (rate: number, pmt: number, pv: number) =>
  Math.log(-pmt / (-pmt - rate * pv)) / Math.log(1 + rate);

/** A GPU.* call as Excel makes it: numbers as numbers, a range parameter as a matrix. */
function gpu(id: string, ...args: unknown[]): unknown {
  const spec = functionSpec(id);
  const passed = args.map((arg, i) =>
    spec.parameters[i]?.kind === "range" && !Array.isArray(arg) ? [[arg]] : arg
  );
  return bundle.call(id, ...passed);
}

/**
 * The value of a cell of the plan: its value, or its formula evaluated with the bundle's GPU.*
 * functions over the values of the cells it names (the debate's formulas use only references,
 * numbers, * and −, IF, NPER and GPU.* calls).
 */
function evaluate(plan: TemplatePlan, address: string): unknown {
  const cell = plan.cells.find((c) => c.address === address);
  if (!cell) throw new Error(`no cell ${address}`);
  if (cell.formula === undefined) return cell.value;
  const body = cell.formula
    .slice(1)
    .replace(/GPU\.([A-Z_]+)\(/g, 'gpu("$1",')
    .replace(/\bIF\(/g, "iff(")
    .replace(/\bNPER\(/g, "nper(")
    .replace(/(?<![A-Za-z"$])\$?([A-Z]{1,2})\$?(\d+)\b/g, 'v("$1$2")');
  const iff = (test: unknown, yes: unknown, no: unknown) => (test ? yes : no);
  const v = (a: string) => evaluate(plan, a);
  return new Function("gpu", "iff", "nper", "v", `return (${body});`)(gpu, iff, nper, v);
}

describe("the May 2026 results through the built functions bundle", () => {
  it("REQUIRED_REVENUE 1,203.2 on 300.8; GAP 1,028.2 and COVERAGE 14.5% against 175", () => {
    const plan = buildTemplatePlan({ preset: "may2026" });
    const a = plan.addresses;
    expect(evaluate(plan, a.requiredRevenue)).toBe(1203.2);
    // The company table's Revenues: its one row, $175B.
    expect(plan.table.rows.map((r) => r[1])).toEqual([175]);
    expect(gpu("GAP", [[175]], 1203.2)).toBeCloseTo(1028.2, 10);
    expect(gpu("COVERAGE", [[175]], 1203.2)).toBeCloseTo(175 / 1203.2, 12);
  });
});

describe("the debate's reproductions through the built functions bundle", () => {
  const plan = buildTemplatePlan({ preset: "may2026", language: "zh-TW" });
  const figure = (id: string, key: "reproduced" | "also") => {
    const row = plan.debate.find((r) => r.id === id);
    return evaluate(plan, row?.[key] as string) as number;
  };

  it("the essays: 200 and 125, 600 and 525", () => {
    expect([figure("essay2023", "reproduced"), figure("essay2023", "also")]).toEqual([200, 125]);
    expect([figure("essay2024", "reproduced"), figure("essay2024", "also")]).toEqual([600, 525]);
  });

  it("Bain 2,000 (1,200 left by 800 short); J.P. Morgan 15.38 years at which the charge is 650", () => {
    expect([figure("bain2025", "reproduced"), figure("bain2025", "also")]).toEqual([2000, 1200]);
    expect(figure("jpMorgan2025", "reproduced").toFixed(2)).toBe("15.38");
    expect(figure("jpMorgan2025", "also")).toBeCloseTo(650, 9);
  });

  it("Exponential View 119%; today's 1,203.2 with a 1,028.2 gap", () => {
    expect(Math.round(figure("exponentialView2026", "reproduced") * 100)).toBe(119);
    expect(figure("today2026", "reproduced")).toBe(1203.2);
    expect(figure("today2026", "also")).toBeCloseTo(1028.2, 10);
  });
});
