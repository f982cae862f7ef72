/**
 * The preview's spreadsheet habits in a real browser (Debian's Chromium via playwright-core, every
 * request beyond 127.0.0.1 aborted), at the laptop sizes people have (1366×768, 1440×900):
 *   - a click lands on the cell under the pointer, even under a neighbour's overflowing text;
 *   - undo and redo from the keyboard, the template's insertion included;
 *   - the system clipboard: a 10,000-row block pasted under the table joins it and the gap
 *     follows; a copied range comes out as tab-separated text;
 *   - the workbook survives a reload; "New workbook" clears it after a confirmation; unreadable
 *     stored data gives a message and a fresh workbook;
 *   - both languages, with screenshots in test-output/ (grid-en-1366.png, grid-zh-TW-1440.png...),
 *     the template readable (Fit width at 80% or more), its columns and chart within reach.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { buildTemplatePlan } from "../../src/template";
import {
  DIST_PREVIEW,
  TEST_OUTPUT,
  browserSession,
  describeInBrowser,
  openWatched,
  problems,
  type WatchedPage,
} from "./support";

const cell = (page: Page, address: string) => page.locator(`.cell[data-address="${address}"]`);
const text = (page: Page, address: string) => cell(page, address).textContent();
/** Selects a cell through the name box, which brings it into view. */
async function goTo(page: Page, address: string): Promise<void> {
  await page.locator("#name-box").fill(address);
  await page.locator("#name-box").press("Enter");
}
/**
 * A row of the company table's neighbourhood, written as it was when the table's header sat in
 * row 29: the same row now, wherever the plan puts the table (last, below the debate).
 */
const TABLE_HEADER = Number(/\d+/.exec(buildTemplatePlan().table.range)![0]);
const row = (n: number): number => n - 29 + TABLE_HEADER;

