/**
 * The row above the grid: the name box (shows the selection; type an address or a defined name
 * and press Enter to go there) and the formula bar (the active cell's formula or value; edit it
 * and press Enter). While a formula is typed in the bar, clicking a cell points at it (PointMode).
 */
import { element } from "./dom";
import { PointMode } from "./pointMode";
import type { GridText } from "./text";

export interface FormulaBarActions {
  /** The name box's text: go there; returns false when it is neither an address nor a name. */
  go(typed: string): boolean;
  /** The formula bar's text, for the active cell. */
  commit(text: string): void;
  /** The bar's edit ended without a change (Escape): focus back to the grid. */
  done(): void;
}

export class FormulaBar {
  readonly root: HTMLDivElement;
  readonly nameBox: HTMLInputElement;
  readonly input: HTMLInputElement;
  readonly pointMode: PointMode;
  private dirty = false;
  /** The user is typing in the name box: the selection does not overwrite it. */
  private typingName = false;
  private shownText = "";

  constructor(private readonly actions: FormulaBarActions) {
    this.root = element("div", "formula-row");
    this.nameBox = element("input", "name-box");
    this.nameBox.id = "name-box";
    this.nameBox.spellcheck = false;
    const fx = element("span", "fx", "fx");
    fx.setAttribute("aria-hidden", "true");
    this.input = element("input", "formula-bar");
    this.input.id = "formula-bar";
    this.input.spellcheck = false;
    this.pointMode = new PointMode(this.input);
    this.root.append(this.nameBox, fx, this.input);

    this.input.addEventListener("input", () => (this.dirty = true));
    this.input.addEventListener("pointed", () => (this.dirty = true));
    this.input.addEventListener("keydown", (event) => this.onKeyDown(event));
    this.input.addEventListener("blur", () => {
      if (this.dirty) this.commit();
    });
    this.nameBox.addEventListener("input", () => (this.typingName = true));
    this.nameBox.addEventListener("blur", () => (this.typingName = false));
    this.nameBox.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        this.typingName = false;
        if (this.actions.go(this.nameBox.value.trim())) this.actions.done();
        else this.nameBox.select();
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.typingName = false;
        this.actions.done();
      }
    });
  }

  /** True while the user is typing in the formula bar (the grid must not overwrite it). */
  get editing(): boolean {
    return this.dirty && document.activeElement === this.input;
  }

  setLanguage(text: GridText): void {
    this.nameBox.setAttribute("aria-label", text.nameBox);
    this.nameBox.title = text.nameBox;
    this.input.setAttribute("aria-label", text.formulaBar);
  }

  /** Shows the selection's address and the active cell's text (unless the user is typing there). */
  show(reference: string, text: string): void {
    if (!this.typingName) this.nameBox.value = reference;
    this.shownText = text;
    if (this.editing) return;
    this.input.value = text;
    this.dirty = false;
  }

  /** Mirrors the in-cell editor's text. */
  mirror(text: string): void {
    this.input.value = text;
  }

  private commit(): void {
    this.dirty = false;
    this.pointMode.reset();
    if (this.input.value !== this.shownText) this.actions.commit(this.input.value);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === "Enter") {
      event.preventDefault();
      this.commit();
      this.actions.done();
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.dirty = false;
      this.pointMode.reset();
      this.input.value = this.shownText;
      this.actions.done();
    }
  }
}
