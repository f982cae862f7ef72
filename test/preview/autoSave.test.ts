/**
 * @jest-environment jsdom
 */
/**
 * The autosave's decisions over a store whose saves the test completes or fails by hand, with
 * jest's fake clock (nothing waits on real time):
 *   - a change is "saving" until its save completes, then "saved"; a burst is saved once, a
 *     quarter of a second after its last change;
 *   - a failed save says "unsaved" with its reason and is tried again on the next change;
 *   - going away with a save pending copies the workbook to localStorage at once, with a revision
 *     above the save's; the copy goes once IndexedDB holds that revision;
 *   - paused (another tab holds the workbook) or blocked (the stored copy could not be read), it
 *     writes nothing, not even at pagehide.
 */
import { AutoSave, SAVE_DELAY_MS } from "../../src/preview/autoSave";
import type { HostChange } from "../../src/preview/hyperformulaHost";
import type { SavedWorkbook } from "../../src/preview/savedWorkbook";
import { SyncCopy } from "../../src/preview/syncCopy";
import type { WorkbookSlots } from "../../src/preview/workbookStore";

/** Every autosave made here: paused after each test, so that its pagehide listener stays quiet. */
const made: AutoSave[] = [];

function setUp() {
  let listener: (change: HostChange) => void = () => undefined;
  let content = 0;
  const host = {
    saved: () => ({ format: "gpu-payback-workbook", content }) as unknown as SavedWorkbook,
    subscribe: (l: (change: HostChange) => void) => {
      listener = l;
      return () => undefined;
    },
  };
  const change = (value: number) => {
    content = value;
    listener({ kind: "values", sheet: "Sheet1", addresses: ["A1"] });
  };
  /** A change of another kind (a sheet added or renamed, the selection moved). */
  const emit = (kind: "sheets" | "selection", value: number) => {
    content = value;
    listener({ kind });
  };
  const saves: Array<{ data: { content: number; revision: number }; done(error?: Error): void }> =
    [];
  const store: WorkbookSlots = {
    load: () => Promise.resolve(undefined),
    keepAside: () => Promise.resolve("unreadable-x"),
    save: (data) =>
      new Promise<void>((resolve, reject) =>
        saves.push({
          data: data as { content: number; revision: number },
          done: (error) => (error ? reject(error) : resolve()),
        })
      ),
  };
  localStorage.clear();
  const states: string[] = [];
  const errors: unknown[] = [];
  const autosave = new AutoSave(host, {
    store,
    copy: new SyncCopy(localStorage),
    onState: (state, error) => {
      states.push(state);
      if (error) errors.push(error);
    },
  });
  made.push(autosave);
  return { autosave, change, emit, saves, states, errors };
}

const copied = () => {
  const text = localStorage.getItem("gpu-payback-preview:pending");
  return text === null ? null : (JSON.parse(text) as { content: number; revision: number });
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  for (const autosave of made.splice(0)) autosave.pause();
  jest.useRealTimers();
});

