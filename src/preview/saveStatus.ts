/**
 * Whether the workbook is saved, in the app bar: "Saved in this browser", "Saving…", "Not saved"
 * (with the reason as its tooltip) or "Read-only" (another tab holds the workbook). The state is
 * also body[data-save] (saved, saving, unsaved, readonly) for tests and styles.
 */
import type { Language } from "../template";
import { element } from "./grid/dom";
import { GRID_TEXT, type GridText } from "./grid/text";

export type SaveState = "saved" | "saving" | "unsaved" | "readonly";

/** Why a save failed, in words: a full disk and an aborted write by name, else the browser's. */
export function failureReason(error: unknown, text: GridText): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return text.storageFull;
  if (name === "AbortError") return text.writeAborted;
  const message = error instanceof Error ? error.message : String(error);
  return message || text.writeAborted;
}

export class SaveStatus {
  readonly root: HTMLSpanElement = element("span", "save-status");
  private state: SaveState = "saved";
  private reason?: (text: GridText) => string;

  constructor(private language: Language) {
    this.root.id = "save-status";
    this.root.setAttribute("role", "status");
    this.show("saved");
  }

  get current(): SaveState {
    return this.state;
  }

  /** Shows the state; `reason` (in the page's words) for "unsaved" and "readonly". */
  show(state: SaveState, reason?: (text: GridText) => string): void {
    this.state = state;
    this.reason = reason;
    const text = GRID_TEXT[this.language];
    this.root.textContent = text.saveState[state];
    this.root.dataset.state = state;
    const title = reason?.(text);
    if (title) this.root.title = title;
    else this.root.removeAttribute("title");
    document.body.dataset.save = state;
  }

  setLanguage(language: Language): void {
    this.language = language;
    this.show(this.state, this.reason);
  }
}
