/**
 * The workbook's toolbar: buttons in one row that other commands can join (addButton), each with
 * words in both languages. Disabled buttons say so (aria-disabled through `disabled`).
 */
import type { Language } from "../../template";
import { onActivate } from "../../taskpane/parts/activation";
import { element } from "./dom";

export type Words = Readonly<Record<Language, string>>;

export class Toolbar {
  readonly root: HTMLDivElement;
  private readonly labelled: Array<{ button: HTMLButtonElement; words: Words }> = [];
  private language: Language = "en";

  constructor(private readonly label: Words) {
    this.root = element("div", "workbook-toolbar");
    this.root.setAttribute("role", "toolbar");
  }

  /**
   * Adds a button (id, words in each language) that calls onClick once per activation (a
   * double-click is one; `repeats`: every click counts, as for Undo); returns it.
   */
  addButton(id: string, words: Words, onClick: () => void, repeats = false): HTMLButtonElement {
    const button = element("button", "toolbar-button", words[this.language]);
    button.type = "button";
    button.id = id;
    onActivate(button, onClick, repeats);
    this.root.append(button);
    this.labelled.push({ button, words });
    return button;
  }

  /** Changes a button's words (a toggle saying what it will do next). */
  setWords(button: HTMLButtonElement, words: Words): void {
    const entry = this.labelled.find((l) => l.button === button);
    if (entry) entry.words = words;
    button.textContent = words[this.language];
  }

  /** A gap between groups of buttons. */
  addSeparator(): void {
    this.root.append(element("span", "toolbar-separator"));
  }

  setLanguage(language: Language): void {
    this.language = language;
    this.root.setAttribute("aria-label", this.label[language]);
    for (const { button, words } of this.labelled) button.textContent = words[language];
  }
}
