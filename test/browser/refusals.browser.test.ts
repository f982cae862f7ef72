/**
 * What the preview refuses, in Chromium over the built page: the change is refused with nothing
 * changed (grid, engine, undo), and the status bar says what and why.
 *   - pasting 999⇥=((((…1)))) (3,000 deep) at the template's GPU spend: still $50B / $200B on
 *     screen and in the engine; undo and redo after it undo and redo the real changes;
 *   - Insert row through a spilled =GPU.ARTICLE_TABLE(): the array spills again, as in Excel;
 *   - a 20,000-column paste: refused, past column XFD;
 *   - an HTML-only clipboard, and the context menu's Paste with the clipboard denied: a message,
 *     no uncaught rejection;
 *   - a 50,000-row paste: in chunks, "Pasting… N%" in the status bar, an edit meanwhile refused,
 *     one step of undo.
 */
import type { Page } from "playwright-core";
import { DIST_PREVIEW, browserSession, describeInBrowser, openWatched, problems } from "./support";

const cell = (page: Page, address: string) => page.locator(`.cell[data-address="${address}"]`);
const text = (page: Page, address: string) => cell(page, address).textContent();
const status = (page: Page) => page.locator("#status-message").textContent();

interface Preview {
  gpuPreview: { host: { value(a: string): unknown } };
}
const engineValue = (page: Page, address: string) =>
  page.evaluate((a) => (window as unknown as Preview).gpuPreview.host.value(a), address);

