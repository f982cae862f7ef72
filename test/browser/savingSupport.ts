/**
 * What the saving tests share: typing into a cell, waiting on the page's own save signals
 * (body[data-save], the autosave's flush promise), reading IndexedDB and localStorage as they are,
 * and an init script that makes IndexedDB reads or writes fail on demand.
 */
import type { Page } from "playwright-core";

export const cellText = (page: Page, address: string) =>
  page.locator(`.cell[data-address="${address}"]`).textContent();

/** Selects `address` through the name box and types `text` into it, Enter. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await page.locator("#name-box").fill(address);
  await page.locator("#name-box").press("Enter");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

export async function ready(page: Page): Promise<void> {
  await page.locator("body[data-ready=true]").waitFor();
}

/** Waits until what is pending has been saved or has failed (the autosave's own promise). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    (
      window as unknown as { gpuPreview: { autosave: { flush(): Promise<void> } } }
    ).gpuPreview.autosave.flush()
  );
}

export const saveState = (page: Page) => page.locator("body").getAttribute("data-save");

/** Every key and value of the preview's IndexedDB store, as stored (no page code involved). */
export function storedRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const opened = indexedDB.open("gpu-payback-preview", 1);
        opened.onupgradeneeded = () => opened.result.createObjectStore("workbooks");
        opened.onsuccess = () => {
          const store = opened.result.transaction("workbooks", "readonly").objectStore("workbooks");
          const all: Record<string, unknown> = {};
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) {
              opened.result.close();
              resolve(all);
              return;
            }
            all[String(at.key)] = at.value;
            at.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
        opened.onerror = () => reject(opened.error);
      })
  );
}

/** The first sheet's cell (row, column from 0) in a stored workbook record. */
export function storedCell(record: unknown, row: number, col: number): unknown {
  const sheets = (record as { sheets?: Array<{ cells: unknown[][] }> } | undefined)?.sheets;
  return sheets?.[0]?.cells[row]?.[col];
}

export const PENDING_KEY = "gpu-payback-preview:pending";

/**
 * Init script: while sessionStorage "test-fail" holds "get" (or "put"), every IndexedDB get (or
 * put) aborts its transaction, as a failing disk would. sessionStorage outlives a reload.
 */
export function failIndexedDb(): void {
  const mode = sessionStorage.getItem("test-fail") ?? "";
  for (const method of ["get", "put"] as const) {
    if (!mode.includes(method)) continue;
    const real = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      const request = real.apply(this, args);
      this.transaction.abort();
      return request;
    };
  }
}
