/**
 * The sources the inputs' notes name, in full: who said it, where, when, and the address, from
 * the engine's table of sources (one place for every cited figure).
 */
import { CAPITAL_SOURCES, type Citation, type Language } from "../../engine";
import type { SheetLabels } from "../labels";
import { at, type Block, type Origin } from "../layout";
import type { CellPlan } from "../types";
import { heading } from "./line";

/** The report's other addresses, if any: "; also at …". */
function alsoAt(source: Citation, language: Language): string {
  const others = source.alsoAt ?? [];
  if (others.length === 0) return "";
  return (
    (language === "zh-TW" ? "；另見 " : "; also at ") +
    others.join(language === "zh-TW" ? "、" : ", ")
  );
}

export function sourcesSection(origin: Origin, text: SheetLabels, language: Language): Block {
  const sources = Object.values(CAPITAL_SOURCES);
  const cells: CellPlan[] = [
    ...heading(origin, text.sourcesSection),
    ...sources.map((source, i) => ({
      address: at(origin.column, origin.row + 1 + i),
      value:
        (language === "zh-TW"
          ? `${source.who}，〈${source.zh.what}〉，${source.zh.date}：${source.url}`
          : `${source.who}, "${source.what}", ${source.date}: ${source.url}`) +
        alsoAt(source, language),
      style: "note" as const,
    })),
  ];
  return { cells, rows: 1 + sources.length };
}
