/** @jest-environment jsdom */
import { PaneError, type PaneHost } from "../../../src/taskpane/host";
import { statusPart } from "../../../src/taskpane/parts/status";
import {
  WORKBOOK_ACTIONS,
  workbookActionsPart,
  type WorkbookAction,
} from "../../../src/taskpane/parts/workbookActions";
import { partContext, RecordingHost, settle } from "../paneSupport";

function setUp(actions?: readonly WorkbookAction[]) {
  const parts = partContext();
  const host = new RecordingHost();
  const status = statusPart(parts.context);
  parts.root.append(workbookActionsPart(parts.context, host, status.run, actions), status.node);
  return { ...parts, host, status: status.node };
}

describe("the workbook actions part", () => {
  it("shows each action as a labelled group with its heading, when it helps, and a button", () => {
    const { root, $ } = setUp();
    expect($("#workbook-heading").textContent).toBe("Workbook");
    const groups = [...root.querySelectorAll<HTMLElement>(".pane-action")];
    expect(groups.map((group) => group.id)).toEqual(WORKBOOK_ACTIONS.map((a) => `${a.id}-action`));
    const recalc = $("#recalculate-action");
    expect(recalc.getAttribute("role")).toBe("group");
    expect(recalc.getAttribute("aria-labelledby")).toBe("recalculate-heading");
    expect($("#recalculate-heading").textContent).toBe("Recalculate");
    expect(recalc.querySelector(".pane-hint")?.textContent).toBe(
      "For workbooks in manual calculation mode: recalculates every formula now."
    );
    expect($("#recalculate").textContent).toBe("Recalculate workbook");
  });

  it("recalculates through the host", async () => {
    const { $, host, status } = setUp();
    $("#recalculate").click();
    expect(status.textContent).toBe("Recalculating…");
    await settle();
    expect(host.recalculations).toBe(1);
    expect(status.textContent).toBe("Recalculated the workbook.");
  });

  it("says Excel is busy editing a cell when it cannot recalculate now", async () => {
    const { $, host, status, context } = setUp();
    host.recalcResult = () =>
      Promise.reject(new PaneError("busy", "InvalidOperationInCellEditMode"));
    $("#recalculate").click();
    await settle();
    expect(status.textContent).toBe(
      "Could not recalculate. Excel is editing a cell. Press Enter or Esc, then try again."
    );
    context.setLanguage("zh-TW");
    expect(status.textContent).toBe(
      "無法重新計算。Excel 正在編輯儲存格。請按 Enter 或 Esc 後再試一次。"
    );
  });

  it("re-enters the GPU formulas through the host and says how many, on which sheet", async () => {
    const { $, host, status, context } = setUp();
    expect($("#reenter-gpu-formulas-heading").textContent).toBe(
      "GPU formulas show #NAME? or #BUSY!"
    );
    expect($("#reenter-gpu-formulas").textContent).toBe("Re-enter GPU formulas");
    $("#reenter-gpu-formulas").click();
    expect(status.textContent).toBe("Re-entering the GPU formulas…");
    await settle();
    expect(host.reentries).toBe(1);
    expect(status.textContent).toBe("Re-entered 3 GPU formulas on 'Sheet1'.");
    context.setLanguage("zh-TW");
    expect(status.textContent).toBe("已重新輸入工作表「Sheet1」上的 3 個 GPU 公式。");
    context.setLanguage("en");
    for (const [formulas, said] of [
      [1, "Re-entered 1 GPU formula on 'Model'."],
      [0, "No GPU formulas on 'Model': nothing changed."],
    ] as const) {
      host.reenterResult = async () => ({ sheet: "Model", formulas });
      $("#reenter-gpu-formulas").click();
      await settle();
      expect(status.textContent).toBe(said);
    }
  });

  it("says a protected sheet stops the re-entry", async () => {
    const { $, host, status } = setUp();
    host.reenterResult = () => Promise.reject(new PaneError("protected", "AccessDenied"));
    $("#reenter-gpu-formulas").click();
    await settle();
    expect(status.textContent).toBe(
      "Could not re-enter the GPU formulas. The sheet is protected, so its formulas cannot be entered again. " +
        "Unprotect it (Review › Unprotect Sheet) and try again."
    );
  });

  it("takes a new action as one more entry: its words, its protection message, its host call", async () => {
    let asked: PaneHost | undefined;
    const extra: WorkbookAction = {
      id: "recalculate",
      whenProtected: (t) => t.errors.protectedCell,
      perform: async (host) => {
        asked = host;
        throw new PaneError("protected", "AccessDenied");
      },
    };
    const { root, host, status } = setUp([...WORKBOOK_ACTIONS, { ...extra }]);
    const buttons = [...root.querySelectorAll("button")];
    expect(buttons.length).toBe(WORKBOOK_ACTIONS.length + 1);
    buttons[buttons.length - 1].click();
    await settle();
    expect(asked).toBe(host);
    expect(status.textContent).toBe(
      "Could not recalculate. The selected cell is locked because the sheet is protected. " +
        "Pick another sheet or unprotect this one."
    );
  });
});
