/** @jest-environment jsdom */
import { PaneError, type Cleanup } from "../../../src/taskpane/host";
import { PANE_TEXT } from "../../../src/taskpane/paneText";
import { failureMessage, statusPart, type Failure } from "../../../src/taskpane/parts/status";
import { partContext } from "../paneSupport";

const en = PANE_TEXT.en;
const zh = PANE_TEXT["zh-TW"];
const formula: Failure = {
  failed: (t) => t.errors.formulaFailed,
  whenProtected: (t) => t.errors.protectedCell,
};
const insert: Failure = {
  failed: (t) => t.errors.insertFailed,
  whenProtected: (t) => t.errors.protectedWorkbook,
  reportsCleanup: true,
};
const plain: Failure = { failed: () => "Could not." };

describe("failureMessage", () => {
  it("says that Excel is editing a cell, whatever Excel's own message", () => {
    const busy = new PaneError("busy", "InvalidOperationInCellEditMode");
    expect(failureMessage(en, plain, busy)).toBe(
      "Could not. Excel is editing a cell. Press Enter or Esc, then try again."
    );
    expect(failureMessage(zh, formula, busy)).toBe(
      "無法寫入公式。Excel 正在編輯儲存格。請按 Enter 或 Esc 後再試一次。"
    );
  });

  it("says what protection means for the action, or Excel's message where it has no words", () => {
    const locked = new PaneError("protected", "Access denied.");
    expect(failureMessage(en, formula, locked)).toBe(
      "Could not write the formula. The selected cell is locked because the sheet is protected. " +
        "Pick another sheet or unprotect this one."
    );
    expect(failureMessage(en, insert, locked)).toBe(
      "Could not insert the template. The workbook is protected, so no sheet can be added. " +
        "Unprotect it (Review › Protect Workbook) and try again."
    );
    expect(failureMessage(en, plain, locked)).toBe("Could not. Access denied.");
  });

  it("names a missing requirement set, and falls back to the message without one", () => {
    const withSet = new PaneError("unsupported", "x", { requirementSet: "ExcelApi 1.7" });
    expect(failureMessage(en, plain, withSet)).toBe(
      "Could not. This version of Excel lacks ExcelApi 1.7, which this needs. Update Excel, or use Excel on the web."
    );
    expect(failureMessage(en, plain, new PaneError("unsupported", "No API."))).toBe(
      "Could not. No API."
    );
  });

  it("names an occupied cell, and passes any other error's message through", () => {
    const occupied = new PaneError("occupied", "x", { address: "Sheet1!B2" });
    expect(failureMessage(en, formula, occupied)).toMatch(
      /^Could not write the formula\. Sheet1!B2 is not empty, and GPU Payback never overwrites/
    );
    expect(failureMessage(en, plain, new PaneError("failed", "Chart failed."))).toBe(
      "Could not. Chart failed."
    );
    expect(failureMessage(en, plain, new Error("Boom."))).toBe("Could not. Boom.");
    expect(failureMessage(en, plain, "text thrown")).toBe("Could not. text thrown");
  });

  it("says what a failed insertion left behind, only for actions that report it", () => {
    const left = (cleanup: Cleanup) =>
      new PaneError("failed", "Oops.", { cleanup, sheet: "GPU Payback (2)" });
    expect(failureMessage(en, insert, left("removed"))).toBe(
      "Could not insert the template. Oops. Nothing was left behind: the partly written sheet was removed."
    );
    expect(failureMessage(en, insert, left("failed"))).toBe(
      "Could not insert the template. Oops. The partly written sheet 'GPU Payback (2)' could not be removed: please delete it."
    );
    expect(failureMessage(en, insert, left("nothing-written"))).toBe(
      "Could not insert the template. Oops. Nothing was changed."
    );
    expect(failureMessage(en, insert, left("unknown"))).toBe(
      "Could not insert the template. Oops. Excel did not say how far it got: if the sheet 'GPU Payback (2)' is there, it may be partly written. Check it before you use it."
    );
    expect(failureMessage(zh, insert, left("unknown"))).toBe(
      "無法插入範本。Oops.Excel 未回報進度：若有工作表「GPU Payback (2)」，它可能只寫了一半，使用前請先檢查。"
    );
    expect(failureMessage(en, formula, left("removed"))).toBe("Could not write the formula. Oops.");
  });
});

describe("the status line", () => {
  function setUp() {
    const { root, context } = partContext();
    const status = statusPart(context);
    root.append(status.node);
    return { root, context, ...status };
  }
  let release: () => void = () => undefined;
  const pending = () => new Promise<void>((resolve) => (release = resolve));

  it("is a polite, atomic live region that starts empty", () => {
    const { node } = setUp();
    expect(node.id).toBe("pane-status");
    expect(node.getAttribute("role")).toBe("status");
    expect(node.getAttribute("aria-live")).toBe("polite");
    expect(node.getAttribute("aria-atomic")).toBe("true");
    expect([node.textContent, node.dataset.kind]).toEqual(["", ""]);
  });

  it("shows working, then what the action did", async () => {
    const { node, run, root } = setUp();
    const done = run(
      plain,
      (t) => t.recalculated,
      async () => {
        await pending();
        return (t) => t.inserted("S");
      }
    );
    expect([node.dataset.kind, node.textContent]).toEqual(["busy", "Recalculated the workbook."]);
    expect(root.getAttribute("aria-busy")).toBe("true");
    release();
    await done;
    expect([node.dataset.kind, node.textContent]).toEqual(["success", "Inserted sheet 'S'"]);
    expect(root.getAttribute("aria-busy")).toBe("false");
  });

  it("runs one action at a time: a second one meanwhile does nothing", async () => {
    const { run } = setUp();
    let second = 0;
    const first = run(
      plain,
      () => "…",
      async () => {
        await pending();
        return () => "first";
      }
    );
    await run(
      plain,
      () => "…",
      async () => {
        second++;
        return () => "second";
      }
    );
    expect(second).toBe(0);
    release();
    await first;
    await run(
      plain,
      () => "…",
      async () => {
        second++;
        return () => "second";
      }
    );
    expect(second).toBe(1);
  });

  it("replaces an error with the next action's success: no stale error stays", async () => {
    const { node, run } = setUp();
    await run(
      formula,
      () => "…",
      () => Promise.reject(new PaneError("busy", "edit mode"))
    );
    expect(node.dataset.kind).toBe("error");
    expect(node.textContent).toContain("Excel is editing a cell");
    await run(
      plain,
      () => "…",
      async () => () => "Done."
    );
    expect([node.dataset.kind, node.textContent]).toEqual(["success", "Done."]);
  });

  it("says the shown message again in the other language", async () => {
    const { node, run, context } = setUp();
    await run(
      formula,
      () => "…",
      () => Promise.reject(new PaneError("protected", "denied"))
    );
    context.setLanguage("zh-TW");
    expect(node.textContent).toBe(
      "無法寫入公式。所選儲存格已鎖定，因為工作表受到保護。請改選其他工作表，或取消保護此工作表。"
    );
    expect(node.dataset.kind).toBe("error");
  });
});
