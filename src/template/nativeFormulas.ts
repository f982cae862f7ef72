/**
 * The template in native Excel formulas ("opens anywhere"): a pass over a built plan that rewrites
 * every GPU.* formula through the translator (src/engine/portable/translate.ts) and adds a check
 * cell below the inputs that says in words what is wrong, since a native error carries no message.
 * Same layout, labels and values as the GPU.* plan; built with IF, ISBLANK, ISNUMBER, MIN,
 * ISERROR and SUM only, so it works in Excel 2016+, LibreOffice, Google Sheets and HyperFormula.
 */
import { translateFormula } from "../engine/portable/translate";
import type { Language } from "./labels";
import { REVENUES_NAME } from "./sections/companyTable";
import type { CellPlan, TemplateFormulas, TemplatePlan } from "./types";

export const TEMPLATE_FORMULAS: readonly TemplateFormulas[] = ["gpu", "native"];

/** The check cell's messages: the first problem found is shown; `ok` when there is none. */
export interface CheckMessages {
  readonly spendEmpty: string;
  readonly spendNotNumber: string;
  readonly spendNegative: string;
  readonly energyEmpty: string;
  readonly energyNotNumber: string;
  readonly energyNegative: string;
  readonly marginEmpty: string;
  readonly marginNotNumber: string;
  readonly marginNegative: string;
  readonly marginTooLarge: string;
  readonly revenueError: string;
  readonly revenueNegative: string;
  readonly requiredZero: string;
  readonly ok: string;
}

export const CHECK_MESSAGES: Readonly<Record<Language, CheckMessages>> = {
  en: {
    spendEmpty: "Check: GPU spend is empty; type the spend in $B (the article: 50).",
    spendNotNumber: "Check: GPU spend must be a number in $B (the article: 50).",
    spendNegative: "Check: GPU spend must be 0 or more.",
    energyEmpty: "Check: energy is empty; type $ of energy per GPU $ (the article: 1).",
    energyNotNumber: "Check: energy must be a number (the article: 1).",
    energyNegative: "Check: energy must be 0 or more.",
    marginEmpty: "Check: margin is empty; type the end-customer margin (the article: 50%).",
    marginNotNumber: "Check: margin must be a number: 0.5 means 50%.",
    marginNegative: "Check: margin must be 0% or more: 0.5 means 50%.",
    marginTooLarge: "Check: margin must be below 100%: 0.5 means 50%.",
    revenueError: "Check: the company table holds an error value in its AI revenue column.",
    revenueNegative: "Check: the company table has a negative revenue; revenues must be 0 or more.",
    requiredZero: "Check: coverage needs a required revenue above 0; use a spend above 0.",
    ok: "Check: inputs OK.",
  },
  "zh-TW": {
    spendEmpty: "檢查：GPU 支出為空白，請輸入支出（十億美元；文章：50）。",
    spendNotNumber: "檢查：GPU 支出必須是數字（十億美元；文章：50）。",
    spendNegative: "檢查：GPU 支出必須為 0 或以上。",
    energyEmpty: "檢查：能源為空白，請輸入每 1 美元 GPU 的能源成本（文章：1）。",
    energyNotNumber: "檢查：能源必須是數字（文章：1）。",
    energyNegative: "檢查：能源必須為 0 或以上。",
    marginEmpty: "檢查：利潤率為空白，請輸入終端客戶利潤率（文章：50%）。",
    marginNotNumber: "檢查：利潤率必須是數字：0.5 代表 50%。",
    marginNegative: "檢查：利潤率必須為 0% 或以上：0.5 代表 50%。",
    marginTooLarge: "檢查：利潤率必須低於 100%：0.5 代表 50%。",
    revenueError: "檢查：公司表的 AI 營收欄含有錯誤值。",
    revenueNegative: "檢查：公司表中有負的營收；營收必須為 0 或以上。",
    requiredZero: "檢查：覆蓋率需要大於 0 的所需營收；請使用大於 0 的支出。",
    ok: "檢查：輸入無誤。",
  },
};

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The check formula: IF(condition, message, IF(...)) in order, the first problem found named.
 * Each condition is only reached once the ones before it are false (IF evaluates one branch), so
 * spend<0 is never compared on text.
 */
export function checkFormula(plan: TemplatePlan): string {
  const m = CHECK_MESSAGES[plan.language];
  const { spend, energy, margin } = plan.addresses;
  const revenues = REVENUES_NAME;
  const checks: ReadonlyArray<[string, string]> = [
    [`ISBLANK(${spend})`, m.spendEmpty],
    [`NOT(ISNUMBER(${spend}))`, m.spendNotNumber],
    [`${spend}<0`, m.spendNegative],
    [`ISBLANK(${energy})`, m.energyEmpty],
    [`NOT(ISNUMBER(${energy}))`, m.energyNotNumber],
    [`${energy}<0`, m.energyNegative],
    [`ISBLANK(${margin})`, m.marginEmpty],
    [`NOT(ISNUMBER(${margin}))`, m.marginNotNumber],
    [`${margin}<0`, m.marginNegative],
    [`${margin}>=1`, m.marginTooLarge],
    [`ISERROR(SUM(${revenues}))`, m.revenueError],
    [`MIN(${revenues})<0`, m.revenueNegative],
    [`${spend}*(1+${energy})=0`, m.requiredZero],
  ];
  return (
    "=" +
    checks.reduceRight<string>(
      (otherwise, [condition, message]) => `IF(${condition},${quoted(message)},${otherwise})`,
      quoted(m.ok)
    )
  );
}

/** The check cell's address: column A of the row below the margin (the row between sections). */
export function checkAddress(plan: TemplatePlan): string {
  const row = Number(/\d+$/.exec(plan.addresses.margin)?.[0]);
  return `A${row + 1}`;
}

/** A GPU.* formula in native form; the template's formulas must all have one. */
function nativeCell(cell: CellPlan): CellPlan {
  if (cell.formula === undefined) return cell;
  const translation = translateFormula(cell.formula);
  if (translation.kind === "untranslatable") {
    throw new Error(`The template's ${cell.address} has no native form: ${translation.reason}`);
  }
  return { ...cell, formula: translation.formula };
}

/** The plan with native formulas and the check cell; every other cell as it was. */
export function nativeTemplatePlan(plan: TemplatePlan): TemplatePlan {
  const check: CellPlan = {
    address: checkAddress(plan),
    formula: checkFormula(plan),
    style: "note",
  };
  if (plan.cells.some((cell) => cell.address === check.address)) {
    throw new Error(`The template's check cell ${check.address} is taken`);
  }
  return { ...plan, formulas: "native", cells: [...plan.cells.map(nativeCell), check] };
}
