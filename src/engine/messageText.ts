/**
 * The pieces the engine's error messages are made of, in both languages: a text in each language
 * (Localized), the arguments' names as Excel's Traditional Chinese argument help shows them (the
 * catalog's labels; test/engine/errorTexts.test.ts holds the two to each other), and a value
 * described for a message ("text "abc"", "nothing", "-5").
 */
import type { Language, Localized } from "./catalog/types";

/** A message text: one string for both languages (a number, a code), or one per language. */
export type MessageText = string | Localized;

export function localized(text: MessageText): Localized {
  return typeof text === "string" ? { en: text, "zh-TW": text } : text;
}

/** The arguments' Traditional Chinese names; the English name is the parameter's own. */
export const ARGUMENT_NAMES_ZH: Readonly<Record<string, string>> = {
  spend: "GPU支出",
  energy: "能源",
  margin: "利潤率",
  range: "營收範圍",
  required: "所需營收",
  cloudMargin: "雲端利潤率",
  life: "使用年限",
  rate: "資金成本",
  revenue: "營收",
  "identified revenue": "已找到的營收",
  capex: "資本支出",
  profit: "利潤",
  growth: "成長率",
  cost: "GPU價格",
  utilization: "使用率",
  opex: "營運成本",
  spendByYear: "各年GPU支出",
};

/** The argument as a message names it: "spend", or "GPU支出（spend）". */
export function argumentName(argument: string, language: Language): string {
  const zh = ARGUMENT_NAMES_ZH[argument];
  return language === "zh-TW" && zh ? `${zh}（${argument}）` : argument;
}

/** Describes a value for an error message: "text "abc"", "TRUE", "nothing", "-5". */
export function describeIn(value: unknown, language: Language): string {
  const zh = language === "zh-TW";
  if (value === null || value === undefined || value === "") return zh ? "空白" : "nothing";
  if (typeof value === "string") {
    const shown = value.length > 20 ? value.slice(0, 20) + "…" : value;
    return zh ? `文字「${shown}」` : `text "${shown}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return zh ? "不是數字的值" : "a value that is not a number";
}

/** A message in both languages, from one template applied to each language. */
export function inBoth(say: (language: Language) => string): Localized {
  return { en: say("en"), "zh-TW": say("zh-TW") };
}
