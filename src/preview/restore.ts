/**
 * Reading the saved workbook back, never losing any of it: the read is tried again before giving
 * up, and when nothing could be read nothing may be written (the stored copy may be fine). Of the
 * IndexedDB copy and the localStorage one (see syncCopy.ts) the newer is loaded; a copy that was
 * read but cannot be used is kept aside under a key of its own before anything replaces it.
 */
import type { GridText } from "./grid/text";
import { readSaved, type SavedWorkbook } from "./savedWorkbook";
import { newestFirst, revisionOf, type Candidate, type SyncCopy } from "./syncCopy";
import type { WorkbookSlots } from "./workbookStore";

export const READ_ATTEMPTS = 3;
const RETRY_PAUSE_MS = 150;

export interface LoadHost {
  load(saved: SavedWorkbook): void;
  reset(): void;
}

export interface Restored {
  /** False: nothing may be saved over what is stored (it could not be read, or kept aside). */
  readonly writable: boolean;
  /** The revision the host now shows (saves go on from it). */
  readonly revision: number;
  /** What is shown came from the localStorage copy: IndexedDB does not have it yet. */
  readonly pending: boolean;
  /** What to tell the user, in the page's words. */
  readonly problem?: (text: GridText) => string;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The stored value, trying again READ_ATTEMPTS times; `failed` with the last reason. */
export async function readStored(
  store: WorkbookSlots,
  wait: (ms: number) => Promise<void> = pause
): Promise<{ data: unknown } | { failed: unknown }> {
  let last: unknown;
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
    try {
      return { data: await store.load() };
    } catch (error) {
      last = error;
      if (attempt < READ_ATTEMPTS) await wait(RETRY_PAUSE_MS * attempt);
    }
  }
  return { failed: last };
}

/** Loads the first candidate the host can read; the ones before it that it could not. */
function loadNewest(
  host: LoadHost,
  candidates: Candidate[]
): { loaded?: Candidate; unreadable: Array<Candidate & { error: unknown }> } {
  const unreadable: Array<Candidate & { error: unknown }> = [];
  for (const candidate of candidates) {
    try {
      host.load(readSaved(candidate.data));
      return { loaded: candidate, unreadable };
    } catch (error) {
      unreadable.push({ ...candidate, error });
    }
  }
  return { unreadable };
}

/**
 * Reads the workbook into the host. `keep`: this tab holds the workbook and may keep unreadable
 * copies aside (a tab that only looks writes nothing).
 */
export async function restore(
  host: LoadHost,
  store: WorkbookSlots,
  copy: SyncCopy,
  keep: boolean
): Promise<Restored> {
  const read = await readStored(store);
  if ("failed" in read) {
    const reason = reasonOf(read.failed);
    return { writable: false, revision: 0, pending: false, problem: (t) => t.cannotRead(reason) };
  }
  const candidates = newestFirst(read.data, copy.read());
  const { loaded, unreadable } = loadNewest(host, candidates);
  if (!loaded && unreadable.length > 0) host.reset();
  const revision = Math.max(0, ...candidates.map((c) => revisionOf(c.data)));
  if (unreadable.length === 0)
    return { writable: true, revision, pending: loaded?.from === "copy" };
  const reason = reasonOf(unreadable[0].error);
  if (!keep)
    return { writable: false, revision, pending: false, problem: (t) => t.unreadable(reason) };
  try {
    for (const found of unreadable) {
      await store.keepAside(found.data);
      if (found.from === "copy") copy.discard();
    }
  } catch (error) {
    const why = `${reason}; ${reasonOf(error)}`;
    return { writable: false, revision, pending: false, problem: (t) => t.cannotKeepAside(why) };
  }
  return {
    writable: true,
    revision,
    pending: loaded?.from === "copy",
    problem: (t) => t.unreadable(reason),
  };
}
