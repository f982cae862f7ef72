/**
 * The function reference: each GPU.* function of the catalog with its syntax, what it does, and
 * its first example, which the user can write into the selected cell. It renders whatever catalog
 * entries it is given (the whole catalog in the pane).
 */
import { CATALOG, type FunctionSpec } from "../../engine";
import { referenceOf, type FunctionReference } from "../functionReference";
import type { PaneHost } from "../host";
import type { PaneContext } from "./context";
import type { Failure, RunAction } from "./status";

export const FORMULA_FAILURE: Failure = {
  failed: (t) => t.errors.formulaFailed,
  whenProtected: (t) => t.errors.protectedCell,
};

/** The id of an entry's insert button: GPU.REQUIRED_REVENUE → insert-required-revenue. */
export function insertButtonId(id: string): string {
  return `insert-${id.toLowerCase().replace(/_/g, "-")}`;
}

function entryItem(
  context: PaneContext,
  entry: FunctionReference,
  insert: () => void
): HTMLLIElement {
  const button = context.button({ id: insertButtonId(entry.id) }, (t) => t.insertExample, insert);
  context.bind((t) => button.setAttribute("aria-label", t.insertExampleFor(entry.example)));
  const syntax = context.element("code", { className: "pane-syntax" });
  syntax.textContent = entry.syntax;
  const formula = context.element("code", { className: "pane-formula" });
  formula.textContent = entry.example;
  const example = context.element(
    "div",
    { className: "pane-example" },
    context.say("span", { className: "pane-example-label" }, (t) => t.exampleLabel),
    formula,
    context.element(
      "div",
      { className: "pane-example-row" },
      context.say(
        "span",
        { className: "pane-example-result" },
        (_, language) => `\u2192 ${entry.result[language]}`
      ),
      button
    )
  );
  const item = context.element(
    "li",
    { className: "pane-function" },
    context.element("h3", { className: "pane-function-name" }, syntax),
    context.say(
      "p",
      { className: "pane-function-description" },
      (_, language) => entry.description[language]
    ),
    example
  );
  item.dataset.function = entry.id;
  return item;
}

export function functionReferencePart(
  context: PaneContext,
  host: PaneHost,
  run: RunAction,
  functions: readonly FunctionSpec[] = CATALOG
): HTMLElement {
  const insertFormula = (formula: string) =>
    void run(
      FORMULA_FAILURE,
      (t) => t.writingFormula,
      async () => {
        const address = await host.insertFormula(formula);
        return (t) => t.formulaInserted(formula, address);
      }
    );
  const list = context.element("ul", { className: "pane-functions" });
  for (const entry of functions.map(referenceOf))
    list.append(entryItem(context, entry, () => insertFormula(entry.example)));
  return context.section(
    "functions",
    (t) => t.functionsHeading,
    context.say("p", { className: "pane-hint" }, (t) => t.functionsIntro),
    list
  );
}
