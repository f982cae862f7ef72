/**
 * The copy written when the page goes away with a save still pending: an IndexedDB transaction
 * started in `pagehide` may neither complete nor abort, but localStorage is written at once. The
 * next load takes the newer of the two (the higher revision; IndexedDB's on a tie), and the copy
 * is removed once IndexedDB holds that revision or a later one.
 */
const KEY = "gpu-payback-preview:pending";

/** The workbook as stored, with the count of saves that made it and when. */
export interface Revised {
  readonly revision: number;
  readonly savedAt: number;
}

/** The stored value's revision: 0 for data saved before revisions (or not a record at all). */
export function revisionOf(data: unknown): number {
  const revision = (data as Partial<Revised> | null | undefined)?.revision;
  return typeof revision === "number" && Number.isSafeInteger(revision) && revision > 0
    ? revision
    : 0;
}

export interface Candidate {
  readonly data: unknown;
  readonly from: "store" | "copy";
}

/** What was found, newest first: the higher revision first, the IndexedDB copy first on a tie. */
export function newestFirst(stored: unknown, copy: unknown): Candidate[] {
  const found: Candidate[] = [];
  if (stored !== undefined) found.push({ data: stored, from: "store" });
  if (copy !== undefined) found.push({ data: copy, from: "copy" });
  return found.sort((a, b) => revisionOf(b.data) - revisionOf(a.data));
}

/** The synchronous store: localStorage, or a test's. */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export class SyncCopy {
  /** The revision of the copy this page last wrote or read; undefined: none known. */
  private known?: number;

  constructor(private readonly storage: SyncStorage | undefined = globalThis.localStorage) {}

  /** Writes the copy; false when it could not be (storage full or switched off). */
  write(data: Revised): boolean {
    try {
      this.storage?.setItem(KEY, JSON.stringify(data));
      this.known = data.revision;
      return this.storage !== undefined;
    } catch {
      return false;
    }
  }

  /** The copy: undefined when there is none; the raw text when it is not JSON (kept aside). */
  read(): unknown {
    let text: string | null | undefined;
    try {
      text = this.storage?.getItem(KEY);
    } catch {
      return undefined;
    }
    if (text === null || text === undefined) return undefined;
    let copy: unknown = text;
    try {
      copy = JSON.parse(text) as unknown;
    } catch {
      // not JSON: the text itself is what was found
    }
    this.known = revisionOf(copy);
    return copy;
  }

  /** Removes the copy (once kept aside elsewhere). */
  discard(): void {
    try {
      this.storage?.removeItem(KEY);
      this.known = undefined;
    } catch {
      // it stays
    }
  }

  /** Removes the copy when IndexedDB now holds its revision or a later one. */
  settle(savedRevision: number): void {
    if (this.known === undefined || this.known > savedRevision) return;
    try {
      this.storage?.removeItem(KEY);
      this.known = undefined;
    } catch {
      // the copy stays: the next load compares revisions again
    }
  }
}
