/**
 * The preview's screen at the sizes people have (1366×768, 1920×1080), in English and 繁體中文,
 * in Debian's Chromium (every request beyond 127.0.0.1 aborted):
 *   - "Fit width" draws the template readable, at 80% or more, with the pane open;
 *   - the right-click menu near the last rows in view opens whole inside the window, so Insert
 *     and Delete row can be reached;
 *   - an engine error in the status bar is in the pane's language;
 *   - the pane's status follows the active sheet after a switch;
 *   - the pane's help link opens the help page in the pane's language, served by the preview;
 *   - the sheet's long texts hide the gridlines they run over;
 *   - the pane's portable buttons line up, and "Convert in place" stays legible when hovered.
 * Screenshots go to test-output/ (screen-<language>-<width>.png, screen-menu-..., screen-help-...).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  DIST_PREVIEW,
  TEST_OUTPUT,
  browserSession,
  describeInBrowser,
  openWatched,
  problems,
} from "./support";

const cell = (page: Page, address: string) => page.locator(`.cell[data-address="${address}"]`);

const WORDS = {
  en: {
    spendError: "GPU支出", // not in the English message
    spendMessage: "spend must be 0 or more",
    help: "help.html",
    helpHeading: "Units, percentages and ranges",
  },
  "zh-TW": {
    spendError: "spend must be", // not in the Chinese message
    spendMessage: "GPU支出（spend）必須為 0 或以上",
    help: "help.zh-TW.html",
    helpHeading: "單位、百分比與範圍",
  },
} as const;

describeInBrowser("the preview's screen", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  async function insertTemplate(page: Page): Promise<void> {
    await page.locator("body[data-ready=true]").waitFor();
    await page.locator("#insert-template").click();
    await page.locator("[role=tab][aria-selected=true]", { hasText: /GPU/ }).waitFor();
  }

  for (const [locale, language] of [
    ["en-US", "en"],
    ["zh-TW", "zh-TW"],
  ] as const) {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const size = `${viewport.width}×${viewport.height}`;

      it(`${size}, ${language}: readable zoom, the menu inside the window, messages in the language`, async () => {
        const opened = await openWatched(session.browser, `${session.origin}/`, {
          viewport,
          locale,
        });
        const { page, context, blocked } = opened;
        try {
          await insertTemplate(page);
          fs.mkdirSync(TEST_OUTPUT, { recursive: true });
          await page.screenshot({
            path: path.join(TEST_OUTPUT, `screen-${language}-${viewport.width}.png`),
          });

          // The zoom: "Fit width" with the pane open, never below 80%; a row drawn 80% or more
          // of its 22 px.
          await expect(page.locator("#zoom").inputValue()).resolves.toBe("fit");
          const zoom = Number(
            await page.locator(".sheet-canvas").evaluate((e) => (e as HTMLElement).style.zoom)
          );
          expect(zoom).toBeGreaterThanOrEqual(0.8);
          expect(zoom).toBeLessThanOrEqual(1);
          const row = (await cell(page, "A17").boundingBox())!;
          expect(row.height).toBeGreaterThanOrEqual(0.8 * 22 - 0.5);

          // The menu near the last rows in view: whole inside the window, Delete row clickable.
          const scroller = (await page.locator(".grid-scroll").boundingBox())!;
          const x = scroller.x + 80;
          const y = scroller.y + scroller.height - 24;
          await page.mouse.click(x, y, { button: "right" });
          const menu = page.locator(".context-menu");
          await menu.waitFor({ state: "visible" });
          const box = (await menu.boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
          const deleteRow = (await page.locator("#menu-delete-row").boundingBox())!;
          expect(deleteRow.y + deleteRow.height).toBeLessThanOrEqual(viewport.height);
          await page.screenshot({
            path: path.join(TEST_OUTPUT, `screen-menu-${language}-${viewport.width}.png`),
          });
          await page.keyboard.press("Escape");
          await menu.waitFor({ state: "hidden" });

          // An engine error in the status bar, in the pane's language: spend −1.
          await cell(page, "B6").click();
          await page.keyboard.type("-1");
          await page.keyboard.press("Enter");
          await expect(cell(page, "B18").textContent()).resolves.toBe("#VALUE!");
          await cell(page, "B18").click();
          const status = page.locator("#status-message");
          await expect(status.textContent()).resolves.toContain(WORDS[language].spendMessage);
          await expect(status.textContent()).resolves.not.toContain(WORDS[language].spendError);
          await expect(cell(page, "B18").getAttribute("title")).resolves.toContain(
            WORDS[language].spendMessage
          );
          // Switched to the other language: the same error said again in it, without a recalculation.
          const other = language === "en" ? "zh-TW" : "en";
          await page.locator("#pane-language").selectOption(other);
          await expect(status.textContent()).resolves.toContain(WORDS[other].spendMessage);
          await expect(cell(page, "B18").getAttribute("title")).resolves.toContain(
            WORDS[other].spendMessage
          );
          expect(problems(opened)).toEqual([]);
          expect(blocked).toEqual([]);
        } finally {
          await context.close();
        }
      }, 90000);

      it(`${size}, ${language}: the pane's status follows the sheet; the help link opens its page`, async () => {
        const opened = await openWatched(session.browser, `${session.origin}/`, {
          viewport,
          locale,
        });
        const { page, context, blocked } = opened;
        try {
          await insertTemplate(page);
          const paneStatus = page.locator("#pane-status");
          await expect(paneStatus.getAttribute("data-kind")).resolves.toBe("success");
          const inserted = (await page
            .locator("[role=tab][aria-selected=true]")
            .textContent())!.trim();
          await expect(paneStatus.textContent()).resolves.toContain(inserted);
          // Back to the first sheet: what the pane said about the inserted sheet goes.
          await page.locator("[role=tab]").first().click();
          await page.locator("[role=tab][aria-selected=true]").first().waitFor();
          await expect(
            page.locator("[role=tab][aria-selected=true]").textContent()
          ).resolves.not.toBe(inserted);
          await expect(paneStatus.textContent()).resolves.toBe("");

          // The help link, in the pane's language, opens the page the preview serves.
          const link = page.locator("#pane-help");
          await expect(link.getAttribute("href")).resolves.toBe(WORDS[language].help);
          const [help] = await Promise.all([context.waitForEvent("page"), link.click()]);
          await help.waitForLoadState("load");
          expect(new URL(help.url()).pathname).toBe(`/${WORDS[language].help}`);
          await expect(help.locator("#conventions h2").textContent()).resolves.toBe(
            WORDS[language].helpHeading
          );
          await expect(help.locator("#breakeven_gpu_hour").count()).resolves.toBe(1);
          await help.screenshot({
            path: path.join(TEST_OUTPUT, `screen-help-${language}-${viewport.width}.png`),
          });
          expect(problems(opened)).toEqual([]);
          expect(blocked).toEqual([]);
        } finally {
          await context.close();
        }
      }, 90000);
    }
  }

  /** WCAG's contrast ratio of two rgb() colours. */
  function contrast(a: string, b: string): number {
    const luminance = (rgb: string) => {
      const [r, g, bl] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  for (const locale of ["en-US", "zh-TW"]) {
    it(`1366×768, ${locale}: the portable buttons line up; "Convert in place" stays legible when hovered`, async () => {
      const opened = await openWatched(session.browser, `${session.origin}/`, {
        viewport: { width: 1366, height: 768 },
        locale,
      });
      const { page, context } = opened;
      try {
        await page.locator("body[data-ready=true]").waitFor();
        const copy = (await page.locator("#make-portable").boundingBox())!;
        const inPlace = (await page.locator("#make-portable-in-place").boundingBox())!;
        // side by side on one line, or the second under the first at the same left edge
        if (Math.abs(copy.y - inPlace.y) < 1) expect(inPlace.x).toBeGreaterThan(copy.x);
        else expect(inPlace.x).toBeCloseTo(copy.x, 0);
        await page.locator("#make-portable-in-place").click();
        const confirm = page.locator("#portable-confirm-in-place");
        await confirm.hover();
        const [color, background] = await confirm.evaluate((e) => {
          const style = getComputedStyle(e);
          return [style.color, style.backgroundColor];
        });
        expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
        expect(problems(opened)).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90000);
  }

  it("the sources' long texts (with their addresses) run on to their end, never cut at the sheet's edge", async () => {
    const opened = await openWatched(session.browser, `${session.origin}/`, {
      viewport: { width: 1366, height: 768 },
      locale: "en-US",
    });
    const { page, context } = opened;
    try {
      await insertTemplate(page);
      // The sources section: a heading with a line per source under it (found in the host).
      const at = await page.evaluate(() => {
        const { host } = (
          window as unknown as {
            gpuPreview: { host: { valueAt(col: number, row: number): unknown } };
          }
        ).gpuPreview;
        for (let row = 0; row < 300; row++)
          for (let col = 0; col < 30; col++)
            if (host.valueAt(col, row) === "Sources named in the notes") return { col, row };
        return undefined;
      });
      expect(at).toBeDefined();
      const column = String.fromCharCode(65 + at!.col);
      const row = at!.row + 1;
      // Go there through the name box, as a user would: the grid scrolls it into view.
      await page.locator("#name-box").fill(`${column}${row + 1}`);
      await page.locator("#name-box").press("Enter");
      await cell(page, `${column}${row + 1}`).waitFor();
      let lines = 0;
      for (let r = row + 1; ; r++) {
        const line = page.locator(`.cell[data-address="${column}${r}"] .overflow-text`);
        if ((await line.count()) === 0) break;
        // the whole text fits the room it runs on over: nothing clipped
        const [scroll, client] = await line.evaluate((e) => [e.scrollWidth, e.clientWidth]);
        expect(scroll).toBeLessThanOrEqual(client + 1);
        await expect(line.textContent()).resolves.toMatch(/https:\/\//);
        lines++;
      }
      expect(lines).toBeGreaterThanOrEqual(5);
    } finally {
      await context.close();
    }
  }, 90000);

  it("a long text hides the gridlines of the empty cells it runs over (the title in A1)", async () => {
    const opened = await openWatched(session.browser, `${session.origin}/`, {
      viewport: { width: 1366, height: 768 },
      locale: "en-US",
    });
    const { page, context } = opened;
    try {
      await insertTemplate(page);
      const title = page.locator('.cell[data-address="A1"] .overflow-text');
      await expect(title.getAttribute("class")).resolves.toContain("covers");
      const covered = (await title.boundingBox())!;
      const a1 = (await cell(page, "A1").boundingBox())!;
      // Wider than its own cell, as high as the row: over B1's gridline, top to bottom.
      expect(covered.x + covered.width).toBeGreaterThan(a1.x + a1.width);
      expect(covered.height).toBeGreaterThanOrEqual(a1.height - 2);
      await expect(title.evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe(
        "rgb(255, 255, 255)"
      );
    } finally {
      await context.close();
    }
  }, 90000);
});
