/**
 * "Make this sheet portable": asks the host to rewrite the active sheet's GPU.* formulas in native
 * form. By default on a copy of the sheet; in place only after the user confirms here, because
 * Office.js writes clear Excel's undo. Lists the formulas that were left untranslated, and why.
 */
import type { PaneHost, PortableMode, PortableResult } from "../host";
import type { PaneText } from "../paneText";
import type { PaneContext, Words } from "./context";
import { aboutSheet, type Failure, type RunAction } from "./status";

const words = (t: PaneText) => t.portable;

export function portablePart(context: PaneContext, host: PaneHost, run: RunAction): HTMLElement {
  const failure: Failure = { failed: (t) => words(t).failed };
  let last: PortableResult | undefined;

  const untranslatedHeading = context.say("p", { id: "portable-untranslated-heading" }, (t) =>
    last && last.untranslated.length > 0
      ? words(t).untranslatedHeading(last.untranslated.length)
      : ""
  );
  const untranslatedList = context.element("ul", { id: "portable-untranslated" });
  const untranslated = context.element(
    "div",
    { className: "pane-untranslated" },
    untranslatedHeading,
    untranslatedList
  );

  function show(result: PortableResult): void {
    last = result;
    untranslatedList.replaceChildren(
      ...result.untranslated.map((cell) => {
        const item = context.element("li");
        const formula = context.element("code");
        formula.textContent = cell.formula;
        item.append(`${cell.address}: `, formula, ` (${cell.reason})`);
        return item;
      })
    );
    untranslated.hidden = result.untranslated.length === 0;
    context.refresh();
  }
  untranslated.hidden = true;

  const convert = (mode: PortableMode) =>
    void run(
      failure,
      (t) => words(t).working,
      async (): Promise<Words> => {
        const result = await host.makePortable(mode);
        show(result);
        const { converted, sheet, source } = result;
        return aboutSheet(sheet, (t) =>
          converted === 0
            ? words(t).nothingToConvert(source)
            : words(t).converted(converted, sheet, source, sheet !== source)
        );
      }
    );

  const confirm = context.element(
    "div",
    { id: "portable-confirm", className: "pane-confirm" },
    context.say("p", { className: "pane-hint" }, (t) => words(t).confirmInPlace)
  );
  confirm.setAttribute("role", "alertdialog");
  confirm.hidden = true;
  const cancel = context.button(
    { id: "portable-cancel" },
    (t) => words(t).cancelButton,
    () => {
      confirm.hidden = true;
    }
  );
  const confirmed = context.button(
    { id: "portable-confirm-in-place", className: "pane-button pane-button-danger" },
    (t) => words(t).confirmButton,
    () => {
      confirm.hidden = true;
      convert("in-place");
    }
  );
  confirm.append(context.element("div", { className: "pane-buttons" }, confirmed, cancel));

  const heading = context.say(
    "h3",
    { id: "portable-heading", className: "pane-action-heading" },
    (t) => words(t).heading
  );
  const node = context.element(
    "div",
    { id: "portable-action", className: "pane-action" },
    heading,
    context.say("p", { className: "pane-hint" }, (t) => words(t).intro),
    context.element(
      "div",
      { className: "pane-buttons" },
      context.button(
        { id: "make-portable" },
        (t) => words(t).copyButton,
        () => convert("copy")
      ),
      context.button(
        { id: "make-portable-in-place" },
        (t) => words(t).inPlaceButton,
        () => {
          confirm.hidden = false;
          confirmed.focus();
        }
      )
    ),
    confirm,
    untranslated
  );
  node.setAttribute("role", "group");
  node.setAttribute("aria-labelledby", heading.id);
  return node;
}
