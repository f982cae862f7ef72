/** Sheet names that say what the sheet is: the essay's year and the form, within Excel's limits. */
import { LABELS, isValidSheetName } from "../../src/template";
import { sheetTitle } from "../../src/template/sheetTitle";

describe("the template sheet's name", () => {
  it.each([
    ["sept2023", "gpu", "en", "GPU Payback"],
    ["june2024", "gpu", "en", "GPU Payback 2024"],
    ["sept2023", "native", "en", "GPU Payback (native)"],
    ["june2024", "native", "en", "GPU Payback 2024 (native)"],
    ["sept2023", "gpu", "zh-TW", "GPU 回本試算"],
    ["june2024", "native", "zh-TW", "GPU 回本試算 2024 (原生)"],
    ["may2026", "gpu", "en", "GPU Payback 2026"],
    ["may2026", "native", "zh-TW", "GPU 回本試算 2026 (原生)"],
  ] as const)("%s, %s formulas, %s: %s", (preset, formulas, language, name) => {
    const title = sheetTitle(LABELS[language].sheetName, preset, formulas, language);
    expect(title).toBe(name);
    expect(isValidSheetName(title)).toBe(true);
    // with the hosts' " (2)" for a second copy, still within 31 characters
    expect(isValidSheetName(`${title} (99)`)).toBe(true);
  });

  it("adds nothing for the article's GPU sheet", () => {
    expect(sheetTitle("X", "sept2023", undefined, "en")).toBe("X");
  });
});
