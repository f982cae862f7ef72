/** @jest-environment jsdom */
import { buildTemplatePlan, type TemplatePlan } from "../../src/template";
import { ExcelHost } from "../../src/taskpane/excelHost";
import { FUNCTION_REFERENCE } from "../../src/taskpane/functionReference";
import { PaneError, type PaneHost } from "../../src/taskpane/host";
import { mountPane } from "../../src/taskpane/pane";
import { WORKBOOK_ACTIONS } from "../../src/taskpane/parts/workbookActions";
import { excelError, FakeWorkbook } from "./fakeExcel";
import { choose, RecordingHost, settle } from "./paneSupport";

function mount(host: PaneHost = new RecordingHost(), language?: "en" | "zh-TW") {
  document.body.replaceChildren();
  const root = document.createElement("div");
  document.body.append(root);
  mountPane(root, host, language ? { language } : {});
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => {
    const node = root.querySelector<T>(selector);
    if (!node) throw new Error(`${selector} is missing`);
    return node;
  };
  return { root, $, status: () => $("#pane-status") };
}

describe("the task pane's controls", () => {
  it("renders the insert controls, the status line, the reference and recalculate", () => {
    const { root, $ } = mount();
    expect(root.classList.contains("gpu-pane")).toBe(true);
    expect($("h1").textContent).toBe("GPU Payback");
    expect($("#insert-template").textContent).toBe("Insert sheet");
    const presets = [...$<HTMLSelectElement>("#preset-select").options];
    expect(presets.map((o) => [o.value, o.textContent])).toEqual([
      ["sept2023", "Sept 2023: AI's $200B Question"],
      ["june2024", "June 2024: AI's $600B Question"],
      ["may2026", "May 2026: today's figures, $1.2T"],
    ]);
    expect($<HTMLInputElement>("#include-grid").checked).toBe(true);
    expect($<HTMLInputElement>("#include-chart").checked).toBe(true);
    expect($("#pane-status").getAttribute("role")).toBe("status");
    expect($("#pane-status").textContent).toBe("");
    expect($("#recalculate").textContent).toBe("Recalculate workbook");
    expect($("#workbook-heading").textContent).toBe("Workbook");
    expect($("#recalculate-heading").textContent).toBe("Recalculate");
    const items = [...root.querySelectorAll<HTMLElement>(".pane-function")];
    expect(items.map((item) => item.dataset.function)).toEqual([
      "DATACENTER_COST",
      "REQUIRED_REVENUE",
      "GAP",
      "COVERAGE",
      "BREAKEVEN_SPEND",
      "ARTICLE_TABLE",
      "ANNUAL_CHARGE",
      "ANNUAL_REQUIRED_REVENUE",
      "PAYBACK_YEARS",
      "BREAKEVEN_GPU_HOUR",
      "CHARGES_IN_SERVICE",
    ]);
    const required = items[1];
    expect(required.querySelector("h3")?.textContent).toBe(
      "GPU.REQUIRED_REVENUE(spend, [energy], [margin], [cloudMargin])"
    );
    expect(required.querySelector(".pane-function-description")?.textContent).toBe(
      "Revenue in $B that pays back a year of GPU spend: spend × (1 + energy) ÷ (1 − margin), and ÷ (1 − cloudMargin) for a cloud vendor's margin (default 0). The article: 200."
    );
    expect(required.querySelector(".pane-formula")?.textContent).toBe(
      "=GPU.REQUIRED_REVENUE(50,1,50%)"
    );
    expect(required.querySelector(".pane-example-result")?.textContent).toBe("→ 200");
  });

  it("labels every control and uses only native, keyboard-usable controls", () => {
    const { root } = mount();
    const fields = [...root.querySelectorAll("input, select")];
    expect(fields.length).toBe(6); // language, preset, grid, chart, GPU or native formulas
    for (const field of fields) {
      const label = root.querySelector(`label[for="${field.id}"]`);
      expect([field.id, (label?.textContent?.trim().length ?? 0) > 0]).toEqual([field.id, true]);
    }
    const buttons = [...root.querySelectorAll("button")];
    // insert, the examples, the workbook actions; portable copy, in place, its confirm and cancel
    expect(buttons.length).toBe(1 + FUNCTION_REFERENCE.length + WORKBOOK_ACTIONS.length + 4);
    for (const button of buttons) {
      expect(button.type).toBe("button");
      const name = button.getAttribute("aria-label") ?? button.textContent ?? "";
      expect(name.trim()).not.toBe("");
    }
    expect(root.querySelectorAll("[tabindex]").length).toBe(0);
    expect(root.getAttribute("aria-busy")).toBe("false");
    for (const button of buttons) expect(button.getAttribute("aria-disabled")).toBe("false");
    expect(
      root.querySelector<HTMLButtonElement>("#insert-required-revenue")?.getAttribute("aria-label")
    ).toBe("Insert =GPU.REQUIRED_REVENUE(50,1,50%) in the selected cell");
    for (const section of root.querySelectorAll("section")) {
      const heading = document.getElementById(section.getAttribute("aria-labelledby") ?? "");
      expect(heading?.tagName).toBe("H2");
    }
  });

  it("has no inline event handlers or styles", () => {
    const { root } = mount();
    for (const node of [root, ...root.querySelectorAll("*")]) {
      const inline = [...node.attributes]
        .map((attribute) => attribute.name)
        .filter((name) => name.startsWith("on") || name === "style");
      expect(inline).toEqual([]);
    }
  });
});

