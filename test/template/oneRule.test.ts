/**
 * One rule per input: for values on both sides of every edge of each input's
 * rule, the template's input check (evaluated in HyperFormula), its data validation, the GPU.*
 * function (the catalog's compute) and the native form's guard (evaluated in HyperFormula) give
 * the same verdict. Where one result needs whole years and another does not (a useful life of
 * 2.5), the check accepts the input and names the result that refuses it, and exactly that
 * function and its native form refuse it.
 */
import { tokenize } from "@borgar/fx";
import { HyperFormula } from "hyperformula";
import { CATALOG, type FunctionSpec } from "../../src/engine";
import { chargesInServiceCell, nativeForm } from "../../src/engine/catalog/native";
import { HyperFormulaHost } from "../../src/preview/hyperformulaHost";
import {
  buildTemplatePlan,
  LABELS,
  type TemplatePlan,
  type ValidationRule,
} from "../../src/template";
import { textConstant } from "../../src/engine/formulaText";

type InputKey =
  "spend" | "energy" | "margin" | "cloudMargin" | "life" | "rate" | "spendGrowth" | "revenueGrowth";
type Value = number | string | boolean;

/** The functions each input feeds on the sheet, by parameter name. */
const FEEDS: Record<InputKey, ReadonlyArray<[string, string]>> = {
  spend: [
    ["DATACENTER_COST", "spend"],
    ["REQUIRED_REVENUE", "spend"],
    ["ANNUAL_REQUIRED_REVENUE", "spend"],
  ],
  energy: [
    ["REQUIRED_REVENUE", "energy"],
    ["ANNUAL_REQUIRED_REVENUE", "energy"],
    ["CHARGES_IN_SERVICE", "energy"],
  ],
  margin: [
    ["REQUIRED_REVENUE", "margin"],
    ["ANNUAL_REQUIRED_REVENUE", "margin"],
  ],
  cloudMargin: [
    ["REQUIRED_REVENUE", "cloudMargin"],
    ["ANNUAL_REQUIRED_REVENUE", "cloudMargin"],
  ],
  life: [
    ["ANNUAL_REQUIRED_REVENUE", "life"],
    ["CHARGES_IN_SERVICE", "life"],
  ],
  rate: [
    ["ANNUAL_REQUIRED_REVENUE", "rate"],
    ["CHARGES_IN_SERVICE", "rate"],
  ],
  spendGrowth: [],
  revenueGrowth: [["PAYBACK_YEARS", "growth"]],
};

/** Both sides of each edge: 0, 1 (a margin's 100%), whole years; and what is not a number. */
const EDGES: Record<InputKey, readonly Value[]> = {
  spend: [-1, -0.001, 0, 0.001, 50, "fifty", true],
  energy: [-0.001, 0, 1, "one"],
  margin: [-0.001, 0, 0.5, 0.999, 1, 50, "half", false],
  cloudMargin: [-0.001, 0, 0.999, 1],
  life: [-1, 0, 0.001, 1, 2.5, 5, "five", true],
  rate: [-0.001, 0, 0.08, "8%x"],
  spendGrowth: [-0.001, 0, 0.1, "ten"],
  revenueGrowth: [-0.001, 0, 0.1, "ten"],
};

/** A valid value of each parameter, for the arguments not under test. */
const VALID: Record<string, unknown> = {
  spend: 50,
  life: 5,
  capex: 100,
  profit: 20,
  spendByYear: [[50, 150]],
};
const VALID_TEXT: Record<string, string> = { spend: "50", life: "5", capex: "100", profit: "20" };

const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
const scratch = hf.getSheetId(hf.addSheet("scratch"))!;
/** A formula over A1 = value, evaluated: an error value or a number. */
function evaluate(formula: string, value: Value): unknown {
  hf.setCellContents({ sheet: scratch, col: 0, row: 0 }, [[value, 50, 150]]);
  hf.setCellContents({ sheet: scratch, col: 0, row: 1 }, [[formula]]);
  return hf.getCellValue({ sheet: scratch, col: 0, row: 1 });
}
const isError = (v: unknown) => typeof v === "object" && v !== null && "value" in v;

const spec = (id: string): FunctionSpec => CATALOG.find((f) => f.id === id)!;

function functionAccepts(id: string, name: string, value: Value): boolean {
  const f = spec(id);
  const args = f.parameters.map((p) => (p.name === name ? value : (VALID[p.name] ?? null)));
  try {
    f.compute(...args);
    return true;
  } catch {
    return false;
  }
}

