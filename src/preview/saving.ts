/**
 * The page's saving, wired: the tab lock decides whether this tab writes; the workbook is read
 * back (restore.ts) and saved as the user works (autoSave.ts); the app bar shows the save state
 * (saveStatus.ts) and the read-only bar (readOnly.ts) shows when another tab holds the workbook.
 */
import type { Language } from "../template";
import { AutoSave, type SaveSource } from "./autoSave";
import type { GridText } from "./grid/text";
import type { HyperFormulaHost } from "./hyperformulaHost";
import { ReadOnlyBar } from "./readOnly";
import { restore, type Restored } from "./restore";
import { readSaved } from "./savedWorkbook";
import { failureReason, SaveStatus, type SaveState } from "./saveStatus";
import { revisionOf, SyncCopy } from "./syncCopy";
import { TabLock } from "./tabLock";
import { WorkbookStore } from "./workbookStore";

export interface SavingView {
  readonly text: GridText;
  say(message: string): void;
  readonly onLanguage: Array<(language: Language) => void>;
}

export interface Saving {
  readonly autosave: AutoSave;
  readonly lock: TabLock;
  /** What to tell the user about the first read, once the view shows the workbook. */
  readonly problem?: (text: GridText) => string;
}

/** What autosave reads of the host: the whole workbook, after each change. */
function savedSource(host: HyperFormulaHost): SaveSource {
  return {
    saved: () => host.persistence.saved(),
    subscribe: (listener) => host.subscribe(listener),
  };
}

/** The parts, and what they do to each other. */
class Keeper {
  readonly store = new WorkbookStore();
  readonly copy = new SyncCopy();
  readonly status: SaveStatus;
  readonly autosave: AutoSave;
  readonly bar: ReadOnlyBar;
  readonly lock: TabLock;
  /** The revision the host shows. */
  private shown = 0;

  constructor(
    private readonly host: HyperFormulaHost,
    private readonly view: SavingView,
    language: Language
  ) {
    this.status = new SaveStatus(language);
    this.autosave = new AutoSave(savedSource(host), {
      store: this.store,
      copy: this.copy,
      onState: (state, error) => this.showState(state, error),
      onSaved: (revision) => this.lock.announce((this.shown = revision)),
    });
    this.bar = new ReadOnlyBar(language, document.querySelector<HTMLElement>(".layout"), () =>
      this.lock.takeOver()
    );
    this.lock = new TabLock({
      acquired: () => this.acquired(),
      lost: () => {
        this.autosave.pause();
        this.bar.show((t) => t.movedTab);
        void this.follow();
      },
      beforeRelease: () => this.autosave.handOver(),
      saved: () => void this.follow(),
    });
    document.querySelector(".app-bar")?.append(this.status.root);
    document.querySelector(".app-bar")?.after(this.bar.root);
    view.onLanguage.push((next) => {
      this.status.setLanguage(next);
      this.bar.setLanguage(next);
    });
  }

  private showState(state: SaveState, error: unknown): void {
    const reason = error === undefined ? undefined : (t: GridText) => failureReason(error, t);
    this.status.show(state, reason && ((t) => t.saveFailed(reason(t))));
    if (reason) this.view.say(this.view.text.saveFailed(reason(this.view.text)));
  }

  /** This tab writes from what was read, or refuses to when it could not be read. */
  apply(restored: Restored): void {
    this.shown = restored.revision;
    if (restored.writable) void this.autosave.adopt(restored.revision, restored.pending);
    else {
      this.autosave.block();
      this.status.show("unsaved", restored.problem);
    }
  }

  /** Only looking: the workbook as read, nothing written. */
  look(restored: Restored): void {
    this.shown = restored.revision;
    this.autosave.pause();
    this.bar.show((t) => t.otherTab);
  }

  /** Taken over: read again (the other tab saved before letting go), then write. */
  private async acquired(): Promise<void> {
    const restored = await restore(this.host.persistence, this.store, this.copy, true);
    this.apply(restored);
    this.bar.hide();
    if (restored.problem) this.view.say(restored.problem(this.view.text));
  }

  /** A tab that only looks follows the holder's saves. */
  private async follow(): Promise<void> {
    const data = await this.store.load().catch(() => undefined);
    if (this.lock.held || revisionOf(data) <= this.shown) return;
    try {
      this.host.persistence.load(readSaved(data));
      this.shown = revisionOf(data);
    } catch {
      // the holder's next save is read again
    }
  }
}

/** Reads the workbook into `host` and keeps it saved; call before the view attaches the host. */
export async function mountSaving(
  host: HyperFormulaHost,
  view: SavingView,
  language: Language
): Promise<Saving> {
  const keeper = new Keeper(host, view, language);
  const held = await keeper.lock.start();
  const restored = await restore(host.persistence, keeper.store, keeper.copy, held);
  if (held) keeper.apply(restored);
  else keeper.look(restored);
  return { autosave: keeper.autosave, lock: keeper.lock, problem: restored.problem };
}
