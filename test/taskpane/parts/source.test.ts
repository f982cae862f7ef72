/** @jest-environment jsdom */
import { sourcePart } from "../../../src/taskpane/parts/source";
import type { PresetId } from "../../../src/engine";
import { partContext } from "../paneSupport";

describe("the source footer", () => {
  it("links the chosen preset's article, opening it in a new tab safely", () => {
    const { root, context, $ } = partContext();
    let preset: PresetId = "sept2023";
    root.append(sourcePart(context, () => preset));
    const link = $<HTMLAnchorElement>("#pane-source");
    expect(link.href).toBe("https://www.sequoiacap.com/article/follow-the-gpus-perspective/");
    expect(link.textContent).toBe(
      "“AI's $200B Question”, David Cahn, Sequoia Capital, September 2023"
    );
    expect([link.target, link.rel]).toEqual(["_blank", "noopener noreferrer"]);
    preset = "june2024";
    context.refresh();
    expect(link.href).toBe("https://www.sequoiacap.com/article/ais-600b-question/");
    expect($("footer span").textContent).toBe("Figures from");
  });
});

describe("the source footer in Traditional Chinese", () => {
  it("dates the essay in Chinese: 2023 年 9 月, 2024 年 6 月 20 日", () => {
    const { root, context, $ } = partContext("zh-TW");
    let preset: PresetId = "sept2023";
    root.append(sourcePart(context, () => preset));
    const link = $<HTMLAnchorElement>("#pane-source");
    expect(link.textContent).toBe(
      "David Cahn，〈AI's $200B Question〉，Sequoia Capital，2023 年 9 月"
    );
    preset = "june2024";
    context.refresh();
    expect(link.textContent).toBe(
      "David Cahn，〈AI's $600B Question〉，Sequoia Capital，2024 年 6 月 20 日"
    );
    expect(link.textContent).not.toContain("June");
    expect($("footer span").textContent).toBe("數據出處");
  });
});
