/**
 * The task pane's UI. It knows nothing of Office: whatever it does to a workbook goes through a
 * PaneHost (Excel in the add-in, HyperFormula in the preview), so any page can mount it.
 * The DOM is built with createElement and textContent only: no HTML strings, no inline handlers.
 */
import { PRESETS, PRESET_IDS, type PresetId } from "../engine";
import { LANGUAGES, buildTemplatePlan, type Language } from "../template";
import { FUNCTION_REFERENCE } from "./functionReference";
import { PaneError, type PaneHost } from "./host";
import { PANE_TEXT, type PaneText } from "./paneText";

export interface PaneOptions {
  /** The language to start in (the user can switch); English when not given. */
  readonly language?: Language;
}

type Action = "insert" | "formula" | "recalculate";
type StatusKind = "busy" | "success" | "error";

/** A message that can be said again in the other language when the user switches. */
interface Status {
  readonly kind: StatusKind;
  readonly say: (text: PaneText) => string;
}

/** The language switch's label, in both languages so that either reader finds it. */
const LANGUAGE_LABEL = "Language · 語言";

/** Why an action failed, in the pane's language: the reason first, then what was left. */
export function failureMessage(text: PaneText, action: Action, error: unknown): string {
  const e = text.errors;
  const parts = [
    action === "insert" ? e.insertFailed : action === "formula" ? e.formulaFailed : e.recalcFailed,
  ];
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof PaneError)) {
    parts.push(message);
    return parts.join(text.sentenceGap);
  }
  const { details } = error;
  switch (error.reason) {
    case "unsupported":
      parts.push(details.requirementSet ? e.unsupported(details.requirementSet) : message);
      break;
    case "protected":
      parts.push(
        action === "insert" ? e.protectedWorkbook : action === "formula" ? e.protectedCell : message
      );
      break;
    case "busy":
      parts.push(e.busy);
      break;
    case "occupied":
      parts.push(e.occupied(details.address ?? ""));
      break;
    default:
      parts.push(message);
  }
  if (action === "insert") {
    if (details.cleanup === "removed") parts.push(e.partialRemoved);
    else if (details.cleanup === "failed") parts.push(e.partialLeft(details.sheet ?? ""));
    else if (details.cleanup === "nothing-written") parts.push(e.nothingChanged);
  }
  return parts.join(text.sentenceGap);
}

