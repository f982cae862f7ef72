/**
 * The template in native Excel formulas ("opens anywhere"): a pass over a built plan that rewrites
 * every GPU.* formula through the translator (src/engine/portable/translate.ts) and makes the
 * template's input check say in words what else is wrong, since a native error carries no message.
 * Same layout, labels and values as the GPU.* plan; the check is built with IF, ISBLANK, ISNUMBER,
 * MIN, ISERROR and SUM only, so it works in Excel 2016+, LibreOffice, Google Sheets, HyperFormula.
 */
import { callsGpuFunction } from "../engine/gpuCalls";
import { spilledTranslation, translateFormula } from "../engine/portable/translate";
import { LABELS } from "./labels";
import type { Language } from "./labels";
import { REVENUES_NAME } from "./sections/companyTable";
import { textConstant } from "../engine/formulaText";
import type { CellPlan, TemplateFormulas, TemplatePlan } from "./types";

export const TEMPLATE_FORMULAS: readonly TemplateFormulas[] = ["gpu", "native"];

/** What the native check adds to the template's input check (src/template/sections/rules.ts). */
export interface CheckMessages {
  readonly revenueError: string;
  readonly revenueNegative: string;
  readonly requiredZero: string;
}

export const CHECK_MESSAGES: Readonly<Record<Language, CheckMessages>> = {
  en: {
    revenueError: "The company table holds an error value in its AI revenue column.",
    revenueNegative: "The company table has a negative revenue: revenues must be 0 or more.",
    requiredZero: "Coverage needs a required revenue above 0: use a GPU spend above 0.",
  },
  "zh-TW": {
    revenueError: "公司表的 AI 營收欄含有錯誤值。",
    revenueNegative: "公司表中有負的營收：營收必須為 0 或以上。",
    requiredZero: "覆蓋率需要大於 0 的所需營收：請使用大於 0 的 GPU 支出。",
  },
};

/**
 * The native sheet's check: the template's input check, whose "every input is valid" answer is
 * reached only once each input is a valid number, with what else a native error cannot say put in
 * its place: an error or a negative revenue in the company table, a required revenue of 0.
 */
export function checkFormula(plan: TemplatePlan, inputCheck: string): string {
  const m = CHECK_MESSAGES[plan.language];
  const ok = textConstant(LABELS[plan.language].checkOk);
  const { spend, energy } = plan.addresses;
  const more =
    `IF(ISERROR(SUM(${REVENUES_NAME})),${textConstant(m.revenueError)},` +
    `IF(MIN(${REVENUES_NAME})<0,${textConstant(m.revenueNegative)},` +
    `IF(${spend}*(1+${energy})=0,${textConstant(m.requiredZero)},${ok})))`;
  const parts = inputCheck.split(ok);
  if (parts.length !== 2) throw new Error("The template's input check has no single OK answer");
  return parts.join(more);
}

/** The check cell's address: the template's input check. */
export function checkAddress(plan: TemplatePlan): string {
  return plan.addresses.check;
}

/** A GPU.* formula in native form, or left as it is when it has none (listed by the plan). */
function nativeCell(cell: CellPlan): CellPlan {
  if (cell.formula === undefined) return cell;
  // Every translation holds a formula: the native one, or the cell's own where it has none.
  return { ...cell, formula: translateFormula(cell.formula).formula };
}

/**
 * A note in the native sheet's words: the GPU.* sheet's notes that name a function (the grids',
 * the years') say the same arithmetic without it, since the native sheet does not call it.
 */
function nativeNote(plan: TemplatePlan): (cell: CellPlan) => CellPlan {
  const text = LABELS[plan.language];
  const notes = new Map(
    (Object.keys(text.nativeNotes) as Array<keyof typeof text.nativeNotes>).map(
      (key) => [text[key], text.nativeNotes[key]] as const
    )
  );
  return (cell) => {
    const native = typeof cell.value === "string" ? notes.get(cell.value) : undefined;
    return native === undefined ? cell : { ...cell, value: native };
  };
}

/** The plan with native formulas, the fuller check and native notes; every other cell as it was. */
export function nativeTemplatePlan(plan: TemplatePlan): TemplatePlan {
  const check = checkAddress(plan);
  const note = nativeNote(plan);
  // GPU.CHARGES_IN_SERVICE's row, cell by cell (the translator's spilledTranslation).
  const spilled = new Map(
    plan.cells.flatMap((cell) =>
      cell.formula === undefined
        ? []
        : (spilledTranslation({ address: cell.address, formula: cell.formula }) ?? []).map(
            (c) => [c.address, c.formula] as const
          )
    )
  );
  const cells = plan.cells.map((cell): CellPlan => {
    const formula = spilled.get(cell.address);
    if (formula !== undefined) return { ...cell, formula };
    if (cell.address === check && cell.formula !== undefined)
      return { ...cell, formula: checkFormula(plan, cell.formula) };
    return note(nativeCell(cell));
  });
  const written = new Set(cells.map((cell) => cell.address));
  for (const [address, formula] of spilled) {
    if (!written.has(address)) cells.push({ address, formula });
  }
  const untranslated = cells.filter(
    (cell) => cell.formula !== undefined && callsGpuFunction(cell.formula)
  );
  return {
    ...plan,
    formulas: "native",
    cells,
    untranslated: untranslated.map((cell) => cell.address),
  };
}
