/**
 * The argument checks every function shares. Each refusal is a PaybackError whose message says
 * what to fix, in English and Traditional Chinese (messageText.ts): the argument, what it must be,
 * and what it got.
 */
import type { Language, Localized } from "./catalog/types";
import { LIMITS, refusalOf, type RuleKind } from "./catalog/rules";
import { PaybackError } from "./errors";
import { argumentName, describeIn, inBoth, localized, type MessageText } from "./messageText";

/** Describes a value for an English error message: "text "abc"", "TRUE", "nothing", "-5". */
export function describe(value: unknown): string {
  return describeIn(value, "en");
}

/** "spend must be 0 or more: … (got -5)" in each language, from the rule's words. */
function refusal(
  argument: string,
  rule: Localized,
  what: MessageText,
  value: unknown
): PaybackError {
  const whatText = localized(what);
  const say = (language: Language) => {
    const name = argumentName(argument, language);
    const got = describeIn(value, language);
    return language === "zh-TW"
      ? `${name}${rule["zh-TW"]}：${whatText["zh-TW"]}（目前為 ${got}）`
      : `${name} ${rule.en}: ${whatText.en} (got ${got})`;
  };
  return new PaybackError(inBoth(say), "value", argument);
}

/** A finite number, or a PaybackError that names the argument and what it should be. */
export function requireNumber(argument: string, value: unknown, what: MessageText): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw refusal(argument, { en: "must be a number", "zh-TW": "必須是數字" }, what, value);
  }
  return value + 0; // folds -0 into 0
}

/** "margin must be below 100% (0.5 means 50%); got 1.2" in each language. */
function percentRefusal(argument: string, rule: Localized, got: number) {
  const say = (language: Language) =>
    language === "zh-TW"
      ? `${argumentName(argument, language)}${rule["zh-TW"]}（0.5 即 50%）；目前為 ${got}`
      : `${argument} ${rule.en} (0.5 means 50%); got ${got}`;
  return new PaybackError(inBoth(say), "value", argument);
}

/**
 * A finite number that meets the catalog's rule (./catalog/rules.ts), or a PaybackError in the
 * rule's words for the first limit it is beyond.
 */
export function requireRule(
  kind: RuleKind,
  argument: string,
  value: unknown,
  what: MessageText
): number {
  const number = requireNumber(argument, value, what);
  const failed = refusalOf(kind, number);
  if (failed === undefined) return number;
  throw LIMITS[kind].percentRefusal
    ? percentRefusal(argument, failed.says, number)
    : refusal(argument, failed.says, what, number);
}

/** A finite number that is 0 or more. */
export function requireNonNegative(argument: string, value: unknown, what: MessageText): number {
  return requireRule("nonNegative", argument, value, what);
}

const END_CUSTOMER_MARGIN = {
  en: `the end customer's margin, ${LIMITS.share.phrase.en} (0.5 means 50%)`,
  "zh-TW": `終端客戶的利潤率，${LIMITS.share.phrase["zh-TW"]}（0.5 即 50%）`,
};

/** A margin: a fraction from 0 up to, but not including, 1. */
export function requireMargin(
  value: unknown,
  argument = "margin",
  what: MessageText = END_CUSTOMER_MARGIN
): number {
  return requireRule("share", argument, value, what);
}

/** A finite number above 0. */
export function requirePositive(argument: string, value: unknown, what: MessageText): number {
  return requireRule("positive", argument, value, what);
}

/** A whole number of 1 or more (a count of whole years). */
export function requireWholePositive(argument: string, value: unknown, what: MessageText): number {
  return requireRule("wholeYears", argument, value, what);
}

/** A fraction above 0 and at most 1 (100%). */
export function requireShare(argument: string, value: unknown, what: MessageText): number {
  return requireRule("fraction", argument, value, what);
}

/** A result that is a finite number; anything else is a #NUM!-kind error. */
export function requireFiniteResult(result: number, what: MessageText): number {
  if (!Number.isFinite(result)) {
    const text = localized(what);
    throw new PaybackError(
      {
        en: `${text.en} is too large to compute: use smaller inputs`,
        "zh-TW": `${text["zh-TW"]}太大，無法計算：請改用較小的輸入值`,
      },
      "number"
    );
  }
  return result + 0;
}
