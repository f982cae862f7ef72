/**
 * What every part of the task pane shares: the document, the pane's language, the text bindings
 * that re-run when the language (or anything shown) changes, and the action buttons that the
 * busy state marks. The DOM is built with createElement and textContent only: no HTML strings,
 * no inline handlers.
 */
import type { Language } from "../../template";
import { PANE_TEXT, type PaneText } from "../paneText";
import { onActivate } from "./activation";

/** Text that follows the pane's language. */
export type Words = (text: PaneText, language: Language) => string;

export interface Props {
  readonly id?: string;
  readonly className?: string;
}

export class PaneContext {
  readonly doc: Document;
  private current: Language;
  private readonly bindings: Array<(text: PaneText, language: Language) => void> = [];
  private readonly actionButtons: HTMLButtonElement[] = [];

  constructor(
    readonly root: HTMLElement,
    language: Language = "en"
  ) {
    this.doc = root.ownerDocument;
    this.current = language;
  }

  get language(): Language {
    return this.current;
  }

  get text(): PaneText {
    return PANE_TEXT[this.current];
  }

  /** Switches the language and re-says everything. */
  setLanguage(language: Language): void {
    this.current = language;
    this.refresh();
  }

  /** Re-runs every binding (after the language or a shown choice changed). */
  refresh(): void {
    const text = this.text;
    this.root.lang = text.htmlLang;
    for (const bind of this.bindings) bind(text, this.current);
  }

  /** Runs update now and again on every refresh. */
  bind(update: (text: PaneText, language: Language) => void): void {
    this.bindings.push(update);
    update(this.text, this.current);
  }

  element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Props = {},
    ...children: Node[]
  ): HTMLElementTagNameMap[K] {
    const node = this.doc.createElement(tag);
    if (props.id) node.id = props.id;
    if (props.className) node.className = props.className;
    node.append(...children);
    return node;
  }

  /** An element whose text follows the language. */
  say<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Props,
    words: Words
  ): HTMLElementTagNameMap[K] {
    const node = this.element(tag, props);
    this.bind((text, language) => {
      node.textContent = words(text, language);
    });
    return node;
  }

  /**
   * A button that starts an action: it is marked aria-disabled while the pane is busy, and a
   * double-click is one activation (parts/activation.ts).
   */
  button(props: Props, words: Words, onClick: () => void): HTMLButtonElement {
    const node = this.say(
      "button",
      { ...props, className: props.className ?? "pane-button" },
      words
    );
    node.type = "button";
    onActivate(node, onClick);
    this.actionButtons.push(node);
    return node;
  }

  /** A labelled section: <section id="{name}-section"> with an h2 heading. */
  section(name: string, heading: Words, ...children: Node[]): HTMLElement {
    const title = this.say("h2", { id: `${name}-heading`, className: "pane-heading" }, heading);
    const node = this.element(
      "section",
      { id: `${name}-section`, className: "pane-section" },
      title
    );
    node.setAttribute("aria-labelledby", title.id);
    node.append(...children);
    return node;
  }

  /** A label for a form control, its text following the language. */
  label(control: HTMLElement, words: Words, className = "pane-label"): HTMLLabelElement {
    const node = this.say("label", { className }, words);
    node.htmlFor = control.id;
    return node;
  }

  /** Marks the pane busy (or not): the buttons stay focusable but say they do nothing. */
  setBusy(busy: boolean): void {
    this.root.setAttribute("aria-busy", String(busy));
    for (const node of this.actionButtons) node.setAttribute("aria-disabled", String(busy));
  }
}
