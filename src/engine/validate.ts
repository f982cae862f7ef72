/**
 * The argument checks every function shares. Each refusal is a PaybackError whose message says
 * what to fix, in English and Traditional Chinese (messageText.ts): the argument, what it must be,
 * and what it got.
 */
import type { Language } from "./catalog/types";
import { accepts } from "./catalog/rules";
import { PaybackError } from "./errors";
import { argumentName, describeIn, inBoth, localized, type MessageText } from "./messageText";

/** Describes a value for an English error message: "text "abc"", "TRUE", "nothing", "-5". */
export function describe(value: unknown): string {
  return describeIn(value, "en");
}

/** "spend must be 0 or more: … (got -5)" in each language, from the rule's words. */
function refusal(
  argument: string,
  rule: { en: string; "zh-TW": string },
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

/** A finite number that is 0 or more. */
export function requireNonNegative(argument: string, value: unknown, what: MessageText): number {
  const number = requireNumber(argument, value, what);
  if (!accepts("nonNegative", number)) {
    throw refusal(argument, { en: "must be 0 or more", "zh-TW": "必須為 0 或以上" }, what, number);
  }
  return number;
}

const END_CUSTOMER_MARGIN = {
  en: "the end customer's margin, from 0% to below 100% (0.5 means 50%)",
  "zh-TW": "終端客戶的利潤率，0% 以上、未滿 100%（0.5 即 50%）",
};

/** "margin must be below 100% (0.5 means 50%); got 1.2" in each language. */
function marginRefusal(argument: string, rule: { en: string; "zh-TW": string }, got: number) {
  const say = (language: Language) =>
    language === "zh-TW"
      ? `${argumentName(argument, language)}${rule["zh-TW"]}（0.5 即 50%）；目前為 ${got}`
      : `${argument} ${rule.en} (0.5 means 50%); got ${got}`;
  return new PaybackError(inBoth(say), "value", argument);
}

/** A margin: a fraction from 0 up to, but not including, 1. */
export function requireMargin(
  value: unknown,
  argument = "margin",
  what: MessageText = END_CUSTOMER_MARGIN
): number {
  const margin = requireNumber(argument, value, what);
  if (margin < 0) {
    throw marginRefusal(
      argument,
      { en: "must be 0% or more", "zh-TW": "必須為 0% 或以上" },
      margin
    );
  }
  if (!accepts("share", margin)) {
    throw marginRefusal(argument, { en: "must be below 100%", "zh-TW": "必須低於 100%" }, margin);
  }
  return margin;
}

/** A finite number above 0. */
export function requirePositive(argument: string, value: unknown, what: MessageText): number {
  const number = requireNumber(argument, value, what);
  if (!accepts("positive", number)) {
    throw refusal(argument, { en: "must be above 0", "zh-TW": "必須大於 0" }, what, number);
  }
  return number;
}

/** A whole number of 1 or more (a count of whole years). */
export function requireWholePositive(argument: string, value: unknown, what: MessageText): number {
  const number = requirePositive(argument, value, what);
  if (!accepts("wholeYears", number)) {
    throw refusal(argument, { en: "must be a whole number", "zh-TW": "必須是整數" }, what, number);
  }
  return number;
}

/** A fraction above 0 and at most 1 (100%). */
export function requireShare(argument: string, value: unknown, what: MessageText): number {
  const share = requirePositive(argument, value, what);
  if (share > 1) {
    const rule = {
      en: "must be at most 100% (0.5 means 50%)",
      "zh-TW": "最多為 100%（0.5 即 50%）",
    };
    throw refusal(argument, rule, what, share);
  }
  return share;
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
