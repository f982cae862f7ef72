/**
 * Saving a person can trust, in Chromium, waiting on the page's own signals (body[data-save], the
 * autosave's promise), never on a clock:
 *   - an edit followed at once by a reload, a navigation away and back, or closing the tab, is
 *     there after it;
 *   - IndexedDB writes that fail: "Not saved" in words, the stored copy untouched, and the edits
 *     still come back on the next load (the localStorage copy written as the page went away);
 *   - IndexedDB reads that fail: the message, "Not saved", and nothing deleted or overwritten;
 *   - unreadable stored data is kept aside under a key of its own, a second time too.
 * Killing the browser is in crash.browser.test.ts; two tabs in tabs.browser.test.ts.
 */
import { DIST_PREVIEW, browserSession, describeInBrowser, openWatched, problems } from "./support";
import {
  PENDING_KEY,
  cellText,
  failIndexedDb,
  ready,
  saveState,
  settled,
  storedCell,
  storedRecords,
  typeInto,
} from "./savingSupport";

describeInBrowser("saving the preview's workbook in Chromium", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  async function open(locale = "en-US") {
    const watched = await openWatched(session.browser, `${session.origin}/`, { locale });
    await watched.page.addInitScript(failIndexedDb);
    await ready(watched.page);
    return watched;
  }

  it("an edit followed at once by a reload is there after it", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await expect(saveState(page)).resolves.toBe("saved");
      await typeInto(page, "A1", "1234");
      await expect(saveState(page)).resolves.toBe("saving");
      await page.reload(); // the save had a quarter of a second to go
      await ready(page);
      await expect(cellText(page, "A1")).resolves.toBe("1234");
      await settled(page);
      await expect(saveState(page)).resolves.toBe("saved");
      await expect(page.locator("#save-status").textContent()).resolves.toBe(
        "Saved in this browser"
      );
      expect(storedCell((await storedRecords(page)).current, 0, 0)).toBe("1234"); // as typed
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("an edit followed at once by closing the tab is there in the next tab", async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, "D4", "=2^10");
      await page.close();
      const next = await context.newPage();
      await next.goto(`${session.origin}/`);
      await ready(next);
      await expect(cellText(next, "D4")).resolves.toBe("1024");
    } finally {
      await context.close();
    }
  }, 60000);

  it("says the save state in Traditional Chinese too", async () => {
    const { page, context } = await open("zh-TW");
    try {
      await expect(page.locator("#save-status").textContent()).resolves.toBe("已儲存在這個瀏覽器");
      await typeInto(page, "A1", "1");
      await expect(page.locator("#save-status").textContent()).resolves.toBe("正在儲存…");
    } finally {
      await context.close();
    }
  }, 60000);

  it("an edit followed at once by a navigation away and back is there after it", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await typeInto(page, "B2", "=6*7");
      await page.goto(`${session.origin}/licenses/hyperformula.txt`);
      await page.goto(`${session.origin}/`);
      await ready(page);
      await expect(cellText(page, "B2")).resolves.toBe("42");
      await page.locator("#name-box").fill("B2");
      await page.locator("#name-box").press("Enter");
      await expect(page.locator("#formula-bar").inputValue()).resolves.toBe("=6*7");
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("failing writes: Not saved in words, the stored copy untouched, the edits back next time", async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, "A1", "111");
      await settled(page);
      await page.evaluate(() => sessionStorage.setItem("test-fail", "put"));
      await page.reload();
      await ready(page);
      await typeInto(page, "A1", "222");
      await settled(page);
      await expect(saveState(page)).resolves.toBe("unsaved");
      await expect(page.locator("#status-message").textContent()).resolves.toBe(
        "Not saved: the browser stopped the write before it reached the disk. Your changes are still on this page; the next change tries again."
      );
      await expect(page.locator("#save-status").textContent()).resolves.toBe("Not saved");
      await typeInto(page, "A2", "333"); // tried again, failing again
      await settled(page);
      await expect(saveState(page)).resolves.toBe("unsaved");
      expect(storedCell((await storedRecords(page)).current, 0, 0)).toBe("111");
      // Going away with the edits unsaved: they are copied to localStorage and merged next time.
      await page.evaluate(() => sessionStorage.removeItem("test-fail"));
      await page.reload();
      await ready(page);
      await expect(cellText(page, "A1")).resolves.toBe("222");
      await expect(cellText(page, "A2")).resolves.toBe("333");
      await settled(page);
      await expect(saveState(page)).resolves.toBe("saved");
      const stored = (await storedRecords(page)).current;
      expect([storedCell(stored, 0, 0), storedCell(stored, 1, 0)]).toEqual(["222", "333"]);
      // Once IndexedDB holds it, the localStorage copy is gone.
      await expect(page.evaluate((key) => localStorage.getItem(key), PENDING_KEY)).resolves.toBe(
        null
      );
    } finally {
      await context.close();
    }
  }, 60000);

  it("failing reads: the message, Not saved, and nothing deleted or overwritten", async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, "A1", "111");
      await settled(page);
      await page.evaluate(() => sessionStorage.setItem("test-fail", "get"));
      await page.reload();
      await ready(page);
      await expect(page.locator("#status-message").textContent()).resolves.toBe(
        "The workbook saved in this browser could not be read (the transaction was aborted). Nothing was changed or deleted, and changes made now are not saved: reload the page to try again."
      );
      await expect(saveState(page)).resolves.toBe("unsaved");
      await typeInto(page, "A1", "999");
      await settled(page);
      await expect(saveState(page)).resolves.toBe("unsaved");
      const records = await storedRecords(page);
      expect(Object.keys(records)).toEqual(["current"]);
      expect(storedCell(records.current, 0, 0)).toBe("111");
      await page.evaluate(() => sessionStorage.removeItem("test-fail"));
      await page.reload();
      await ready(page);
      await expect(cellText(page, "A1")).resolves.toBe("111");
      await expect(saveState(page)).resolves.toBe("saved");
    } finally {
      await context.close();
    }
  }, 60000);

  it("unreadable stored data is kept aside under a key of its own, each time", async () => {
    const { page, context } = await open();
    try {
      const spoil = (format: string) =>
        page.evaluate(
          (format) =>
            new Promise<void>((resolve, reject) => {
              const opened = indexedDB.open("gpu-payback-preview", 1);
              opened.onsuccess = () => {
                const tx = opened.result.transaction("workbooks", "readwrite");
                tx.objectStore("workbooks").put({ format }, "current");
                tx.oncomplete = () => resolve();
                tx.onerror = () => reject(tx.error);
              };
            }),
          format
        );
      const asideOf = (records: Record<string, unknown>) =>
        Object.keys(records)
          .filter((key) => key.startsWith("unreadable-"))
          .map((key) => records[key]);
      for (const format of ["first", "second"]) {
        await spoil(format);
        await page.reload();
        await ready(page);
        await expect(page.locator("#status-message").textContent()).resolves.toMatch(
          /could not be read \(the stored workbook is unreadable: it is not a GPU Payback workbook\).*kept aside/
        );
        await typeInto(page, "A1", "7");
        await settled(page);
        expect(storedCell((await storedRecords(page)).current, 0, 0)).toBe("7");
      }
      expect(asideOf(await storedRecords(page))).toEqual([
        { format: "first" },
        { format: "second" },
      ]);
    } finally {
      await context.close();
    }
  }, 60000);
});
