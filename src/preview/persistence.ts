/**
 * The workbook kept in the browser (IndexedDB) as the user works: saved a moment after each
 * change and when the page is hidden, read back on the next visit. Stored data that cannot be read
 * is kept aside under another key (never deleted) and the page starts a new workbook.
 */
import type { HyperFormulaHost } from "./hyperformulaHost";

const DATABASE = "gpu-payback-preview";
const STORE = "workbooks";
const CURRENT = "current";
const UNREADABLE = "unreadable";
/** Wait this long after a change before saving (a burst of edits is saved once). */
const SAVE_DELAY_MS = 400;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

export class WorkbookStore {
  private database?: Promise<IDBDatabase>;

  private open(): Promise<IDBDatabase> {
    if (!this.database) {
      const req = indexedDB.open(DATABASE, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      this.database = request(req);
    }
    return this.database;
  }

  private async run<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T>
  ): Promise<T> {
    const db = await this.open();
    return request(work(db.transaction(STORE, mode).objectStore(STORE)));
  }

  /** What was saved last, or undefined on a first visit. */
  load(): Promise<unknown> {
    return this.run("readonly", (store) => store.get(CURRENT));
  }

  async save(data: unknown): Promise<void> {
    await this.run("readwrite", (store) => store.put(data, CURRENT));
  }

  /** Keeps unreadable data aside (for whoever wants to recover it) and clears the current slot. */
  async keepAside(data: unknown): Promise<void> {
    await this.run("readwrite", (store) => store.put(data, UNREADABLE));
    await this.clear();
  }

  async clear(): Promise<void> {
    await this.run("readwrite", (store) => store.delete(CURRENT));
  }
}

/** Saves the host's workbook a moment after every change, and at once when the page is hidden. */
export class AutoSave {
  private timer?: ReturnType<typeof setTimeout>;
  private pending = false;
  /** The last save's promise (tests and the page wait on it). */
  saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: HyperFormulaHost,
    private readonly store: WorkbookStore,
    private readonly onError: (error: unknown) => void
  ) {
    host.subscribe((change) => {
      if (change.kind !== "selection") this.schedule();
    });
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") this.flush();
    });
    window.addEventListener("pagehide", () => this.flush());
  }

  schedule(): void {
    this.pending = true;
    clearTimeout(this.timer);
    // After a pause in the edits, and then when the browser is idle (writing a big sheet takes a
    // while: it should not delay the next keystroke).
    this.timer = setTimeout(() => {
      if (typeof requestIdleCallback === "function")
        requestIdleCallback(() => void this.flush(), { timeout: 2000 });
      else void this.flush();
    }, SAVE_DELAY_MS);
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.pending) return this.saving;
    this.pending = false;
    this.saving = this.store.save(this.host.saved()).catch(this.onError);
    return this.saving;
  }
}
