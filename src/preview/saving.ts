/**
 * The page's saving, wired: the tab lock decides whether this tab writes; the workbook is read
 * back (restore.ts) and saved as the user works (autoSave.ts); the app bar shows the save state
 * (saveStatus.ts) and the read-only bar (readOnly.ts) shows when another tab holds the workbook.
 */
import type { Language } from "../template";
import { AutoSave } from "./autoSave";
import type { GridText } from "./grid/text";
import type { HyperFormulaHost } from "./hyperformulaHost";
import { ReadOnlyBar } from "./readOnly";
import { restore, type Restored } from "./restore";
import { readSaved } from "./savedWorkbook";
import { failureReason, SaveStatus } from "./saveStatus";
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

/** Reads the workbook into `host` and keeps it saved; call before the view attaches the host. */
export async function mountSaving(
  host: HyperFormulaHost,
  view: SavingView,
  language: Language
): Promise<Saving> {
  const store = new WorkbookStore();
  const copy = new SyncCopy();
  const status = new SaveStatus(language);
  document.querySelector(".app-bar")?.append(status.root);
  let shown = 0; // the revision the host shows
  const autosave = new AutoSave(host, {
    store,
    copy,
    onState: (state, error) => {
      const reason = error === undefined ? undefined : (t: GridText) => failureReason(error, t);
      status.show(state, reason && ((t) => t.saveFailed(reason(t))));
      if (reason) view.say(view.text.saveFailed(reason(view.text)));
    },
    onSaved: (revision) => lock.announce((shown = revision)),
  });
  const apply = (restored: Restored): void => {
    shown = restored.revision;
    if (restored.writable) void autosave.adopt(restored.revision, restored.pending);
    else {
      autosave.block();
      status.show("unsaved", restored.problem);
    }
  };
  /** A tab that only looks follows the holder's saves. */
  const follow = async (): Promise<void> => {
    const data = await store.load().catch(() => undefined);
    if (lock.held || revisionOf(data) <= shown) return;
    try {
      host.load(readSaved(data));
      shown = revisionOf(data);
    } catch {
      // the holder's next save is read again
    }
  };
  const bar = new ReadOnlyBar(language, document.querySelector<HTMLElement>(".layout"), () =>
    lock.takeOver()
  );
  document.querySelector(".app-bar")?.after(bar.root);
  const lock = new TabLock({
    acquired: async () => {
      const restored = await restore(host, store, copy, true);
      apply(restored);
      bar.hide();
      if (restored.problem) view.say(restored.problem(view.text));
    },
    lost: () => {
      autosave.pause();
      bar.show((t) => t.movedTab);
      void follow();
    },
    beforeRelease: () => autosave.handOver(),
    saved: () => void follow(),
  });
  view.onLanguage.push((next) => {
    status.setLanguage(next);
    bar.setLanguage(next);
  });
  const held = await lock.start();
  const restored = await restore(host, store, copy, held);
  if (held) apply(restored);
  else {
    shown = restored.revision;
    autosave.pause();
    bar.show((t) => t.otherTab);
  }
  return { autosave, lock, problem: restored.problem };
}
