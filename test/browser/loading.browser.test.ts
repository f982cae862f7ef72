/**
 * The preview in Chromium before its engine is ready, and a double-click on the pane:
 *   - the engine's chunk (engine.js) is held by a route until the test releases it: meanwhile the
 *     grid is aria-busy and says it is loading, a value typed into a cell stays in it; once the
 *     chunk arrives, the value is in the workbook (and saved: a reload shows it);
 *   - a double-click on Insert sheet inserts one sheet.
 */
import type { Page, Route } from "playwright-core";
import {
  DIST_PREVIEW,
  browserSession,
  describeInBrowser,
  guardNetwork,
  openWatched,
  problems,
} from "./support";

type Preview = {
  gpuPreview: {
    host: { value(address: string): unknown };
    autosave: { flush(): Promise<void> };
  };
};

describeInBrowser("the preview before its engine is ready (Chromium)", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });
  const cell = (page: Page, address: string) => page.locator(`.cell[data-address="${address}"]`);
  const status = (page: Page) => page.locator("#status-message");

  it("keeps what is typed while the engine loads and writes it once it is there", async () => {
    const context = await session.browser.newContext({ locale: "en-US" });
    const pageErrors: string[] = [];
    try {
      await guardNetwork(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      // Hold the first request for the engine's chunk until the test has typed.
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let held: Promise<void> | undefined;
      const requested = new Promise<void>((resolve) => {
        void page.route("**/engine.js", async (route: Route) => {
          if (held) return route.continue();
          held = released;
          resolve();
          await held;
          await route.continue();
        });
      });
      // Not until "load": the held chunk delays it.
      await page.goto(`${session.origin}/`, { waitUntil: "domcontentloaded" });
      await requested;
      const panel = page.locator("#sheet-panel");
      await expect(panel.getAttribute("aria-busy")).resolves.toBe("true");
      await expect(status(page).textContent()).resolves.toBe("Loading the calculation engine…");

      await cell(page, "B2").click();
      await page.keyboard.type("42");
      await page.keyboard.press("Enter");
      await expect(cell(page, "B2").textContent()).resolves.toBe("42");
      await expect(status(page).textContent()).resolves.toBe(
        "Loading the calculation engine… What you typed in B2 is kept and written as soon as it is ready."
      );
      await expect(page.locator("body[data-ready=true]").count()).resolves.toBe(0);

      release();
      await page.locator("body[data-ready=true]").waitFor();
      await expect(panel.getAttribute("aria-busy")).resolves.toBe("false");
      await expect(cell(page, "B2").textContent()).resolves.toBe("42");
      await expect(
        page.evaluate(() => (window as unknown as Preview).gpuPreview.host.value("B2"))
      ).resolves.toBe(42);
      await expect(status(page).textContent()).resolves.toContain(
        "what you typed in B2 is written"
      );

      await page.evaluate(() => (window as unknown as Preview).gpuPreview.autosave.flush());
      await page.reload();
      await page.locator("body[data-ready=true]").waitFor();
      await expect(cell(page, "B2").textContent()).resolves.toBe("42");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("inserts one sheet on a double-click on Insert sheet", async () => {
    const watched = await openWatched(session.browser, `${session.origin}/`, { locale: "en-US" });
    const { page, context } = watched;
    try {
      await page.locator("body[data-ready=true]").waitFor();
      await page.locator("#insert-template").dblclick();
      // Playwright's dblclick returns once Chromium has handled each of its events, and the
      // preview's insertion is synchronous: a second insertion would be done by now.
      await page.locator("#pane-status[data-kind=success]").waitFor();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual([
        "Sheet1",
        "GPU Payback",
      ]);
      expect(problems(watched)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);
});
