/**
 * @jest-environment jsdom
 */
/**
 * The tab lock's decisions over a Web Locks double whose grants and rejections the test fires by
 * hand, in the order a browser may give them (jest's fake clock for the wait before stealing):
 *   - taking over from a holder that does not answer: the polite request is aborted and the lock
 *     stolen; the aborted request's rejection, even when it comes after the steal was granted,
 *     does not make this tab think it lost the workbook;
 *   - a lock stolen by another tab later is lost, once.
 */
import { STEAL_AFTER_MS, TabLock, type TabLockEvents } from "../../src/preview/tabLock";

interface Asked {
  readonly options: LockOptions;
  grant(): void;
  reject(error: unknown): void;
}

function fakeLocks() {
  const asked: Asked[] = [];
  const locks = {
    request(_name: string, options: LockOptions, callback: (lock: Lock | null) => unknown) {
      return new Promise((resolve, reject) => {
        asked.push({
          options,
          grant: () =>
            void Promise.resolve(callback({ name: _name, mode: "exclusive" })).then(resolve),
          reject,
        });
      });
    },
  };
  return { locks: locks as unknown as LockManager, asked };
}

function events() {
  const said: string[] = [];
  const listener: TabLockEvents = {
    acquired: () => void said.push("acquired"),
    lost: () => void said.push("lost"),
    beforeRelease: () => Promise.resolve(),
    saved: (revision) => void said.push(`saved ${revision}`),
  };
  return { said, listener };
}

/** Lets the promise callbacks run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("TabLock: taking the workbook over", () => {
  it("steals from a holder that does not answer; the aborted request's late rejection loses nothing", async () => {
    const { locks, asked } = fakeLocks();
    const { said, listener } = events();
    const lock = new TabLock(listener, locks);
    lock.takeOver();
    expect(asked.map((a) => a.options.steal ?? false)).toEqual([false]);
    jest.advanceTimersByTime(STEAL_AFTER_MS);
    expect(asked.map((a) => a.options.steal ?? false)).toEqual([false, true]);
    expect(asked[0].options.signal?.aborted).toBe(true);
    asked[1].grant();
    await settle();
    asked[0].reject(new DOMException("The request was aborted.", "AbortError"));
    await settle();
    expect(lock.held).toBe(true);
    expect(said).toEqual(["acquired"]);
    // Another tab steals it in turn: lost, once.
    asked[1].reject(new DOMException("The lock was stolen.", "AbortError"));
    await settle();
    expect(lock.held).toBe(false);
    expect(said).toEqual(["acquired", "lost"]);
  });

  it("a holder that lets go in time is not stolen from", async () => {
    const { locks, asked } = fakeLocks();
    const { said, listener } = events();
    const lock = new TabLock(listener, locks);
    lock.takeOver();
    asked[0].grant();
    await settle();
    jest.advanceTimersByTime(STEAL_AFTER_MS);
    expect(asked).toHaveLength(1);
    expect(lock.held).toBe(true);
    expect(said).toEqual(["acquired"]);
  });
});
