/** @jest-environment jsdom */
import { headerPart, LANGUAGE_LABEL } from "../../../src/taskpane/parts/header";
import { choose, partContext } from "../paneSupport";

describe("the header and the language switch", () => {
  it("shows the title and tagline, and a switch labelled in both languages", () => {
    const { root, context, $ } = partContext();
    root.append(headerPart(context));
    expect($("h1").textContent).toBe("GPU Payback");
    expect($(".pane-tagline").textContent).toMatch(/^The payback math of Sequoia's/);
    expect($("label[for=pane-language]").textContent).toBe(LANGUAGE_LABEL);
    const select = $<HTMLSelectElement>("#pane-language");
    expect([...select.options].map((o) => [o.value, o.lang, o.textContent])).toEqual([
      ["en", "en", "English"],
      ["zh-TW", "zh-Hant-TW", "繁體中文"],
    ]);
    expect(select.value).toBe("en");
  });

  it("switches the whole pane's language, and shows the language it starts in", () => {
    const { root, context, $ } = partContext("zh-TW");
    root.append(headerPart(context));
    const select = $<HTMLSelectElement>("#pane-language");
    expect(select.value).toBe("zh-TW");
    expect($("h1").textContent).toBe("GPU 回本試算");
    choose(select, "en");
    expect(context.language).toBe("en");
    expect($("h1").textContent).toBe("GPU Payback");
    choose(select, "fr");
    expect(context.language).toBe("en");
  });
});
