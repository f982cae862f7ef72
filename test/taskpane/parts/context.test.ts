/** @jest-environment jsdom */
import { partContext } from "../paneSupport";

describe("the pane's shared context", () => {
  it("builds elements with id and class, and text that follows the language", () => {
    const { root, context } = partContext();
    const title = context.say("h1", { id: "t", className: "c" }, (t) => t.appTitle);
    root.append(title);
    expect([title.id, title.className, title.textContent]).toEqual(["t", "c", "GPU Payback"]);
    context.setLanguage("zh-TW");
    expect(title.textContent).toBe("GPU 回本試算");
    expect(root.lang).toBe("zh-Hant-TW");
    expect(context.language).toBe("zh-TW");
    context.setLanguage("en");
    expect([title.textContent, root.lang]).toEqual(["GPU Payback", "en"]);
  });

  it("re-runs a binding on refresh, so text can follow other choices too", () => {
    const { context } = partContext();
    let count = 0;
    const seen: string[] = [];
    context.bind((_, language) => seen.push(`${language}:${++count}`));
    context.refresh();
    context.setLanguage("zh-TW");
    expect(seen).toEqual(["en:1", "en:2", "zh-TW:3"]);
  });

  it("makes buttons of type button that the busy state marks, and leaves other elements alone", () => {
    const { root, context } = partContext();
    let clicks = 0;
    const button = context.button(
      { id: "b" },
      (t) => t.insertButton,
      () => clicks++
    );
    const other = context.element("select", { id: "s" });
    root.append(button, other);
    expect([button.type, button.className, button.textContent]).toEqual([
      "button",
      "pane-button",
      "Insert sheet",
    ]);
    context.setBusy(true);
    expect(root.getAttribute("aria-busy")).toBe("true");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(other.hasAttribute("aria-disabled")).toBe(false);
    context.setBusy(false);
    expect(root.getAttribute("aria-busy")).toBe("false");
    expect(button.getAttribute("aria-disabled")).toBe("false");
    button.click();
    expect(clicks).toBe(1);
  });

  it("makes sections labelled by their h2, and labels tied to their control", () => {
    const { context } = partContext();
    const input = context.element("input", { id: "x" });
    const section = context.section("demo", (t) => t.insertHeading, input);
    expect(section.id).toBe("demo-section");
    expect(section.getAttribute("aria-labelledby")).toBe("demo-heading");
    const heading = section.querySelector("h2");
    expect([heading?.id, heading?.textContent]).toEqual(["demo-heading", "Insert the template"]);
    expect(section.lastChild).toBe(input);
    const label = context.label(input, (t) => t.presetLabel);
    expect([label.htmlFor, label.className, label.textContent]).toEqual([
      "x",
      "pane-label",
      "Figures",
    ]);
  });
});
