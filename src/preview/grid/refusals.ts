/**
 * A change the workbook refuses (refusal.ts: beyond Excel's limits, during a paste, put back after
 * the engine threw) is said in the status bar in the view's language, and the commands follow
 * what can be done now. Anything else thrown is a bug and goes on up.
 */
import { RefusedOperation } from "../refusal";
import type { WorkbookView } from "../workbook";
import { refusalText } from "./text";

/** Says in the status bar what was refused and why. */
export function sayRefused(view: WorkbookView, error: RefusedOperation): void {
  view.updateCommands();
  view.say(refusalText(view.text, error));
}

/** Runs a change of the host; when it is refused (nothing changed), says why. Whether it was done. */
export function attempt(view: WorkbookView, change: () => unknown): boolean {
  try {
    change();
    return true;
  } catch (error) {
    if (!(error instanceof RefusedOperation)) throw error;
    sayRefused(view, error);
    return false;
  }
}
