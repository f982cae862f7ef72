/**
 * "Workbook": actions on the open workbook, each a heading, a line saying when it helps and a
 * button. An action is one entry in WORKBOOK_ACTIONS (its words go in paneText.ts under
 * `actions`, what it asks of the workbook is a PaneHost method). An action with more to it than
 * a button (e.g. "Make this sheet portable", parts/portable.ts) is its own part, passed in `more`.
 */
import type { PaneHost } from "../host";
import type { PaneText, WorkbookActionId } from "../paneText";
import type { PaneContext, Words } from "./context";
import { aboutSheet, type Failure, type RunAction } from "./status";

export interface WorkbookAction {
  /** The button's id, and the key of its words in PaneText.actions. */
  readonly id: WorkbookActionId;
  /** What a protected workbook, sheet or cell means for this action (else Excel's message). */
  readonly whenProtected?: (text: PaneText) => string;
  /** Asks the host; resolves with what to tell the user. */
  readonly perform: (host: PaneHost) => Promise<Words>;
}

export const WORKBOOK_ACTIONS: readonly WorkbookAction[] = [
  {
    id: "recalculate",
    perform: async (host) => {
      await host.recalculate();
      return (t) => t.recalculated;
    },
  },
  {
    id: "reenter-gpu-formulas",
    whenProtected: (t) => t.errors.protectedSheet,
    perform: async (host) => {
      const { formulas, sheet } = await host.reenterGpuFormulas();
      return aboutSheet(sheet, (t) => t.reentered(formulas, sheet));
    },
  },
];

function actionBlock(
  context: PaneContext,
  host: PaneHost,
  run: RunAction,
  action: WorkbookAction
): HTMLElement {
  const words = (t: PaneText) => t.actions[action.id];
  const failure: Failure = {
    failed: (t) => words(t).failed,
    whenProtected: action.whenProtected,
  };
  const heading = context.say(
    "h3",
    { id: `${action.id}-heading`, className: "pane-action-heading" },
    (t) => words(t).heading
  );
  const node = context.element(
    "div",
    { id: `${action.id}-action`, className: "pane-action" },
    heading,
    context.say("p", { className: "pane-hint" }, (t) => words(t).intro),
    context.button(
      { id: action.id },
      (t) => words(t).button,
      () =>
        void run(
          failure,
          (t) => words(t).working,
          () => action.perform(host)
        )
    )
  );
  node.setAttribute("role", "group");
  node.setAttribute("aria-labelledby", heading.id);
  return node;
}

export function workbookActionsPart(
  context: PaneContext,
  host: PaneHost,
  run: RunAction,
  actions: readonly WorkbookAction[] = WORKBOOK_ACTIONS,
  ...more: Node[]
): HTMLElement {
  return context.section(
    "workbook",
    (t) => t.workbookHeading,
    ...actions.map((action) => actionBlock(context, host, run, action)),
    ...more
  );
}
