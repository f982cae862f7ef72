/**
 * The store's transaction handling over a hand-driven IndexedDB double (the test decides when the
 * request succeeds and when the transaction completes or aborts), and the newer-copy merge:
 *   - a save resolves only at the transaction's complete, not at the request's success;
 *   - an abort (a full disk: QuotaExceededError) rejects with the transaction's reason; an
 *     explicit abort without one rejects with an AbortError;
 *   - keeping aside uses add() under a new key, and a taken key is never overwritten;
 *   - of the IndexedDB copy and the localStorage copy the higher revision comes first, IndexedDB's
 *     on a tie; the localStorage copy is removed only once IndexedDB holds its revision.
 */
import { GRID_TEXT } from "../../src/preview/grid/text";
import { failureReason } from "../../src/preview/saveStatus";
import { newestFirst, revisionOf, SyncCopy, type SyncStorage } from "../../src/preview/syncCopy";
import { WorkbookStore } from "../../src/preview/workbookStore";

/** One transaction of the double: its request and its events, fired by the test. */
class FakeTransaction {
  oncomplete: (() => void) | null = null;
  onabort: (() => void) | null = null;
  error: DOMException | null = null;
  readonly requests: Array<{ method: string; args: unknown[]; request: FakeRequest }> = [];
  constructor(readonly mode: string) {}
  objectStore() {
    const record =
      (method: string) =>
      (...args: unknown[]) => {
        const request = new FakeRequest();
        this.requests.push({ method, args, request });
        return request;
      };
    return { get: record("get"), put: record("put"), add: record("add") };
  }
  complete(): void {
    this.oncomplete?.();
  }
  abort(error: DOMException | null = null): void {
    this.error = error;
    this.onabort?.();
  }
}

class FakeRequest {
  onsuccess: (() => void) | null = null;
  result: unknown;
  succeed(result: unknown): void {
    this.result = result;
    this.onsuccess?.();
  }
}

function fakeDatabase() {
  const transactions: FakeTransaction[] = [];
  const db = {
    transaction: (_store: string, mode: string) => {
      const transaction = new FakeTransaction(mode);
      transactions.push(transaction);
      return transaction;
    },
  };
  const store = new WorkbookStore(() => Promise.resolve(db as unknown as IDBDatabase));
  return { store, transactions, db: db as unknown as IDBDatabase };
}

/** Lets the store's awaits run (it opens the database first). */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Whether a promise has settled yet, and how. */
function watch<T>(promise: Promise<T>) {
  const seen: { state: "pending" | "resolved" | "rejected"; value?: unknown } = {
    state: "pending",
  };
  promise.then(
    (value) => Object.assign(seen, { state: "resolved", value }),
    (error: unknown) => Object.assign(seen, { state: "rejected", value: error })
  );
  return seen;
}

describe("WorkbookStore's transactions", () => {
  it("a save is done at the transaction's complete, not at the request's success", async () => {
    const { store, transactions } = fakeDatabase();
    const saving = watch(store.save({ sheets: [] }));
    await turn();
    const [transaction] = transactions;
    expect(transaction.mode).toBe("readwrite");
    expect(transaction.requests.map((r) => [r.method, r.args[1]])).toEqual([["put", "current"]]);
    transaction.requests[0].request.succeed("current");
    await turn();
    expect(saving.state).toBe("pending");
    transaction.complete();
    await turn();
    expect(saving.state).toBe("resolved");
  });

  it("an aborted save rejects with the transaction's reason (a full disk)", async () => {
    const { store, transactions } = fakeDatabase();
    const saving = watch(store.save({}));
    await turn();
    transactions[0].requests[0].request.succeed("current");
    const full = new DOMException("Quota exceeded", "QuotaExceededError");
    transactions[0].abort(full);
    await turn();
    expect(saving).toEqual({ state: "rejected", value: full });
  });

  it("an abort without a reason rejects with an AbortError", async () => {
    const { store, transactions } = fakeDatabase();
    const loading = watch(store.load());
    await turn();
    expect(transactions[0].mode).toBe("readonly");
    transactions[0].abort();
    await turn();
    expect(loading.state).toBe("rejected");
    expect((loading.value as DOMException).name).toBe("AbortError");
  });

  it("a load gives the request's result once the transaction completes", async () => {
    const { store, transactions } = fakeDatabase();
    const loading = watch(store.load());
    await turn();
    transactions[0].requests[0].request.succeed({ format: "x" });
    transactions[0].complete();
    await turn();
    expect(loading).toEqual({ state: "resolved", value: { format: "x" } });
  });

  it("keeps aside with add() under a new key; a taken key is tried again, never overwritten", async () => {
    const { store, transactions } = fakeDatabase();
    const keeping = watch(store.keepAside("junk"));
    await turn();
    const first = transactions[0].requests[0];
    expect(first.method).toBe("add");
    expect(first.args[0]).toBe("junk");
    expect(String(first.args[1])).toMatch(/^unreadable-\d{4}-\d\d-\d\dT/);
    transactions[0].abort(new DOMException("Key already exists", "ConstraintError"));
    await turn();
    await turn();
    const second = transactions[1].requests[0];
    expect(second.method).toBe("add");
    expect(second.args[1]).not.toBe(first.args[1]);
    transactions[1].complete();
    await turn();
    expect(keeping).toEqual({ state: "resolved", value: second.args[1] });
    expect(transactions.flatMap((t) => t.requests.map((r) => r.method))).toEqual(["add", "add"]);
  });
});

