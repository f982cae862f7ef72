/**
 * Errors are part of the interface. The engine throws PaybackError; each host maps it to its own
 * error value (Excel: #VALUE! with the message, #NUM! for results too large to represent, #N/A
 * with the message when there is no answer, such as an investment that never pays back).
 */
export type PaybackErrorKind =
  /** An argument of the wrong type or outside what is allowed: Excel's #VALUE!. */
  | "value"
  /** A result that cannot be represented as a finite number: Excel's #NUM!. */
  | "number"
  /** Valid arguments with no answer (PAYBACK_YEARS when it never pays back): Excel's #N/A. */
  | "notAvailable";

export class PaybackError extends Error {
  constructor(
    message: string,
    readonly kind: PaybackErrorKind = "value",
    /** The argument at fault, in the functions' own words (spend, energy, margin, ...). */
    readonly argument?: string
  ) {
    super(message);
    this.name = "PaybackError";
  }
}

/** A cell in a range that already holds an error value: it is passed through unchanged. */
export class CellErrorValue extends Error {
  constructor(readonly value: unknown) {
    super("The range holds an error value");
    this.name = "CellErrorValue";
  }
}
