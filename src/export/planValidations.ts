/**
 * The template's data validation (what each input accepts) as the writer's model. The plan
 * carries it on the input cells (CellPlan.validation).
 */
import type { TemplatePlan } from "../template";
import { parseRange } from "./fromHost";
import type { ValidationModel } from "./model";

export function planValidations(plan: TemplatePlan): ValidationModel[] {
  return plan.cells.flatMap((cell): ValidationModel[] => {
    const { validation } = cell;
    if (!validation) return [];
    const { rule } = validation;
    const messages = {
      title: validation.title,
      prompt: validation.prompt,
      error: validation.error,
    };
    const range = parseRange(cell.address);
    if (rule.type === "custom") {
      return [{ range, type: "custom", formula: rule.formula.replace(/^=/, ""), ...messages }];
    }
    return [
      {
        range,
        type: rule.type === "wholeNumber" ? "whole" : "decimal",
        operator: rule.operator === "GreaterThan" ? "greaterThan" : "greaterThanOrEqual",
        formula: String(rule.bound),
        ...messages,
      },
    ];
  });
}
