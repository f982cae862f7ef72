/**
 * The status line shared by every action, and the one way an action runs: one host call at a
 * time, "working" while it runs, then what it did, or why it failed in the pane's language.
 * Whatever an action shows replaces what the previous one showed, so an old error never stays
 * after a later action succeeds.
 */
import { PaneError } from "../host";
import type { PaneText } from "../paneText";
import type { Language } from "../../template";
import type { PaneContext, Words } from "./context";

export type StatusKind = "busy" | "success" | "error";

/** A message that can be said again in the other language when the user switches. */
export interface Status {
  readonly kind: StatusKind;
  readonly say: Words;
  /** The sheet the message is about: it is cleared once another sheet is active. */
  readonly sheet?: string;
}

/** What an action says, and the sheet it is about (aboutSheet). */
type SheetWords = Words & { readonly sheet?: string };

/** Words about one sheet: the status line clears them when the user goes to another sheet. */
export function aboutSheet(sheet: string, words: Words): Words {
  return Object.assign((text: PaneText, language: Language) => words(text, language), { sheet });
}

/** Calls the listener with the active sheet's name after each change of the active sheet. */
export type WatchActiveSheet = (listener: (sheet: string) => void) => void;

/** How an action's failure is explained. */
export interface Failure {
  /** What could not be done, e.g. "Could not write the formula." */
  readonly failed: (text: PaneText) => string;
  /** What a protected workbook, sheet or cell means for this action; else Excel's message. */
  readonly whenProtected?: (text: PaneText) => string;
  /** Whether to say what a failed insertion left behind (PaneErrorDetails.cleanup). */
  readonly reportsCleanup?: boolean;
}

/** Why an action failed, in the pane's language: the reason first, then what was left. */
export function failureMessage(text: PaneText, failure: Failure, error: unknown): string {
  const e = text.errors;
  const parts = [failure.failed(text)];
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
      parts.push(failure.whenProtected ? failure.whenProtected(text) : message);
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
  if (failure.reportsCleanup) {
    if (details.cleanup === "removed") parts.push(e.partialRemoved);
    else if (details.cleanup === "failed") parts.push(e.partialLeft(details.sheet ?? ""));
    else if (details.cleanup === "nothing-written") parts.push(e.nothingChanged);
    else if (details.cleanup === "unknown") parts.push(e.partialUnknown(details.sheet ?? ""));
  }
  return parts.join(text.sentenceGap);
}

/** Runs a host call: working is shown meanwhile, and the job resolves with what to say when done. */
export type RunAction = (
  failure: Failure,
  working: Words,
  job: () => Promise<Words>
) => Promise<void>;

export interface StatusPart {
  readonly node: HTMLElement;
  readonly run: RunAction;
}

/**
 * The status line. With watchActiveSheet, a message about one sheet ("No GPU formulas on
 * 'GPU Payback 2024'") goes once another sheet is active, so it never reports on a sheet the user
 * has left; messages about the workbook, and errors, stay until the next action.
 */
export function statusPart(context: PaneContext, watchActiveSheet?: WatchActiveSheet): StatusPart {
  const node = context.element("p", { id: "pane-status", className: "pane-status" });
  node.setAttribute("role", "status");
  node.setAttribute("aria-live", "polite");
  node.setAttribute("aria-atomic", "true");
  let status: Status | undefined;
  let busy = false;

  function show(next: Status | undefined): void {
    status = next;
    node.dataset.kind = next?.kind ?? "";
    node.textContent = next ? next.say(context.text, context.language) : "";
  }
  context.bind(() => show(status));
  watchActiveSheet?.((sheet) => {
    if (!busy && status?.sheet !== undefined && status.sheet !== sheet) show(undefined);
  });

  const run: RunAction = async (failure, working, job) => {
    if (busy) return;
    busy = true;
    context.setBusy(true);
    show({ kind: "busy", say: working });
    try {
      const said: SheetWords = await job();
      show({ kind: "success", say: said, sheet: said.sheet });
    } catch (error) {
      show({ kind: "error", say: (text) => failureMessage(text, failure, error) });
    } finally {
      busy = false;
      context.setBusy(false);
    }
  };
  return { node, run };
}
