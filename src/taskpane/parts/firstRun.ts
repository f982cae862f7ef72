/**
 * The first-run view: the first time the pane opens, a welcome above everything that says what
 * GPU Payback does and offers Insert sheet (the insert part's action, with its choices as they
 * stand) and Close. Either one closes the welcome for good: the store remembers that it was seen.
 * Without a store (the preview) there is no welcome.
 */
import type { PaneContext } from "./context";

/** Whether the welcome was seen; where that is kept is the page's business (start.ts). */
export interface FirstRunStore {
  seen(): boolean;
  remember(): void;
}

/** A store over the page's localStorage; where storage is refused, the welcome shows each time. */
export function browserFirstRunStore(
  storage: () => Storage | undefined,
  key = "gpu-payback.welcomed"
): FirstRunStore {
  return {
    seen: () => {
      try {
        return storage()?.getItem(key) === "1";
      } catch {
        return false;
      }
    },
    remember: () => {
      try {
        storage()?.setItem(key, "1");
      } catch {
        // Storage refused (private mode, policy): the welcome shows again next time, nothing else.
      }
    },
  };
}

/** The welcome, or null when it was seen before. */
export function firstRunPart(
  context: PaneContext,
  store: FirstRunStore,
  insert: () => void
): HTMLElement | null {
  if (store.seen()) return null;
  let node: HTMLElement | null = null;
  const close = () => {
    store.remember();
    node?.remove();
  };
  const insertButton = context.button(
    { id: "first-run-insert", className: "pane-button pane-button-primary" },
    (t) => t.firstRun.insertButton,
    () => {
      close();
      insert();
    }
  );
  const closeButton = context.button(
    { id: "first-run-close", className: "pane-button" },
    (t) => t.firstRun.closeButton,
    close
  );
  node = context.section(
    "first-run",
    (t) => t.firstRun.heading,
    context.say("p", { id: "first-run-what", className: "pane-hint" }, (t) => t.firstRun.what),
    context.say("p", { id: "first-run-how", className: "pane-hint" }, (t) => t.firstRun.how),
    context.element("div", { className: "pane-first-run-actions" }, insertButton, closeButton)
  );
  node.classList.add("pane-first-run");
  return node;
}
