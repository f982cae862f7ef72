/*
 * The task pane page's entry. The page also loads functions.js (shared runtime), so the GPU.*
 * functions and this pane run in the same JavaScript context.
 */
/* global Office, document, navigator */
import "./taskpane.css";
import { start } from "./start";

start(typeof Office === "undefined" ? undefined : Office, document, {
  browserLanguage: typeof navigator === "undefined" ? undefined : navigator.language,
}).catch((error: unknown) => {
  // Office.onReady does not reject; this only guards against a failure while mounting.
  const root = document.getElementById("app") ?? document.body;
  const message = document.createElement("p");
  message.id = "pane-start-error";
  message.setAttribute("role", "alert");
  message.textContent = `GPU Payback could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(message);
});
