/**
 * Saves the host's workbook a quarter of a second after the last change, one save at a time, and
 * calls it saved only once IndexedDB's transaction has completed. When the page is hidden or goes
 * away with a save pending, a copy goes to localStorage at once (see syncCopy.ts) and the save is
 * started too. A failed save is reported and tried again on the next change. It writes only
 * between adopt() (this tab holds the workbook, read back) and pause() or block().
 */
import type { HostChange } from "./hyperformulaHost";
import type { SavedWorkbook } from "./savedWorkbook";
import type { SaveState } from "./saveStatus";
import type { Revised, SyncCopy } from "./syncCopy";
import type { WorkbookSlots } from "./workbookStore";

/** A burst of keystrokes is saved once; short enough that a closed tab loses nothing. */
export const SAVE_DELAY_MS = 250;

export interface SaveSource {
  saved(): SavedWorkbook;
  subscribe(listener: (change: HostChange) => void): () => void;
}

export interface AutoSaveOptions {
  readonly store: WorkbookSlots;
  readonly copy: SyncCopy;
  /** The state to show; with the error when a save failed. */
  readonly onState: (state: SaveState, error?: unknown) => void;
  /** After each completed save, with its revision. */
  readonly onSaved?: (revision: number) => void;
}

type Mode = "writing" | "paused" | "blocked";

export class AutoSave {
  /** The highest revision handed out: every save and copy gets the next one. */
  private revision = 0;
  private dirty = false;
  private mode: Mode = "paused";
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;

  constructor(
    private readonly host: SaveSource,
    private readonly options: AutoSaveOptions
  ) {
    host.subscribe((change) => {
      if (change.kind !== "selection") this.changed();
    });
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") this.leave();
    });
    window.addEventListener("pagehide", () => this.leave());
  }

  /** Whether this tab writes the workbook now. */
  get writing(): boolean {
    return this.mode === "writing";
  }

  private changed(): void {
    if (this.mode !== "writing") return;
    this.dirty = true;
    this.options.onState("saving");
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /**
   * The host now shows what was read back at `revision`: this tab writes from here on.
   * `pending`: what was read came from the localStorage copy, and is saved to IndexedDB at once.
   */
  adopt(revision: number, pending: boolean): Promise<void> {
    clearTimeout(this.timer);
    this.mode = "writing";
    this.revision = Math.max(this.revision, revision);
    this.dirty = pending;
    if (pending) return this.flush();
    this.options.onState("saved");
    return Promise.resolve();
  }

  /** Another tab holds the workbook: nothing is written from here. */
  pause(): void {
    clearTimeout(this.timer);
    this.mode = "paused";
    this.dirty = false;
    this.options.onState("readonly");
  }

  /** What is stored could not be read: nothing may be written over it. */
  block(): void {
    clearTimeout(this.timer);
    this.mode = "blocked";
    this.options.onState("unsaved");
  }

  /** The workbook with the next revision. */
  private record(): SavedWorkbook & Revised {
    return { ...this.host.saved(), revision: ++this.revision, savedAt: Date.now() };
  }

  /** Saves what is pending; resolves when the save has completed or failed (reported). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) return this.running.then(() => this.flush());
    if (!this.dirty || this.mode !== "writing") return Promise.resolve();
    this.dirty = false;
    this.options.onState("saving");
    let record: SavedWorkbook & Revised;
    try {
      record = this.record();
    } catch (error) {
      return Promise.resolve(this.failed(error));
    }
    this.running = this.options.store
      .save(record)
      .then(
        () => this.completed(record.revision),
        (error: unknown) => this.failed(error)
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private completed(revision: number): void {
    this.options.copy.settle(revision);
    this.options.onSaved?.(revision);
    if (!this.dirty) this.options.onState("saved");
  }

  private failed(error: unknown): void {
    this.dirty = true; // the next change, or the next flush, tries again
    this.options.onState("unsaved", error);
  }

  /**
   * The page is hidden or going away: what is not yet saved goes to localStorage at once, then to
   * IndexedDB (whose transaction may not outlive the page).
   */
  leave(): void {
    if (this.mode !== "writing" || (!this.dirty && !this.running)) return;
    try {
      this.options.copy.write(this.record());
    } catch {
      // the IndexedDB save below is then the only one
    }
    this.dirty = true;
    void this.flush();
  }

  /** Before another tab takes the workbook: saved, or copied to localStorage when saving failed. */
  async handOver(): Promise<void> {
    await this.flush();
    if (this.dirty && this.mode === "writing") this.options.copy.write(this.record());
    this.pause();
  }
}
