/** The pane's footer: where the chosen figures come from, with a link to the article. */
import { CAPITAL_SOURCES, PRESETS, type PresetId } from "../../engine";
import type { PaneContext } from "./context";

/** Each preset's essay among the cited sources, whose Traditional Chinese date the link shows. */
const CITATIONS = {
  sept2023: "article",
  june2024: "update2024",
  may2026: "exponentialView2026",
} as const satisfies Record<PresetId, keyof typeof CAPITAL_SOURCES>;

export function sourcePart(context: PaneContext, preset: () => PresetId): HTMLElement {
  const link = context.element("a", { id: "pane-source", className: "pane-link" });
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  context.bind((_, language) => {
    const source = PRESETS[preset()].source;
    link.href = source.url;
    link.textContent =
      language === "zh-TW"
        ? `${source.author}，〈${source.title}〉，${source.publisher}，${CAPITAL_SOURCES[CITATIONS[preset()]].zh.date}`
        : `\u201c${source.title}\u201d, ${source.author}, ${source.publisher}, ${source.date}`;
  });
  return context.element(
    "footer",
    { className: "pane-footer" },
    context.say("span", {}, (t) => t.sourceLabel),
    context.doc.createTextNode(" "),
    link
  );
}
