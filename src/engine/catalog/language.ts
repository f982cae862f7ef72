/**
 * The language of the words a host shows, from Office's display language (or the browser's).
 * Here, not beside the sheet's labels, so that the functions bundle reads it without loading them.
 */
import type { Language } from "./types";

/** Picks the language from a display language tag (e.g. "zh-TW", "zh-HK", "en-US"). */
export function languageFor(displayLanguage: string | null | undefined): Language {
  const tag = (displayLanguage ?? "").toLowerCase();
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? "zh-TW" : "en";
}