function nativeAccepts(id: string, name: string, value: Value): boolean {
  if (id === "CHARGES_IN_SERVICE") {
    const at = (n: string, fallback: string) => (n === name ? "A1" : fallback);
    const formula = chargesInServiceCell(
      ["B1", "C1"],
      2,
      at("life", "5"),
      at("energy", "1"),
      at("rate", "0"),
      "B1:C1"
    );
    return !isError(evaluate(`=${formula}`, value));
  }
  const form = nativeForm(id)!;
  const args = form.parameters.map((p) =>
    p.name === name ? "A1" : (VALID_TEXT[p.name] ?? String(p.omitted ?? 1))
  );
  return !isError(evaluate(`=${form.build(...args)}`, value));
}

function validationAccepts(rule: ValidationRule, address: string, value: Value): boolean {
  if (rule.type === "custom") {
    const result = evaluate(rule.formula.split(address).join("A1"), value);
    return result === true;
  }
  if (typeof value !== "number") return false;
  const meets = rule.operator === "GreaterThan" ? value > rule.bound : value >= rule.bound;
  return meets && (rule.type !== "wholeNumber" || Number.isInteger(value));
}

const typed = (value: Value) =>
  typeof value === "string" ? `'${value}` : String(value).toUpperCase();

describe.each(["en", "zh-TW"] as const)("one rule per input, in %s", (language) => {
  let host: HyperFormulaHost;
  let plan: TemplatePlan;
  let sheet: string;
  // A fresh template for each case, not one in a beforeAll: StrykerJS's per-test coverage credits
  // what a beforeAll runs to no test, so the template's mutants survived these cases
  // (docs/mutation.md).
  beforeEach(async () => {
    host = new HyperFormulaHost();
    plan = buildTemplatePlan({ language });
    sheet = await host.pane.insertTemplate(plan);
  });
  const text = LABELS[language];

  const cases = (Object.keys(EDGES) as InputKey[]).flatMap((key) =>
    EDGES[key].map((value): [InputKey, Value] => [key, value])
  );
  it.each(cases)(
    "%s = %j: the check, the validation, the functions and the native forms agree",
    (key, value) => {
      const address = plan.addresses[key];
      const original = host.formula(address, sheet) ?? String(host.value(address, sheet));
      host.edit.setInput(address, typed(value), sheet);
      const check = String(host.value(plan.addresses.check, sheet));
      host.edit.setInput(address, original, sheet);
      const ok = check === text.checkOk;
      const narrower = check.includes(text.wholeLifeResult);
      const cell = plan.cells.find((c) => c.address === address)!;
      const validated = validationAccepts(cell.validation!.rule, address, value);
      // The input's own rule: accepted by the check (fully, or naming a stricter result) and the validation alike.
      expect({ key, value, validated }).toEqual({ key, value, validated: ok || narrower });
      for (const [id, name] of FEEDS[key]) {
        const engine = functionAccepts(id, name, value);
        const native = nativeAccepts(id, name, value);
        // Only the years' charges need whole years: a narrower message refuses just that function.
        const expected = ok || (narrower && id !== "CHARGES_IN_SERVICE");
        expect({ key, value, id, engine, native }).toEqual({
          key,
          value,
          id,
          engine: expected,
          native: expected,
        });
      }
    }
  );

  it("a life of 2.5 is valid for the results, and the check names the years' charges in service", () => {
    host.edit.setInput(plan.addresses.life, "2.5", sheet);
    expect(String(host.value(plan.addresses.check, sheet))).toContain(text.wholeLifeResult);
    // 100 of data-center cost over 2.5 years ÷ (1 − 50%) = 80 a year.
    expect(host.value(plan.addresses.annualRequiredRevenue, sheet)).toBe(80);
    host.edit.setInput(plan.addresses.life, "5", sheet);
    expect(host.value(plan.addresses.check, sheet)).toBe(text.checkOk);
  });
});

describe("a text in a formula of the template (the check cell, the debate's verdict)", () => {
  // Excel's grammar (@borgar/fx): HyperFormula 3.5 reads no "" inside a string at all.
  it("is one string token that Excel reads back exactly, however many quotes it holds", () => {
    const texts = ['Enter "0.5" for 50%, not "50"', '"', '""', "no quotes", '「毛利率」 "x"'];
    for (const text of texts) {
      const tokens = tokenize(`=${textConstant(text)}`, { withLocation: false });
      expect(tokens.map((t) => t.type)).toEqual(["fx_prefix", "string"]);
      expect(String(tokens[1].value).slice(1, -1).replace(/""/g, '"')).toBe(text);
    }
  });
});
