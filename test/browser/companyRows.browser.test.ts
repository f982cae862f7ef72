/**
 * A company deleted and a company added through the grid's right-click menu, as a user would, at
 * 1366×768 and 1920×1080, in English and 繁體中文: every other section of the sheet (inputs,
 * results, grids, the years, the charts' cells, the sources, the debate) keeps every formula and
 * constant at its address and shows no new error, and identified revenue follows the table
 * (75 − the deleted company's revenue, then + 25 for the new one). The sections come from the
 * plan (plan.sections), so moving one changes nothing here.
 */
import type { Page } from "playwright-core";
import { DIST_PREVIEW, browserSession, describeInBrowser, openWatched, problems } from "./support";

interface Snapshot {
  /** Every cell of every section but the table: its formula as typed, or its constant. */
  readonly cells: Record<string, unknown>;
  /** The addresses among them whose value is an error. */
  readonly errors: string[];
  readonly identified: unknown;
  /** The table's first data row, and the revenue there. */
  readonly firstRow: number;
  readonly firstRevenue: unknown;
}

/** What the page's host holds now, read through the plan of the inserted template. */
function snapshot(page: Page, language: string): Promise<Snapshot> {
  return page.evaluate((lang) => {
    type Host = {
      formula(a: string): string | undefined;
      value(a: string): unknown;
    };
    const preview = (
      window as unknown as {
        gpuPreview: {
          host: Host;
          buildTemplatePlan(o: object): {
            sections: Array<{ range: string; grows?: boolean }>;
            table: { range: string };
            addresses: { identifiedRevenue: string };
          };
        };
      }
    ).gpuPreview;
    const { host } = preview;
    const plan = preview.buildTemplatePlan({ language: lang });
    const column = (letters: string) =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const letters = (n: number): string =>
      n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
    const corners = (range: string) => {
      const [a, b = a] = range.split(":");
      const parse = (ref: string) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
        return { col: column(col), row: Number(row) };
      };
      return [parse(a), parse(b)];
    };
    const cells: Record<string, unknown> = {};
    const errors: string[] = [];
    for (const section of plan.sections) {
      if (section.grows) continue;
      const [from, to] = corners(section.range);
      for (let row = from.row; row <= to.row; row++) {
        for (let col = from.col; col <= to.col; col++) {
          const address = `${letters(col)}${row}`;
          const value = host.value(address);
          const formula = host.formula(address);
          cells[address] = formula ?? value;
          if (value !== null && typeof value === "object") errors.push(address);
        }
      }
    }
    const [top] = corners(plan.table.range);
    const firstRow = top.row + 1;
    return {
      cells,
      errors,
      identified: host.value(plan.addresses.identifiedRevenue),
      firstRow,
      firstRevenue: host.value(`B${firstRow}`),
    };
  }, language);
}

/** Waits until identified revenue shows `expected` (the grid's change has reached the host). */
async function identifiedIs(page: Page, language: string, expected: number): Promise<void> {
  await page.waitForFunction(
    ([lang, want]) => {
      const preview = (
        window as unknown as {
          gpuPreview: {
            host: { value(a: string): unknown };
            buildTemplatePlan(o: object): { addresses: { identifiedRevenue: string } };
          };
        }
      ).gpuPreview;
      const address = preview.buildTemplatePlan({ language: lang }).addresses.identifiedRevenue;
      const value = preview.host.value(address);
      return typeof value === "number" && Math.abs(value - (want as number)) < 1e-9;
    },
    [language, expected] as const
  );
}

describeInBrowser("company rows through the grid's menu", (executablePath) => {
  const session = browserSession(executablePath, { "/": DIST_PREVIEW });

  /** Goes to a cell with the name box (it scrolls the cell into view) and right-clicks it. */
  async function menuAt(page: Page, address: string, item: string): Promise<void> {
    await page.locator("#name-box").fill(address);
    await page.locator("#name-box").press("Enter");
    await page.locator(`.cell[data-address="${address}"]`).click({ button: "right" });
    await page.locator(`#${item}`).click();
  }

  for (const [locale, language] of [
    ["en-US", "en"],
    ["zh-TW", "zh-TW"],
  ] as const) {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      it(`${viewport.width}×${viewport.height}, ${language}: deleting and adding a company leaves every other section whole`, async () => {
        const opened = await openWatched(session.browser, `${session.origin}/`, {
          viewport,
          locale,
        });
        const { page, context } = opened;
        try {
          await page.locator("body[data-ready=true]").waitFor();
          await page.locator("#insert-template").click();
          await page.locator("[role=tab][aria-selected=true]", { hasText: /GPU/ }).waitFor();
          const before = await snapshot(page, language);
          expect(before.identified).toBe(75);
          expect(typeof before.firstRevenue).toBe("number");
          expect(before.errors).toEqual([]);

          const firstRevenue = before.firstRevenue as number;
          await menuAt(page, `A${before.firstRow}`, "menu-delete-row");
          await identifiedIs(page, language, 75 - firstRevenue);
          const deleted = await snapshot(page, language);
          expect(deleted.identified).toBeCloseTo(75 - firstRevenue, 9);
          expect(deleted.cells).toEqual(before.cells);
          expect(deleted.errors).toEqual([]);

          await menuAt(page, `A${before.firstRow}`, "menu-insert-row");
          await page.locator(`.cell[data-address="B${before.firstRow}"]`).click();
          await page.keyboard.type("25");
          await page.keyboard.press("Enter");
          await identifiedIs(page, language, 75 - firstRevenue + 25);
          const added = await snapshot(page, language);
          expect(added.identified).toBeCloseTo(75 - firstRevenue + 25, 9);
          expect(added.cells).toEqual(before.cells);
          expect(added.errors).toEqual([]);
          expect(problems(opened)).toEqual([]);
        } finally {
          await context.close();
        }
      }, 60000);
    }
  }
});
