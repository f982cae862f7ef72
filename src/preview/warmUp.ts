/**
 * Gets the engine's code compiled before the user needs it. The browser runs a page's code slowly
 * the first time (interpreted, then compiled as it gets hot), so the first template insertion of a
 * page paid for that: with a 10,000-row table, a median of 330 ms to the next frame against 267 ms
 * once the engine had run (npm run bench prints both). When the browser is idle after the page is
 * ready, one small insertion runs on a HyperFormula instance of its own (60–110 ms, once); the
 * user's workbook, its undo history and its saved copy are untouched.
 */
import type { TemplatePlan } from "../template";
import { HyperFormulaHost } from "./hyperformulaHost";

/** Enough rows for the engine's per-cell code to be compiled; a larger warm-up gained nothing. */
export const WARM_UP_ROWS = 400;

/** Inserts the template, its table grown to `rows` rows, into a throwaway workbook. */
export async function warmUpEngine(plan: TemplatePlan, rows = WARM_UP_ROWS): Promise<void> {
  const host = new HyperFormulaHost();
  try {
    const companies = plan.table.rows;
    await host.pane.insertTemplate({
      ...plan,
      table: {
        ...plan.table,
        rows: Array.from({ length: rows }, (_, i) => companies[i % companies.length]),
      },
    });
  } finally {
    host.hf.destroy();
  }
}

interface IdleWindow {
  requestIdleCallback?: (work: () => void, options?: { timeout: number }) => number;
  setTimeout: (work: () => void, ms: number) => unknown;
}

/** Runs `work` when the browser is next idle (within 2 s), or after 200 ms where it cannot say. */
export function whenIdle(work: () => void, target: IdleWindow = window): void {
  if (typeof target.requestIdleCallback === "function")
    target.requestIdleCallback(work, { timeout: 2000 });
  else target.setTimeout(work, 200);
}
