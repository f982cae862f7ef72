/**
 * The help page (dist/help.html, the add-in's function reference) in Chromium at phone width
 * (375 px) and on a desktop: the contents list never draws one entry over another (the text's
 * own boxes are measured, not the list items', since a long name can overflow its column) and
 * nothing overflows the page sideways. Screenshots go to test-output/ (git-ignored).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { DIST, TEST_OUTPUT, browserSession, describeInBrowser, openWatched } from "./support";

interface Box {
  entry: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of each contents entry's text, line by line, in page pixels. */
function textBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("nav .toc li")).flatMap((item) => {
      const range = document.createRange();
      range.selectNodeContents(item);
      return Array.from(range.getClientRects()).map((r) => ({
        entry: (item.textContent ?? "").trim(),
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }));
    })
  );
}

/** Pairs of boxes from different entries that share any area. */
function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.entry === b.entry) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) found.push(`${a.entry} × ${b.entry}`);
    }
  }
  return found;
}

describeInBrowser("the help page in Chromium", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST });

  async function open(width: number, height: number): Promise<Page> {
    const { page } = await openWatched(session.browser, `${session.origin}/help.html`, {
      viewport: { width, height },
      locale: "en-US",
    });
    await page.locator("nav .toc li").first().waitFor();
    return page;
  }

  it("at phone width (375 px) no contents entry overlaps another and nothing overflows sideways", async () => {
    const page = await open(375, 812);
    try {
      fs.mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot({ path: path.join(TEST_OUTPUT, "help-375.png") });
      const boxes = await textBoxes(page);
      const entries = await page.locator("nav .toc li").count();
      expect(entries).toBeGreaterThanOrEqual(8); // the functions, units and errors
      expect(new Set(boxes.map((b) => b.entry)).size).toBe(entries);
      expect(overlaps(boxes)).toEqual([]);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(widths.viewport);
    } finally {
      await page.context().close();
    }
  });

  it("on a desktop (1280 px) keeps its two columns, without overlap", async () => {
    const page = await open(1280, 800);
    try {
      await page.screenshot({ path: path.join(TEST_OUTPUT, "help-1280.png") });
      const boxes = await textBoxes(page);
      expect(overlaps(boxes)).toEqual([]);
      expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(2);
    } finally {
      await page.context().close();
    }
  });

  it("finds an overlap when there is one (the measure itself)", () => {
    const box = (entry: string, left: number, top: number): Box => ({
      entry,
      left,
      top,
      right: left + 100,
      bottom: top + 20,
    });
    expect(overlaps([box("A", 0, 0), box("B", 50, 10), box("C", 200, 0)])).toEqual(["A × B"]);
    expect(overlaps([box("A", 0, 0), box("B", 100, 0), box("C", 0, 20)])).toEqual([]);
  });
});