describeInBrowser("refused operations in Chromium", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  async function open(permissions = ["clipboard-read", "clipboard-write"]) {
    const watched = await openWatched(session.browser, `${session.origin}/`, {
      viewport: { width: 1366, height: 768 },
      locale: "en-US",
      permissions,
    });
    await watched.page.locator("body[data-ready=true]").waitFor();
    return watched;
  }

  async function goTo(page: Page, address: string): Promise<void> {
    await page.locator("#name-box").fill(address);
    await page.locator("#name-box").press("Enter");
  }

  async function paste(page: Page, clipboardText: string): Promise<void> {
    await page.evaluate((t) => navigator.clipboard.writeText(t), clipboardText);
    await page.keyboard.press("Control+V");
  }

  it("refuses 999⇥=((((…1)))) at GPU spend: grid and engine still $50B / $200B, undo as before", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await page.locator("#insert-template").click();
      await page.locator("[role=tab][aria-selected=true]", { hasText: "GPU" }).waitFor();
      await goTo(page, "B6");
      await page.keyboard.type("60");
      await page.keyboard.press("Enter");
      await expect(text(page, "B18")).resolves.toBe("$240.0B");
      await goTo(page, "B6");
      const deep = `=${"(".repeat(3000)}1${")".repeat(3000)}`;
      await paste(page, `999\t${deep}`);
      await expect(status(page)).resolves.toBe(
        "C6: There are too many levels of nesting in this formula: a formula can nest at most 64 levels."
      );
      await expect(text(page, "B6")).resolves.toBe("$60.0B");
      await expect(text(page, "B18")).resolves.toBe("$240.0B");
      await expect(engineValue(page, "B6")).resolves.toBe(60);
      await expect(engineValue(page, "B18")).resolves.toBe(240);
      // Undo undoes the real change before (60 back to 50), redo redoes it.
      await page.locator("#undo").click();
      await expect(text(page, "B6")).resolves.toBe("$50.0B");
      await expect(text(page, "B18")).resolves.toBe("$200.0B");
      await expect(engineValue(page, "B18")).resolves.toBe(200);
      await page.locator("#redo").click();
      await expect(text(page, "B18")).resolves.toBe("$240.0B");
      await expect(page.locator("#redo").isDisabled()).resolves.toBe(true);
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("inserts a row through a spilled =GPU.ARTICLE_TABLE(): it spills again, undo puts it back", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await goTo(page, "A1");
      await page.keyboard.type("=GPU.ARTICLE_TABLE()");
      await page.keyboard.press("Enter");
      await goTo(page, "F1");
      await page.keyboard.type("=SUM(B2:B5)");
      await page.keyboard.press("Enter");
      await expect(text(page, "F1")).resolves.toBe("31");
      await goTo(page, "A3");
      await page.locator("#insert-row").click();
      await expect(text(page, "A3")).resolves.toBe("Google"); // spilled again, no gap
      await expect(text(page, "F1")).resolves.toBe("41"); // SUM(B2:B6): one more company
      await goTo(page, "G1");
      await page.keyboard.type("=F1*2");
      await page.keyboard.press("Enter");
      await expect(text(page, "G1")).resolves.toBe("82"); // the engine still works
      await page.locator("#undo").click();
      await page.locator("#undo").click();
      await expect(text(page, "F1")).resolves.toBe("31");
      // Deleting rows through it is refused with a message (HyperFormula cannot undo that).
      await goTo(page, "A3");
      await page.locator("#delete-row").click();
      await expect(status(page)).resolves.toMatch(/^These rows cannot be deleted: a spilled array/);
      await expect(text(page, "A3")).resolves.toBe("Google");
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("refuses a 20,000-column paste; an HTML-only clipboard and a denied clipboard say so", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await goTo(page, "A1");
      await paste(page, Array.from({ length: 20_000 }, (_, i) => String(i)).join("\t"));
      await expect(status(page)).resolves.toMatch(/past the sheet's last column \(XFD/);
      await expect(engineValue(page, "A1")).resolves.toBeNull();
      await expect(page.locator("#undo").isDisabled()).resolves.toBe(true);
      // A clipboard with HTML only: a simple table still lands in cells, anything else is said.
      const pasteHtml = (html: string) =>
        page.evaluate((h) => {
          const data = new DataTransfer();
          data.setData("text/html", h);
          document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data }));
        }, html);
      await pasteHtml("<table><tr><td>Newco</td><td>7</td></tr></table>");
      await expect(text(page, "B1")).resolves.toBe("7");
      await goTo(page, "D1");
      await pasteHtml("<p>just <b>formatted</b> text</p>");
      await expect(status(page)).resolves.toMatch(
        /^Nothing was pasted: the clipboard holds no text/
      );
      await expect(engineValue(page, "D1")).resolves.toBeNull();
      // The context menu's Paste with clipboard reading denied.
      await page.evaluate(() => {
        navigator.clipboard.readText = () =>
          Promise.reject(new DOMException("Read permission denied.", "NotAllowedError"));
      });
      await cell(page, "D2").click({ button: "right" });
      await page.locator("#menu-paste").click();
      await expect(status(page)).resolves.toBe(
        "The browser did not allow reading the clipboard. Press Ctrl+V (⌘V on a Mac) to paste."
      );
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("pastes 50,000 rows in chunks: progress said, an edit meanwhile refused, one undo", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await goTo(page, "A1");
      const seen = await page.evaluate(async () => {
        const { host, view } = (
          window as unknown as {
            gpuPreview: {
              host: { busy: boolean };
              view: { write(cell: { col: number; row: number }, text: string): void };
            };
          }
        ).gpuPreview;
        const messages: string[] = [];
        const status = document.getElementById("status-message")!;
        // Each message replaces the status text node: the added nodes are every message said.
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of Array.from(record.addedNodes)) messages.push(node.textContent ?? "");
        }).observe(status, { childList: true });
        const lines = Array.from({ length: 50_000 }, (_, i) => `Company ${i + 1}\t${i + 1}`);
        const data = new DataTransfer();
        data.setData("text/plain", lines.join("\n"));
        document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data }));
        const busyAfterDispatch = host.busy;
        const buttons = ["undo", "insert-row", "new-workbook"].map(
          (id) => (document.getElementById(id) as HTMLButtonElement).disabled
        );
        view.write({ col: 5, row: 0 }, "typed meanwhile");
        while (host.busy) await new Promise((resolve) => setTimeout(resolve, 10));
        return { busyAfterDispatch, buttons, messages };
      });
      expect(seen.busyAfterDispatch).toBe(true);
      expect(seen.buttons).toEqual([true, true, true]); // nothing else changes the workbook meanwhile
      expect(seen.messages).toContain(
        "A paste is still being applied: wait until it is done, then try again."
      );
      // 100,000 cells in chunks of 20,000: 20%, 40%... 100% (the last said again as the grid repaints).
      const progress = seen.messages.filter((m) => m.startsWith("Pasting…"));
      expect(progress.filter((m, i) => m !== progress[i - 1])).toEqual([
        "Pasting… 20%",
        "Pasting… 40%",
        "Pasting… 60%",
        "Pasting… 80%",
        "Pasting… 100%",
      ]);
      await expect(engineValue(page, "A50000")).resolves.toBe("Company 50000");
      await expect(engineValue(page, "F1")).resolves.toBeNull();
      await expect(page.locator("#name-box").inputValue()).resolves.toBe("A1:B50000");
      await expect(page.locator("#insert-row").isDisabled()).resolves.toBe(false);
      await page.locator("#undo").click();
      await expect(engineValue(page, "A50000")).resolves.toBeNull();
      await expect(page.locator("#undo").isDisabled()).resolves.toBe(true);
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);
});