describe("opening the database", () => {
  it("a failed opening (blocked by another tab's upgrade) is tried again by the next read", async () => {
    const { transactions, db } = fakeDatabase();
    const blocked = new Error("IndexedDB is blocked by another tab's upgrade");
    const opens = [Promise.reject(blocked), Promise.resolve(db)];
    const store = new WorkbookStore(() => opens.shift()!);
    await expect(store.load()).rejects.toBe(blocked);
    const loading = watch(store.load());
    await turn();
    transactions[0].requests[0].request.succeed({ format: "x" });
    transactions[0].complete();
    await turn();
    expect(loading).toEqual({ state: "resolved", value: { format: "x" } });
    expect(opens).toHaveLength(0);
  });
});

describe("the newer of the IndexedDB copy and the localStorage copy", () => {
  it("reads a record's revision; 0 for data saved before revisions or not a count", () => {
    expect(revisionOf({ revision: 7 })).toBe(7);
    expect(revisionOf({ format: "gpu-payback-workbook" })).toBe(0);
    expect(revisionOf({ revision: "7" })).toBe(0);
    expect(revisionOf({ revision: -3 })).toBe(0);
    expect(revisionOf({ revision: 1.5 })).toBe(0);
    expect(revisionOf(undefined)).toBe(0);
    expect(revisionOf("text")).toBe(0);
  });

  it("puts the higher revision first, IndexedDB's on a tie, and skips what is missing", () => {
    const stored = { revision: 4 };
    const newer = { revision: 5 };
    const same = { revision: 4 };
    expect(newestFirst(stored, newer).map((c) => c.from)).toEqual(["copy", "store"]);
    expect(newestFirst(newer, stored).map((c) => c.from)).toEqual(["store", "copy"]);
    expect(newestFirst(stored, same).map((c) => c.from)).toEqual(["store", "copy"]);
    expect(newestFirst(undefined, newer)).toEqual([{ data: newer, from: "copy" }]);
    expect(newestFirst(stored, undefined)).toEqual([{ data: stored, from: "store" }]);
    expect(newestFirst(undefined, undefined)).toEqual([]);
  });
});

/** localStorage as a Map; `full`: every write fails as a full quota does. */
function fakeStorage(full = false): SyncStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe("the localStorage copy", () => {
  it("is written as JSON and read back; removed only once IndexedDB holds its revision", () => {
    const storage = fakeStorage();
    const copy = new SyncCopy(storage);
    expect(copy.write({ revision: 6, savedAt: 1 })).toBe(true);
    expect(new SyncCopy(storage).read()).toEqual({ revision: 6, savedAt: 1 });
    copy.settle(5);
    expect(storage.items.size).toBe(1);
    copy.settle(6);
    expect(storage.items.size).toBe(0);
  });

  it("says false when the storage is full, and keeps text that is not JSON as found", () => {
    expect(new SyncCopy(fakeStorage(true)).write({ revision: 1, savedAt: 1 })).toBe(false);
    const storage = fakeStorage();
    storage.items.set("gpu-payback-preview:pending", "{not json");
    expect(new SyncCopy(storage).read()).toBe("{not json");
    expect(new SyncCopy(undefined).write({ revision: 1, savedAt: 1 })).toBe(false);
  });
});

describe("why a save failed, in words", () => {
  it("names a full disk and an aborted write in both languages, else gives the browser's reason", () => {
    const full = new DOMException("Quota exceeded", "QuotaExceededError");
    const aborted = new DOMException("", "AbortError");
    expect(failureReason(full, GRID_TEXT.en)).toBe(GRID_TEXT.en.storageFull);
    expect(failureReason(full, GRID_TEXT["zh-TW"])).toBe(
      "這個瀏覽器的儲存空間已滿（請釋放磁碟空間，或清除其他網站的資料）"
    );
    expect(failureReason(aborted, GRID_TEXT.en)).toBe(
      "the browser stopped the write before it reached the disk"
    );
    expect(failureReason(new Error("DataCloneError: no"), GRID_TEXT.en)).toBe("DataCloneError: no");
  });
});
