/** @jest-environment jsdom */
import { helpLinkPart } from "../../../src/taskpane/parts/help";
import { partContext } from "../paneSupport";

describe("the pane's help link", () => {
  it("leads to the help page in the language shown, in a new tab", () => {
    const { root, context, $ } = partContext();
    root.append(helpLinkPart(context));
    const link = $<HTMLAnchorElement>("#pane-help");
    expect(link.getAttribute("href")).toBe("help.html");
    expect(link.textContent).toBe("Help: every function, its arguments and errors");
    expect(link.target).toBe("_blank");
    context.setLanguage("zh-TW");
    expect(link.getAttribute("href")).toBe("help.zh-TW.html");
    expect(link.textContent).toBe("說明：每個函數、引數與錯誤");
  });
});
