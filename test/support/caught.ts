/** The PaybackError a call throws; anything else (another error, or a return) fails the test. */
import { PaybackError } from "../../src/engine";

export function caught(call: () => unknown): PaybackError {
  try {
    call();
  } catch (error) {
    if (error instanceof PaybackError) return error;
    throw new Error(`expected a PaybackError, got ${String(error)}`);
  }
  throw new Error("expected a PaybackError, but the call returned");
}
