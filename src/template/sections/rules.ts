/**
 * What each input accepts, stated once: the check cell's condition and Excel's data validation
 * both follow from it. Native functions only, so the check works in every spreadsheet.
 */
import type { SheetLabels } from "../labels";
import type { ValidationPlan, ValidationRule } from "../types";

/** nonNegative: 0 or more; share: 0 to below 1 (a margin); wholeYears: a whole number above 0. */
export type RuleKind = keyof SheetLabels["rules"];

/** The rule's condition on a cell that holds a number, e.g. AND(B8>=0,B8<1). */
export function condition(kind: RuleKind, cell: string): string {
  switch (kind) {
    case "nonNegative":
      return `${cell}>=0`;
    case "share":
      return `AND(${cell}>=0,${cell}<1)`;
    case "wholeYears":
      return `AND(${cell}>0,${cell}=INT(${cell}))`;
  }
}

function validationRule(kind: RuleKind, cell: string): ValidationRule {
  switch (kind) {
    case "nonNegative":
      return { type: "decimal", operator: "GreaterThanOrEqualTo", bound: 0 };
    case "share":
      return { type: "custom", formula: `=AND(ISNUMBER(${cell}),${condition(kind, cell)})` };
    case "wholeYears":
      return { type: "wholeNumber", operator: "GreaterThan", bound: 0 };
  }
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

/** A text as an Excel string literal: "say ""hi""". */
export function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export interface CheckedInput {
  readonly cell: string;
  readonly label: string;
  readonly kind: RuleKind;
}

/**
 * The check cell's formula: the first empty or invalid input named in words, or the OK text.
 * ISNUMBER comes before the comparison, so text in an input is named rather than compared.
 */
export function checkFormula(text: SheetLabels, inputs: readonly CheckedInput[]): string {
  const chain = inputs.reduceRight((rest, { cell, label, kind }) => {
    const empty = quoted(fill(text.checkEmpty, label, text.rules[kind]));
    const invalid = quoted(fill(text.checkInvalid, label, text.rules[kind]));
    const valid = `IF(${condition(kind, cell)},${rest},${invalid})`;
    return `IF(ISBLANK(${cell}),${empty},IF(ISNUMBER(${cell}),${valid},${invalid}))`;
  }, quoted(text.checkOk));
  return `=${chain}`;
}