/** Renders the whole task pane into root and wires it to the host. */
export function mountPane(root: HTMLElement, host: PaneHost, options: PaneOptions = {}): void {
  const doc = root.ownerDocument;
  let language: Language = options.language ?? "en";
  let preset: PresetId = PRESET_IDS[0];
  let status: Status | undefined;
  let busy = false;
  /** Everything that shows text, re-run when the language changes. */
  const bindings: Array<(text: PaneText, lang: Language) => void> = [];
  const actionButtons: HTMLButtonElement[] = [];

  function element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: { id?: string; className?: string } = {},
    ...children: Node[]
  ): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
    if (props.id) node.id = props.id;
    if (props.className) node.className = props.className;
    node.append(...children);
    return node;
  }

  /** An element whose text follows the language. */
  function say<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: { id?: string; className?: string },
    words: (text: PaneText, lang: Language) => string
  ): HTMLElementTagNameMap[K] {
    const node = element(tag, props);
    bindings.push((text, lang) => {
      node.textContent = words(text, lang);
    });
    return node;
  }

  function button(
    props: { id?: string; className?: string },
    words: (text: PaneText) => string,
    onClick: () => void
  ): HTMLButtonElement {
    const node = say("button", { className: "pane-button", ...props }, words);
    node.type = "button";
    node.addEventListener("click", onClick);
    actionButtons.push(node);
    return node;
  }

  // Header: title, tagline, language switch.
  const languageSelect = element("select", { id: "pane-language", className: "pane-select" });
  for (const code of LANGUAGES) {
    const option = element("option");
    option.value = code;
    option.lang = PANE_TEXT[code].htmlLang;
    option.textContent = PANE_TEXT[code].languageName;
    languageSelect.append(option);
  }
  const languageLabel = element("label", { className: "pane-label" });
  languageLabel.htmlFor = languageSelect.id;
  languageLabel.textContent = LANGUAGE_LABEL;
  const header = element(
    "header",
    { className: "pane-header" },
    say("h1", { className: "pane-title" }, (t) => t.appTitle),
    say("p", { className: "pane-tagline" }, (t) => t.tagline),
    element("div", { className: "pane-field pane-language" }, languageLabel, languageSelect)
  );

  // The status line, shared by every action.
  const statusLine = element("p", { id: "pane-status", className: "pane-status" });
  statusLine.setAttribute("role", "status");
  statusLine.setAttribute("aria-live", "polite");
  statusLine.setAttribute("aria-atomic", "true");

  // Insert the template.
  const presetSelect = element("select", { id: "preset-select", className: "pane-select" });
  for (const id of PRESET_IDS) {
    const option = say("option", {}, (t) => t.presets[id]);
    option.value = id;
    presetSelect.append(option);
  }
  const presetLabel = say("label", { className: "pane-label" }, (t) => t.presetLabel);
  presetLabel.htmlFor = presetSelect.id;
  const presetHint = say(
    "p",
    { id: "preset-inputs", className: "pane-hint pane-field-hint" },
    (t) => {
      const { spend, energy, margin } = PRESETS[preset].inputs;
      return t.presetInputs(spend, energy, Math.round(margin * 100));
    }
  );
  presetSelect.setAttribute("aria-describedby", presetHint.id);

  function checkbox(id: string): HTMLInputElement {
    const input = element("input", { id, className: "pane-checkbox" });
    input.type = "checkbox";
    input.checked = true;
    return input;
  }
  const gridBox = checkbox("include-grid");
  const chartBox = checkbox("include-chart");
  function checkRow(input: HTMLInputElement, words: (text: PaneText) => string): HTMLElement {
    const label = say("label", {}, words);
    label.htmlFor = input.id;
    return element("div", { className: "pane-check" }, input, label);
  }
  const insertButton = button(
    { id: "insert-template", className: "pane-button pane-button-primary" },
    (t) => t.insertButton,
    () => insertTemplate()
  );
  const insertSection = section(
    "insert",
    (t) => t.insertHeading,
    say("p", { className: "pane-hint" }, (t) => t.insertIntro),
    element("div", { className: "pane-field" }, presetLabel, presetSelect, presetHint),
    element(
      "fieldset",
      { className: "pane-options" },
      say("legend", { className: "pane-label" }, (t) => t.includeLegend),
      checkRow(gridBox, (t) => t.gridOption),
      checkRow(chartBox, (t) => t.chartOption)
    ),
    insertButton
  );

  // The function reference.
  const functionList = element("ul", { className: "pane-functions" });
  for (const entry of FUNCTION_REFERENCE) {
    const insert = button(
      { id: `insert-${entry.id.toLowerCase().replace(/_/g, "-")}` },
      (t) => t.insertExample,
      () => insertFormula(entry.example)
    );
    bindings.push((t) => insert.setAttribute("aria-label", t.insertExampleFor(entry.example)));
    const syntax = element("code", { className: "pane-syntax" });
    syntax.textContent = entry.syntax;
    const formula = element("code", { className: "pane-formula" });
    formula.textContent = entry.example;
    const example = element(
      "div",
      { className: "pane-example" },
      say("span", { className: "pane-example-label" }, (t) => t.exampleLabel),
      formula,
      element(
        "div",
        { className: "pane-example-row" },
        say(
          "span",
          { className: "pane-example-result" },
          (_, lang) => `\u2192 ${entry.result[lang]}`
        ),
        insert
      )
    );
    const item = element(
      "li",
      { className: "pane-function" },
      element("h3", { className: "pane-function-name" }, syntax),
      say("p", { className: "pane-function-description" }, (_, lang) => entry.description[lang]),
      example
    );
    item.dataset.function = entry.id;
    functionList.append(item);
  }
  const functionsSection = section(
    "functions",
    (t) => t.functionsHeading,
    say("p", { className: "pane-hint" }, (t) => t.functionsIntro),
    functionList
  );

  // Recalculate.
  const recalcSection = section(
    "recalc",
    (t) => t.recalcHeading,
    say("p", { className: "pane-hint" }, (t) => t.recalcIntro),
    button(
      { id: "recalculate" },
      (t) => t.recalcButton,
      () => recalculate()
    )
  );

  // Where the figures come from (follows the chosen preset).
  const sourceLink = element("a", { id: "pane-source", className: "pane-link" });
  sourceLink.target = "_blank";
  sourceLink.rel = "noopener noreferrer";
  const footer = element(
    "footer",
    { className: "pane-footer" },
    say("span", {}, (t) => t.sourceLabel),
    doc.createTextNode(" "),
    sourceLink
  );
  function showSource(): void {
    const source = PRESETS[preset].source;
    sourceLink.href = source.url;
    sourceLink.textContent = `\u201c${source.title}\u201d, ${source.author}, ${source.publisher}, ${source.date}`;
  }

  function section(
    name: string,
    heading: (text: PaneText) => string,
    ...children: Node[]
  ): HTMLElement {
    const title = say("h2", { id: `${name}-heading`, className: "pane-heading" }, heading);
    const node = element("section", { id: `${name}-section`, className: "pane-section" }, title);
    node.setAttribute("aria-labelledby", title.id);
    node.append(...children);
    return node;
  }

  function showStatus(next: Status | undefined): void {
    status = next;
    statusLine.dataset.kind = next?.kind ?? "";
    statusLine.textContent = next ? next.say(PANE_TEXT[language]) : "";
  }

  function applyLanguage(next: Language): void {
    language = next;
    const text = PANE_TEXT[language];
    root.lang = text.htmlLang;
    languageSelect.value = language;
    for (const bind of bindings) bind(text, language);
    showStatus(status);
  }

  function setBusy(value: boolean): void {
    busy = value;
    root.setAttribute("aria-busy", String(value));
    for (const node of actionButtons) node.setAttribute("aria-disabled", String(value));
  }

  /** Runs one host call at a time; the buttons stay focusable but do nothing meanwhile. */
  async function run(
    action: Action,
    working: (text: PaneText) => string,
    job: () => Promise<(text: PaneText) => string>
  ): Promise<void> {
    if (busy) return;
    setBusy(true);
    showStatus({ kind: "busy", say: working });
    try {
      const done = await job();
      showStatus({ kind: "success", say: done });
    } catch (error) {
      showStatus({ kind: "error", say: (text) => failureMessage(text, action, error) });
    } finally {
      setBusy(false);
    }
  }

  function insertTemplate(): Promise<void> {
    return run(
      "insert",
      (t) => t.inserting,
      async () => {
        const plan = buildTemplatePlan({
          preset,
          language,
          includeGrid: gridBox.checked,
          includeChart: chartBox.checked,
        });
        const sheet = await host.insertTemplate(plan);
        return (t) => t.inserted(sheet);
      }
    );
  }

  function insertFormula(formula: string): Promise<void> {
    return run(
      "formula",
      (t) => t.writingFormula,
      async () => {
        const address = await host.insertFormula(formula);
        return (t) => t.formulaInserted(formula, address);
      }
    );
  }

  function recalculate(): Promise<void> {
    return run(
      "recalculate",
      (t) => t.recalculating,
      async () => {
        await host.recalculate();
        return (t) => t.recalculated;
      }
    );
  }

  languageSelect.addEventListener("change", () => {
    const next = LANGUAGES.find((code) => code === languageSelect.value);
    if (next) applyLanguage(next);
  });
  presetSelect.addEventListener("change", () => {
    const next = PRESET_IDS.find((id) => id === presetSelect.value);
    if (next) preset = next;
    showSource();
    applyLanguage(language);
  });

  root.classList.add("gpu-pane");
  root.replaceChildren(header, insertSection, functionsSection, recalcSection, footer, statusLine);
  showSource();
  applyLanguage(language);
  setBusy(false);
}