describeInBrowser("the preview's grid in Chromium", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  beforeAll(() => fs.mkdirSync(TEST_OUTPUT, { recursive: true }));

  async function open(
    viewport = { width: 1366, height: 768 },
    locale = "en-US"
  ): Promise<WatchedPage> {
    const watched = await openWatched(session.browser, `${session.origin}/`, {
      viewport,
      locale,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await watched.page.locator("body[data-ready=true]").waitFor();
    return watched;
  }

  async function insertTemplate(page: Page): Promise<void> {
    await page.locator("#insert-template").click();
    await page.locator("[role=tab][aria-selected=true]", { hasText: /GPU|GPU 回收/ }).waitFor();
  }

  /** Waits for the autosave to write what is pending (it also saves on its own a quarter of a second after the last change). */
  const saved = (page: Page) =>
    page.evaluate(() =>
      (
        window as unknown as { gpuPreview: { autosave: { flush(): Promise<void> } } }
      ).gpuPreview.autosave.flush()
    );

  it("a click selects the cell under the pointer, even under overflowing text", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await insertTemplate(page);
      // Row 42, just under the table: a long company name in A42 runs on over B42.
      await page.locator("#name-box").fill(`A${row(42)}`);
      await page.locator("#name-box").press("Enter");
      await page.keyboard.type("A company with a rather long name");
      await page.keyboard.press("Enter");
      const b42 = await cell(page, `B${row(42)}`).boundingBox();
      await page.mouse.click(b42!.x + b42!.width / 2, b42!.y + b42!.height / 2);
      await expect(page.locator("#name-box").inputValue()).resolves.toBe(`B${row(42)}`);
      await page.keyboard.type("5");
      await page.keyboard.press("Enter");
      await expect(text(page, `A${row(42)}`)).resolves.toBe("A company with a rather long name");
      await expect(text(page, `B${row(42)}`)).resolves.toBe("$5.0B"); // joined the table: its $B format
      await page.keyboard.press("Control+Home"); // the results, at the top
      await expect(text(page, "B20")).resolves.toBe("$120.0B");
      // Cleared GPU spend: the label's text now runs over B6, and a click on B6 still selects B6.
      await cell(page, "B6").click();
      await page.keyboard.press("Delete");
      await page.mouse.click(10, 10); // elsewhere
      const b6 = await cell(page, "B6").boundingBox();
      await page.mouse.click(b6!.x + b6!.width - 6, b6!.y + b6!.height / 2);
      await expect(page.locator("#name-box").inputValue()).resolves.toBe("B6");
      await expect(page.locator("#status-message").textContent()).resolves.toBe("");
      // The selected cell's error, in words, in the status bar.
      await cell(page, "B8").click();
      await page.keyboard.type("150");
      await page.keyboard.press("Enter");
      await cell(page, "B18").click();
      await expect(page.locator("#status-message").textContent()).resolves.toMatch(
        /^#VALUE! .*margin/
      );
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("point mode, Excel's keys, the name box and the context menu, with a real keyboard and mouse", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await insertTemplate(page);
      // Point mode: the clicks write references into the formula being typed.
      await page.locator("#name-box").fill(`A${row(45)}`);
      await page.locator("#name-box").press("Enter");
      await page.keyboard.type("=SUM(");
      await cell(page, `B${row(30)}`).click();
      await page.keyboard.type(":");
      await cell(page, `B${row(41)}`).click();
      await expect(page.locator(".cell-editor").inputValue()).resolves.toBe(
        `=SUM(B${row(30)}:B${row(41)}`
      );
      await page.keyboard.type(")");
      await page.keyboard.press("Enter");
      await expect(text(page, `A${row(45)}`)).resolves.toBe("75");
      await expect(page.locator("#name-box").inputValue()).resolves.toBe(`A${row(46)}`);
      // Ctrl+Up from A46 goes to the value above; Ctrl+Home to A1; F2 edits in place.
      await page.keyboard.press("Control+ArrowUp");
      await expect(page.locator("#name-box").inputValue()).resolves.toBe(`A${row(45)}`);
      await page.keyboard.press("F2");
      await expect(page.locator(".cell-editor").inputValue()).resolves.toBe(
        `=SUM(B${row(30)}:B${row(41)})`
      );
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+Home");
      await expect(page.locator("#name-box").inputValue()).resolves.toBe("A1");
      // The name box takes a defined name.
      await page.locator("#name-box").fill("Revenues");
      await page.locator("#name-box").press("Enter");
      await expect(page.locator("#name-box").inputValue()).resolves.toBe(`B${row(30)}:B${row(41)}`);
      await expect(page.locator("#status-figures").textContent()).resolves.toContain("Sum: 75");
      // Right click: insert a row inside the table; it joins the table with its $B format.
      await cell(page, `A${row(34)}`).click({ button: "right" });
      await page.locator("#menu-insert-row").click();
      await cell(page, `B${row(34)}`).click();
      await page.keyboard.type("25");
      await page.keyboard.press("Enter");
      await expect(text(page, `B${row(34)}`)).resolves.toBe("$25.0B");
      await page.keyboard.press("Control+Home"); // the results, at the top
      await expect(text(page, "B20")).resolves.toBe("$100.0B");
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("undoes and redoes from the keyboard, the template's insertion included", async () => {
    const { page, context } = await open();
    try {
      await insertTemplate(page);
      await cell(page, "B6").click();
      await page.keyboard.type("150");
      await page.keyboard.press("Enter");
      await expect(text(page, "B18")).resolves.toBe("$600.0B");
      await page.keyboard.press("Control+Z");
      await expect(text(page, "B18")).resolves.toBe("$200.0B");
      await page.keyboard.press("Control+Y");
      await expect(text(page, "B18")).resolves.toBe("$600.0B");
      await page.keyboard.press("Control+Z");
      await page.keyboard.press("Control+Shift+Z");
      await expect(text(page, "B18")).resolves.toBe("$600.0B");
      await page.keyboard.press("Control+Z");
      await page.keyboard.press("Control+Z");
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      await page.locator("#redo").click();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual([
        "Sheet1",
        "GPU Payback",
      ]);
      await expect(text(page, "B20")).resolves.toBe("$125.0B");
    } finally {
      await context.close();
    }
  }, 60000);

  it("pastes 10,000 rows from the system clipboard under the table: the gap follows", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await insertTemplate(page);
      // 10,000 companies of $0.0078125B (2⁻⁷, exact in binary): 78.125 more identified revenue.
      await page.evaluate(() => {
        const lines = Array.from({ length: 10_000 }, (_, i) => `Company ${i + 1}\t0.0078125`);
        return navigator.clipboard.writeText(lines.join("\r\n") + "\r\n");
      });
      await page.locator("#name-box").fill(`A${row(42)}`);
      await page.locator("#name-box").press("Enter");
      await page.keyboard.press("Control+V");
      await expect(page.locator("#name-box").inputValue()).resolves.toBe(
        `A${row(42)}:B${row(42) + 9999}`
      );
      await expect(page.locator("#status-figures").textContent()).resolves.toContain("Sum: 78.125");
      // Only the cells in view exist.
      await expect(page.locator(".cell").count()).resolves.toBeLessThan(3000);
      // 75 + 78.125 identified: the gap is 200 − 153.125 = 46.875 (the results, at the top).
      await page.keyboard.press("Control+Home");
      await expect(text(page, "B19")).resolves.toBe("$153.1B");
      await expect(text(page, "B20")).resolves.toBe("$46.9B");
      await page.keyboard.press("Control+End");
      // The last column: N, the debate section's differences (its rows are below the table's 41).
      await expect(page.locator("#name-box").inputValue()).resolves.toBe(`N${row(42) + 9999}`);
      await page.keyboard.press("Control+Home");
      // Copy a range out: tab-separated text, as the cells show it.
      await goTo(page, `A${row(30)}`);
      await page.keyboard.press("Shift+ArrowDown");
      await page.keyboard.press("Shift+ArrowRight");
      await page.keyboard.press("Control+C");
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        "OpenAI\t$1.0B\nGoogle\t$10.0B"
      );
      await page.screenshot({ path: path.join(TEST_OUTPUT, "grid-paste-10000.png") });
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120000);

  it("keeps the workbook across a reload; New workbook clears it after confirming", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await insertTemplate(page);
      await cell(page, "B6").click();
      await page.keyboard.type("150");
      await page.keyboard.press("Enter");
      await saved(page);
      await page.reload();
      await page.locator("body[data-ready=true]").waitFor();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual([
        "Sheet1",
        "GPU Payback",
      ]);
      await expect(text(page, "B18")).resolves.toBe("$600.0B");
      await expect(text(page, "B6")).resolves.toBe("$150.0B");
      // Refusing the confirmation keeps everything.
      page.once("dialog", (dialog) => void dialog.dismiss());
      await page.locator("#new-workbook").click();
      await expect(page.locator("[role=tab]").count()).resolves.toBe(2);
      page.once("dialog", (dialog) => void dialog.accept());
      await page.locator("#new-workbook").click();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      await saved(page);
      await page.reload();
      await page.locator("body[data-ready=true]").waitFor();
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  it("unreadable stored data: a clear message and a fresh workbook, never a broken page", async () => {
    const opened = await open();
    const { page, context } = opened;
    try {
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const req = indexedDB.open("gpu-payback-preview", 1);
            req.onsuccess = () => {
              const tx = req.result.transaction("workbooks", "readwrite");
              tx.objectStore("workbooks").put({ format: "something else" }, "current");
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            };
            req.onerror = () => reject(req.error);
          })
      );
      await page.reload();
      await page.locator("body[data-ready=true]").waitFor();
      await expect(page.locator("#status-message").textContent()).resolves.toMatch(
        /could not be read \(the stored workbook is unreadable: it is not a GPU Payback workbook\)/
      );
      await expect(page.locator("[role=tab]").allTextContents()).resolves.toEqual(["Sheet1"]);
      await insertTemplate(page);
      await expect(text(page, "B20")).resolves.toBe("$125.0B");
      expect(problems(opened)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60000);

  for (const [locale, language] of [
    ["en-US", "en"],
    ["zh-TW", "zh-TW"],
  ] as const) {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      it(`fits ${viewport.width}×${viewport.height} in ${language}: readable, every column and the chart reachable`, async () => {
        const opened = await open(viewport, locale);
        const { page, context, blocked } = opened;
        try {
          await insertTemplate(page);
          const scroller = (await page.locator(".grid-scroll").boundingBox())!;
          // Readable: "Fit width" never goes below 80% (50% drew 7 px text); what does
          // not fit scrolls sideways, as in Excel.
          const zoom = Number(
            await page.locator(".sheet-canvas").evaluate((e) => (e as HTMLElement).style.zoom)
          );
          expect(zoom).toBeGreaterThanOrEqual(0.8);
          // Each chart (its right edge in column M) scrolled into view fits the grid's box whole:
          // nothing is out of reach.
          for (const chart of await page.locator(".chart-box").all()) {
            await chart.evaluate((e) => e.scrollIntoView({ block: "nearest", inline: "nearest" }));
            const box = (await chart.boundingBox())!;
            expect(box.x).toBeGreaterThanOrEqual(scroller.x);
            expect(box.x + box.width).toBeLessThanOrEqual(scroller.x + scroller.width);
          }
          await page.locator(".grid-scroll").evaluate((e) => {
            e.scrollLeft = 0;
            e.scrollTop = 0;
          });
          await page.locator('.cell[data-address="B30"]').waitFor();
          const zoomLabel = await page.locator("label.zoom-label").textContent();
          expect(zoomLabel).toBe(language === "en" ? "Zoom" : "縮放");
          await expect(page.locator(".app-mode").textContent()).resolves.toBe(
            language === "en" ? "Preview without Excel" : "不需 Excel 的預覽"
          );
          await expect(page.locator(".app-note a").textContent()).resolves.toBe(
            "HyperFormula (GPL v3)"
          );
          await goTo(page, `B${row(30)}`);
          await page.keyboard.press("Shift+ArrowDown");
          await expect(page.locator("#status-figures").textContent()).resolves.toBe(
            language === "en" ? "Average: 5.5Count: 2Sum: 11" : "平均值: 5.5計數: 2加總: 11"
          );
          await page.screenshot({
            path: path.join(TEST_OUTPUT, `grid-${language}-${viewport.width}.png`),
          });
          // Hiding the pane gives the grid the whole width.
          await page.locator("#toggle-pane").click();
          await expect(page.locator("#taskpane").isVisible()).resolves.toBe(false);
          const wider = (await page.locator(".grid-scroll").boundingBox())!;
          expect(wider.width).toBeGreaterThan(scroller.width + 200);
          expect(problems(opened)).toEqual([]);
          expect(blocked).toEqual([]);
        } finally {
          await context.close();
        }
      }, 60000);
    }
  }
});
