/** The help page of each language, as the builds name it beside the pane's page. */
import type { Language } from "../engine";

/** help.html (English), help.zh-TW.html (Traditional Chinese). */
export function helpPageFile(language: Language): string {
  return language === "en" ? "help.html" : `help.${language}.html`;
}
