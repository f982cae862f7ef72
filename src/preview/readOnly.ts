/**
 * The page while another tab holds the workbook: a bar under the app bar says so and offers
 * "Use it here"; the workbook and the task pane are inert (no click, focus or typing reaches
 * them), and keys, paste and drops anywhere else on the page are stopped before the grid's
 * page-wide shortcuts (Ctrl+Z) see them; the browser's own keys (Tab, reload) still work.
 */
import type { Language } from "../template";
import { element } from "./grid/dom";
import { GRID_TEXT, type GridText } from "./grid/text";

const BLOCKED_EVENTS = ["keydown", "paste", "cut", "drop"] as const;

export class ReadOnlyBar {
  readonly root: HTMLDivElement = element("div", "read-only-bar");
  private readonly words: HTMLSpanElement = element("span", "read-only-words");
  readonly button: HTMLButtonElement = element("button", "read-only-use");
  private say: (text: GridText) => string = (t) => t.otherTab;
  private shown = false;

  constructor(
    private language: Language,
    private readonly layout: HTMLElement | null,
    onUseHere: () => void
  ) {
    this.root.id = "read-only";
    this.root.setAttribute("role", "alert");
    this.root.hidden = true;
    this.button.id = "use-here";
    this.button.type = "button";
    this.button.addEventListener("click", () => {
      this.button.disabled = true;
      onUseHere();
    });
    this.root.append(this.words, this.button);
    for (const type of BLOCKED_EVENTS)
      document.addEventListener(type, (event) => this.stop(event), true);
    this.relabel();
  }

  private stop(event: Event): void {
    if (!this.shown || this.root.contains(event.target as Node)) return;
    event.stopImmediatePropagation();
    // A key keeps the browser's own meaning (Tab, F5, Ctrl+R); a paste or a drop does nothing.
    if (event.type !== "keydown") event.preventDefault();
  }

  show(say: (text: GridText) => string): void {
    this.say = say;
    this.shown = true;
    this.root.hidden = false;
    this.button.disabled = false;
    if (this.layout) this.layout.inert = true;
    document.body.dataset.readOnly = "true";
    this.relabel();
  }

  hide(): void {
    this.shown = false;
    this.root.hidden = true;
    if (this.layout) this.layout.inert = false;
    delete document.body.dataset.readOnly;
  }

  setLanguage(language: Language): void {
    this.language = language;
    this.relabel();
  }

  private relabel(): void {
    const text = GRID_TEXT[this.language];
    this.words.textContent = this.say(text);
    this.button.textContent = text.useHere;
  }
}
