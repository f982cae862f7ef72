/*
 * The preview page: the add-in's real task pane (mountPane) beside a workbook grid, both over one
 * HyperFormulaHost. No office.js: the page runs in any browser, no Excel needed.
 */
import { mountPane } from "../taskpane/pane";
import "../taskpane/taskpane.css";
import { languageFor } from "../template";
import { mountDownload } from "./download";
import { HyperFormulaHost } from "./hyperformulaHost";
import { mountWorkbook } from "./workbook";
import "./preview.css";

function mount(): void {
  const workbookRoot = document.getElementById("workbook");
  const paneRoot = document.getElementById("taskpane");
  if (!workbookRoot || !paneRoot) throw new Error("The preview page lacks #workbook or #taskpane");
  const host = new HyperFormulaHost();
  mountWorkbook(workbookRoot, host);
  mountPane(paneRoot, host, { language: languageFor(navigator.language) });
  const appBar = document.querySelector<HTMLElement>(".app-bar");
  if (appBar) mountDownload(appBar, host);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
