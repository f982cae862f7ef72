/** The pane's footer: where the chosen figures come from, with a link to the article. */
import { PRESETS, type PresetId } from "../../engine";
import type { PaneContext } from "./context";

export function sourcePart(context: PaneContext, preset: () => PresetId): HTMLElement {
  const link = context.element("a", { id: "pane-source", className: "pane-link" });
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  context.bind(() => {
    const source = PRESETS[preset()].source;
    link.href = source.url;
    link.textContent = `\u201c${source.title}\u201d, ${source.author}, ${source.publisher}, ${source.date}`;
  });
  return context.element(
    "footer",
    { className: "pane-footer" },
    context.say("span", {}, (t) => t.sourceLabel),
    context.doc.createTextNode(" "),
    link
  );
}
