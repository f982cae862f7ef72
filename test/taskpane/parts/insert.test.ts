/** @jest-environment jsdom */
import { PaneError } from "../../../src/taskpane/host";
import { choice, insertPart } from "../../../src/taskpane/parts/insert";
import { statusPart } from "../../../src/taskpane/parts/status";
import { buildTemplatePlan } from "../../../src/template";
import { choose, partContext, RecordingHost, settle } from "../paneSupport";

function setUp(language: "en" | "zh-TW" = "en") {
  const parts = partContext(language);
  const host = new RecordingHost();
  const status = statusPart(parts.context);
  const insert = insertPart(parts.context, host, status.run);
  parts.root.append(insert.node, status.node);
  return { ...parts, host, insert, status: status.node };
}

describe("the insert part", () => {
  it("asks the host for the plan of the chosen figures, options and language", async () => {
    const { $, host, insert, context } = setUp();
    expect(insert.preset()).toBe("sept2023");
    choose($<HTMLSelectElement>("#preset-select"), "june2024");
    expect(insert.preset()).toBe("june2024");
    $<HTMLInputElement>("#include-chart").click();
    context.setLanguage("zh-TW");
    $("#insert-template").click();
    await settle();
    expect(host.plans).toEqual([
      {
        ...buildTemplatePlan({
          preset: "june2024",
          language: "zh-TW",
          includeGrid: true,
          includeChart: false,
        }),
        sheetName: "GPU 回本試算 2024", // the sheet says which figures it holds
      },
    ]);
  });

  it("names the sheet by its figures and form: GPU Payback, … 2024, … (native)", async () => {
    const { $, host } = setUp();
    $("#insert-template").click();
    await settle();
    choose($<HTMLSelectElement>("#preset-select"), "june2024");
    $<HTMLInputElement>('input[name="template-formulas"][value="native"]').click();
    $("#insert-template").click();
    await settle();
    expect(host.plans.map((plan) => plan.sheetName)).toEqual([
      "GPU Payback",
      "GPU Payback 2024 (native)",
    ]);
  });

  it("shows the chosen preset's inputs under the choice", () => {
    const { $ } = setUp();
    expect($("#preset-inputs").textContent).toBe(
      "GPU spend $50B, energy $1 per GPU $, end-customer margin 50%"
    );
    choose($<HTMLSelectElement>("#preset-select"), "june2024");
    expect($("#preset-inputs").textContent).toBe(
      "GPU spend $150B, energy $1 per GPU $, end-customer margin 50%"
    );
    choose($<HTMLSelectElement>("#preset-select"), "nonsense");
    expect($("#preset-inputs").textContent).toContain("$150B");
  });

  it("labels its heading, select and checkboxes", () => {
    const { $, root } = setUp();
    expect($("#insert-heading").textContent).toBe("Insert the template");
    expect(root.querySelector("section")?.getAttribute("aria-labelledby")).toBe("insert-heading");
    expect($("label[for=preset-select]").textContent).toBe("Figures");
    expect($("label[for=include-grid]").textContent).toBe("Sensitivity grid (GPU spend × margin)");
    expect($("label[for=include-chart]").textContent).toBe("Chart: required vs identified revenue");
    expect($("legend").textContent).toBe("Also add");
  });

  it("says a protected workbook stops the insertion, and that nothing changed", async () => {
    const { $, host, status } = setUp();
    host.insertResult = () =>
      Promise.reject(new PaneError("protected", "denied", { cleanup: "nothing-written" }));
    $("#insert-template").click();
    await settle();
    expect(status.textContent).toBe(
      "Could not insert the template. The workbook is protected, so no sheet can be added. " +
        "Unprotect it (Review › Protect Workbook) and try again. Nothing was changed."
    );
  });
});

describe("a choice (a select over fixed values)", () => {
  it("starts at the first value, follows the user's pick, and refreshes what depends on it", () => {
    const { root, context } = partContext();
    const { select, current } = choice(context, "kind", ["gpu", "native"] as const, (value) =>
      value === "gpu" ? (t) => t.appTitle : () => "Native"
    );
    const shown = context.say("p", {}, () => `chosen: ${current()}`);
    root.append(select, shown);
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ["gpu", "GPU Payback"],
      ["native", "Native"],
    ]);
    expect([select.id, select.className, current(), shown.textContent]).toEqual([
      "kind",
      "pane-select",
      "gpu",
      "chosen: gpu",
    ]);
    choose(select, "native");
    expect([current(), shown.textContent]).toEqual(["native", "chosen: native"]);
    context.setLanguage("zh-TW");
    expect(select.options[0].textContent).toBe("GPU 回本試算");
  });
});
