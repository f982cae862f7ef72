/**
 * The workbook kept in this browser's IndexedDB: one current slot, and unreadable copies kept aside
 * each under a key of its own ("unreadable-<time>"), never overwritten nor deleted. A write counts
 * as done only when its transaction has completed (a request's success is not yet on disk); it
 * fails with the transaction's reason when the transaction errs or aborts (a full disk, say).
 */
const DATABASE = "gpu-payback-preview";
const STORE = "workbooks";
const CURRENT = "current";
export const UNREADABLE_PREFIX = "unreadable-";

/** What a store of workbooks offers the page (the IndexedDB one, or a test's). */
export interface WorkbookSlots {
  /** What was saved last, or undefined on a first visit; rejects when nothing could be read. */
  load(): Promise<unknown>;
  /** Resolves once the transaction has completed. */
  save(data: unknown): Promise<void>;
  /** Keeps unreadable data under a new key of its own; resolves with that key once completed. */
  keepAside(data: unknown): Promise<string>;
}

/** The transaction's reason, or one of ours when the browser gave none (an explicit abort). */
function failure(transaction: IDBTransaction, fallback: string): Error {
  return transaction.error ?? new DOMException(fallback, "AbortError");
}

/**
 * Runs `work` in one transaction over the store; resolves with the request's result when the
 * transaction completes, rejects with its reason when it errs or aborts.
 */
export function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
  return new Promise((resolve, reject) => {
    // "strict": the browser flushes to disk before it calls the transaction complete.
    const transaction = db.transaction(STORE, mode, { durability: "strict" });
    let result: T;
    transaction.oncomplete = () => resolve(result);
    transaction.onabort = () => reject(failure(transaction, "the transaction was aborted"));
    // A failed request aborts the transaction: its reason comes with the abort.
    try {
      const request = work(transaction.objectStore(STORE));
      request.onsuccess = () => (result = request.result);
    } catch (error) {
      reject(error);
      try {
        transaction.abort();
      } catch {
        // already finished
      }
    }
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab's upgrade"));
  });
}

export class WorkbookStore implements WorkbookSlots {
  private database?: Promise<IDBDatabase>;

  constructor(private readonly openDb: () => Promise<IDBDatabase> = openDatabase) {}

  /** The database, opened once; a failed opening is tried again by the next call. */
  private open(): Promise<IDBDatabase> {
    if (!this.database) {
      this.database = this.openDb();
      this.database.catch(() => (this.database = undefined));
    }
    return this.database;
  }

  async load(): Promise<unknown> {
    return transact(await this.open(), "readonly", (store) => store.get(CURRENT));
  }

  async save(data: unknown): Promise<void> {
    await transact(await this.open(), "readwrite", (store) => store.put(data, CURRENT));
  }

  async keepAside(data: unknown): Promise<string> {
    const db = await this.open();
    for (let attempt = 0; ; attempt++) {
      const key = `${UNREADABLE_PREFIX}${new Date().toISOString()}${attempt ? `-${attempt}` : ""}`;
      try {
        // add(), not put(): a key already taken fails instead of overwriting an earlier copy.
        await transact(db, "readwrite", (store) => store.add(data, key));
        return key;
      } catch (error) {
        if (!(error instanceof DOMException && error.name === "ConstraintError") || attempt > 8)
          throw error;
      }
    }
  }
}
