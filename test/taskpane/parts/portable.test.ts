/** @jest-environment jsdom */
import { PaneError } from "../../../src/taskpane/host";
import { insertPart } from "../../../src/taskpane/parts/insert";
import { portablePart } from "../../../src/taskpane/parts/portable";
import { statusPart } from "../../../src/taskpane/parts/status";
import { buildTemplatePlan } from "../../../src/template";
import { partContext, RecordingHost, settle } from "../paneSupport";

function setUp(language: "en" | "zh-TW" = "en") {
  const parts = partContext(language);
  const host = new RecordingHost();
  const status = statusPart(parts.context);
  parts.root.append(portablePart(parts.context, host, status.run), status.node);
  parts.context.refresh();
  return { ...parts, host, status: status.node };
}

describe("Make this sheet portable", () => {
  it("converts a copy of the sheet by default and says where the native formulas are", async () => {
    const { $, host, status } = setUp();
    expect($("#portable-heading").textContent).toBe("Make this sheet portable");
    $("#make-portable").click();
    expect(status.textContent).toBe("Converting the GPU.* formulas…");
    await settle();
    expect(host.portableModes).toEqual(["copy"]);
    expect(status.textContent).toBe("Wrote 3 native formulas on 'Sheet1 (2)', a copy of 'Sheet1'.");
    expect($("#portable-confirm").hidden).toBe(true);
  });

  it("converts in place only after the user confirms, never on the first click", async () => {
    const { $, host, status } = setUp();
    $("#make-portable-in-place").click();
    await settle();
    expect(host.portableModes).toEqual([]);
    expect($("#portable-confirm").hidden).toBe(false);
    expect($("#portable-confirm").textContent).toContain("Excel cannot undo this");

    $("#portable-cancel").click();
    await settle();
    expect(host.portableModes).toEqual([]);
    expect($("#portable-confirm").hidden).toBe(true);

    $("#make-portable-in-place").click();
    $("#portable-confirm-in-place").click();
    await settle();
    expect(host.portableModes).toEqual(["in-place"]);
    expect(status.textContent).toBe("Rewrote 3 formulas of 'Sheet1' in native form.");
  });

  it("lists the formulas left untranslated, with the reason, in either language", async () => {
    const { $, host, context, status } = setUp();
    host.portableResult = async () => ({
      sheet: "Model (2)",
      source: "Model",
      converted: 1,
      untranslated: [
        {
          address: "D4",
          formula: "=GPU.GAP(GPU.ARTICLE_TABLE())",
          reason: "range must be a reference",
        },
      ],
    });
    $("#make-portable").click();
    await settle();
    expect(status.textContent).toBe("Wrote 1 native formula on 'Model (2)', a copy of 'Model'.");
    expect($("#portable-untranslated-heading").textContent).toBe(
      "1 GPU.* formula was left as it was:"
    );
    expect(
      [...$("#portable-untranslated").querySelectorAll("li")].map((li) => li.textContent)
    ).toEqual(["D4: =GPU.GAP(GPU.ARTICLE_TABLE()) (range must be a reference)"]);
    context.setLanguage("zh-TW");
    expect($("#portable-untranslated-heading").textContent).toBe("有 1 個 GPU.* 公式維持原樣：");
    expect(status.textContent).toBe("已在「Model」的複本「Model (2)」寫入 1 個原生公式。");
  });

  it("says when there is nothing to convert, and why it failed when it did", async () => {
    const { $, host, status } = setUp();
    host.portableResult = async () => ({
      sheet: "Budget",
      source: "Budget",
      converted: 0,
      untranslated: [],
    });
    $("#make-portable").click();
    await settle();
    expect(status.textContent).toBe(
      "'Budget' has no GPU.* formula to convert: nothing was changed."
    );
    host.portableResult = () =>
      Promise.reject(new PaneError("unsupported", "no copy", { requirementSet: "ExcelApi 1.7" }));
    $("#make-portable").click();
    await settle();
    expect(status.textContent).toBe(
      "Could not make the sheet portable. This version of Excel lacks ExcelApi 1.7, which this needs. Update Excel, or use Excel on the web."
    );
  });
});

describe("the insert part's choice of formulas", () => {
  it("offers GPU functions (the default) or native Excel formulas, and asks for the plan chosen", async () => {
    const parts = partContext();
    const host = new RecordingHost();
    const status = statusPart(parts.context);
    parts.root.append(insertPart(parts.context, host, status.run).node, status.node);
    const { $ } = parts;
    expect($("#template-formulas legend").textContent).toBe("Formulas");
    expect($("label[for=formulas-gpu]").textContent).toBe("GPU functions (needs GPU Payback)");
    expect($("label[for=formulas-native]").textContent).toBe(
      "Native Excel formulas (opens anywhere)"
    );
    expect($<HTMLInputElement>("#formulas-gpu").checked).toBe(true);
    $("#insert-template").click();
    await settle();
    $<HTMLInputElement>("#formulas-native").click();
    $("#insert-template").click();
    await settle();
    expect(host.plans).toEqual([
      buildTemplatePlan({}),
      { ...buildTemplatePlan({ formulas: "native" }), sheetName: "GPU Payback (native)" },
    ]);
    parts.context.setLanguage("zh-TW");
    expect($("label[for=formulas-native]").textContent).toBe("原生 Excel 公式（任何地方都能開啟）");
  });
});
