/**
 * The input check's conditions and Excel's data validation, both from the catalog's rule of the
 * argument each input feeds (src/engine/catalog/rules.ts), the rule the functions and the native
 * guards apply: a value is accepted by all of them or refused by all of them. Native functions
 * only, so the check works in every spreadsheet.
 */
import { textConstant } from "../../engine/formulaText";
import { LIMITS, acceptedCondition, type RuleKind } from "../../engine/catalog/rules";
import type { SheetLabels } from "../labels";
import type { ValidationPlan, ValidationRule } from "../types";

export type { RuleKind };

/** The rule's condition on a cell that holds a number, e.g. NOT(OR(B8<0,B8>=1)). */
export function condition(kind: RuleKind, cell: string): string {
  return acceptedCondition(kind, cell);
}

/**
 * Excel's data validation from the rule's limits: a whole number or a decimal beyond one bound,
 * or a formula for an interval (the same condition as the check's).
 */
function validationRule(kind: RuleKind, cell: string): ValidationRule {
  const { min, max, integer } = LIMITS[kind];
  if (max) return { type: "custom", formula: `=AND(ISNUMBER(${cell}),${condition(kind, cell)})` };
  const operator = min.included ? "GreaterThanOrEqualTo" : "GreaterThan";
  return { type: integer ? "wholeNumber" : "decimal", operator, bound: min.value };
}

/** "{label} is empty: enter {rule}." with the blanks filled. */
export function fill(template: string, label: string, rule: string): string {
  return template.replace("{label}", label).replace("{rule}", rule);
}

export function validation(
  text: SheetLabels,
  kind: RuleKind,
  cell: string,
  label: string
): ValidationPlan {
  return {
    rule: validationRule(kind, cell),
    title: label,
    prompt: fill(text.validationPrompt, label, text.rules[kind]),
    error: fill(text.checkInvalid, label, text.rules[kind]),
  };
}

export interface CheckedInput {
  readonly cell: string;
  readonly label: string;
  readonly kind: RuleKind;
  /** A stricter rule of one result that takes this input, named when only that rule fails. */
  readonly narrower?: { readonly kind: RuleKind; readonly result: string };
}

/**
 * Where every input is valid: the first input that one result refuses (its stricter rule), that
 * result named; the OK text otherwise.
 */
function narrowerChain(text: SheetLabels, inputs: readonly CheckedInput[]): string {
  return inputs.reduceRight((rest, { cell, label, narrower }) => {
    if (!narrower) return rest;
    const message = text.checkNarrower
      .replace("{label}", label)
      .replace("{result}", narrower.result)
      .replace("{rule}", text.rules[narrower.kind]);
    return `IF(${condition(narrower.kind, cell)},${rest},${textConstant(message)})`;
  }, textConstant(text.checkOk));
}

/**
 * The check cell's formula: the first empty or invalid input named in words, then the first
 * input a result refuses by a stricter rule (that result named), or the OK text.
 * ISNUMBER comes before the comparison, so text in an input is named rather than compared.
 */
export function checkFormula(text: SheetLabels, inputs: readonly CheckedInput[]): string {
  const chain = inputs.reduceRight(
    (rest, { cell, label, kind }) => {
      const empty = textConstant(fill(text.checkEmpty, label, text.rules[kind]));
      const invalid = textConstant(fill(text.checkInvalid, label, text.rules[kind]));
      const valid = `IF(${condition(kind, cell)},${rest},${invalid})`;
      return `IF(ISBLANK(${cell}),${empty},IF(ISNUMBER(${cell}),${valid},${invalid}))`;
    },
    narrowerChain(text, inputs)
  );
  return `=${chain}`;
}
