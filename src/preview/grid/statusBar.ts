/**
 * The bar along the bottom, as Excel's: the sheet tabs, a message (the selected cell's error, or
 * what just happened), Sum / Average / Count of the selection, and the zoom.
 */
import { element } from "./dom";
import type { GridText } from "./text";

export interface SheetTab {
  readonly name: string;
  readonly active: boolean;
}

/** The zoom choices: "fit" scales the used columns to the window (between 80% and 100%: fitZoom.ts). */
const ZOOMS = ["fit", "0.75", "0.9", "1", "1.25"];

export interface Figures {
  readonly sum: number;
  readonly count: number;
  /** How many of the counted cells are numbers (Average is over them). */
  readonly numbers: number;
}

export class StatusBar {
  readonly root: HTMLDivElement;
  readonly tabs: HTMLDivElement;
  readonly zoomSelect: HTMLSelectElement;
  private readonly message: HTMLSpanElement;
  private readonly figures: HTMLSpanElement;
  private readonly zoomLabel: HTMLLabelElement;
  private text?: GridText;
  private lastFigures?: Figures;

  constructor(
    private readonly panelId: string,
    private readonly onActivate: (name: string) => void,
    onZoom: () => void
  ) {
    this.root = element("div", "status-bar");
    this.tabs = element("div", "sheet-tabs");
    this.tabs.setAttribute("role", "tablist");
    this.message = element("span", "status-message");
    this.message.id = "status-message";
    this.message.setAttribute("role", "status");
    this.figures = element("span", "status-figures");
    this.figures.id = "status-figures";
    this.zoomSelect = element("select", "zoom-select");
    this.zoomSelect.id = "zoom";
    for (const value of ZOOMS) {
      const option = element("option");
      option.value = value;
      this.zoomSelect.append(option);
    }
    this.zoomLabel = element("label", "zoom-label");
    this.zoomLabel.htmlFor = this.zoomSelect.id;
    this.root.append(this.tabs, this.message, this.figures, this.zoomLabel, this.zoomSelect);
    this.zoomSelect.addEventListener("change", onZoom);
  }

  setLanguage(text: GridText): void {
    this.text = text;
    this.tabs.setAttribute("aria-label", text.sheets);
    this.zoomLabel.textContent = text.zoom;
    for (const option of this.zoomSelect.options) {
      option.textContent =
        option.value === "fit" ? text.fitWidth : `${Math.round(Number(option.value) * 100)}%`;
    }
    if (this.lastFigures) this.showFigures(this.lastFigures);
  }

  showTabs(tabs: readonly SheetTab[]): void {
    const buttons = tabs.map((tab, index) => {
      const button = element("button", "sheet-tab", tab.name);
      button.type = "button";
      button.setAttribute("role", "tab");
      button.setAttribute("aria-selected", String(tab.active));
      button.setAttribute("aria-controls", this.panelId);
      button.tabIndex = tab.active ? 0 : -1;
      button.addEventListener("click", () => this.onActivate(tab.name));
      button.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        event.preventDefault();
        const next = tabs[(index + step + tabs.length) % tabs.length];
        this.onActivate(next.name);
        (this.tabs.querySelector(`[aria-selected="true"]`) as HTMLElement | null)?.focus();
      });
      return button;
    });
    this.tabs.replaceChildren(...buttons);
  }

  /** The message beside the tabs: an error's explanation, or what just happened. */
  say(message: string): void {
    this.message.textContent = message;
    this.message.title = message;
  }

  /** Sum, Average and Count of the selection, shown when it holds more than one value. */
  showFigures(figures: Figures | undefined): void {
    this.lastFigures = figures;
    const text = this.text;
    if (!text || !figures || figures.count < 2) {
      this.figures.replaceChildren();
      return;
    }
    const parts: string[] = [];
    if (figures.numbers > 0) {
      parts.push(`${text.average}: ${formatFigure(figures.sum / figures.numbers)}`);
    }
    parts.push(`${text.count}: ${figures.count}`);
    if (figures.numbers > 0) parts.push(`${text.sum}: ${formatFigure(figures.sum)}`);
    this.figures.replaceChildren(...parts.map((part) => element("span", "status-figure", part)));
  }
}

function formatFigure(value: number): string {
  return Number(value.toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 10 });
}
