/** @jest-environment jsdom */
import type { FunctionReference } from "../../../src/taskpane/functionReference";
import { PaneError } from "../../../src/taskpane/host";
import {
  functionReferencePart,
  insertButtonId,
} from "../../../src/taskpane/parts/functionReference";
import { statusPart } from "../../../src/taskpane/parts/status";
import { partContext, RecordingHost, settle } from "../paneSupport";

/** Two entries that are not the project's: the part renders whatever it is given. */
const ENTRIES: readonly FunctionReference[] = [
  {
    id: "ONE_TWO",
    syntax: "GPU.ONE_TWO(a)",
    description: { en: "First.", "zh-TW": "第一。" },
    example: "=GPU.ONE_TWO(1)",
    result: { en: "1", "zh-TW": "一" },
  },
  {
    id: "THREE",
    syntax: "GPU.THREE()",
    description: { en: "Second.", "zh-TW": "第二。" },
    example: "=GPU.THREE()",
    result: { en: "3", "zh-TW": "三" },
  },
];

function setUp() {
  const parts = partContext();
  const host = new RecordingHost();
  const status = statusPart(parts.context);
  parts.root.append(functionReferencePart(parts.context, host, status.run, ENTRIES), status.node);
  return { ...parts, host, status: status.node };
}

describe("the function reference part", () => {
  it("names each insert button after its function", () => {
    expect(insertButtonId("REQUIRED_REVENUE")).toBe("insert-required-revenue");
    expect(insertButtonId("GAP")).toBe("insert-gap");
  });

  it("lists the entries it is given, in order, in the pane's language", () => {
    const { root, $, context } = setUp();
    const items = [...root.querySelectorAll<HTMLElement>(".pane-function")];
    expect(items.map((item) => item.dataset.function)).toEqual(["ONE_TWO", "THREE"]);
    expect(items[0].querySelector("h3")?.textContent).toBe("GPU.ONE_TWO(a)");
    expect(items[0].querySelector(".pane-function-description")?.textContent).toBe("First.");
    expect(items[1].querySelector(".pane-formula")?.textContent).toBe("=GPU.THREE()");
    expect(items[1].querySelector(".pane-example-result")?.textContent).toBe("→ 3");
    expect($("#insert-one-two").getAttribute("aria-label")).toBe(
      "Insert =GPU.ONE_TWO(1) in the selected cell"
    );
    context.setLanguage("zh-TW");
    expect(items[0].querySelector(".pane-function-description")?.textContent).toBe("第一。");
    expect(items[1].querySelector(".pane-example-result")?.textContent).toBe("→ 三");
    expect($("#insert-one-two").getAttribute("aria-label")).toBe(
      "在所選儲存格插入 =GPU.ONE_TWO(1)"
    );
    expect($("#functions-heading").textContent).toBe("函數");
  });

  it("writes an entry's example through the host and says where", async () => {
    const { $, host, status } = setUp();
    host.formulaResult = async () => "Sheet1!D4";
    $("#insert-three").click();
    await settle();
    expect(host.formulas).toEqual(["=GPU.THREE()"]);
    expect(status.textContent).toBe("Wrote =GPU.THREE() in Sheet1!D4");
  });

  it("says that the selected cell is locked when the sheet is protected", async () => {
    const { $, host, status } = setUp();
    host.formulaResult = () => Promise.reject(new PaneError("protected", "AccessDenied"));
    $("#insert-one-two").click();
    await settle();
    expect(status.textContent).toBe(
      "Could not write the formula. The selected cell is locked because the sheet is protected. " +
        "Pick another sheet or unprotect this one."
    );
  });
});