describe("inserting the template from the pane", () => {
  it("inserts the Sept 2023 plan with grid and chart and says which sheet it made", async () => {
    const host = new RecordingHost();
    const { $, status } = mount(host);
    $("#insert-template").click();
    expect(status().textContent).toBe("Inserting the sheet…");
    await settle();
    expect(host.plans).toEqual([
      buildTemplatePlan({
        preset: "sept2023",
        language: "en",
        includeGrid: true,
        includeChart: true,
      }),
    ]);
    expect(status().textContent).toBe("Inserted sheet 'GPU Payback'");
    expect(status().dataset.kind).toBe("success");
  });

  it("passes the chosen preset and options, and shows the preset's source", async () => {
    const host = new RecordingHost();
    const { $ } = mount(host);
    expect($("#preset-inputs").textContent).toBe(
      "GPU spend $50B, energy $1 per GPU $, end-customer margin 50%"
    );
    expect($("#preset-select").getAttribute("aria-describedby")).toBe("preset-inputs");
    choose($<HTMLSelectElement>("#preset-select"), "june2024");
    expect($("#preset-inputs").textContent).toBe(
      "GPU spend $150B, energy $1 per GPU $, end-customer margin 50%"
    );
    $<HTMLInputElement>("#include-grid").click();
    expect($<HTMLAnchorElement>("#pane-source").href).toBe(
      "https://www.sequoiacap.com/article/ais-600b-question/"
    );
    $("#insert-template").click();
    await settle();
    const [plan] = host.plans;
    expect(plan.preset).toBe("june2024");
    expect(plan.cells.find((c) => c.address === "B6")?.value).toBe(150);
    expect(plan.grids).toEqual([]);
    expect(plan.charts).toHaveLength(2);
  });

  it("shows a clear message when the host fails, and what was left behind", async () => {
    const host = new RecordingHost();
    const { $, status } = mount(host);
    host.insertResult = () =>
      Promise.reject(
        new PaneError("protected", "Access denied.", {
          cleanup: "nothing-written",
          sheet: "GPU Payback",
        })
      );
    $("#insert-template").click();
    await settle();
    expect(status().dataset.kind).toBe("error");
    expect(status().textContent).toBe(
      "Could not insert the template. The workbook is protected, so no sheet can be added. " +
        "Unprotect it (Review › Protect Workbook) and try again. Nothing was changed."
    );
    host.insertResult = () =>
      Promise.reject(
        new PaneError("failed", "Chart failed.", { cleanup: "failed", sheet: "GPU Payback (2)" })
      );
    $("#insert-template").click();
    await settle();
    expect(status().textContent).toBe(
      "Could not insert the template. Chart failed. The partly written sheet 'GPU Payback (2)' could not be removed: please delete it."
    );
    host.insertResult = () => Promise.reject(new Error("The preview's workbook is read-only."));
    $("#insert-template").click();
    await settle();
    expect(status().textContent).toBe(
      "Could not insert the template. The preview's workbook is read-only."
    );
  });

  it("drops an error as soon as any later action succeeds", async () => {
    const host = new RecordingHost();
    const { $, status } = mount(host);
    host.insertResult = () => Promise.reject(new PaneError("busy", "edit mode"));
    $("#insert-template").click();
    await settle();
    expect(status().dataset.kind).toBe("error");
    $("#insert-gap").click();
    await settle();
    expect(status().dataset.kind).toBe("success");
    expect(status().textContent).toBe("Wrote =GPU.GAP(GPU.ARTICLE_TABLE(),200) in Sheet1!C3");
    host.recalcResult = () => Promise.reject(new PaneError("busy", "edit mode"));
    $("#recalculate").click();
    await settle();
    expect(status().textContent).toMatch(/^Could not recalculate\. Excel is editing a cell/);
    $("#reenter-gpu-formulas").click();
    await settle();
    expect([status().dataset.kind, status().textContent]).toEqual([
      "success",
      "Re-entered 3 GPU formulas on 'Sheet1'.",
    ]);
  });

  it("runs one insertion at a time and marks the pane busy meanwhile", async () => {
    const host = new RecordingHost();
    let finish: (sheet: string) => void = () => undefined;
    host.insertResult = () => new Promise((resolve) => (finish = resolve));
    const { root, $ } = mount(host);
    $("#insert-template").click();
    $("#insert-template").click();
    $("#recalculate").click();
    expect(host.plans.length).toBe(1);
    expect(host.recalculations).toBe(0);
    expect(root.getAttribute("aria-busy")).toBe("true");
    expect($("#insert-template").getAttribute("aria-disabled")).toBe("true");
    finish("GPU Payback");
    await settle();
    expect(root.getAttribute("aria-busy")).toBe("false");
    expect($("#insert-template").getAttribute("aria-disabled")).toBe("false");
    $("#insert-template").click();
    await settle();
    expect(host.plans.length).toBe(2);
  });

  it("shows names from the workbook as text, never as markup", async () => {
    const host = new RecordingHost();
    host.insertResult = async () => "<img src=x onerror=alert(1)>";
    const { root, $, status } = mount(host);
    $("#insert-template").click();
    await settle();
    expect(status().textContent).toBe("Inserted sheet '<img src=x onerror=alert(1)>'");
    expect(root.querySelector("img")).toBeNull();
  });
});

