/**
 * The page's two panes: the workbook and the task pane, with a splitter between them (drag it,
 * or use the arrow keys on it) and a toolbar button that hides or shows the pane, so that the
 * grid's columns and the chart fit a 1366 px screen.
 */
import { element } from "./grid/dom";
import { GRID_TEXT } from "./grid/text";
import type { WorkbookView } from "./workbook";

const MIN_PANE_PX = 260;
const MIN_WORKBOOK_PX = 420;
const STEP_PX = 20;

export function mountLayout(view: WorkbookView, pane: HTMLElement): void {
  const splitter = element("div", "pane-splitter");
  splitter.tabIndex = 0;
  splitter.setAttribute("role", "separator");
  splitter.setAttribute("aria-orientation", "vertical");
  splitter.setAttribute("aria-controls", pane.id);
  pane.before(splitter);

  const setWidth = (px: number) => {
    const total = document.body.clientWidth;
    const width = Math.round(Math.min(Math.max(MIN_PANE_PX, px), total - MIN_WORKBOOK_PX));
    pane.style.width = `${width}px`;
    splitter.setAttribute("aria-valuenow", String(width));
  };
  splitter.addEventListener("mousedown", (event) => {
    event.preventDefault();
    const onMove = (move: MouseEvent) => setWidth(document.body.clientWidth - move.clientX);
    const onUp = () => {
      document.removeEventListener("mousemove", onMove);
      document.removeEventListener("mouseup", onUp);
    };
    document.addEventListener("mousemove", onMove);
    document.addEventListener("mouseup", onUp);
  });
  splitter.addEventListener("keydown", (event) => {
    const step = event.key === "ArrowLeft" ? STEP_PX : event.key === "ArrowRight" ? -STEP_PX : 0;
    if (!step) return;
    event.preventDefault();
    setWidth(pane.getBoundingClientRect().width + step);
  });

  const hideWords = { en: GRID_TEXT.en.hidePane, "zh-TW": GRID_TEXT["zh-TW"].hidePane };
  const showWords = { en: GRID_TEXT.en.showPane, "zh-TW": GRID_TEXT["zh-TW"].showPane };
  const toggle = view.toolbar.addButton("toggle-pane", hideWords, () => {
    const hidden = document.body.classList.toggle("pane-hidden");
    toggle.setAttribute("aria-pressed", String(hidden));
    view.toolbar.setWords(toggle, hidden ? showWords : hideWords);
  });
  toggle.setAttribute("aria-pressed", "false");
  toggle.setAttribute("aria-controls", pane.id);
  const label = () => splitter.setAttribute("aria-label", view.text.resizePane);
  label();
  view.onLanguage.push(label);
}
