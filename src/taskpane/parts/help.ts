/**
 * The link to the help page (the function reference) in the language shown: help.html or
 * help.zh-TW.html, beside the pane's page in the add-in (dist/) and in the preview (dist-preview/),
 * opened in a new tab.
 */
import { helpPageFile } from "../../help/pages";
import type { PaneContext } from "./context";

export function helpLinkPart(context: PaneContext): HTMLAnchorElement {
  const link = context.element("a", { id: "pane-help", className: "pane-link pane-help" });
  link.target = "_blank";
  link.rel = "noopener";
  context.bind((text, language) => {
    link.href = helpPageFile(language);
    link.hreflang = text.htmlLang;
    link.textContent = text.helpLink;
  });
  return link;
}