describe("the language switch", () => {
  it("starts in the language given and switches the pane's words and the sheet's labels", async () => {
    const host = new RecordingHost();
    const { root, $, status } = mount(host, "zh-TW");
    expect(root.lang).toBe("zh-Hant-TW");
    expect($<HTMLSelectElement>("#pane-language").value).toBe("zh-TW");
    expect($("h1").textContent).toBe("GPU 回本試算");
    expect($("#insert-template").textContent).toBe("插入工作表");
    expect($("#insert-heading").textContent).toBe("插入範本");
    expect($("label[for=include-grid]").textContent).toBe("敏感度分析表（GPU 支出 × 利潤率）");
    expect($("[data-function=GAP] .pane-function-description").textContent).toBe(
      "營收缺口（十億美元）：所需營收減去範圍內的營收（像 SUM 一樣加總，略過文字、空白與布林值）。文章：200 − 75 = 125。"
    );
    $("#insert-template").click();
    await settle();
    expect(host.plans[0].language).toBe("zh-TW");
    expect(host.plans[0].sheetName).toBe("GPU 回本試算");
    expect(status().textContent).toBe("已插入工作表「GPU 回本試算」");

    choose($<HTMLSelectElement>("#pane-language"), "en");
    expect(root.lang).toBe("en");
    expect($("h1").textContent).toBe("GPU Payback");
    expect($("label[for=include-grid]").textContent).toBe("Sensitivity grid (GPU spend × margin)");
    expect(status().textContent).toBe("Inserted sheet 'GPU 回本試算'");
    $("#insert-template").click();
    await settle();
    const [zh, en] = host.plans;
    expect(en.language).toBe("en");
    expect(en.cells.find((c) => c.address === "A6")?.value).toBe("GPU spend ($B)");
    expect(zh.cells.find((c) => c.address === "A6")?.value).toBe("GPU 支出（十億美元）");
    // The same GPU formulas (the title's and the check's texts are in the sheet's language).
    const formulas = (plan: TemplatePlan) =>
      plan.cells.filter((c) => c.formula?.startsWith("=GPU.")).map((c) => [c.address, c.formula]);
    expect(formulas(zh)).toEqual(formulas(en));
  });

  it("keeps the focus on the switch when the language changes", () => {
    const { $ } = mount();
    const select = $<HTMLSelectElement>("#pane-language");
    select.focus();
    choose(select, "zh-TW");
    expect(document.activeElement).toBe(select);
    expect([...select.options].map((o) => o.textContent)).toEqual(["English", "繁體中文"]);
  });

  it("says errors in the chosen language", async () => {
    const host = new RecordingHost();
    host.formulaResult = () =>
      Promise.reject(new PaneError("occupied", "C3 is not empty.", { address: "Sheet1!C3" }));
    const { $, status } = mount(host, "zh-TW");
    $("#insert-gap").click();
    await settle();
    expect(status().textContent).toBe(
      "無法寫入公式。Sheet1!C3 不是空白儲存格，GPU 回本試算絕不覆寫你的資料。請選取空白儲存格後再試一次。"
    );
  });
});

