/**
 * One activation of a button does its action once, in the pane and on the preview's toolbar: the
 * second click of a double (or triple) click and a held Enter key repeating are not new
 * activations. Without this, an action that finishes at once (the preview's Insert) is done again
 * by the second click of a double-click. A click from the keyboard or from assistive technology
 * (detail 0) always counts. Stepping buttons (Undo, Redo) take every click: `repeats`.
 */
export function onActivate(button: HTMLButtonElement, action: () => void, repeats = false): void {
  button.addEventListener("click", (event) => {
    if (!repeats && event.detail > 1) return;
    action();
  });
  button.addEventListener("keydown", (event) => {
    if (!repeats && event.repeat && (event.key === "Enter" || event.key === " "))
      event.preventDefault();
  });
}
