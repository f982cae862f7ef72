/**
 * Starts the task pane page: in Excel, the pane over the Excel host in Office's display language;
 * anywhere else (the page opened in a plain browser, or office.js not loaded at all), a message
 * saying where GPU Payback runs instead of a crash.
 */
import { languageFor, type Language } from "../template";
import { ExcelHost, officeEnvironment } from "./excelHost";
import type { PaneHost } from "./host";
import { excelActiveSheetWatch } from "./excelSheetWatch";
import { mountPane } from "./pane";
import { browserFirstRunStore, type FirstRunStore } from "./parts/firstRun";
import type { WatchActiveSheet } from "./parts/status";
import { PANE_TEXT } from "./paneText";

/** The parts of the Office global the page uses. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: Office.HostType | null }>;
  readonly HostType: { readonly Excel: Office.HostType };
  readonly context: { readonly displayLanguage: string };
}

export interface StartOptions {
  /** Builds the host once Office is ready (tests pass a fake). */
  readonly createHost?: () => PaneHost;
  /** Tells the pane of sheet switches (with createHost; Excel's onActivated otherwise). */
  readonly watchActiveSheet?: WatchActiveSheet;
  /** The browser's language, for the message outside Office. */
  readonly browserLanguage?: string;
  /** Whether the welcome was seen; the page's localStorage when not given. */
  readonly firstRun?: FirstRunStore;
}

/** The element the page mounts into (#app), or the body. */
function appRoot(doc: Document): HTMLElement {
  return doc.getElementById("app") ?? doc.body;
}

/** Replaces the page's content with the outside-Office message. */
export function showOutsideOffice(doc: Document, language: Language): void {
  const text = PANE_TEXT[language];
  const root = appRoot(doc);
  const title = doc.createElement("h1");
  title.className = "pane-title";
  title.textContent = text.appTitle;
  const message = doc.createElement("p");
  message.id = "outside-office";
  message.className = "outside-office";
  message.setAttribute("role", "status");
  message.textContent = text.outsideOffice;
  const box = doc.createElement("div");
  box.className = "gpu-pane outside-office-box";
  box.lang = text.htmlLang;
  box.append(title, message);
  root.replaceChildren(box);
}

/** Waits for Office, then shows the pane in Excel or the message elsewhere. */
export async function start(
  office: OfficeGlobal | undefined,
  doc: Document,
  options: StartOptions = {}
): Promise<"pane" | "outside-office"> {
  const outside = (): "outside-office" => {
    showOutsideOffice(doc, languageFor(options.browserLanguage));
    return "outside-office";
  };
  if (!office) return outside();
  const info = await office.onReady();
  if (info.host !== office.HostType.Excel) return outside();
  const language = languageFor(office.context.displayLanguage);
  const host = options.createHost ? options.createHost() : new ExcelHost(officeEnvironment());
  doc.documentElement.lang = PANE_TEXT[language].htmlLang;
  const watchActiveSheet = options.createHost
    ? options.watchActiveSheet
    : excelActiveSheetWatch(officeEnvironment());
  const firstRun = options.firstRun ?? browserFirstRunStore(() => doc.defaultView?.localStorage);
  mountPane(appRoot(doc), host, { language, firstRun, watchActiveSheet });
  return "pane";
}
