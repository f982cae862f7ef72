/**
 * The template's data validation (what each input accepts) as the writer's model. The plan
 * carries it on the input cells (CellPlan.validation); the preview's sheet record keeps it beside
 * the cell's format (CellFormat.validation), so the preview's download and the command line write
 * the same rules. A custom rule's formula refers to the cell it was planned for: written for a cell
 * that moved since, its references move with it (relative references, as Excel keeps them).
 */
import { translateFormulaToA1, translateFormulaToR1C1 } from "@borgar/fx";
import type { TemplatePlan, ValidationPlan } from "../template";
import { parseRange } from "../engine/a1";
import type { ValidationModel } from "./model";

/** One input's rule at an address; plannedAt is the address its custom formula was written for. */
export function validationModel(
  address: string,
  validation: ValidationPlan,
  plannedAt: string = address
): ValidationModel {
  const { rule } = validation;
  const messages = { title: validation.title, prompt: validation.prompt, error: validation.error };
  const range = parseRange(address);
  if (rule.type === "custom") {
    const moved =
      plannedAt === address
        ? rule.formula
        : translateFormulaToA1(translateFormulaToR1C1(rule.formula, plannedAt), address);
    return { range, type: "custom", formula: moved.replace(/^=/, ""), ...messages };
  }
  return {
    range,
    type: rule.type === "wholeNumber" ? "whole" : "decimal",
    operator: rule.operator === "GreaterThan" ? "greaterThan" : "greaterThanOrEqual",
    formula: String(rule.bound),
    ...messages,
  };
}

export function planValidations(plan: TemplatePlan): ValidationModel[] {
  return plan.cells.flatMap((cell) =>
    cell.validation ? [validationModel(cell.address, cell.validation)] : []
  );
}
