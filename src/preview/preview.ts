/*
 * The preview page: a workbook grid beside the add-in's real task pane, both over one
 * HyperFormulaHost. No office.js: the page runs in any browser, no Excel needed.
 * The grid is painted first; HyperFormula (the largest part) arrives as a separate chunk and the
 * workbook saved in this browser is read back before the grid shows it (saving.ts: saved as the
 * user works, one tab writing).
 */
import "../taskpane/taskpane.css";
import { LANGUAGES, type Language } from "../engine/catalog/types";
import { languageFor } from "../template/labels";
import { watchActiveSheet } from "./activeSheetWatch";
import { mountDownload } from "./download";
import { GRID_TEXT } from "./grid/text";
import { mountLayout } from "./layout";
import { mountSaving } from "./saving";
import { mountWorkbook, type WorkbookView } from "./workbook";
import "./preview.css";

/** The app bar's words in the language: what the page is, around the HyperFormula link. */
function sayAppBar(language: Language): void {
  const text = GRID_TEXT[language];
  document.documentElement.lang = language === "zh-TW" ? "zh-Hant-TW" : "en";
  const mode = document.querySelector(".app-mode");
  if (mode) mode.textContent = text.appMode;
  const note = document.querySelector(".app-note");
  const link = note?.querySelector("a");
  if (note && link) {
    const [before, after] = text.appNote;
    note.replaceChildren(document.createTextNode(before), link, document.createTextNode(after));
  }
}

/** The pane's language switch drives the workbook's words and the app bar's too. */
function followPaneLanguage(paneRoot: HTMLElement, view: WorkbookView): void {
  paneRoot.addEventListener("change", (event) => {
    const select = event.target as HTMLSelectElement;
    if (select.id !== "pane-language") return;
    const language = LANGUAGES.find((code) => code === select.value);
    if (!language) return;
    view.setLanguage(language);
    sayAppBar(language);
  });
}

async function mount(): Promise<void> {
  const workbookRoot = document.getElementById("workbook");
  const paneRoot = document.getElementById("taskpane");
  if (!workbookRoot || !paneRoot) throw new Error("The preview page lacks #workbook or #taskpane");
  const language = languageFor(navigator.language);
  sayAppBar(language);
  let onNew = () => undefined as void;
  const view = mountWorkbook(workbookRoot, undefined, {
    language,
    onNewWorkbook: () => onNew(),
  });
  mountLayout(view, paneRoot);
  // After the next paint: the empty grid is on screen before HyperFormula has even loaded.
  requestAnimationFrame(() => setTimeout(() => performance.mark("grid-painted"), 0));

  const [{ HyperFormulaHost, buildTemplatePlan }, { mountPane }, { warmUpEngine, whenIdle }] =
    await Promise.all([
      import(/* webpackChunkName: "engine" */ "./hyperformulaHost"),
      import(/* webpackChunkName: "engine" */ "../taskpane/pane"),
      import(/* webpackChunkName: "engine" */ "./warmUp"),
    ]);
  const host = new HyperFormulaHost({ firstSheetName: GRID_TEXT[language].firstSheet });
  // Saving follows the host before the view attaches: what was typed while loading is saved too.
  const { autosave, problem } = await mountSaving(host, view, language);
  view.attach(host);
  if (problem) view.say(problem(view.text));
  // The new, empty workbook is saved over the old one as any change is.
  onNew = () => host.persistence.reset();
  mountPane(paneRoot, host.pane, { language, watchActiveSheet: watchActiveSheet(host) });
  mountDownload(view, host);
  followPaneLanguage(paneRoot, view);
  // For tests and the benchmark: the page is ready, and how to wait for its saving.
  document.body.dataset.ready = "true";
  (window as unknown as { gpuPreview: unknown }).gpuPreview = {
    host,
    view,
    autosave,
    buildTemplatePlan,
  };
  performance.mark("engine-ready");
  // The engine's first run is its slowest: have it in idle time, on a workbook of its own.
  whenIdle(() => {
    void warmUpEngine(buildTemplatePlan()).finally(() => {
      document.body.dataset.warm = "true";
    });
  });
}

if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", () => void mount());
else void mount();
