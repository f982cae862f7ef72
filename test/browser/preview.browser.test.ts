/**
 * The preview and the built task pane in a real browser: Debian's Chromium driven by
 * playwright-core, with every request that leaves the machine aborted.
 *   - the preview (dist-preview/) loads with no console error; Insert shows 200 and 125; typing 150
 *     into GPU spend shows 600 and 525; a screenshot goes to test-output/ (git-ignored);
 *   - the add-in's task pane (dist/taskpane.html), with office.js served from node_modules in place
 *     of Microsoft's CDN, shows its outside-Office message and throws nothing.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  DIST,
  DIST_PREVIEW,
  TEST_OUTPUT,
  browserSession,
  describeInBrowser,
  openWatched,
  type WatchedPage,
} from "./support";

describeInBrowser("in Chromium (playwright-core)", (executablePath) => {
  const session = browserSession(executablePath, { "/addin/": DIST, "/": DIST_PREVIEW });

  const open = (url: string): Promise<WatchedPage> =>
    openWatched(session.browser, url, { viewport: { width: 1920, height: 1080 }, locale: "en-US" });

  const cell = (page: Page, address: string) => page.locator(`.cell[data-address="${address}"]`);

  describe("the preview (npm run preview)", () => {
    let watched: WatchedPage;

    beforeAll(async () => {
      watched = await open(`${session.origin}/`);
    }, 120000);

    afterAll(async () => {
      await watched?.context.close();
    });

    it("loads the task pane beside an empty workbook, without office.js", async () => {
      const { page } = watched;
      await page.locator("#insert-template").waitFor();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      await expect(page.locator("script[src*='office.js']").count()).resolves.toBe(0);
      await expect(page.locator("#outside-office").count()).resolves.toBe(0);
      await expect(cell(page, "B18").textContent()).resolves.toBe("");
    });

    it("warms its engine once idle, on a workbook of its own: this one is left as it was", async () => {
      const { page } = watched;
      await page.locator("body[data-warm=true]").waitFor();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      await expect(page.locator("#undo").isDisabled()).resolves.toBe(true);
      await expect(cell(page, "A1").textContent()).resolves.toBe("");
      const saved = await page.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const request = indexedDB.open("gpu-payback-preview", 1);
            request.onsuccess = () => {
              const read = request.result
                .transaction("workbooks", "readonly")
                .objectStore("workbooks")
                .get("current");
              read.onsuccess = () => resolve(read.result ?? null);
              read.onerror = () => reject(read.error);
            };
            request.onerror = () => reject(request.error);
          })
      );
      expect(saved).toBeNull();
    });

    it("inserts the template on clicking Insert: 200 required, 125 gap", async () => {
      const { page } = watched;
      await page.locator("#insert-template").click();
      await page.locator("[role=tab][aria-selected=true]", { hasText: "GPU Payback" }).waitFor();
      await expect(cell(page, "B17").textContent()).resolves.toBe("$100.0B");
      await expect(cell(page, "B18").textContent()).resolves.toBe("$200.0B");
      await expect(cell(page, "B19").textContent()).resolves.toBe("$75.0B");
      await expect(cell(page, "B20").textContent()).resolves.toBe("$125.0B");
      await expect(cell(page, "B21").textContent()).resolves.toBe("37.5%");
      await expect(cell(page, "B22").textContent()).resolves.toBe("$18.8B");
      await expect(page.locator("#pane-status").textContent()).resolves.toContain("GPU Payback");
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual([
        "Sheet1",
        "GPU Payback",
      ]);
      // The chart: one bar per series point, labelled with the live values.
      await expect(page.locator("svg.chart rect.chart-bar").count()).resolves.toBe(3);
      await expect(page.locator("svg.chart .chart-value").allTextContents()).resolves.toEqual([
        "$200.0B",
        "$75.0B",
        "$125.0B",
      ]);
      fs.mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot({ path: path.join(TEST_OUTPUT, "preview.png") });
    });

    it("shows the selected cell's formula in the formula bar", async () => {
      const { page } = watched;
      await cell(page, "B20").click();
      await expect(page.locator("#formula-bar").inputValue()).resolves.toBe(
        "=GPU.GAP(Revenues,B18)"
      );
      await cell(page, "B8").click();
      await expect(page.locator("#formula-bar").inputValue()).resolves.toBe("50%");
    });

    it("recalculates on typing 150 into GPU spend: 600 required, 525 gap", async () => {
      const { page } = watched;
      await cell(page, "B6").click();
      await page.keyboard.type("150");
      await page.keyboard.press("Enter");
      await expect(cell(page, "B6").textContent()).resolves.toBe("$150.0B");
      await expect(cell(page, "B17").textContent()).resolves.toBe("$300.0B");
      await expect(cell(page, "B18").textContent()).resolves.toBe("$600.0B");
      await expect(cell(page, "B20").textContent()).resolves.toBe("$525.0B");
      await expect(cell(page, "B21").textContent()).resolves.toBe("12.5%");
      // Enter moved the selection down, as in Excel, and closed the editor.
      await expect(page.locator("#name-box").inputValue()).resolves.toBe("B7");
      await expect(page.locator(".cell-editor").count()).resolves.toBe(0);
      await expect(page.locator("svg.chart .chart-value").first().textContent()).resolves.toBe(
        "$600.0B"
      );
    });

    it("shows an error as #VALUE! with the engine's message on hover", async () => {
      const { page } = watched;
      await cell(page, "B8").dblclick();
      await page.keyboard.press("Control+A");
      await page.keyboard.type("150");
      await page.keyboard.press("Enter");
      await expect(cell(page, "B18").textContent()).resolves.toBe("#VALUE!");
      await expect(cell(page, "B18").getAttribute("title")).resolves.toContain(
        "margin must be below 100%"
      );
      await cell(page, "B8").click();
      await page.keyboard.type("50%");
      await page.keyboard.press("Enter");
      await expect(cell(page, "B18").textContent()).resolves.toBe("$600.0B");
      await expect(cell(page, "B18").getAttribute("title")).resolves.toBeNull();
    });

    it("inserts a second sheet beside the first and switches between them", async () => {
      const { page } = watched;
      await page.locator("#insert-template").click();
      await page
        .locator("[role=tab][aria-selected=true]", { hasText: "GPU Payback (2)" })
        .waitFor();
      await expect(cell(page, "B18").textContent()).resolves.toBe("$200.0B");
      await page.locator("[role=tab]", { hasText: /^GPU Payback$/ }).click();
      await expect(cell(page, "B18").textContent()).resolves.toBe("$600.0B");
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual([
        "Sheet1",
        "GPU Payback",
        "GPU Payback (2)",
      ]);
    });

    it("writes a function's example from the reference into the selected cell", async () => {
      const { page } = watched;
      await cell(page, "A50").click();
      await page.locator("#insert-required-revenue").click();
      await expect(page.locator("#pane-status").textContent()).resolves.toContain("A50");
      await expect(cell(page, "A50").textContent()).resolves.toMatch(/^\d/);
      await cell(page, "A50").click();
      await expect(page.locator("#formula-bar").inputValue()).resolves.toMatch(
        /^=GPU\.REQUIRED_REVENUE\(/
      );
    });

    it("logged no console error, threw nothing and asked for nothing beyond 127.0.0.1", () => {
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      expect(watched.blocked).toEqual([]);
    });
  });

  describe("the add-in's task pane outside Office (dist/taskpane.html)", () => {
    it("shows the outside-Office message and throws no error, office.js served locally", async () => {
      const watched = await open(`${session.origin}/addin/taskpane.html`);
      try {
        const { page } = watched;
        await page.locator("#outside-office").waitFor({ state: "visible", timeout: 30000 });
        // office.js acts on its own a few seconds after it finds no Office host: wait past that.
        await page.waitForTimeout(4000);
        await expect(page.locator("#outside-office").isVisible()).resolves.toBe(true);
        await expect(page.locator("#outside-office").textContent()).resolves.toMatch(/Excel/);
        expect(watched.pageErrors).toEqual([]);
        // Nothing reached Microsoft: office.js came from node_modules; any other call was aborted.
        expect(watched.blocked.every((url) => !url.startsWith("http://127.0.0.1"))).toBe(true);
      } finally {
        await watched.context.close();
      }
    }, 60000);
  });
});
