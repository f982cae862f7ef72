/**
 * The native sheet's words are true for native formulas: no text cell of the
 * native template names a GPU.* function that the sheet does not call, in any preset or language.
 */
import { LANGUAGES, PRESET_IDS } from "../../src/engine";
import { buildTemplatePlan } from "../../src/template";

const named = (text: string): string[] =>
  [...text.matchAll(/GPU\.([A-Z_]+)/gi)].map((m) => m[1].toUpperCase());

describe.each(
  PRESET_IDS.flatMap((preset) => LANGUAGES.map((language) => [preset, language] as const))
)("the native %s sheet in %s", (preset, language) => {
  const plan = buildTemplatePlan({ preset, language, formulas: "native" });
  const called = new Set(plan.cells.flatMap((c) => (c.formula ? named(c.formula) : [])));

  it("names in its texts only the GPU.* functions its formulas call", () => {
    const texts = [
      ...plan.cells.flatMap((c) => (typeof c.value === "string" ? [[c.address, c.value]] : [])),
      ...plan.charts.map((c) => ["chart", c.title]),
      ...plan.names.map((n) => ["name", n.comment ?? ""]),
      ...plan.cells.flatMap((c) =>
        c.validation ? [[c.address, `${c.validation.prompt} ${c.validation.error}`]] : []
      ),
    ];
    const untrue = texts.filter(([, text]) => named(text).some((id) => !called.has(id)));
    expect(untrue).toEqual([]);
  });

  it("says how its grids and years are computed, in native words", () => {
    const gpu = buildTemplatePlan({ preset, language });
    const notes = (p: typeof plan) =>
      p.cells.filter((c) => c.style === "note").map((c) => c.address);
    // Same layout: every note where the GPU.* sheet has one; the changed ones name no GPU.* function.
    expect(notes(plan)).toEqual(notes(gpu));
  });
});
