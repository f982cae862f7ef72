/**
 * @jest-environment jsdom
 *
 * The status line follows the active sheet: a message about one sheet goes once another sheet is
 * active; a message about that same sheet, about the workbook, or an error, stays.
 */
import { aboutSheet, statusPart } from "../../../src/taskpane/parts/status";
import { partContext } from "../paneSupport";

function mounted() {
  const { root, context } = partContext();
  let tell: (sheet: string) => void = () => undefined;
  const status = statusPart(context, (listener) => {
    tell = listener;
  });
  root.append(status.node);
  return { status, node: status.node, switchTo: (sheet: string) => tell(sheet) };
}

const plain = { failed: () => "Could not." };

describe("the status after a sheet switch", () => {
  it("clears what it said about the sheet the user left", async () => {
    const { status, node, switchTo } = mounted();
    await status.run(
      plain,
      () => "…",
      async () => aboutSheet("GPU Payback (2)", () => "No GPU formulas on 'GPU Payback (2)'.")
    );
    expect(node.textContent).toBe("No GPU formulas on 'GPU Payback (2)'.");
    switchTo("GPU Payback (2)"); // the same sheet (Excel tells an activation after the action)
    expect(node.textContent).toBe("No GPU formulas on 'GPU Payback (2)'.");
    switchTo("Sheet1");
    expect(node.textContent).toBe("");
    expect(node.dataset.kind).toBe("");
  });

  it("keeps what it said about the workbook, and errors", async () => {
    const { status, node, switchTo } = mounted();
    await status.run(
      plain,
      () => "…",
      async () => () => "Recalculated."
    );
    switchTo("Sheet1");
    expect(node.textContent).toBe("Recalculated.");
    await status.run(
      plain,
      () => "…",
      async () => {
        throw new Error("boom");
      }
    );
    switchTo("Sheet2");
    expect(node.dataset.kind).toBe("error");
    expect(node.textContent).toBe("Could not. boom");
  });

  it("leaves the working message alone while the action runs", async () => {
    const { status, node, switchTo } = mounted();
    let finish: () => void = () => undefined;
    const running = status.run(
      plain,
      () => "Working…",
      () =>
        new Promise((resolve) => {
          finish = () => resolve(aboutSheet("New", () => "Inserted sheet 'New'."));
        })
    );
    switchTo("New");
    expect(node.textContent).toBe("Working…");
    finish();
    await running;
    expect(node.textContent).toBe("Inserted sheet 'New'.");
  });
});
