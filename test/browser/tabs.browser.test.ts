/**
 * One workbook, one writer, in Chromium: two pages of one browser context (one profile). The
 * second page shows the workbook read-only and says so; clicks, keys and the task pane's Insert
 * change nothing there; it follows the first page's saves; "Use it here" takes the workbook over
 * with the first page's last edit (saved before letting go), and the first page then says where
 * the workbook went. A keyboard user there reaches "Use it here" with Tab (keys keep the
 * browser's meaning). A holder that does not answer has the workbook taken after a while. Without
 * the Web Locks API the page writes as the only tab.
 */
import type { BrowserContext, Page } from "playwright-core";
import { DIST_PREVIEW, browserSession, describeInBrowser, guardNetwork } from "./support";
import {
  cellText,
  ready,
  saveState,
  settled,
  storedCell,
  storedRecords,
  typeInto,
} from "./savingSupport";

describeInBrowser("two tabs on one workbook in Chromium", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  async function context(): Promise<BrowserContext> {
    const opened = await session.browser.newContext({ locale: "en-US" });
    await guardNetwork(opened);
    return opened;
  }

  async function tab(opened: BrowserContext): Promise<Page> {
    const page = await opened.newPage();
    await page.goto(`${session.origin}/`);
    await ready(page);
    return page;
  }

  /** A click at the middle of what `selector` shows, whatever lies over it. */
  async function clickAt(page: Page, selector: string): Promise<void> {
    const box = await page.locator(selector).boundingBox();
    if (!box) throw new Error(`${selector} is not shown`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  it("the second tab only looks, follows, and takes over with the first tab's edits", async () => {
    const opened = await context();
    try {
      const first = await tab(opened);
      await typeInto(first, "A1", "1");
      await settled(first);
      const second = await tab(opened);
      await expect(saveState(second)).resolves.toBe("readonly");
      await expect(second.locator("#read-only").textContent()).resolves.toMatch(
        /^This workbook is open in another tab: it is edited there\. Here you can look, not edit\./
      );
      await expect(second.locator("#save-status").textContent()).resolves.toBe("Read-only");
      await expect(cellText(second, "A1")).resolves.toBe("1");
      // Clicks, keys and Insert do nothing here.
      await clickAt(second, '.cell[data-address="B1"]');
      await second.keyboard.type("99");
      await second.keyboard.press("Enter");
      await second.keyboard.press("Control+z");
      await clickAt(second, "#insert-template");
      await expect(cellText(second, "B1")).resolves.toBe("");
      await expect(cellText(second, "A1")).resolves.toBe("1");
      await expect(second.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      // It follows the first tab's saves.
      await typeInto(first, "A2", "2");
      await second.locator('.cell[data-address="A2"]', { hasText: "2" }).waitFor();
      // Taken over with an edit not yet saved in the first tab.
      await typeInto(first, "A3", "3");
      await second.locator("#use-here").click();
      await second.locator("body:not([data-read-only])").waitFor();
      await expect(cellText(second, "A3")).resolves.toBe("3");
      await expect(saveState(first)).resolves.toBe("readonly");
      await expect(first.locator("#read-only").textContent()).resolves.toMatch(
        /^This workbook was opened in another tab: it is edited there now\./
      );
      await clickAt(first, '.cell[data-address="B2"]'); // the first tab only looks now
      await first.keyboard.type("77");
      await first.keyboard.press("Enter");
      await expect(cellText(first, "B2")).resolves.toBe("");
      await typeInto(second, "A4", "4");
      await settled(second);
      await expect(saveState(second)).resolves.toBe("saved");
      await first.locator('.cell[data-address="A4"]', { hasText: "4" }).waitFor();
      const stored = (await storedRecords(second)).current;
      expect([0, 1, 2, 3].map((row) => storedCell(stored, row, 0))).toEqual(["1", "2", "3", "4"]);
      await expect(cellText(first, "B1")).resolves.toBe("");
    } finally {
      await opened.close();
    }
  }, 90000);

  it("a keyboard user in the read-only tab reaches Use it here with Tab and takes over with Enter", async () => {
    const opened = await context();
    try {
      const first = await tab(opened);
      await typeInto(first, "A1", "8");
      await settled(first);
      const second = await tab(opened);
      await expect(saveState(second)).resolves.toBe("readonly");
      await second.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // Tab keeps its meaning here: focus moves on, past the inert workbook, to the bar's button.
      let focused = "";
      for (let presses = 0; presses < 12 && focused !== "use-here"; presses++) {
        await second.keyboard.press("Tab");
        focused = await second.evaluate(() => document.activeElement?.id ?? "");
      }
      expect(focused).toBe("use-here");
      await second.keyboard.press("Enter");
      await second.locator("body:not([data-read-only])").waitFor();
      await expect(cellText(second, "A1")).resolves.toBe("8");
      await first.locator("body[data-save=readonly][data-read-only]").waitFor();
    } finally {
      await opened.close();
    }
  }, 90000);

  it("a holder that does not answer has the workbook taken after a while", async () => {
    const opened = await context();
    try {
      const first = await opened.newPage();
      // This tab hears no other: it never answers "let go".
      await first.addInitScript(() => {
        window.BroadcastChannel = class {
          onmessage = null;
          postMessage(): void {}
          close(): void {}
          addEventListener(): void {}
          removeEventListener(): void {}
        } as unknown as typeof BroadcastChannel;
      });
      await first.goto(`${session.origin}/`);
      await ready(first);
      await typeInto(first, "A1", "5");
      await settled(first);
      const second = await tab(opened);
      await second.locator("#use-here").click();
      await second.locator("body:not([data-read-only])").waitFor({ timeout: 30000 });
      await expect(cellText(second, "A1")).resolves.toBe("5");
      await first.locator("body[data-save=readonly][data-read-only]").waitFor();
    } finally {
      await opened.close();
    }
  }, 90000);

  it("without the Web Locks API (an old browser) the page still saves, as the only writer", async () => {
    const opened = await context();
    try {
      const page = await opened.newPage();
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined })
      );
      await page.goto(`${session.origin}/`);
      await ready(page);
      await expect(page.evaluate(() => navigator.locks)).resolves.toBeUndefined();
      await typeInto(page, "A1", "8");
      await settled(page);
      await expect(saveState(page)).resolves.toBe("saved");
      expect(storedCell((await storedRecords(page)).current, 0, 0)).toBe("8");
      await expect(page.locator("#read-only").isHidden()).resolves.toBe(true);
    } finally {
      await opened.close();
    }
  }, 60000);
});
