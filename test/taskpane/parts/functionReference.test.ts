/** @jest-environment jsdom */
import { functionSpec, type FunctionSpec } from "../../../src/engine";
import { PaneError } from "../../../src/taskpane/host";
import {
  functionReferencePart,
  insertButtonId,
} from "../../../src/taskpane/parts/functionReference";
import { statusPart } from "../../../src/taskpane/parts/status";
import { partContext, RecordingHost, settle } from "../paneSupport";

/** Two catalog entries that are not the project's: the part renders whatever it is given. */
const [cost, table] = [functionSpec("DATACENTER_COST"), functionSpec("ARTICLE_TABLE")];
const ENTRIES: readonly FunctionSpec[] = [
  {
    ...cost,
    id: "ONE_TWO" as FunctionSpec["id"], // not a catalog id: the part takes any
    description: { en: "First.", "zh-TW": "第一。" },
    examples: [{ formula: "=GPU.ONE_TWO(1)", result: { en: "1", "zh-TW": "一" } }],
  },
  {
    ...table,
    id: "THREE" as FunctionSpec["id"],
    description: { en: "Second.", "zh-TW": "第二。" },
    examples: [
      { formula: "=GPU.THREE()", result: { en: "3", "zh-TW": "三" } },
      { formula: "=GPU.THREE()+1", result: { en: "4", "zh-TW": "四" } },
    ],
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

  it("lists the catalog entries it is given, in order, with the first example, in the pane's language", () => {
    const { root, $, context } = setUp();
    const items = [...root.querySelectorAll<HTMLElement>(".pane-function")];
    expect(items.map((item) => item.dataset.function)).toEqual(["ONE_TWO", "THREE"]);
    expect(items[0].querySelector("h3")?.textContent).toBe("GPU.ONE_TWO(spend, [energy])");
    expect(items[1].querySelector("h3")?.textContent).toBe("GPU.THREE()");
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
