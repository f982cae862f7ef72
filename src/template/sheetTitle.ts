/**
 * The name of an inserted template sheet says what it is: the essay's figures it starts from
 * (the June 2024 update's sheet is "GPU Payback 2024", May 2026's "GPU Payback 2026"; the article's keeps
 * the plain name) and
 * its form ("GPU Payback (native)" for native Excel formulas). Hosts add " (2)" and so on only
 * when that name is taken (sheetNames.ts), and every name stays within Excel's 31 characters.
 */
import type { Language, PresetId } from "../engine";
import type { TemplateFormulas } from "./types";

const YEAR: Readonly<Record<PresetId, string>> = {
  sept2023: "",
  june2024: " 2024",
  may2026: " 2026",
};
const NATIVE: Readonly<Record<Language, string>> = { en: " (native)", "zh-TW": " (原生)" };

/** "GPU Payback", "GPU Payback 2024", "GPU Payback 2024 (native)", "GPU 回本試算 (原生)". */
export function sheetTitle(
  base: string,
  preset: PresetId,
  formulas: TemplateFormulas | undefined,
  language: Language
): string {
  return `${base}${YEAR[preset]}${formulas === "native" ? NATIVE[language] : ""}`;
}
