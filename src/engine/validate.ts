import { accepts } from "./catalog/rules";
import { PaybackError } from "./errors";

/** Describes a value for an error message: "text "abc"", "TRUE", "nothing", "-5". */
export function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "string")
    return `text "${value.length > 20 ? value.slice(0, 20) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return "a value that is not a number";
}

/** A finite number, or a PaybackError that names the argument and what it should be. */
export function requireNumber(argument: string, value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new PaybackError(
      `${argument} must be a number: ${what} (got ${describe(value)})`,
      "value",
      argument
    );
  }
  return value + 0; // folds -0 into 0
}

/** A finite number that is 0 or more. */
export function requireNonNegative(argument: string, value: unknown, what: string): number {
  const number = requireNumber(argument, value, what);
  if (!accepts("nonNegative", number)) {
    throw new PaybackError(
      `${argument} must be 0 or more: ${what} (got ${describe(number)})`,
      "value",
      argument
    );
  }
  return number;
}

const END_CUSTOMER_MARGIN = "the end customer's margin, from 0% to below 100% (0.5 means 50%)";

/** A margin: a fraction from 0 up to, but not including, 1. */
export function requireMargin(
  value: unknown,
  argument = "margin",
  what = END_CUSTOMER_MARGIN
): number {
  const margin = requireNumber(argument, value, what);
  if (margin < 0) {
    throw new PaybackError(
      `${argument} must be 0% or more (0.5 means 50%); got ${describe(margin)}`,
      "value",
      argument
    );
  }
  if (!accepts("share", margin)) {
    throw new PaybackError(
      `${argument} must be below 100% (0.5 means 50%); got ${describe(margin)}`,
      "value",
      argument
    );
  }
  return margin;
}

/** A finite number above 0. */
export function requirePositive(argument: string, value: unknown, what: string): number {
  const number = requireNumber(argument, value, what);
  if (!accepts("positive", number)) {
    throw new PaybackError(
      `${argument} must be above 0: ${what} (got ${describe(number)})`,
      "value",
      argument
    );
  }
  return number;
}

/** A whole number of 1 or more (a count of whole years). */
export function requireWholePositive(argument: string, value: unknown, what: string): number {
  const number = requirePositive(argument, value, what);
  if (!accepts("wholeYears", number)) {
    throw new PaybackError(
      `${argument} must be a whole number: ${what} (got ${describe(number)})`,
      "value",
      argument
    );
  }
  return number;
}

/** A fraction above 0 and at most 1 (100%). */
export function requireShare(argument: string, value: unknown, what: string): number {
  const share = requirePositive(argument, value, what);
  if (share > 1) {
    throw new PaybackError(
      `${argument} must be at most 100% (0.5 means 50%): ${what} (got ${describe(share)})`,
      "value",
      argument
    );
  }
  return share;
}

/** A result that is a finite number; anything else is a #NUM!-kind error. */
export function requireFiniteResult(result: number, what: string): number {
  if (!Number.isFinite(result)) {
    throw new PaybackError(`${what} is too large to compute: use smaller inputs`, "number");
  }
  return result + 0;
}
