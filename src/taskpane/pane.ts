/**
 * The task pane: a composition of small parts (src/taskpane/parts/), each building its own piece
 * of the page. It knows nothing of Office: whatever it does to a workbook goes through a PaneHost
 * (Excel in the add-in, HyperFormula in the preview), so any page can mount it.
 */
import type { Language } from "../template";
import { CATALOG, type FunctionSpec } from "../engine";
import type { PaneHost } from "./host";
import { PaneContext } from "./parts/context";
import { firstRunPart, type FirstRunStore } from "./parts/firstRun";
import { functionReferencePart } from "./parts/functionReference";
import { headerPart } from "./parts/header";
import { helpLinkPart } from "./parts/help";
import { insertPart } from "./parts/insert";
import { portablePart } from "./parts/portable";
import { sourcePart } from "./parts/source";
import { statusPart, type WatchActiveSheet } from "./parts/status";
import {
  WORKBOOK_ACTIONS,
  workbookActionsPart,
  type WorkbookAction,
} from "./parts/workbookActions";

export interface PaneOptions {
  /** The language to start in (the user can switch); English when not given. */
  readonly language?: Language;
  /** The catalog entries the function reference lists; the whole catalog when not given. */
  readonly functions?: readonly FunctionSpec[];
  /** Tells the pane which sheet is active after each switch (its status follows it). */
  readonly watchActiveSheet?: WatchActiveSheet;
  /** The actions on the open workbook; the project's own when not given. */
  readonly workbookActions?: readonly WorkbookAction[];
  /** Whether the welcome was seen (parts/firstRun.ts); no welcome when not given. */
  readonly firstRun?: FirstRunStore;
}

/** Renders the whole task pane into root and wires it to the host. */
export function mountPane(root: HTMLElement, host: PaneHost, options: PaneOptions = {}): void {
  const context = new PaneContext(root, options.language ?? "en");
  const status = statusPart(context, options.watchActiveSheet);
  const insert = insertPart(context, host, status.run);
  const header = headerPart(context);
  header.append(helpLinkPart(context));
  const welcome = options.firstRun ? firstRunPart(context, options.firstRun, insert.insert) : null;
  root.classList.add("gpu-pane");
  root.replaceChildren(
    header,
    ...(welcome ? [welcome] : []),
    insert.node,
    functionReferencePart(context, host, status.run, options.functions ?? CATALOG),
    workbookActionsPart(
      context,
      host,
      status.run,
      options.workbookActions ?? WORKBOOK_ACTIONS,
      portablePart(context, host, status.run)
    ),
    sourcePart(context, insert.preset),
    status.node
  );
  context.refresh();
  context.setBusy(false);
}
