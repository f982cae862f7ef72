/** What the pane's tests share: a host that records what the pane asks, and a mounted part. */
import type { TemplatePlan } from "../../src/template";
import type { PaneHost, ReenteredFormulas } from "../../src/taskpane/host";
import { PaneContext } from "../../src/taskpane/parts/context";

/** A host that records what the pane asks; each call resolves as the test says. */
export class RecordingHost implements PaneHost {
  readonly kind = "preview" as const;
  readonly plans: TemplatePlan[] = [];
  readonly formulas: string[] = [];
  recalculations = 0;
  insertResult: () => Promise<string> = async () => this.plans[this.plans.length - 1].sheetName;
  formulaResult: () => Promise<string> = async () => "Sheet1!C3";
  recalcResult: () => Promise<void> = async () => undefined;
  reentries = 0;
  reenterResult: () => Promise<ReenteredFormulas> = async () => ({ sheet: "Sheet1", formulas: 3 });

  insertTemplate(plan: TemplatePlan): Promise<string> {
    this.plans.push(plan);
    return this.insertResult();
  }
  insertFormula(formula: string): Promise<string> {
    this.formulas.push(formula);
    return this.formulaResult();
  }
  recalculate(): Promise<void> {
    this.recalculations++;
    return this.recalcResult();
  }
  reenterGpuFormulas(): Promise<ReenteredFormulas> {
    this.reentries++;
    return this.reenterResult();
  }
}

/** Lets the pane's pending promise chains finish (no timing involved: one macrotask turn). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fresh root in the document and a context over it, for testing one part. */
export function partContext(language: "en" | "zh-TW" = "en") {
  document.body.replaceChildren();
  const root = document.createElement("div");
  document.body.append(root);
  const context = new PaneContext(root, language);
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => {
    const node = root.querySelector<T>(selector);
    if (!node) throw new Error(`${selector} is missing`);
    return node;
  };
  return { root, context, $ };
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}
