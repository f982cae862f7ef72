/**
 * Reading the saved workbook back never loses any of it (restore.ts, over test doubles of the
 * store, the localStorage copy's storage and the host):
 *   - a read that fails is tried again; when every try fails nothing is written, kept aside or
 *     reset, and saving is refused (writable false) with the reason;
 *   - the newer copy is loaded: the localStorage one when its revision is higher (then pending:
 *     IndexedDB lacks it), IndexedDB's otherwise;
 *   - data read but unreadable is kept aside before anything else, the localStorage copy then
 *     removed; when keeping aside fails, saving is refused;
 *   - a tab that does not hold the workbook keeps nothing aside (it writes nothing).
 */
import { GRID_TEXT } from "../../src/preview/grid/text";
import { READ_ATTEMPTS, restore } from "../../src/preview/restore";
import { SAVED_FORMAT, SAVED_VERSION, type SavedWorkbook } from "../../src/preview/savedWorkbook";
import { SyncCopy } from "../../src/preview/syncCopy";
import type { WorkbookSlots } from "../../src/preview/workbookStore";

const workbook = (revision: number, name = "Sheet1") => ({
  format: SAVED_FORMAT,
  version: SAVED_VERSION,
  sheets: [
    { name, cells: [[revision]], formats: [], columnWidths: [], tableNames: [], charts: [] },
  ],
  names: [],
  active: 0,
  selected: "A1",
  revision,
  savedAt: 0,
});

function doubles(options: { reads: Array<unknown>; copy?: string; keepFails?: boolean }) {
  const calls: string[] = [];
  const aside: unknown[] = [];
  const reads = [...options.reads];
  const store: WorkbookSlots = {
    load: () => {
      calls.push("load");
      const next = reads.shift();
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    save: () => {
      calls.push("save");
      return Promise.resolve();
    },
    keepAside: (data) => {
      calls.push("keepAside");
      if (options.keepFails) return Promise.reject(new Error("disk full"));
      aside.push(data);
      return Promise.resolve(`unreadable-${aside.length}`);
    },
  };
  const items = new Map<string, string>();
  if (options.copy !== undefined) items.set("gpu-payback-preview:pending", options.copy);
  const copy = new SyncCopy({
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  });
  const loaded: SavedWorkbook[] = [];
  const host = {
    load: (saved: SavedWorkbook) => {
      calls.push("host.load");
      loaded.push(saved);
    },
    reset: () => void calls.push("host.reset"),
  };
  return { store, copy, host, calls, aside, loaded, items };
}

describe("restore", () => {
  it("tries a failing read again and loads what the later try gives", async () => {
    const d = doubles({ reads: [new Error("busy"), workbook(3)] });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(d.calls).toEqual(["load", "load", "host.load"]);
    expect(restored).toEqual({ writable: true, revision: 3, pending: false });
  });

  it("when no try can read, writes, keeps aside and resets nothing, and refuses saving", async () => {
    const reads = Array.from({ length: READ_ATTEMPTS }, () => new Error("I/O error"));
    const d = doubles({ reads, copy: JSON.stringify(workbook(9)) });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(d.calls).toEqual(Array(READ_ATTEMPTS).fill("load"));
    expect(restored.writable).toBe(false);
    expect(restored.problem?.(GRID_TEXT.en)).toBe(
      "The workbook saved in this browser could not be read (I/O error). Nothing was changed or deleted, and changes made now are not saved: reload the page to try again."
    );
    expect(d.items.size).toBe(1); // the localStorage copy is still there
  });

  it("loads the localStorage copy when it is newer: pending, IndexedDB lacks it", async () => {
    const d = doubles({ reads: [workbook(4)], copy: JSON.stringify(workbook(5, "Newer")) });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(d.loaded.map((w) => w.sheets[0].name)).toEqual(["Newer"]);
    expect(restored).toEqual({ writable: true, revision: 5, pending: true });
  });

  it("loads IndexedDB's copy when the localStorage one is not newer", async () => {
    const d = doubles({ reads: [workbook(5, "Stored")], copy: JSON.stringify(workbook(5)) });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(d.loaded.map((w) => w.sheets[0].name)).toEqual(["Stored"]);
    expect(restored).toEqual({ writable: true, revision: 5, pending: false });
  });

  it("keeps unreadable data aside, then starts anew; an unreadable copy aside is removed", async () => {
    const d = doubles({ reads: [{ format: "other", revision: 2 }], copy: "{broken" });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(d.aside).toEqual([{ format: "other", revision: 2 }, "{broken"]);
    expect(d.calls).toEqual(["load", "host.reset", "keepAside", "keepAside"]);
    expect(d.items.size).toBe(0);
    expect(restored.writable).toBe(true);
    expect(restored.revision).toBe(2);
    expect(restored.problem?.(GRID_TEXT.en)).toMatch(
      /could not be read \(the stored workbook is unreadable: it is not a GPU Payback workbook\)/
    );
  });

  it("refuses saving when the unreadable data cannot be kept aside", async () => {
    const d = doubles({ reads: [{ format: "other" }], keepFails: true });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(restored.writable).toBe(false);
    expect(restored.problem?.(GRID_TEXT.en)).toMatch(
      /; disk full\) nor kept aside: it is left as it was/
    );
  });

  it("in a tab that does not hold the workbook, keeps nothing aside", async () => {
    const d = doubles({ reads: [{ format: "other" }] });
    const restored = await restore(d.host, d.store, d.copy, false);
    expect(d.calls).toEqual(["load", "host.reset"]);
    expect(restored.writable).toBe(false);
  });

  it("an unreadable localStorage copy that cannot be kept aside stays where it was", async () => {
    const d = doubles({ reads: [undefined], copy: "{broken", keepFails: true });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(restored.writable).toBe(false);
    expect(d.items.get("gpu-payback-preview:pending")).toBe("{broken");
  });

  it("a saved workbook with TRUE, FALSE, text and blank cells loads as it was", async () => {
    const saved = workbook(6);
    saved.sheets[0].cells = [[true, false, "text", null, 0] as never];
    const d = doubles({ reads: [saved] });
    const restored = await restore(d.host, d.store, d.copy, true);
    expect(restored).toEqual({ writable: true, revision: 6, pending: false });
    expect(d.loaded.map((w) => w.sheets[0].cells)).toEqual([[[true, false, "text", null, 0]]]);
    expect(d.aside).toEqual([]);
  });
});