describe("the function reference and recalculate", () => {
  it("writes each example into the selected cell through the host", async () => {
    const host = new RecordingHost();
    const { root, status } = mount(host);
    for (const button of root.querySelectorAll<HTMLButtonElement>(".pane-function button")) {
      button.click();
      await settle();
    }
    expect(host.formulas).toEqual(FUNCTION_REFERENCE.map((entry) => entry.example));
    expect(status().textContent).toBe("Wrote =GPU.CHARGES_IN_SERVICE({50,150,150},2) in Sheet1!C3");
  });

  it("explains an occupied cell", async () => {
    const host = new RecordingHost();
    host.formulaResult = () =>
      Promise.reject(new PaneError("occupied", "B2 is not empty.", { address: "Sheet1!B2" }));
    const { $, status } = mount(host);
    $("#insert-required-revenue").click();
    await settle();
    expect(status().textContent).toBe(
      "Could not write the formula. Sheet1!B2 is not empty, and GPU Payback never overwrites your cells. Select an empty cell and try again."
    );
  });

  it("recalculates through the host", async () => {
    const host = new RecordingHost();
    const { $, status } = mount(host);
    $("#recalculate").click();
    await settle();
    expect(host.recalculations).toBe(1);
    expect(status().textContent).toBe("Recalculated the workbook.");
  });
});

describe("the pane over the Excel host", () => {
  it("inserts GPU Payback (2) next to an existing GPU Payback sheet", async () => {
    const workbook = new FakeWorkbook({ sheets: ["Sheet1", "GPU Payback"] });
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#insert-template").click();
    await settle();
    expect(status().textContent).toBe("Inserted sheet 'GPU Payback (2)'");
    expect(workbook.sheet("GPU Payback (2)")?.cells.get("B18")?.formula).toBe(
      "=GPU.REQUIRED_REVENUE(B6,B7,B8,B9)"
    );
    expect(workbook.syncs).toBe(2);
  });

  it("removes the partial sheet when a write fails and tells the user", async () => {
    const workbook = new FakeWorkbook({
      failOn: (command) =>
        command.startsWith("charts.add")
          ? excelError("ApiNotFound", "The API you are trying to use could not be found.")
          : undefined,
    });
    const before = workbook.snapshot();
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#insert-template").click();
    await settle();
    expect(status().dataset.kind).toBe("error");
    expect(status().textContent).toBe(
      "Could not insert the template. The API you are trying to use could not be found. " +
        "Nothing was left behind: the partly written sheet was removed."
    );
    expect(workbook.snapshot()).toEqual(before);
  });

  it("names the requirement set when Excel is too old", async () => {
    const workbook = new FakeWorkbook({ excelApi: "1.3" });
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#insert-template").click();
    await settle();
    expect(status().textContent).toBe(
      "Could not insert the template. This version of Excel lacks ExcelApi 1.4, which this needs. " +
        "Update Excel, or use Excel on the web."
    );
  });

  it("writes a reference example into Excel's active cell", async () => {
    const workbook = new FakeWorkbook({ activeCell: { sheet: "Sheet1", address: "E5" } });
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#insert-breakeven-spend").click();
    await settle();
    expect(workbook.sheet("Sheet1")?.cells.get("E5")?.formula).toBe(
      "=GPU.BREAKEVEN_SPEND(75,1,50%)"
    );
    expect(status().textContent).toBe("Wrote =GPU.BREAKEVEN_SPEND(75,1,50%) in Sheet1!E5");
  });

  it("says the selected cell is locked when Excel denies the write", async () => {
    const workbook = new FakeWorkbook({
      failOn: (command) =>
        command.startsWith("activeCell.formulas") ? excelError("AccessDenied") : undefined,
    });
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#insert-gap").click();
    await settle();
    expect(status().textContent).toBe(
      "Could not write the formula. The selected cell is locked because the sheet is protected. " +
        "Pick another sheet or unprotect this one."
    );
  });

  it("says Excel is editing a cell when it refuses to recalculate, then clears it on success", async () => {
    let editing = true;
    const workbook = new FakeWorkbook({
      failOn: (command) =>
        editing && command.startsWith("application.calculate")
          ? excelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.")
          : undefined,
    });
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#recalculate").click();
    await settle();
    expect(status().dataset.kind).toBe("error");
    expect(status().textContent).toBe(
      "Could not recalculate. Excel is editing a cell. Press Enter or Esc, then try again."
    );
    editing = false;
    $("#recalculate").click();
    await settle();
    expect(status().dataset.kind).toBe("success");
    expect(status().textContent).toBe("Recalculated the workbook.");
    expect(workbook.calculations).toEqual(["Full"]);
  });

  it("re-enters the GPU formulas on Excel's active sheet and says how many", async () => {
    const workbook = new FakeWorkbook({ sheets: ["Sheet1"] });
    workbook
      .sheet("Sheet1")!
      .cells.set("C5", { formula: "=GPU.DATACENTER_COST(50,1)", format: {} });
    const { $, status } = mount(new ExcelHost(workbook.environment()));
    $("#reenter-gpu-formulas").click();
    await settle();
    expect(status().textContent).toBe("Re-entered 1 GPU formula on 'Sheet1'.");
    expect(workbook.commands).toEqual(["range.formulas C5 on Sheet1"]);
  });
});
