/**
 * Errors are part of the interface. The engine throws PaybackError; the catalog's error mapping
 * (catalog/errors.ts) gives the cell error for its kind, and each host its own error value.
 */
import type { Language, Localized } from "./catalog/types";
import { localized, type MessageText } from "./messageText";

export type PaybackErrorKind =
  /** An argument of the wrong type or outside what is allowed: Excel's #VALUE!. */
  | "value"
  /** A result that cannot be represented as a finite number: Excel's #NUM!. */
  | "number"
  /** No answer exists for these inputs (e.g. never pays back): Excel's #N/A, with the message. */
  | "notAvailable";

export class PaybackError extends Error {
  /** The message in every language the add-in speaks; `message` is the English one. */
  readonly texts: Localized;

  constructor(
    message: MessageText,
    readonly kind: PaybackErrorKind = "value",
    /** The argument at fault, in the functions' own words (spend, energy, margin, ...). */
    readonly argument?: string
  ) {
    const texts = localized(message);
    super(texts.en);
    this.texts = texts;
    this.name = "PaybackError";
  }

  /** The message in a language. */
  messageIn(language: Language): string {
    return this.texts[language];
  }
}

/** A cell in a range that already holds an error value: it is passed through unchanged. */
export class CellErrorValue extends Error {
  constructor(readonly value: unknown) {
    super("The range holds an error value");
    this.name = "CellErrorValue";
  }
}