describe("AutoSave", () => {
  it("saves a burst once after the delay; saved only when the save completes", async () => {
    const { autosave, change, saves, states } = setUp();
    await autosave.adopt(4, false);
    change(1);
    change(2);
    jest.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(saves).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(saves.map((s) => s.data)).toMatchObject([{ content: 2, revision: 5 }]);
    expect(states.at(-1)).toBe("saving");
    saves[0].done();
    await autosave.flush();
    expect(states.at(-1)).toBe("saved");
  });

  it("a failed save says unsaved with the reason, and the next change tries again", async () => {
    const { autosave, change, saves, states, errors } = setUp();
    await autosave.adopt(0, false);
    change(1);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    const full = new DOMException("full", "QuotaExceededError");
    saves[0].done(full);
    await jest.runAllTimersAsync();
    expect(states.at(-1)).toBe("unsaved");
    expect(errors).toEqual([full]);
    change(2);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves.map((s) => s.data.content)).toEqual([1, 2]);
  });

  it("a change during a save is saved after it, with the next revision", async () => {
    const { autosave, change, saves, states } = setUp();
    await autosave.adopt(0, false);
    change(1);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    change(2);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves).toHaveLength(1); // one save at a time
    saves[0].done();
    await Promise.resolve();
    await Promise.resolve();
    expect(states.at(-1)).not.toBe("saved"); // the second change is not saved yet
    await jest.runAllTimersAsync();
    expect(saves.map((s) => s.data)).toMatchObject([
      { content: 1, revision: 1 },
      { content: 2, revision: 2 },
    ]);
  });

  it("at pagehide copies what is pending to localStorage; removed once IndexedDB has it", async () => {
    const { autosave, change, saves } = setUp();
    await autosave.adopt(10, false);
    change(7);
    window.dispatchEvent(new Event("pagehide"));
    expect(copied()).toMatchObject({ content: 7, revision: 11 });
    expect(saves.map((s) => s.data)).toMatchObject([{ content: 7, revision: 12 }]);
    saves[0].done();
    await autosave.flush();
    expect(copied()).toBeNull();
  });

  it("at pagehide with nothing pending writes nothing", async () => {
    const { autosave, saves } = setUp();
    await autosave.adopt(3, false);
    window.dispatchEvent(new Event("pagehide"));
    expect(copied()).toBeNull();
    expect(saves).toHaveLength(0);
  });

  it("adopting the localStorage copy saves it to IndexedDB at once", async () => {
    const { autosave, saves } = setUp();
    void autosave.adopt(8, true);
    expect(saves.map((s) => s.data.revision)).toEqual([9]);
  });

  it("paused or blocked, writes nothing, even at pagehide", async () => {
    const { autosave, change, saves, states } = setUp();
    autosave.pause();
    change(1);
    window.dispatchEvent(new Event("pagehide"));
    autosave.block();
    change(2);
    window.dispatchEvent(new Event("pagehide"));
    await jest.runAllTimersAsync();
    expect(saves).toHaveLength(0);
    expect(copied()).toBeNull();
    expect(states).toEqual(["readonly", "unsaved"]);
  });

  it("hands over: saved, or copied to localStorage when the save failed, then paused", async () => {
    const { autosave, change, saves, states } = setUp();
    await autosave.adopt(0, false);
    change(5);
    const handing = autosave.handOver();
    saves[0].done(new Error("aborted"));
    await handing;
    expect(copied()).toMatchObject({ content: 5 });
    expect(states.at(-1)).toBe("readonly");
  });

  it("a sheet added or renamed is saved like a typed value; a moved selection is not", async () => {
    const { autosave, emit, saves } = setUp();
    await autosave.adopt(0, false);
    emit("selection", 1);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves).toHaveLength(0);
    emit("sheets", 2);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves.map((s) => s.data)).toMatchObject([{ content: 2, revision: 1 }]);
  });

  it("when the tab is hidden with a change pending, copies it to localStorage at once", async () => {
    const { autosave, change, saves } = setUp();
    await autosave.adopt(2, false);
    change(6);
    const visibility = jest.spyOn(document, "visibilityState", "get");
    try {
      visibility.mockReturnValue("visible");
      document.dispatchEvent(new Event("visibilitychange"));
      expect(copied()).toBeNull();
      visibility.mockReturnValue("hidden");
      document.dispatchEvent(new Event("visibilitychange"));
    } finally {
      visibility.mockRestore();
    }
    expect(copied()).toMatchObject({ content: 6, revision: 3 });
    expect(saves.map((s) => s.data)).toMatchObject([{ content: 6, revision: 4 }]);
  });

  it("at pagehide while a save is still running, copies the workbook: that save may never land", async () => {
    const { autosave, change, saves } = setUp();
    await autosave.adopt(0, false);
    change(3);
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves.map((s) => s.data)).toMatchObject([{ content: 3, revision: 1 }]);
    window.dispatchEvent(new Event("pagehide")); // nothing new since, but revision 1 is not on disk
    expect(copied()).toMatchObject({ content: 3, revision: 2 });
    saves[0].done();
    await jest.runAllTimersAsync();
    expect(saves.map((s) => s.data.revision)).toEqual([1, 3]);
  });
});
