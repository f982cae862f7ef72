/**
 * The grid's context menu (right click, or the Menu key): cut, copy, paste through the async
 * clipboard API, insert and delete rows. Built once; Escape or a click elsewhere closes it.
 */
import type { WorkbookView } from "../workbook";
import { element } from "./dom";
import { openMenuAt } from "./menuPlacement";
import type { GridText } from "./text";

interface Item {
  readonly id: string;
  readonly label: (text: GridText) => string;
  readonly run: (view: WorkbookView) => void | Promise<void>;
}

const ITEMS: readonly Item[] = [
  {
    id: "menu-cut",
    label: (t) => t.cut,
    run: (view) => navigator.clipboard?.writeText(view.clipboard?.copy(true) ?? ""),
  },
  {
    id: "menu-copy",
    label: (t) => t.copy,
    run: (view) => navigator.clipboard?.writeText(view.clipboard?.copy(false) ?? ""),
  },
  {
    id: "menu-paste",
    label: (t) => t.paste,
    run: (view) => pasteFromMenu(view),
  },
  { id: "menu-insert-row", label: (t) => t.insertRow, run: (view) => view.insertRows() },
  { id: "menu-delete-row", label: (t) => t.deleteRow, run: (view) => view.deleteRows() },
];

/**
 * Paste from the menu reads the clipboard through the async API, which the browser may refuse
 * (permission denied, no secure context): then the status bar says to press Ctrl+V instead.
 */
async function pasteFromMenu(view: WorkbookView): Promise<void> {
  let text: string;
  try {
    if (!navigator.clipboard?.readText) throw new Error("No clipboard API");
    text = await navigator.clipboard.readText();
  } catch {
    view.say(view.text.clipboardDenied);
    return;
  }
  await view.clipboard?.paste(text);
}

export function attachContextMenu(view: WorkbookView): void {
  const menu = element("div", "context-menu");
  menu.setAttribute("role", "menu");
  menu.hidden = true;
  const close = () => {
    menu.hidden = true;
  };
  const buttons = ITEMS.map((item) => {
    const button = element("button", "context-item");
    button.type = "button";
    button.id = item.id;
    button.setAttribute("role", "menuitem");
    button.addEventListener("click", async () => {
      close();
      view.focusGrid();
      await item.run(view);
    });
    menu.append(button);
    return { button, item };
  });
  view.root.append(menu);
  view.scroller.addEventListener("contextmenu", (event) => {
    if (!view.host || view.editor.editing) return;
    event.preventDefault();
    for (const { button, item } of buttons) button.textContent = item.label(view.text);
    openMenuAt(menu, view.root, event.clientX, event.clientY);
    buttons[0].button.focus();
  });
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      close();
      view.focusGrid();
    }
  });
  document.addEventListener("mousedown", (event) => {
    if (!menu.contains(event.target as Node)) close();
  });
}
