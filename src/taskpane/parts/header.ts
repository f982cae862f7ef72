/** The pane's header: title, tagline and the language switch. */
import { LANGUAGES } from "../../template";
import { PANE_TEXT } from "../paneText";
import type { PaneContext } from "./context";

/** The language switch's label, in both languages so that either reader finds it. */
export const LANGUAGE_LABEL = "Language · 語言";

export function headerPart(context: PaneContext): HTMLElement {
  const select = context.element("select", { id: "pane-language", className: "pane-select" });
  for (const code of LANGUAGES) {
    const option = context.element("option");
    option.value = code;
    option.lang = PANE_TEXT[code].htmlLang;
    option.textContent = PANE_TEXT[code].languageName;
    select.append(option);
  }
  context.bind((_, language) => {
    select.value = language;
  });
  select.addEventListener("change", () => {
    const next = LANGUAGES.find((code) => code === select.value);
    if (next) context.setLanguage(next);
  });
  const label = context.element("label", { className: "pane-label" });
  label.htmlFor = select.id;
  label.textContent = LANGUAGE_LABEL;
  return context.element(
    "header",
    { className: "pane-header" },
    context.say("h1", { className: "pane-title" }, (t) => t.appTitle),
    context.say("p", { className: "pane-tagline" }, (t) => t.tagline),
    context.element("div", { className: "pane-field pane-language" }, label, select)
  );
}
