/**
 * The engine's error messages in the preview's languages. HyperFormula keeps one message string
 * in a cell's error (the English one, as Excel's functions.json is English); the GPU plugin
 * remembers each message's texts as it makes the error, so that the status bar and the cell's
 * tooltip say it in the workbook's language, and say it again in the other language after a
 * switch without recalculating. Bounded: the oldest messages are forgotten first.
 */
import type { Language, Localized } from "../engine";

const LIMIT = 2000;
const remembered = new Map<string, Localized>();

/** Keeps a message's texts, by its English text. */
export function rememberMessage(texts: Localized | undefined): void {
  if (!texts) return;
  remembered.delete(texts.en);
  remembered.set(texts.en, texts);
  if (remembered.size > LIMIT) remembered.delete(remembered.keys().next().value as string);
}

/** The message in a language; a message the plugin never made is shown as it is. */
export function messageIn(message: string, language: Language): string {
  return remembered.get(message)?.[language] ?? message;
}
